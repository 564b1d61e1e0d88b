# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official authentication methods, area ``identity_sources``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import AuthenticationClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class IdentitySourcesMixin(_SyncCompatBase[_Typed]):
    """Official authentication methods, area ``identity_sources``: the official answers."""

    __slots__ = ()

    def auth_by_code_identity(
        self,
        code: Any,
        app_id: Any = None,
        conn_id: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``auth_by_code_identity``: ``POST /api/v2/ecConn/wechatMobile/authByCodeIdentity``, the whole answer."""
        return self._call("auth_by_code_identity", (code, app_id, conn_id, options), {**call_options})  # type: ignore[no-any-return]

    def bind_by_account(
        self,
        key: Any,
        action: Any,
        password: Any,
        account: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_by_account``: ``POST /api/v2/ecConn/wechatMobile/byAccount``, the whole answer."""
        return self._call("bind_by_account", (key, action, password, account), {**call_options})  # type: ignore[no-any-return]

    def bind_by_account_id(
        self,
        key: Any,
        action: Any,
        account_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_by_account_id``: ``POST /api/v2/ecConn/wechatMobile/byAccountId``, the whole answer."""
        return self._call("bind_by_account_id", (key, action, account_id), {**call_options})  # type: ignore[no-any-return]

    def bind_by_email_code(
        self,
        key: Any,
        action: Any,
        code: Any,
        email: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_by_email_code``: ``POST /api/v2/ecConn/wechatMobile/byEmailCode``, the whole answer."""
        return self._call("bind_by_email_code", (key, action, code, email), {**call_options})  # type: ignore[no-any-return]

    def bind_by_phone_code(
        self,
        key: Any,
        action: Any,
        code: Any,
        phone: Any,
        phone_country_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_by_phone_code``: ``POST /api/v2/ecConn/wechatMobile/byPhoneCode``, the whole answer."""
        return self._call("bind_by_phone_code", (key, action, code, phone, phone_country_code), {**call_options})  # type: ignore[no-any-return]

    def decrypt_wechat_mini_program_data(
        self,
        code: Any,
        iv: Any,
        encrypted_data: Any,
        ext_idp_connidentifier: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``decrypt_wechat_mini_program_data``: ``POST /api/v3/decrypt-wechat-miniprogram-data``, the whole answer."""
        return self._call("decrypt_wechat_mini_program_data", (code, iv, encrypted_data, ext_idp_connidentifier), {**call_options})  # type: ignore[no-any-return]

    def generate_link_ext_idp_url(
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
        return self._call("generate_link_ext_idp_url", (ext_idp_conn_identifier, app_id, id_token), {"need_url_redirect": need_url_redirect, "only_redirect_token": only_redirect_token, "need_form_post": need_form_post, "target_url": target_url, **call_options})  # type: ignore[no-any-return]

    def get_alipay_auth_info(
        self,
        ext_idp_connidentifier: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_alipay_auth_info``: ``GET /api/v3/get-alipay-authinfo``, the whole answer."""
        return self._call("get_alipay_auth_info", (ext_idp_connidentifier,), {**call_options})  # type: ignore[no-any-return]

    def get_application_enabled_ext_idps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application_enabled_ext_idps``: ``GET /api/v3/get-application-enabled-extidps``, the whole answer."""
        return self._call("get_application_enabled_ext_idps", (), {**call_options})  # type: ignore[no-any-return]

    def get_identities(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_identities``: ``GET /api/v3/get-identities``, the whole answer."""
        return self._call("get_identities", (), {**call_options})  # type: ignore[no-any-return]

    def get_wechat_mp_access_token(
        self,
        app_id: Any,
        app_secret: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_wechat_mp_access_token``: ``POST /api/v3/get-wechat-access-token``, the whole answer."""
        return self._call("get_wechat_mp_access_token", (app_id, app_secret), {**call_options})  # type: ignore[no-any-return]

    def get_wechat_mp_access_token_info(
        self,
        app_id: Any,
        app_secret: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_wechat_mp_access_token_info``: ``POST /api/v3/get-wechat-access-token-info``, the whole answer."""
        return self._call("get_wechat_mp_access_token_info", (app_id, app_secret), {**call_options})  # type: ignore[no-any-return]

    def register_new_user(
        self,
        key: Any,
        action: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``register_new_user``: ``POST /api/v2/ecConn/wechatMobile/register``, the whole answer."""
        return self._call("register_new_user", (key, action), {**call_options})  # type: ignore[no-any-return]

    def select_account(
        self,
        key: Any,
        action: Any,
        account: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``select_account``: ``POST /api/v2/ecConn/wechatMobile/select``, the whole answer."""
        return self._call("select_account", (key, action, account), {**call_options})  # type: ignore[no-any-return]

    def unlink_ext_idp(
        self,
        ext_idp_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unlink_ext_idp``: ``POST /api/v3/unlink-extidp``, the whole answer."""
        return self._call("unlink_ext_idp", (ext_idp_id,), {**call_options})  # type: ignore[no-any-return]
