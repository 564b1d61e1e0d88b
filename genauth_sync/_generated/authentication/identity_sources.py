# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Authentication API endpoints, area ``identity_sources`` (sync facade)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import AuthenticationClient as _AsyncAuthenticationClient  # noqa: F401
    from genauth_async.models import (
        AlipayAuthInfoDataDto, ExtIdpInfoDto, GenerateBindExtIdpLinkDataDto,
        GetWechatAccessTokenDataDto, IdentityDto, LoginTokenResponseDataDto, SignInOptionsDto,
        WechatLoginTokenRespDto,
    )


class IdentitySourcesMixin(_SyncClient["_AsyncAuthenticationClient"]):
    """Authentication API, area ``identity_sources``: 16 endpoints."""

    def auth_by_code_identity(
        self,
        code: str,
        app_id: str | None = None,
        conn_id: str | None = None,
        options: SignInOptionsDto | Mapping[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> LoginTokenResponseDataDto:
        """``POST /api/v2/ecConn/wechatMobile/authByCodeIdentity`` -> ``LoginTokenResponseDataDto``.

        Official python name, Node ``authByCodeIdentity``; area ``identity_sources``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
            app_id: ``appId``, json
            conn_id: ``connId``, json
            options: ``options``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "auth_by_code_identity",
            (
                code,
                app_id,
                conn_id,
                options,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def bind_by_account(
        self,
        key: str,
        action: str,
        password: str,
        account: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> WechatLoginTokenRespDto:
        """``POST /api/v2/ecConn/wechatMobile/byAccount`` -> ``WechatLoginTokenRespDto``.

        Official python name, Node ``bindByAccount``; area ``identity_sources``.

        Parameters (name: wire name, location):
            key: ``key``, json, required
            action: ``action``, json, required
            password: ``password``, json, required
            account: ``account``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "bind_by_account",
            (
                key,
                action,
                password,
                account,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def bind_by_account_id(
        self,
        key: str,
        action: str,
        account_id: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> WechatLoginTokenRespDto:
        """``POST /api/v2/ecConn/wechatMobile/byAccountId`` -> ``WechatLoginTokenRespDto``.

        Official python name, Node ``bindByAccountId``; area ``identity_sources``.

        Parameters (name: wire name, location):
            key: ``key``, json, required
            action: ``action``, json, required
            account_id: ``accountId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "bind_by_account_id",
            (
                key,
                action,
                account_id,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def bind_by_email_code(
        self,
        key: str,
        action: str,
        code: str,
        email: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> WechatLoginTokenRespDto:
        """``POST /api/v2/ecConn/wechatMobile/byEmailCode`` -> ``WechatLoginTokenRespDto``.

        Official python name, Node ``bindByEmailCode``; area ``identity_sources``.

        Parameters (name: wire name, location):
            key: ``key``, json, required
            action: ``action``, json, required
            code: ``code``, json, required
            email: ``email``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "bind_by_email_code",
            (
                key,
                action,
                code,
                email,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def bind_by_phone_code(
        self,
        key: str,
        action: str,
        code: str,
        phone: str,
        phone_country_code: str | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
        return self._run_method(  # type: ignore[no-any-return]
            "bind_by_phone_code",
            (
                key,
                action,
                code,
                phone,
                phone_country_code,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def decrypt_douyin_mini_program_data(
        self,
        code: str,
        iv: str,
        encrypted_data: str,
        ext_idp_connidentifier: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> Any:
        """``POST /api/v3/decrypt-douyin-miniprogram-data`` -> ``Any``.

        Node-only endpoint, Node ``decryptDouyinMiniProgramData``; area ``identity_sources``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
            iv: ``iv``, json, required
            encrypted_data: ``encryptedData``, json, required
            ext_idp_connidentifier: ``extIdpConnidentifier``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "decrypt_douyin_mini_program_data",
            (
                code,
                iv,
                encrypted_data,
                ext_idp_connidentifier,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def decrypt_wechat_mini_program_data(
        self,
        code: str,
        iv: str,
        encrypted_data: str,
        ext_idp_connidentifier: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> Any:
        """``POST /api/v3/decrypt-wechat-miniprogram-data`` -> ``Any``.

        Official python name, Node ``decryptWechatMiniProgramData``; area ``identity_sources``.

        Parameters (name: wire name, location):
            code: ``code``, json, required
            iv: ``iv``, json, required
            encrypted_data: ``encryptedData``, json, required
            ext_idp_connidentifier: ``extIdpConnidentifier``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "decrypt_wechat_mini_program_data",
            (
                code,
                iv,
                encrypted_data,
                ext_idp_connidentifier,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def generate_link_ext_idp_url(
        self,
        ext_idp_conn_identifier: str,
        app_id: str,
        id_token: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> GenerateBindExtIdpLinkDataDto:
        """``GET /api/v3/generate-link-extidp-url`` -> ``GenerateBindExtIdpLinkDataDto``.

        Official python name, Node ``generateLinkExtIdpUrl``; area ``identity_sources``.

        Parameters (name: wire name, location):
            ext_idp_conn_identifier: ``ext_idp_conn_identifier``, query, required
            app_id: ``app_id``, query, required
            id_token: ``id_token``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "generate_link_ext_idp_url",
            (
                ext_idp_conn_identifier,
                app_id,
                id_token,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def get_alipay_auth_info(
        self,
        ext_idp_connidentifier: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> AlipayAuthInfoDataDto:
        """``GET /api/v3/get-alipay-authinfo`` -> ``AlipayAuthInfoDataDto``.

        Official python name, Node ``getAlipayAuthInfo``; area ``identity_sources``.

        Parameters (name: wire name, location):
            ext_idp_connidentifier: ``extIdpConnidentifier``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_alipay_auth_info",
            (ext_idp_connidentifier,),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def get_application_enabled_ext_idps(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> List[ExtIdpInfoDto]:
        """``GET /api/v3/get-application-enabled-extidps`` -> ``list[ExtIdpInfoDto]``.

        Official python name, Node ``getApplicationEnabledExtIdps``; area ``identity_sources``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_application_enabled_ext_idps",
            (),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def get_identities(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> List[IdentityDto]:
        """``GET /api/v3/get-identities`` -> ``list[IdentityDto]``.

        Official python name, Node ``getIdentities``; area ``identity_sources``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_identities",
            (),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def get_wechat_mp_access_token(
        self,
        app_id: str,
        app_secret: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> GetWechatAccessTokenDataDto:
        """``POST /api/v3/get-wechat-access-token`` -> ``GetWechatAccessTokenDataDto``.

        Official python name, Node ``getWechatMpAccessToken``; area ``identity_sources``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
            app_secret: ``appSecret``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_wechat_mp_access_token",
            (
                app_id,
                app_secret,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def get_wechat_mp_access_token_info(
        self,
        app_id: str,
        app_secret: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> GetWechatAccessTokenDataDto:
        """``POST /api/v3/get-wechat-access-token-info`` -> ``GetWechatAccessTokenDataDto``.

        Official python name, Node ``getWechatMpAccessTokenInfo``; area ``identity_sources``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
            app_secret: ``appSecret``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_wechat_mp_access_token_info",
            (
                app_id,
                app_secret,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def register_new_user(
        self,
        key: str,
        action: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> WechatLoginTokenRespDto:
        """``POST /api/v2/ecConn/wechatMobile/register`` -> ``WechatLoginTokenRespDto``.

        Official python name, Node ``registerNewUser``; area ``identity_sources``.

        Parameters (name: wire name, location):
            key: ``key``, json, required
            action: ``action``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "register_new_user",
            (
                key,
                action,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def select_account(
        self,
        key: str,
        action: str,
        account: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> WechatLoginTokenRespDto:
        """``POST /api/v2/ecConn/wechatMobile/select`` -> ``WechatLoginTokenRespDto``.

        Official python name, Node ``selectAccount``; area ``identity_sources``.

        Parameters (name: wire name, location):
            key: ``key``, json, required
            action: ``action``, json, required
            account: ``account``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "select_account",
            (
                key,
                action,
                account,
            ),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def unlink_ext_idp(
        self,
        ext_idp_id: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> None:
        """``POST /api/v3/unlink-extidp`` -> ``None``.

        Official python name, Node ``unlinkExtIdp``; area ``identity_sources``.

        Parameters (name: wire name, location):
            ext_idp_id: ``extIdpId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "unlink_ext_idp",
            (ext_idp_id,),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )
