# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official authentication methods, area ``identity_sources``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import AuthenticationClient as _Typed
from genauth_async._generated.authentication.identity_sources import (
    _EP_AUTH_BY_CODE_IDENTITY,
    _EP_BIND_BY_ACCOUNT,
    _EP_BIND_BY_ACCOUNT_ID,
    _EP_BIND_BY_EMAIL_CODE,
    _EP_BIND_BY_PHONE_CODE,
    _EP_DECRYPT_WECHAT_MINI_PROGRAM_DATA,
    _EP_GENERATE_LINK_EXT_IDP_URL,
    _EP_GET_ALIPAY_AUTH_INFO,
    _EP_GET_APPLICATION_ENABLED_EXT_IDPS,
    _EP_GET_IDENTITIES,
    _EP_GET_WECHAT_MP_ACCESS_TOKEN,
    _EP_GET_WECHAT_MP_ACCESS_TOKEN_INFO,
    _EP_REGISTER_NEW_USER,
    _EP_SELECT_ACCOUNT,
    _EP_UNLINK_EXT_IDP,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class IdentitySourcesMixin(_CompatBase[_Typed]):
    """Official authentication methods, area ``identity_sources``: the official answers."""

    __slots__ = ()

    async def auth_by_code_identity(
        self,
        code: Any,
        app_id: Any = None,
        conn_id: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``auth_by_code_identity``: ``POST /api/v2/ecConn/wechatMobile/authByCodeIdentity``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_AUTH_BY_CODE_IDENTITY, (code, app_id, conn_id, options), None, _request_options(call_options),
        )

    async def bind_by_account(
        self,
        key: Any,
        action: Any,
        password: Any,
        account: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_by_account``: ``POST /api/v2/ecConn/wechatMobile/byAccount``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_BIND_BY_ACCOUNT, (key, action, password, account), None, _request_options(call_options),
        )

    async def bind_by_account_id(
        self,
        key: Any,
        action: Any,
        account_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_by_account_id``: ``POST /api/v2/ecConn/wechatMobile/byAccountId``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_BIND_BY_ACCOUNT_ID, (key, action, account_id), None, _request_options(call_options),
        )

    async def bind_by_email_code(
        self,
        key: Any,
        action: Any,
        code: Any,
        email: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_by_email_code``: ``POST /api/v2/ecConn/wechatMobile/byEmailCode``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_BIND_BY_EMAIL_CODE, (key, action, code, email), None, _request_options(call_options),
        )

    async def bind_by_phone_code(
        self,
        key: Any,
        action: Any,
        code: Any,
        phone: Any,
        phone_country_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_by_phone_code``: ``POST /api/v2/ecConn/wechatMobile/byPhoneCode``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_BIND_BY_PHONE_CODE, (key, action, code, phone, phone_country_code), None, _request_options(call_options),
        )

    async def decrypt_wechat_mini_program_data(
        self,
        code: Any,
        iv: Any,
        encrypted_data: Any,
        ext_idp_connidentifier: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``decrypt_wechat_mini_program_data``: ``POST /api/v3/decrypt-wechat-miniprogram-data``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DECRYPT_WECHAT_MINI_PROGRAM_DATA, (code, iv, encrypted_data, ext_idp_connidentifier), None, _request_options(call_options),
        )

    async def generate_link_ext_idp_url(
        self,
        ext_idp_conn_identifier: Any,
        app_id: Any,
        id_token: Any,
        *,
        need_url_redirect: Any = None,
        only_redirect_token: Any = None,
        need_form_post: Any = None,
        target_url: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``generate_link_ext_idp_url``: ``GET /api/v3/generate-link-extidp-url``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GENERATE_LINK_EXT_IDP_URL, (ext_idp_conn_identifier, app_id, id_token, need_url_redirect, only_redirect_token, need_form_post, target_url), None, _request_options(call_options),
        )

    async def get_alipay_auth_info(
        self,
        ext_idp_connidentifier: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_alipay_auth_info``: ``GET /api/v3/get-alipay-authinfo``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_ALIPAY_AUTH_INFO, (ext_idp_connidentifier,), None, _request_options(call_options),
        )

    async def get_application_enabled_ext_idps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application_enabled_ext_idps``: ``GET /api/v3/get-application-enabled-extidps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_APPLICATION_ENABLED_EXT_IDPS, (), None, _request_options(call_options),
        )

    async def get_identities(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_identities``: ``GET /api/v3/get-identities``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_IDENTITIES, (), None, _request_options(call_options),
        )

    async def get_wechat_mp_access_token(
        self,
        app_id: Any,
        app_secret: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_wechat_mp_access_token``: ``POST /api/v3/get-wechat-access-token``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_WECHAT_MP_ACCESS_TOKEN, (app_id, app_secret), None, _request_options(call_options),
        )

    async def get_wechat_mp_access_token_info(
        self,
        app_id: Any,
        app_secret: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_wechat_mp_access_token_info``: ``POST /api/v3/get-wechat-access-token-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_WECHAT_MP_ACCESS_TOKEN_INFO, (app_id, app_secret), None, _request_options(call_options),
        )

    async def register_new_user(
        self,
        key: Any,
        action: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``register_new_user``: ``POST /api/v2/ecConn/wechatMobile/register``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_REGISTER_NEW_USER, (key, action), None, _request_options(call_options),
        )

    async def select_account(
        self,
        key: Any,
        action: Any,
        account: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``select_account``: ``POST /api/v2/ecConn/wechatMobile/select``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_SELECT_ACCOUNT, (key, action, account), None, _request_options(call_options),
        )

    async def unlink_ext_idp(
        self,
        ext_idp_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unlink_ext_idp``: ``POST /api/v3/unlink-extidp``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UNLINK_EXT_IDP, (ext_idp_id,), None, _request_options(call_options),
        )
