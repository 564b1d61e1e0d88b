# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Authentication API endpoints, area ``identity_sources`` (sync facade)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import AuthenticationClient as _AsyncAuthenticationClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.types import JsonValue
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
        return self._run_method(  # type: ignore[no-any-return]
            "auth_by_code_identity",
            (
                code,
                app_id,
                conn_id,
                options,
            ),
            call_options,
        )

    def bind_by_account(
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
        return self._run_method(  # type: ignore[no-any-return]
            "bind_by_account",
            (
                key,
                action,
                password,
                account,
            ),
            call_options,
        )

    def bind_by_account_id(
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
        return self._run_method(  # type: ignore[no-any-return]
            "bind_by_account_id",
            (
                key,
                action,
                account_id,
            ),
            call_options,
        )

    def bind_by_email_code(
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
        return self._run_method(  # type: ignore[no-any-return]
            "bind_by_email_code",
            (
                key,
                action,
                code,
                email,
            ),
            call_options,
        )

    def bind_by_phone_code(
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
        return self._run_method(  # type: ignore[no-any-return]
            "bind_by_phone_code",
            (
                key,
                action,
                code,
                phone,
                phone_country_code,
            ),
            call_options,
        )

    def decrypt_douyin_mini_program_data(
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
        return self._run_method(  # type: ignore[no-any-return]
            "decrypt_douyin_mini_program_data",
            (
                code,
                iv,
                encrypted_data,
                ext_idp_connidentifier,
            ),
            call_options,
        )

    def decrypt_wechat_mini_program_data(
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
        return self._run_method(  # type: ignore[no-any-return]
            "decrypt_wechat_mini_program_data",
            (
                code,
                iv,
                encrypted_data,
                ext_idp_connidentifier,
            ),
            call_options,
        )

    def generate_link_ext_idp_url(
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
        return self._run_method(  # type: ignore[no-any-return]
            "generate_link_ext_idp_url",
            (
                ext_idp_conn_identifier,
                app_id,
                id_token,
            ),
            {
                "need_url_redirect": need_url_redirect,
                "only_redirect_token": only_redirect_token,
                "need_form_post": need_form_post,
                "target_url": target_url,
                **call_options,
            },
        )

    def get_alipay_auth_info(
        self,
        ext_idp_connidentifier: str,
        **call_options: Unpack[CallOptions],
    ) -> AlipayAuthInfoDataDto:
        """``GET /api/v3/get-alipay-authinfo`` -> ``AlipayAuthInfoDataDto``.

        Official python name, Node ``getAlipayAuthInfo``; area ``identity_sources``.

        Parameters (name: wire name, location):
            ext_idp_connidentifier: ``extIdpConnidentifier``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_alipay_auth_info",
            (ext_idp_connidentifier,),
            call_options,
        )

    def get_application_enabled_ext_idps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[ExtIdpInfoDto]:
        """``GET /api/v3/get-application-enabled-extidps`` -> ``list[ExtIdpInfoDto]``.

        Official python name, Node ``getApplicationEnabledExtIdps``; area ``identity_sources``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_application_enabled_ext_idps",
            (),
            call_options,
        )

    def get_identities(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[IdentityDto]:
        """``GET /api/v3/get-identities`` -> ``list[IdentityDto]``.

        Official python name, Node ``getIdentities``; area ``identity_sources``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_identities",
            (),
            call_options,
        )

    def get_wechat_mp_access_token(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_wechat_mp_access_token",
            (
                app_id,
                app_secret,
            ),
            call_options,
        )

    def get_wechat_mp_access_token_info(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_wechat_mp_access_token_info",
            (
                app_id,
                app_secret,
            ),
            call_options,
        )

    def register_new_user(
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
        return self._run_method(  # type: ignore[no-any-return]
            "register_new_user",
            (
                key,
                action,
            ),
            call_options,
        )

    def select_account(
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
        return self._run_method(  # type: ignore[no-any-return]
            "select_account",
            (
                key,
                action,
                account,
            ),
            call_options,
        )

    def unlink_ext_idp(
        self,
        ext_idp_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/unlink-extidp`` -> ``None``.

        Official python name, Node ``unlinkExtIdp``; area ``identity_sources``.

        Parameters (name: wire name, location):
            ext_idp_id: ``extIdpId``, json, required
        """
        self._run_method(
            "unlink_ext_idp",
            (ext_idp_id,),
            call_options,
        )
