# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Authentication API endpoints, area ``sign_in``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        AppQrCodeLoginDtoAction, ChangePushCodeStatusDtoAction, ChangeQrCodeStatusDtoAction,
        CheckPushCodeStatusDataDto, CheckQRCodeStatusDataDto, GeneFastpassQRCodeInfoDto,
        GenePushCodeDataDto, GeneQRCodeDataDto, GenerateQrcodeDtoType, GetCaptchaCodeDataDto,
        GetFastpassQRCodeRelationAppsDto, GetPushCodeRelationAppsDataDto,
        GetUserSelectLoginPublicAccountsDataDto, IsSuccessDto, LoginHistoryDto,
        LoginHistoryPaginatedRespDto, LoginTokenResponseDataDto, PreCheckCodeDataDto,
        PreCheckCodeDtoCodeType, PreCheckEmailCodeDto, PreCheckSmsCodeDto, SendEmailDtoChannel,
        SendSmsDtoChannel, SignInByAdPayloadDto, SignInByAlipayPayloadDto,
        SignInByAmazonPayloadDto, SignInByApplePayloadDto, SignInByBaiduPayloadDto,
        SignInByDingTalkPayloadDto, SignInByDouyinMiniProgramCodeAndPhonePayloadDto,
        SignInByDouyinMiniProgramCodePayloadDto, SignInByDouyinPayloadDto,
        SignInByFacebookPayloadDto, SignInByGiteePayloadDto, SignInByGithubPayloadDto,
        SignInByGitlabPayloadDto, SignInByGooglePayloadDto, SignInByHuaweiPayloadDto,
        SignInByKuaishouPayloadDto, SignInByLarkBlockPayloadDto, SignInByLarkInternalPayloadDto,
        SignInByLarkPublicPayloadDto, SignInByLdapPayloadDto, SignInByLinePayloadDto,
        SignInByLinkedInPayloadDto, SignInByMobileOptionsDto, SignInByOPPOPayloadDto,
        SignInByPassCodePayloadDto, SignInByPasswordPayloadDto, SignInByPushOptionsDto,
        SignInByQQPayloadDto, SignInBySlackPayloadDto, SignInBySwitchOptionsDto,
        SignInByWechatMiniProgramCodeAndPhonePayloadDto, SignInByWechatMiniProgramCodePayloadDto,
        SignInByWechatMiniProgramPhonePayloadDto, SignInByWechatPayloadDto,
        SignInByWechatworkAgencyPayloadDto, SignInByWechatworkDto, SignInByWeiboPayloadDto,
        SignInByXiaomiPayloadDto, SignInByYidunPayloadDto, SignInFastpassOptionsDto,
        SignInOptionsDto, SignUpByPassCodeDto, SignUpByPasswordDto, SignUpDtoConnection,
        SignUpOptionsDto, SignUpProfileDto, SigninByCredentialsDtoConnection,
        SigninByMobileDtoConnection, UserDto, ValidatePasswordDtoPasswordEncryptType,
        ValidatePasswordResultDto,
    )

