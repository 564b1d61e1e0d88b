# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Authentication API endpoints, area ``identity_sources``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.types import JsonValue
    from genauth_async.models import (
        AlipayAuthInfoDataDto, ExtIdpInfoDto, GenerateBindExtIdpLinkDataDto,
        GetWechatAccessTokenDataDto, IdentityDto, LoginTokenResponseDataDto, SignInOptionsDto,
        WechatLoginTokenRespDto,
    )

_EP_AUTH_BY_CODE_IDENTITY = Endpoint(
    "auth_by_code_identity",
    "POST",
    "/api/v2/ecConn/wechatMobile/authByCodeIdentity",
    (
        Param("code", "code", "json", True, "str"),
        Param("app_id", "appId", "json", False, "str"),
        Param("conn_id", "connId", "json", False, "str"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_BIND_BY_ACCOUNT = Endpoint(
    "bind_by_account",
    "POST",
    "/api/v2/ecConn/wechatMobile/byAccount",
    (
        Param("key", "key", "json", True, "str"),
        Param("action", "action", "json", True, "str"),
        Param("password", "password", "json", True, "str"),
        Param("account", "account", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_BIND_BY_ACCOUNT_ID = Endpoint(
    "bind_by_account_id",
    "POST",
    "/api/v2/ecConn/wechatMobile/byAccountId",
    (
        Param("key", "key", "json", True, "str"),
        Param("action", "action", "json", True, "str"),
        Param("account_id", "accountId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_BIND_BY_EMAIL_CODE = Endpoint(
    "bind_by_email_code",
    "POST",
    "/api/v2/ecConn/wechatMobile/byEmailCode",
    (
        Param("key", "key", "json", True, "str"),
        Param("action", "action", "json", True, "str"),
        Param("code", "code", "json", True, "str"),
        Param("email", "email", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_BIND_BY_PHONE_CODE = Endpoint(
    "bind_by_phone_code",
    "POST",
    "/api/v2/ecConn/wechatMobile/byPhoneCode",
    (
        Param("key", "key", "json", True, "str"),
        Param("action", "action", "json", True, "str"),
        Param("code", "code", "json", True, "str"),
        Param("phone", "phone", "json", True, "str"),
        Param("phone_country_code", "phoneCountryCode", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_DECRYPT_DOUYIN_MINI_PROGRAM_DATA = Endpoint(
    "decrypt_douyin_mini_program_data",
    "POST",
    "/api/v3/decrypt-douyin-miniprogram-data",
    (
        Param("code", "code", "json", True, "str"),
        Param("iv", "iv", "json", True, "str"),
        Param("encrypted_data", "encryptedData", "json", True, "str"),
        Param("ext_idp_connidentifier", "extIdpConnidentifier", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_DECRYPT_WECHAT_MINI_PROGRAM_DATA = Endpoint(
    "decrypt_wechat_mini_program_data",
    "POST",
    "/api/v3/decrypt-wechat-miniprogram-data",
    (
        Param("code", "code", "json", True, "str"),
        Param("iv", "iv", "json", True, "str"),
        Param("encrypted_data", "encryptedData", "json", True, "str"),
        Param("ext_idp_connidentifier", "extIdpConnidentifier", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GENERATE_LINK_EXT_IDP_URL = Endpoint(
    "generate_link_ext_idp_url",
    "GET",
    "/api/v3/generate-link-extidp-url",
    (
        Param("ext_idp_conn_identifier", "ext_idp_conn_identifier", "query", True, "str"),
        Param("app_id", "app_id", "query", True, "str"),
        Param("id_token", "id_token", "query", True, "str"),
        Param("need_url_redirect", "need_url_redirect", "query", False, "str"),
        Param("only_redirect_token", "only_redirect_token", "query", False, "str"),
        Param("need_form_post", "need_form_post", "query", False, "str"),
        Param("target_url", "target_url", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_GET_ALIPAY_AUTH_INFO = Endpoint(
    "get_alipay_auth_info",
    "GET",
    "/api/v3/get-alipay-authinfo",
    (
        Param("ext_idp_connidentifier", "extIdpConnidentifier", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_APPLICATION_ENABLED_EXT_IDPS = Endpoint(
    "get_application_enabled_ext_idps",
    "GET",
    "/api/v3/get-application-enabled-extidps",
    (),
    idempotent=True,
)

_EP_GET_IDENTITIES = Endpoint(
    "get_identities",
    "GET",
    "/api/v3/get-identities",
    (),
    idempotent=True,
)

_EP_GET_WECHAT_MP_ACCESS_TOKEN = Endpoint(
    "get_wechat_mp_access_token",
    "POST",
    "/api/v3/get-wechat-access-token",
    (
        Param("app_id", "appId", "json", True, "str"),
        Param("app_secret", "appSecret", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GET_WECHAT_MP_ACCESS_TOKEN_INFO = Endpoint(
    "get_wechat_mp_access_token_info",
    "POST",
    "/api/v3/get-wechat-access-token-info",
    (
        Param("app_id", "appId", "json", True, "str"),
        Param("app_secret", "appSecret", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_REGISTER_NEW_USER = Endpoint(
    "register_new_user",
    "POST",
    "/api/v2/ecConn/wechatMobile/register",
    (
        Param("key", "key", "json", True, "str"),
        Param("action", "action", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_SELECT_ACCOUNT = Endpoint(
    "select_account",
    "POST",
    "/api/v2/ecConn/wechatMobile/select",
    (
        Param("key", "key", "json", True, "str"),
        Param("action", "action", "json", True, "str"),
        Param("account", "account", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UNLINK_EXT_IDP = Endpoint(
    "unlink_ext_idp",
    "POST",
    "/api/v3/unlink-extidp",
    (
        Param("ext_idp_id", "extIdpId", "json", True, "str"),
    ),
    idempotent=False,
)


class IdentitySourcesMixin(_Caller):
    """Authentication API, area ``identity_sources``: 16 endpoints."""

    __slots__ = ()

    async def auth_by_code_identity(
        self,
        code: str,
        app_id: str | None = None,
        conn_id: str | None = None,
        options: SignInOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """``POST /api/v2/ecConn/wechatMobile/authByCodeIdentity`` -> ``LoginTokenResponseDataDto``.

        Official python name, Node ``authByCodeIdentity``; area ``identity_sources``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
            app_id: ``appId``, json
            conn_id: ``connId``, json
            options: ``options``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_AUTH_BY_CODE_IDENTITY,
            (
                code,
                app_id,
                conn_id,
                options,
            ),
            "LoginTokenResponseDataDto",
            _request_options(call_options),
        )

    async def bind_by_account(
        self,
        key: str,
        action: str,
        password: str,
        account: str,
        **call_options: Unpack[CallOptions],
    ) -> WechatLoginTokenRespDto:
        """``POST /api/v2/ecConn/wechatMobile/byAccount`` -> ``WechatLoginTokenRespDto``.

        Official python name, Node ``bindByAccount``; area ``identity_sources``.

        Parameters (name: wire name, location):
            key: ``key``, json, required
            action: ``action``, json, required
            password: ``password``, json, required
            account: ``account``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_BIND_BY_ACCOUNT,
            (
                key,
                action,
                password,
                account,
            ),
            "WechatLoginTokenRespDto",
            _request_options(call_options),
        )

    async def bind_by_account_id(
        self,
        key: str,
        action: str,
        account_id: str,
        **call_options: Unpack[CallOptions],
    ) -> WechatLoginTokenRespDto:
        """``POST /api/v2/ecConn/wechatMobile/byAccountId`` -> ``WechatLoginTokenRespDto``.

        Official python name, Node ``bindByAccountId``; area ``identity_sources``.

        Parameters (name: wire name, location):
            key: ``key``, json, required
            action: ``action``, json, required
            account_id: ``accountId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_BIND_BY_ACCOUNT_ID,
            (
                key,
                action,
                account_id,
            ),
            "WechatLoginTokenRespDto",
            _request_options(call_options),
        )

    async def bind_by_email_code(
        self,
        key: str,
        action: str,
        code: str,
        email: str,
        **call_options: Unpack[CallOptions],
    ) -> WechatLoginTokenRespDto:
        """``POST /api/v2/ecConn/wechatMobile/byEmailCode`` -> ``WechatLoginTokenRespDto``.

        Official python name, Node ``bindByEmailCode``; area ``identity_sources``.

        Parameters (name: wire name, location):
            key: ``key``, json, required
            action: ``action``, json, required
            code: ``code``, json, required
            email: ``email``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_BIND_BY_EMAIL_CODE,
            (
                key,
                action,
                code,
                email,
            ),
            "WechatLoginTokenRespDto",
            _request_options(call_options),
        )

    async def bind_by_phone_code(
        self,
        key: str,
        action: str,
        code: str,
        phone: str,
        phone_country_code: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> WechatLoginTokenRespDto:
        """``POST /api/v2/ecConn/wechatMobile/byPhoneCode`` -> ``WechatLoginTokenRespDto``.

        Official python name, Node ``bindByPhoneCode``; area ``identity_sources``.

        Parameters (name: wire name, location):
            key: ``key``, json, required
            action: ``action``, json, required
            code: ``code``, json, required
            phone: ``phone``, json, required
            phone_country_code: ``phoneCountryCode``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_BIND_BY_PHONE_CODE,
            (
                key,
                action,
                code,
                phone,
                phone_country_code,
            ),
            "WechatLoginTokenRespDto",
            _request_options(call_options),
        )

    async def decrypt_douyin_mini_program_data(
        self,
        code: str,
        iv: str,
        encrypted_data: str,
        ext_idp_connidentifier: str,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/decrypt-douyin-miniprogram-data`` -> ``JsonValue``.

        Node-only endpoint, Node ``decryptDouyinMiniProgramData``; area ``identity_sources``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
            iv: ``iv``, json, required
            encrypted_data: ``encryptedData``, json, required
            ext_idp_connidentifier: ``extIdpConnidentifier``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DECRYPT_DOUYIN_MINI_PROGRAM_DATA,
            (
                code,
                iv,
                encrypted_data,
                ext_idp_connidentifier,
            ),
            "Any",
            _request_options(call_options),
        )

    async def decrypt_wechat_mini_program_data(
        self,
        code: str,
        iv: str,
        encrypted_data: str,
        ext_idp_connidentifier: str,
        **call_options: Unpack[CallOptions],
    ) -> JsonValue:
        """``POST /api/v3/decrypt-wechat-miniprogram-data`` -> ``JsonValue``.

        Official python name, Node ``decryptWechatMiniProgramData``; area ``identity_sources``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
            iv: ``iv``, json, required
            encrypted_data: ``encryptedData``, json, required
            ext_idp_connidentifier: ``extIdpConnidentifier``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DECRYPT_WECHAT_MINI_PROGRAM_DATA,
            (
                code,
                iv,
                encrypted_data,
                ext_idp_connidentifier,
            ),
            "Any",
            _request_options(call_options),
        )

    async def generate_link_ext_idp_url(
        self,
        ext_idp_conn_identifier: str,
        app_id: str,
        id_token: str,
        *,
        need_url_redirect: str | None = None,
        only_redirect_token: str | None = None,
        need_form_post: str | None = None,
        target_url: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GenerateBindExtIdpLinkDataDto:
        """``GET /api/v3/generate-link-extidp-url`` -> ``GenerateBindExtIdpLinkDataDto``.

        Official python name, Node ``generateLinkExtIdpUrl``; area ``identity_sources``.

        Parameters (name: wire name, location):
            ext_idp_conn_identifier: ``ext_idp_conn_identifier``, query, required
            app_id: ``app_id``, query, required
            id_token: ``id_token``, query, required
            need_url_redirect: ``need_url_redirect``, query, keyword-only (Node SDK field)
            only_redirect_token: ``only_redirect_token``, query, keyword-only (Node SDK field)
            need_form_post: ``need_form_post``, query, keyword-only (Node SDK field)
            target_url: ``target_url``, query, keyword-only (Node SDK field)
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GENERATE_LINK_EXT_IDP_URL,
            (
                ext_idp_conn_identifier,
                app_id,
                id_token,
                need_url_redirect,
                only_redirect_token,
                need_form_post,
                target_url,
            ),
            "GenerateBindExtIdpLinkDataDto",
            _request_options(call_options),
        )

    async def get_alipay_auth_info(
        self,
        ext_idp_connidentifier: str,
        **call_options: Unpack[CallOptions],
    ) -> AlipayAuthInfoDataDto:
        """``GET /api/v3/get-alipay-authinfo`` -> ``AlipayAuthInfoDataDto``.

        Official python name, Node ``getAlipayAuthInfo``; area ``identity_sources``.

        Parameters (name: wire name, location):
            ext_idp_connidentifier: ``extIdpConnidentifier``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ALIPAY_AUTH_INFO,
            (ext_idp_connidentifier,),
            "AlipayAuthInfoDataDto",
            _request_options(call_options),
        )

    async def get_application_enabled_ext_idps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[ExtIdpInfoDto]:
        """``GET /api/v3/get-application-enabled-extidps`` -> ``list[ExtIdpInfoDto]``.

        Official python name, Node ``getApplicationEnabledExtIdps``; area ``identity_sources``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_APPLICATION_ENABLED_EXT_IDPS,
            (),
            "list[ExtIdpInfoDto]",
            _request_options(call_options),
        )

    async def get_identities(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[IdentityDto]:
        """``GET /api/v3/get-identities`` -> ``list[IdentityDto]``.

        Official python name, Node ``getIdentities``; area ``identity_sources``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_IDENTITIES,
            (),
            "list[IdentityDto]",
            _request_options(call_options),
        )

    async def get_wechat_mp_access_token(
        self,
        app_id: str,
        app_secret: str,
        **call_options: Unpack[CallOptions],
    ) -> GetWechatAccessTokenDataDto:
        """``POST /api/v3/get-wechat-access-token`` -> ``GetWechatAccessTokenDataDto``.

        Official python name, Node ``getWechatMpAccessToken``; area ``identity_sources``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
            app_secret: ``appSecret``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_WECHAT_MP_ACCESS_TOKEN,
            (
                app_id,
                app_secret,
            ),
            "GetWechatAccessTokenDataDto",
            _request_options(call_options),
        )

    async def get_wechat_mp_access_token_info(
        self,
        app_id: str,
        app_secret: str,
        **call_options: Unpack[CallOptions],
    ) -> GetWechatAccessTokenDataDto:
        """``POST /api/v3/get-wechat-access-token-info`` -> ``GetWechatAccessTokenDataDto``.

        Official python name, Node ``getWechatMpAccessTokenInfo``; area ``identity_sources``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
            app_secret: ``appSecret``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_WECHAT_MP_ACCESS_TOKEN_INFO,
            (
                app_id,
                app_secret,
            ),
            "GetWechatAccessTokenDataDto",
            _request_options(call_options),
        )

    async def register_new_user(
        self,
        key: str,
        action: str,
        **call_options: Unpack[CallOptions],
    ) -> WechatLoginTokenRespDto:
        """``POST /api/v2/ecConn/wechatMobile/register`` -> ``WechatLoginTokenRespDto``.

        Official python name, Node ``registerNewUser``; area ``identity_sources``.

        Parameters (name: wire name, location):
            key: ``key``, json, required
            action: ``action``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REGISTER_NEW_USER,
            (
                key,
                action,
            ),
            "WechatLoginTokenRespDto",
            _request_options(call_options),
        )

    async def select_account(
        self,
        key: str,
        action: str,
        account: str,
        **call_options: Unpack[CallOptions],
    ) -> WechatLoginTokenRespDto:
        """``POST /api/v2/ecConn/wechatMobile/select`` -> ``WechatLoginTokenRespDto``.

        Official python name, Node ``selectAccount``; area ``identity_sources``.

        Parameters (name: wire name, location):
            key: ``key``, json, required
            action: ``action``, json, required
            account: ``account``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SELECT_ACCOUNT,
            (
                key,
                action,
                account,
            ),
            "WechatLoginTokenRespDto",
            _request_options(call_options),
        )

    async def unlink_ext_idp(
        self,
        ext_idp_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/unlink-extidp`` -> ``None``.

        Official python name, Node ``unlinkExtIdp``; area ``identity_sources``.

        Parameters (name: wire name, location):
            ext_idp_id: ``extIdpId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UNLINK_EXT_IDP,
            (ext_idp_id,),
            None,
            _request_options(call_options),
        )