_EP_CHANGE_PUSH_CODE_STATUS = Endpoint(
    "change_push_code_status",
    "POST",
    "/api/v3/change-pushcode-status",
    (
        Param("action", "action", "json", True, "str", "any", ("CONFIRM", "CANCEL")),
        Param("push_code_id", "pushCodeId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_CHANGE_QR_CODE_STATUS = Endpoint(
    "change_qr_code_status",
    "POST",
    "/api/v3/change-qrcode-status",
    (
        Param("action", "action", "json", True, "str", "any", ("SCAN", "CONFIRM", "CANCEL")),
        Param("qrcode_id", "qrcodeId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_CHECK_PUSH_CODE_STATUS = Endpoint(
    "check_push_code_status",
    "GET",
    "/api/v3/check-pushcode-status",
    (
        Param("push_code_id", "pushCodeId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_CHECK_QR_CODE_STATUS = Endpoint(
    "check_qr_code_status",
    "GET",
    "/api/v3/check-qrcode-status",
    (
        Param("qrcode_id", "qrcodeId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_EXCHANGE_TOKEN_SET_WITH_QR_CODE_TICKET = Endpoint(
    "exchange_token_set_with_qr_code_ticket",
    "POST",
    "/api/v3/exchange-tokenset-with-qrcode-ticket",
    (
        Param("ticket", "ticket", "json", True, "str"),
        Param("client_id", "client_id", "json", False, "str"),
        Param("client_secret", "client_secret", "json", False, "str"),
    ),
    idempotent=False, basic_auth=True,
)

_EP_GENE_CATCHA_CODE_AND_TOKEN = Endpoint(
    "gene_catcha_code_and_token",
    "GET",
    "/api/v3/get-captcha-code",
    (),
    idempotent=True,
)

_EP_GENE_FASTPASS_QRCODE_INFO = Endpoint(
    "gene_fastpass_qrcode_info",
    "POST",
    "/api/v3/gene-fastpass-qrcode-info",
    (
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_GENE_QR_CODE = Endpoint(
    "gene_qr_code",
    "POST",
    "/api/v3/gene-qrcode",
    (
        Param("type", "type", "json", True, "str", "any", ("MOBILE_APP", "WECHAT_MINIPROGRAM", "WECHAT_OFFICIAL_ACCOUNT")),
        Param("ext_idp_conn_id", "extIdpConnId", "json", False, "str"),
        Param("custom_data", "customData", "json", False, "any"),
        Param("context", "context", "json", False, "any"),
        Param("auto_merge_qr_code", "autoMergeQrCode", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_GET_FASTPASS_PARAMS = Endpoint(
    "get_fastpass_params",
    "GET",
    "/api/v3/get-fastpass-client-apps",
    (
        Param("qrcode_id", "qrcodeId", "query", True, "str"),
        Param("app_id", "appId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_LOGIN_HISTORY = Endpoint(
    "get_login_history",
    "GET",
    "/api/v3/get-my-login-history",
    (
        Param("app_id", "appId", "query", False, "str"),
        Param("client_ip", "clientIp", "query", False, "str"),
        Param("success", "success", "query", False, "bool"),
        Param("start", "start", "query", False, "int"),
        Param("end", "end", "query", False, "int"),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
    ),
    idempotent=True,
)

_EP_GET_PUSH_LOGIN_RELATION_APPS = Endpoint(
    "get_push_login_relation_apps",
    "POST",
    "/api/v3/get-pushlogin-relation-apps",
    (
        Param("app_id", "appId", "json", True, "str"),
        Param("push_code_id", "pushCodeId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GET_QR_CODE_STATUS = Endpoint(
    "get_qr_code_status",
    "GET",
    "/api/v3/get-app-login-qrcode-status",
    (
        Param("qrcode_id", "qrcodeId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_QR_CODE_STATUS_V2 = Endpoint(
    "get_qr_code_status_v2",
    "GET",
    "/api/v3/get-qrcode-status",
    (
        Param("qrcode_id", "qrcodeId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_LIST_PUBLIC_ACCOUNTS_FOR_SWITCH_LOGGED_IN = Endpoint(
    "list_public_accounts_for_switch_logged_in",
    "GET",
    "/api/v3/get-user-select-login-public-accounts",
    (
        Param("with_origin_user", "withOriginUser", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_PRE_CHECK_CODE = Endpoint(
    "pre_check_code",
    "POST",
    "/api/v3/pre-check-code",
    (
        Param("code_type", "codeType", "json", True, "str", "any", ("SMS", "EMAIL")),
        Param("sms_code_payload", "smsCodePayload", "json", False, "dict"),
        Param("email_code_payload", "emailCodePayload", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_QR_CODE_APP_LOGIN = Endpoint(
    "qr_code_app_login",
    "POST",
    "/api/v3/qrcode-app-login",
    (
        Param("action", "action", "json", True, "str", "any", ("APP_LOGIN",)),
        Param("qrcode_id", "qrcodeId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_SEND_EMAIL = Endpoint(
    "send_email",
    "POST",
    "/api/v3/send-email",
    (
        Param("channel", "channel", "json", True, "str", "any", ("CHANNEL_LOGIN", "CHANNEL_REGISTER", "CHANNEL_RESET_PASSWORD", "CHANNEL_VERIFY_EMAIL_LINK", "CHANNEL_UPDATE_EMAIL", "CHANNEL_BIND_EMAIL", "CHANNEL_UNBIND_EMAIL", "CHANNEL_VERIFY_MFA", "CHANNEL_UNLOCK_ACCOUNT", "CHANNEL_COMPLETE_EMAIL", "CHANNEL_DELETE_ACCOUNT")),
        Param("email", "email", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_SEND_SMS = Endpoint(
    "send_sms",
    "POST",
    "/api/v3/send-sms",
    (
        Param("channel", "channel", "json", True, "str", "any", ("CHANNEL_LOGIN", "CHANNEL_REGISTER", "CHANNEL_RESET_PASSWORD", "CHANNEL_BIND_PHONE", "CHANNEL_UNBIND_PHONE", "CHANNEL_BIND_MFA", "CHANNEL_VERIFY_MFA", "CHANNEL_UNBIND_MFA", "CHANNEL_COMPLETE_PHONE", "CHANNEL_IDENTITY_VERIFICATION", "CHANNEL_DELETE_ACCOUNT")),
        Param("phone_number", "phoneNumber", "json", True, "str"),
        Param("phone_country_code", "phoneCountryCode", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_SET_PUSH_CODE_STATUS = Endpoint(
    "set_push_code_status",
    "POST",
    "/api/v3/set-pushcode-status",
    (
        Param("push_code_id", "pushCodeId", "json", True, "str"),
        Param("action", "action", "json", True, "str", "any", ("CONFIRM", "CANCEL")),
    ),
    idempotent=False,
)

_EP_SET_QR_CODE_STATUS = Endpoint(
    "set_qr_code_status",
    "POST",
    "/api/v3/set-qrcode-status",
    (
        Param("qrcode_id", "qrcodeId", "json", True, "str"),
        Param("action", "action", "json", True, "str", "any", ("SCAN", "CONFIRM", "CANCEL")),
    ),
    idempotent=False,
)

_EP_SIGN_IN_BY_CREDENTIALS = Endpoint(
    "sign_in_by_credentials",
    "POST",
    "/api/v3/signin",
    (
        Param("connection", "connection", "json", True, "str", "any", ("PASSWORD", "PASSCODE", "LDAP", "AD")),
        Param("password_payload", "passwordPayload", "json", False, "dict"),
        Param("pass_code_payload", "passCodePayload", "json", False, "dict"),
        Param("ad_payload", "adPayload", "json", False, "dict"),
        Param("ldap_payload", "ldapPayload", "json", False, "dict"),
        Param("options", "options", "json", False, "dict"),
        Param("client_id", "client_id", "json", False, "str"),
        Param("client_secret", "client_secret", "json", False, "str"),
    ),
    idempotent=False, basic_auth=True,
)

_EP_SIGN_IN_BY_MOBILE = Endpoint(
    "sign_in_by_mobile",
    "POST",
    "/api/v3/signin-by-mobile",
    (
        Param("ext_idp_connidentifier", "extIdpConnidentifier", "json", True, "str"),
        Param("connection", "connection", "json", True, "str", "any", ("apple", "wechat", "alipay", "wechatwork", "wechatwork_agency", "lark_internal", "lark_public", "lark_block", "yidun", "wechat_mini_program_code", "wechat_mini_program_phone", "wechat_mini_program_code_and_phone", "google", "facebook", "qq", "weibo", "baidu", "linkedin", "dingtalk", "github", "gitee", "gitlab", "douyin", "kuaishou", "xiaomi", "line", "slack", "oppo", "huawei", "amazon", "douyin_mini_program_code", "douyin_mini_program_code_and_phone")),
        Param("wechat_payload", "wechatPayload", "json", False, "dict"),
        Param("apple_payload", "applePayload", "json", False, "dict"),
        Param("alipay_payload", "alipayPayload", "json", False, "dict"),
        Param("wechatwork_payload", "wechatworkPayload", "json", False, "dict"),
        Param("wechatwork_agency_payload", "wechatworkAgencyPayload", "json", False, "dict"),
        Param("lark_public_payload", "larkPublicPayload", "json", False, "dict"),
        Param("lark_internal_payload", "larkInternalPayload", "json", False, "dict"),
        Param("lark_block_payload", "larkBlockPayload", "json", False, "dict"),
        Param("yidun_payload", "yidunPayload", "json", False, "dict"),
        Param("wechat_mini_program_code_payload", "wechatMiniProgramCodePayload", "json", False, "dict"),
        Param("wechat_mini_program_phone_payload", "wechatMiniProgramPhonePayload", "json", False, "dict"),
        Param("wechat_mini_program_code_and_phone_payload", "wechatMiniProgramCodeAndPhonePayload", "json", False, "dict"),
        Param("google_payload", "googlePayload", "json", False, "dict"),
        Param("facebook_payload", "facebookPayload", "json", False, "dict"),
        Param("qq_payload", "qqPayload", "json", False, "dict"),
        Param("weibo_payload", "weiboPayload", "json", False, "dict"),
        Param("baidu_payload", "baiduPayload", "json", False, "dict"),
        Param("linked_in_payload", "linkedInPayload", "json", False, "dict"),
        Param("ding_talk_payload", "dingTalkPayload", "json", False, "dict"),
        Param("github_payload", "githubPayload", "json", False, "dict"),
        Param("gitee_payload", "giteePayload", "json", False, "dict"),
        Param("gitlab_payload", "gitlabPayload", "json", False, "dict"),
        Param("douyin_payload", "douyinPayload", "json", False, "dict"),
        Param("kuaishou_payload", "kuaishouPayload", "json", False, "dict"),
        Param("xiaomi_payload", "xiaomiPayload", "json", False, "dict"),
        Param("line_payload", "linePayload", "json", False, "dict"),
        Param("slack_payload", "slackPayload", "json", False, "dict"),
        Param("oppo_payload", "oppoPayload", "json", False, "dict"),
        Param("huawei_payload", "huaweiPayload", "json", False, "dict"),
        Param("amazon_payload", "amazonPayload", "json", False, "dict"),
        Param("options", "options", "json", False, "dict"),
        Param("client_id", "client_id", "json", False, "str"),
        Param("client_secret", "client_secret", "json", False, "str"),
        Param("douyin_mini_program_code_payload", "douyinMiniProgramCodePayload", "json", False, "dict"),
        Param("douyin_mini_program_code_and_phone_payload", "douyinMiniProgramCodeAndPhonePayload", "json", False, "dict"),
    ),
    idempotent=False, basic_auth=True,
)

_EP_SIGN_IN_BY_PUSH = Endpoint(
    "sign_in_by_push",
    "POST",
    "/api/v3/signin-by-push",
    (
        Param("account", "account", "json", True, "str"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_SIGN_UP = Endpoint(
    "sign_up",
    "POST",
    "/api/v3/signup",
    (
        Param("connection", "connection", "json", True, "str", "any", ("PASSWORD", "PASSCODE")),
        Param("password_payload", "passwordPayload", "json", False, "dict"),
        Param("pass_code_payload", "passCodePayload", "json", False, "dict"),
        Param("profile", "profile", "json", False, "dict"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_SWITCH_LOGIN_BY_USER = Endpoint(
    "switch_login_by_user",
    "POST",
    "/api/v3/switch-login-by-user",
    (
        Param("target_user_id", "targetUserId", "json", True, "str"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_VALIDATE_PASSWORD = Endpoint(
    "validate_password",
    "POST",
    "/api/v3/validate-password",
    (
        Param("phone", "phone", "json", False, "str"),
        Param("email", "email", "json", False, "str"),
        Param("username", "username", "json", False, "str"),
        Param("phone_country_code", "phoneCountryCode", "json", False, "str"),
        Param("password", "password", "json", False, "str"),
        Param("password_encrypt_type", "passwordEncryptType", "json", False, "str", "any", ("sm2", "rsa", "none")),
    ),
    idempotent=False,
)


class SignInMixin(_Caller):
    """Authentication API, area ``sign_in``: 26 endpoints."""

    __slots__ = ()

    async def change_push_code_status(
        self,
        action: ChangePushCodeStatusDtoAction | str,
        push_code_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/change-pushcode-status`` -> ``None``.

        Official python name, Node ``changePushCodeStatus``; area ``sign_in``.

        Parameters (name: wire name, location):
            action: ``action``, json, required
            push_code_id: ``pushCodeId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHANGE_PUSH_CODE_STATUS,
            (
                action,
                push_code_id,
            ),
            None,
            _request_options(call_options),
        )

    async def change_qr_code_status(
        self,
        action: ChangeQrCodeStatusDtoAction | str,
        qrcode_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/change-qrcode-status`` -> ``None``.

        Official python name, Node ``changeQrCodeStatus``; area ``sign_in``.

        Parameters (name: wire name, location):
            action: ``action``, json, required
            qrcode_id: ``qrcodeId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHANGE_QR_CODE_STATUS,
            (
                action,
                qrcode_id,
            ),
            None,
            _request_options(call_options),
        )

    async def check_push_code_status(
        self,
        push_code_id: str,
        **call_options: Unpack[CallOptions],
    ) -> CheckPushCodeStatusDataDto:
        """``GET /api/v3/check-pushcode-status`` -> ``CheckPushCodeStatusDataDto``.

        Official python name, Node ``checkPushCodeStatus``; area ``sign_in``.

        Parameters (name: wire name, location):
            push_code_id: ``pushCodeId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHECK_PUSH_CODE_STATUS,
            (push_code_id,),
            "CheckPushCodeStatusDataDto",
            _request_options(call_options),
        )

    async def check_qr_code_status(
        self,
        qrcode_id: str,
        **call_options: Unpack[CallOptions],
    ) -> CheckQRCodeStatusDataDto:
        """``GET /api/v3/check-qrcode-status`` -> ``CheckQRCodeStatusDataDto``.

        Official python name, Node ``checkQrCodeStatus``; area ``sign_in``.

        Parameters (name: wire name, location):
            qrcode_id: ``qrcodeId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHECK_QR_CODE_STATUS,
            (qrcode_id,),
            "CheckQRCodeStatusDataDto",
            _request_options(call_options),
        )

    async def exchange_token_set_with_qr_code_ticket(
        self,
        ticket: str,
        client_id: str | None = None,
        client_secret: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """``POST /api/v3/exchange-tokenset-with-qrcode-ticket`` -> ``LoginTokenResponseDataDto``.

        Official python name, Node ``exchangeTokenSetWithQrCodeTicket``; area ``sign_in``.

        Parameters (name: wire name, location):
            ticket: ``ticket``, json, required
            client_id: ``client_id``, json
            client_secret: ``client_secret``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_EXCHANGE_TOKEN_SET_WITH_QR_CODE_TICKET,
            (
                ticket,
                client_id,
                client_secret,
            ),
            "LoginTokenResponseDataDto",
            _request_options(call_options),
        )

    async def gene_catcha_code_and_token(
        self,
        **call_options: Unpack[CallOptions],
    ) -> GetCaptchaCodeDataDto:
        """``GET /api/v3/get-captcha-code`` -> ``GetCaptchaCodeDataDto``.

        Node-only endpoint, Node ``geneCatchaCodeAndToken``; area ``sign_in``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GENE_CATCHA_CODE_AND_TOKEN,
            (),
            "GetCaptchaCodeDataDto",
            _request_options(call_options),
        )

    async def gene_captcha_code_and_token(
        self,
        **call_options: Unpack[CallOptions],
    ) -> GetCaptchaCodeDataDto:
        """``GET /api/v3/get-captcha-code`` -> ``GetCaptchaCodeDataDto``.

        Correctly spelled alias of ``gene_catcha_code_and_token`` (same endpoint).
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GENE_CATCHA_CODE_AND_TOKEN,
            (),
            "GetCaptchaCodeDataDto",
            _request_options(call_options),
        )

    async def gene_fastpass_qrcode_info(
        self,
        options: SignInFastpassOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GeneFastpassQRCodeInfoDto:
        """``POST /api/v3/gene-fastpass-qrcode-info`` -> ``GeneFastpassQRCodeInfoDto``.

        Official python name, Node ``geneFastpassQrcodeInfo``; area ``sign_in``.

        Parameters (name: wire name, location):
            options: ``options``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GENE_FASTPASS_QRCODE_INFO,
            (options,),
            "GeneFastpassQRCodeInfoDto",
            _request_options(call_options),
        )

    async def gene_qr_code(
        self,
        type: GenerateQrcodeDtoType | str,
        ext_idp_conn_id: str | None = None,
        custom_data: Any = None,
        context: Any = None,
        auto_merge_qr_code: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GeneQRCodeDataDto:
        """``POST /api/v3/gene-qrcode`` -> ``GeneQRCodeDataDto``.

        Official python name, Node ``geneQrCode``; area ``sign_in``.

        Parameters (name: wire name, location):
            type: ``type``, json, required
            ext_idp_conn_id: ``extIdpConnId``, json
            custom_data: ``customData``, json
            context: ``context``, json
            auto_merge_qr_code: ``autoMergeQrCode``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GENE_QR_CODE,
            (
                type,
                ext_idp_conn_id,
                custom_data,
                context,
                auto_merge_qr_code,
            ),
            "GeneQRCodeDataDto",
            _request_options(call_options),
        )

    async def get_fastpass_params(
        self,
        qrcode_id: str,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> GetFastpassQRCodeRelationAppsDto:
        """``GET /api/v3/get-fastpass-client-apps`` -> ``GetFastpassQRCodeRelationAppsDto``.

        Official python name, Node ``getFastpassParams``; area ``sign_in``.

        Parameters (name: wire name, location):
            qrcode_id: ``qrcodeId``, query, required
            app_id: ``appId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_FASTPASS_PARAMS,
            (
                qrcode_id,
                app_id,
            ),
            "GetFastpassQRCodeRelationAppsDto",
            _request_options(call_options),
        )

    async def get_login_history(
        self,
        app_id: str | None = None,
        client_ip: str | None = None,
        success: bool | None = None,
        start: int | None = None,
        end: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginHistoryPaginatedRespDto:
        """``GET /api/v3/get-my-login-history`` -> ``LoginHistoryPaginatedRespDto``.

        Official python name, Node ``getLoginHistory``; area ``sign_in``.

        Parameters (name: wire name, location):
            app_id: ``appId``, query
            client_ip: ``clientIp``, query
            success: ``success``, query
            start: ``start``, query
            end: ``end``, query
            page: ``page``, query
            limit: ``limit``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_LOGIN_HISTORY,
            (
                app_id,
                client_ip,
                success,
                start,
                end,
                page,
                limit,
            ),
            "LoginHistoryPaginatedRespDto",
            _request_options(call_options),
        )

    def iter_get_login_history(
        self,
        app_id: str | None = None,
        client_ip: str | None = None,
        success: bool | None = None,
        start: int | None = None,
        end: int | None = None,
        limit: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[LoginHistoryDto]:
        """Every item of ``get_login_history``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.get_login_history(
                page=page,
                app_id=app_id,
                client_ip=client_ip,
                success=success,
                start=start,
                end=end,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def get_push_login_relation_apps(
        self,
        app_id: str,
        push_code_id: str,
        **call_options: Unpack[CallOptions],
    ) -> GetPushCodeRelationAppsDataDto:
        """``POST /api/v3/get-pushlogin-relation-apps`` -> ``GetPushCodeRelationAppsDataDto``.

        Official python name, Node ``getPushLoginRelationApps``; area ``sign_in``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
            push_code_id: ``pushCodeId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_PUSH_LOGIN_RELATION_APPS,
            (
                app_id,
                push_code_id,
            ),
            "GetPushCodeRelationAppsDataDto",
            _request_options(call_options),
        )

    async def get_qr_code_status(
        self,
        qrcode_id: str,
        **call_options: Unpack[CallOptions],
    ) -> CheckQRCodeStatusDataDto:
        """``GET /api/v3/get-app-login-qrcode-status`` -> ``CheckQRCodeStatusDataDto``.

        Official python name, Node ``getAppLoginQrCodeStatus``; area ``sign_in``.

        Parameters (name: wire name, location):
            qrcode_id: ``qrcodeId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_QR_CODE_STATUS,
            (qrcode_id,),
            "CheckQRCodeStatusDataDto",
            _request_options(call_options),
        )

    async def get_app_login_qr_code_status(
        self,
        qrcode_id: str,
        **call_options: Unpack[CallOptions],
    ) -> CheckQRCodeStatusDataDto:
        """``GET /api/v3/get-app-login-qrcode-status`` -> ``CheckQRCodeStatusDataDto``.

        Alias of ``get_qr_code_status`` under the Node SDK's name ``getAppLoginQrCodeStatus`` (same endpoint).

        Parameters (name: wire name, location):
            qrcode_id: ``qrcodeId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_QR_CODE_STATUS,
            (qrcode_id,),
            "CheckQRCodeStatusDataDto",
            _request_options(call_options),
        )

    async def get_qr_code_status_v2(
        self,
        qrcode_id: str,
        **call_options: Unpack[CallOptions],
    ) -> CheckQRCodeStatusDataDto:
        """``GET /api/v3/get-qrcode-status`` -> ``CheckQRCodeStatusDataDto``.

        Node-only endpoint, Node ``getQrCodeStatus``; area ``sign_in``.

        Parameters (name: wire name, location):
            qrcode_id: ``qrcodeId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_QR_CODE_STATUS_V2,
            (qrcode_id,),
            "CheckQRCodeStatusDataDto",
            _request_options(call_options),
        )

    async def list_public_accounts_for_switch_logged_in(
        self,
        with_origin_user: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[GetUserSelectLoginPublicAccountsDataDto]:
        """``GET /api/v3/get-user-select-login-public-accounts`` -> ``list[GetUserSelectLoginPublicAccountsDataDto]``.

        Official python name, Node ``listPublicAccountsForSwitchLoggedIn``; area ``sign_in``.

        Parameters (name: wire name, location):
            with_origin_user: ``withOriginUser``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_PUBLIC_ACCOUNTS_FOR_SWITCH_LOGGED_IN,
            (with_origin_user,),
            "list[GetUserSelectLoginPublicAccountsDataDto]",
            _request_options(call_options),
        )

    async def pre_check_code(
        self,
        code_type: PreCheckCodeDtoCodeType | str,
        sms_code_payload: PreCheckSmsCodeDto | Mapping[str, Any] | None = None,
        email_code_payload: PreCheckEmailCodeDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PreCheckCodeDataDto:
        """``POST /api/v3/pre-check-code`` -> ``PreCheckCodeDataDto``.

        Official python name, Node ``preCheckCode``; area ``sign_in``.

        Parameters (name: wire name, location):
            code_type: ``codeType``, json, required
            sms_code_payload: ``smsCodePayload``, json
            email_code_payload: ``emailCodePayload``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_PRE_CHECK_CODE,
            (
                code_type,
                sms_code_payload,
                email_code_payload,
            ),
            "PreCheckCodeDataDto",
            _request_options(call_options),
        )

    async def qr_code_app_login(
        self,
        action: AppQrCodeLoginDtoAction | str,
        qrcode_id: str,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """``POST /api/v3/qrcode-app-login`` -> ``LoginTokenResponseDataDto``.

        Official python name, Node ``qrCodeAppLogin``; area ``sign_in``.

        Parameters (name: wire name, location):
            action: ``action``, json, required
            qrcode_id: ``qrcodeId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_QR_CODE_APP_LOGIN,
            (
                action,
                qrcode_id,
            ),
            "LoginTokenResponseDataDto",
            _request_options(call_options),
        )

    async def send_email(
        self,
        channel: SendEmailDtoChannel | str,
        email: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/send-email`` -> ``None``.

        Official python name, Node ``sendEmail``; area ``sign_in``.

        Parameters (name: wire name, location):
            channel: ``channel``, json, required
            email: ``email``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SEND_EMAIL,
            (
                channel,
                email,
            ),
            None,
            _request_options(call_options),
        )

    async def send_sms(
        self,
        channel: SendSmsDtoChannel | str,
        phone_number: str,
        phone_country_code: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/send-sms`` -> ``None``.

        Official python name, Node ``sendSms``; area ``sign_in``.

        Parameters (name: wire name, location):
            channel: ``channel``, json, required
            phone_number: ``phoneNumber``, json, required
            phone_country_code: ``phoneCountryCode``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SEND_SMS,
            (
                channel,
                phone_number,
                phone_country_code,
            ),
            None,
            _request_options(call_options),
        )

    async def set_push_code_status(
        self,
        push_code_id: str,
        action: ChangePushCodeStatusDtoAction | str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/set-pushcode-status`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``setPushCodeStatus``; area ``sign_in``.

        Parameters (name: wire name, location):
            push_code_id: ``pushCodeId``, json, required
            action: ``action``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SET_PUSH_CODE_STATUS,
            (
                push_code_id,
                action,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def set_qr_code_status(
        self,
        qrcode_id: str,
        action: ChangeQrCodeStatusDtoAction | str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/set-qrcode-status`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``setQrCodeStatus``; area ``sign_in``.

        Parameters (name: wire name, location):
            qrcode_id: ``qrcodeId``, json, required
            action: ``action``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SET_QR_CODE_STATUS,
            (
                qrcode_id,
                action,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def sign_in_by_credentials(
        self,
        connection: SigninByCredentialsDtoConnection | str,
        password_payload: SignInByPasswordPayloadDto | Mapping[str, Any] | None = None,
        pass_code_payload: SignInByPassCodePayloadDto | Mapping[str, Any] | None = None,
        ad_payload: SignInByAdPayloadDto | Mapping[str, Any] | None = None,
        ldap_payload: SignInByLdapPayloadDto | Mapping[str, Any] | None = None,
        options: SignInOptionsDto | Mapping[str, Any] | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """``POST /api/v3/signin`` -> ``LoginTokenResponseDataDto``.

        Official python name, Node ``signInByCredentials``; area ``sign_in``.

        Parameters (name: wire name, location):
            connection: ``connection``, json, required
            password_payload: ``passwordPayload``, json
            pass_code_payload: ``passCodePayload``, json
            ad_payload: ``adPayload``, json
            ldap_payload: ``ldapPayload``, json
            options: ``options``, json
            client_id: ``client_id``, json
            client_secret: ``client_secret``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SIGN_IN_BY_CREDENTIALS,
            (
                connection,
                password_payload,
                pass_code_payload,
                ad_payload,
                ldap_payload,
                options,
                client_id,
                client_secret,
            ),
            "LoginTokenResponseDataDto",
            _request_options(call_options),
        )

    async def sign_in_by_mobile(
        self,
        ext_idp_connidentifier: str,
        connection: SigninByMobileDtoConnection | str,
        wechat_payload: SignInByWechatPayloadDto | Mapping[str, Any] | None = None,
        apple_payload: SignInByApplePayloadDto | Mapping[str, Any] | None = None,
        alipay_payload: SignInByAlipayPayloadDto | Mapping[str, Any] | None = None,
        wechatwork_payload: SignInByWechatworkDto | Mapping[str, Any] | None = None,
        wechatwork_agency_payload: SignInByWechatworkAgencyPayloadDto | Mapping[str, Any] | None = None,
        lark_public_payload: SignInByLarkPublicPayloadDto | Mapping[str, Any] | None = None,
        lark_internal_payload: SignInByLarkInternalPayloadDto | Mapping[str, Any] | None = None,
        lark_block_payload: SignInByLarkBlockPayloadDto | Mapping[str, Any] | None = None,
        yidun_payload: SignInByYidunPayloadDto | Mapping[str, Any] | None = None,
        wechat_mini_program_code_payload: SignInByWechatMiniProgramCodePayloadDto | Mapping[str, Any] | None = None,
        wechat_mini_program_phone_payload: SignInByWechatMiniProgramPhonePayloadDto | Mapping[str, Any] | None = None,
        wechat_mini_program_code_and_phone_payload: SignInByWechatMiniProgramCodeAndPhonePayloadDto | Mapping[str, Any] | None = None,
        google_payload: SignInByGooglePayloadDto | Mapping[str, Any] | None = None,
        facebook_payload: SignInByFacebookPayloadDto | Mapping[str, Any] | None = None,
        qq_payload: SignInByQQPayloadDto | Mapping[str, Any] | None = None,
        weibo_payload: SignInByWeiboPayloadDto | Mapping[str, Any] | None = None,
        baidu_payload: SignInByBaiduPayloadDto | Mapping[str, Any] | None = None,
        linked_in_payload: SignInByLinkedInPayloadDto | Mapping[str, Any] | None = None,
        ding_talk_payload: SignInByDingTalkPayloadDto | Mapping[str, Any] | None = None,
        github_payload: SignInByGithubPayloadDto | Mapping[str, Any] | None = None,
        gitee_payload: SignInByGiteePayloadDto | Mapping[str, Any] | None = None,
        gitlab_payload: SignInByGitlabPayloadDto | Mapping[str, Any] | None = None,
        douyin_payload: SignInByDouyinPayloadDto | Mapping[str, Any] | None = None,
        kuaishou_payload: SignInByKuaishouPayloadDto | Mapping[str, Any] | None = None,
        xiaomi_payload: SignInByXiaomiPayloadDto | Mapping[str, Any] | None = None,
        line_payload: SignInByLinePayloadDto | Mapping[str, Any] | None = None,
        slack_payload: SignInBySlackPayloadDto | Mapping[str, Any] | None = None,
        oppo_payload: SignInByOPPOPayloadDto | Mapping[str, Any] | None = None,
        huawei_payload: SignInByHuaweiPayloadDto | Mapping[str, Any] | None = None,
        amazon_payload: SignInByAmazonPayloadDto | Mapping[str, Any] | None = None,
        options: SignInByMobileOptionsDto | Mapping[str, Any] | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        douyin_mini_program_code_payload: SignInByDouyinMiniProgramCodePayloadDto | Mapping[str, Any] | None = None,
        douyin_mini_program_code_and_phone_payload: SignInByDouyinMiniProgramCodeAndPhonePayloadDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """``POST /api/v3/signin-by-mobile`` -> ``LoginTokenResponseDataDto``.

        Official python name, Node ``signInByMobile``; area ``sign_in``.

        Parameters (name: wire name, location):
            ext_idp_connidentifier: ``extIdpConnidentifier``, json, required
            connection: ``connection``, json, required
            wechat_payload: ``wechatPayload``, json
            apple_payload: ``applePayload``, json
            alipay_payload: ``alipayPayload``, json
            wechatwork_payload: ``wechatworkPayload``, json
            wechatwork_agency_payload: ``wechatworkAgencyPayload``, json
            lark_public_payload: ``larkPublicPayload``, json
            lark_internal_payload: ``larkInternalPayload``, json
            lark_block_payload: ``larkBlockPayload``, json
            yidun_payload: ``yidunPayload``, json
            wechat_mini_program_code_payload: ``wechatMiniProgramCodePayload``, json
            wechat_mini_program_phone_payload: ``wechatMiniProgramPhonePayload``, json
            wechat_mini_program_code_and_phone_payload: ``wechatMiniProgramCodeAndPhonePayload``, json
            google_payload: ``googlePayload``, json
            facebook_payload: ``facebookPayload``, json
            qq_payload: ``qqPayload``, json
            weibo_payload: ``weiboPayload``, json
            baidu_payload: ``baiduPayload``, json
            linked_in_payload: ``linkedInPayload``, json
            ding_talk_payload: ``dingTalkPayload``, json
            github_payload: ``githubPayload``, json
            gitee_payload: ``giteePayload``, json
            gitlab_payload: ``gitlabPayload``, json
            douyin_payload: ``douyinPayload``, json
            kuaishou_payload: ``kuaishouPayload``, json
            xiaomi_payload: ``xiaomiPayload``, json
            line_payload: ``linePayload``, json
            slack_payload: ``slackPayload``, json
            oppo_payload: ``oppoPayload``, json
            huawei_payload: ``huaweiPayload``, json
            amazon_payload: ``amazonPayload``, json
            options: ``options``, json
            client_id: ``client_id``, json
            client_secret: ``client_secret``, json
            douyin_mini_program_code_payload: ``douyinMiniProgramCodePayload``, json, keyword-only (Node SDK field)
            douyin_mini_program_code_and_phone_payload: ``douyinMiniProgramCodeAndPhonePayload``, json, keyword-only (Node SDK field)
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SIGN_IN_BY_MOBILE,
            (
                ext_idp_connidentifier,
                connection,
                wechat_payload,
                apple_payload,
                alipay_payload,
                wechatwork_payload,
                wechatwork_agency_payload,
                lark_public_payload,
                lark_internal_payload,
                lark_block_payload,
                yidun_payload,
                wechat_mini_program_code_payload,
                wechat_mini_program_phone_payload,
                wechat_mini_program_code_and_phone_payload,
                google_payload,
                facebook_payload,
                qq_payload,
                weibo_payload,
                baidu_payload,
                linked_in_payload,
                ding_talk_payload,
                github_payload,
                gitee_payload,
                gitlab_payload,
                douyin_payload,
                kuaishou_payload,
                xiaomi_payload,
                line_payload,
                slack_payload,
                oppo_payload,
                huawei_payload,
                amazon_payload,
                options,
                client_id,
                client_secret,
                douyin_mini_program_code_payload,
                douyin_mini_program_code_and_phone_payload,
            ),
            "LoginTokenResponseDataDto",
            _request_options(call_options),
        )

    async def sign_in_by_push(
        self,
        account: str,
        options: SignInByPushOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GenePushCodeDataDto:
        """``POST /api/v3/signin-by-push`` -> ``GenePushCodeDataDto``.

        Official python name, Node ``signInByPush``; area ``sign_in``.

        Parameters (name: wire name, location):
            account: ``account``, json, required
            options: ``options``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SIGN_IN_BY_PUSH,
            (
                account,
                options,
            ),
            "GenePushCodeDataDto",
            _request_options(call_options),
        )

    async def sign_up(
        self,
        connection: SignUpDtoConnection | str,
        password_payload: SignUpByPasswordDto | Mapping[str, Any] | None = None,
        pass_code_payload: SignUpByPassCodeDto | Mapping[str, Any] | None = None,
        profile: SignUpProfileDto | Mapping[str, Any] | None = None,
        options: SignUpOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserDto:
        """``POST /api/v3/signup`` -> ``UserDto``.

        Official python name, Node ``signUp``; area ``sign_in``.

        Parameters (name: wire name, location):
            connection: ``connection``, json, required
            password_payload: ``passwordPayload``, json
            pass_code_payload: ``passCodePayload``, json
            profile: ``profile``, json
            options: ``options``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SIGN_UP,
            (
                connection,
                password_payload,
                pass_code_payload,
                profile,
                options,
            ),
            "UserDto",
            _request_options(call_options),
        )

    async def switch_login_by_user(
        self,
        target_user_id: str,
        options: SignInBySwitchOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> LoginTokenResponseDataDto:
        """``POST /api/v3/switch-login-by-user`` -> ``LoginTokenResponseDataDto``.

        Official python name, Node ``switchLoginByUser``; area ``sign_in``.

        Parameters (name: wire name, location):
            target_user_id: ``targetUserId``, json, required
            options: ``options``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SWITCH_LOGIN_BY_USER,
            (
                target_user_id,
                options,
            ),
            "LoginTokenResponseDataDto",
            _request_options(call_options),
        )

    async def validate_password(
        self,
        phone: str | None = None,
        email: str | None = None,
        username: str | None = None,
        phone_country_code: str | None = None,
        password: str | None = None,
        password_encrypt_type: ValidatePasswordDtoPasswordEncryptType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ValidatePasswordResultDto:
        """``POST /api/v3/validate-password`` -> ``ValidatePasswordResultDto``.

        Node-only endpoint, Node ``validatePassword``; area ``sign_in``.

        Parameters (name: wire name, location):
            phone: ``phone``, json
            email: ``email``, json
            username: ``username``, json
            phone_country_code: ``phoneCountryCode``, json
            password: ``password``, json
            password_encrypt_type: ``passwordEncryptType``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_VALIDATE_PASSWORD,
            (
                phone,
                email,
                username,
                phone_country_code,
                password,
                password_encrypt_type,
            ),
            "ValidatePasswordResultDto",
            _request_options(call_options),
        )
