# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official authentication methods, area ``sign_in``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import AuthenticationClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class SignInMixin(_SyncCompatBase[_Typed]):
    """Official authentication methods, area ``sign_in``: the official answers."""

    __slots__ = ()

    def change_push_code_status(
        self,
        action: Any,
        push_code_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_push_code_status``: ``POST /api/v3/change-pushcode-status``, the whole answer."""
        return self._call("change_push_code_status", (action, push_code_id), {**call_options})  # type: ignore[no-any-return]

    def change_qr_code_status(
        self,
        action: Any,
        qrcode_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_qr_code_status``: ``POST /api/v3/change-qrcode-status``, the whole answer."""
        return self._call("change_qr_code_status", (action, qrcode_id), {**call_options})  # type: ignore[no-any-return]

    def check_push_code_status(
        self,
        push_code_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_push_code_status``: ``GET /api/v3/check-pushcode-status``, the whole answer."""
        return self._call("check_push_code_status", (push_code_id,), {**call_options})  # type: ignore[no-any-return]

    def check_qr_code_status(
        self,
        qrcode_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_qr_code_status``: ``GET /api/v3/check-qrcode-status``, the whole answer."""
        return self._call("check_qr_code_status", (qrcode_id,), {**call_options})  # type: ignore[no-any-return]

    def exchange_token_set_with_qr_code_ticket(
        self,
        ticket: Any,
        client_id: Any = None,
        client_secret: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``exchange_token_set_with_qr_code_ticket``: ``POST /api/v3/exchange-tokenset-with-qrcode-ticket``, the whole answer."""
        return self._call("exchange_token_set_with_qr_code_ticket", (ticket, client_id, client_secret), {**call_options})  # type: ignore[no-any-return]

    def gene_fastpass_qrcode_info(
        self,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``gene_fastpass_qrcode_info``: ``POST /api/v3/gene-fastpass-qrcode-info``, the whole answer."""
        return self._call("gene_fastpass_qrcode_info", (options,), {**call_options})  # type: ignore[no-any-return]

    def gene_qr_code(
        self,
        type: Any,
        ext_idp_conn_id: Any = None,
        custom_data: Any = None,
        context: Any = None,
        auto_merge_qr_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``gene_qr_code``: ``POST /api/v3/gene-qrcode``, the whole answer."""
        return self._call("gene_qr_code", (type, ext_idp_conn_id, custom_data, context, auto_merge_qr_code), {**call_options})  # type: ignore[no-any-return]

    def get_fastpass_params(
        self,
        qrcode_id: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_fastpass_params``: ``GET /api/v3/get-fastpass-client-apps``, the whole answer."""
        return self._call("get_fastpass_params", (qrcode_id, app_id), {**call_options})  # type: ignore[no-any-return]

    def get_login_history(
        self,
        app_id: Any = None,
        client_ip: Any = None,
        success: Any = None,
        start: Any = None,
        end: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_login_history``: ``GET /api/v3/get-my-login-history``, the whole answer."""
        return self._call("get_login_history", (app_id, client_ip, success, start, end, page, limit), {**call_options})  # type: ignore[no-any-return]

    def get_push_login_relation_apps(
        self,
        app_id: Any,
        push_code_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_push_login_relation_apps``: ``POST /api/v3/get-pushlogin-relation-apps``, the whole answer."""
        return self._call("get_push_login_relation_apps", (app_id, push_code_id), {**call_options})  # type: ignore[no-any-return]

    def get_qr_code_status(
        self,
        qrcode_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_qr_code_status``: ``GET /api/v3/get-app-login-qrcode-status``, the whole answer."""
        return self._call("get_qr_code_status", (qrcode_id,), {**call_options})  # type: ignore[no-any-return]

    def list_public_accounts_for_switch_logged_in(
        self,
        with_origin_user: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_public_accounts_for_switch_logged_in``: ``GET /api/v3/get-user-select-login-public-accounts``, the whole answer."""
        return self._call("list_public_accounts_for_switch_logged_in", (with_origin_user,), {**call_options})  # type: ignore[no-any-return]

    def pre_check_code(
        self,
        code_type: Any,
        sms_code_payload: Any = None,
        email_code_payload: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``pre_check_code``: ``POST /api/v3/pre-check-code``, the whole answer."""
        return self._call("pre_check_code", (code_type, sms_code_payload, email_code_payload), {**call_options})  # type: ignore[no-any-return]

    def qr_code_app_login(
        self,
        action: Any,
        qrcode_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``qr_code_app_login``: ``POST /api/v3/qrcode-app-login``, the whole answer."""
        return self._call("qr_code_app_login", (action, qrcode_id), {**call_options})  # type: ignore[no-any-return]

    def send_email(
        self,
        channel: Any,
        email: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_email``: ``POST /api/v3/send-email``, the whole answer."""
        return self._call("send_email", (channel, email), {**call_options})  # type: ignore[no-any-return]

    def send_sms(
        self,
        channel: Any,
        phone_number: Any,
        phone_country_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_sms``: ``POST /api/v3/send-sms``, the whole answer."""
        return self._call("send_sms", (channel, phone_number, phone_country_code), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_credentials(
        self,
        connection: Any,
        password_payload: Any = None,
        pass_code_payload: Any = None,
        ad_payload: Any = None,
        ldap_payload: Any = None,
        options: Any = None,
        client_id: Any = None,
        client_secret: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_credentials``: ``POST /api/v3/signin``, the whole answer."""
        return self._call("sign_in_by_credentials", (connection, password_payload, pass_code_payload, ad_payload, ldap_payload, options, client_id, client_secret), {**call_options})  # type: ignore[no-any-return]

    def sign_in_by_mobile(
        self,
        ext_idp_connidentifier: Any,
        connection: Any,
        wechat_payload: Any = None,
        apple_payload: Any = None,
        alipay_payload: Any = None,
        wechatwork_payload: Any = None,
        wechatwork_agency_payload: Any = None,
        lark_public_payload: Any = None,
        lark_internal_payload: Any = None,
        lark_block_payload: Any = None,
        yidun_payload: Any = None,
        wechat_mini_program_code_payload: Any = None,
        wechat_mini_program_phone_payload: Any = None,
        wechat_mini_program_code_and_phone_payload: Any = None,
        google_payload: Any = None,
        facebook_payload: Any = None,
        qq_payload: Any = None,
        weibo_payload: Any = None,
        baidu_payload: Any = None,
        linked_in_payload: Any = None,
        ding_talk_payload: Any = None,
        github_payload: Any = None,
        gitee_payload: Any = None,
        gitlab_payload: Any = None,
        douyin_payload: Any = None,
        kuaishou_payload: Any = None,
        xiaomi_payload: Any = None,
        line_payload: Any = None,
        slack_payload: Any = None,
        oppo_payload: Any = None,
        huawei_payload: Any = None,
        amazon_payload: Any = None,
        options: Any = None,
        client_id: Any = None,
        client_secret: Any = None,
        *,
        douyin_mini_program_code_payload: Any = None,
        douyin_mini_program_code_and_phone_payload: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_mobile``: ``POST /api/v3/signin-by-mobile``, the whole answer."""
        return self._call("sign_in_by_mobile", (ext_idp_connidentifier, connection, wechat_payload, apple_payload, alipay_payload, wechatwork_payload, wechatwork_agency_payload, lark_public_payload, lark_internal_payload, lark_block_payload, yidun_payload, wechat_mini_program_code_payload, wechat_mini_program_phone_payload, wechat_mini_program_code_and_phone_payload, google_payload, facebook_payload, qq_payload, weibo_payload, baidu_payload, linked_in_payload, ding_talk_payload, github_payload, gitee_payload, gitlab_payload, douyin_payload, kuaishou_payload, xiaomi_payload, line_payload, slack_payload, oppo_payload, huawei_payload, amazon_payload, options, client_id, client_secret), {"douyin_mini_program_code_payload": douyin_mini_program_code_payload, "douyin_mini_program_code_and_phone_payload": douyin_mini_program_code_and_phone_payload, **call_options})  # type: ignore[no-any-return]

    def sign_in_by_push(
        self,
        account: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_push``: ``POST /api/v3/signin-by-push``, the whole answer."""
        return self._call("sign_in_by_push", (account, options), {**call_options})  # type: ignore[no-any-return]

    def sign_up(
        self,
        connection: Any,
        password_payload: Any = None,
        pass_code_payload: Any = None,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_up``: ``POST /api/v3/signup``, the whole answer."""
        return self._call("sign_up", (connection, password_payload, pass_code_payload, profile, options), {**call_options})  # type: ignore[no-any-return]

    def switch_login_by_user(
        self,
        target_user_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``switch_login_by_user``: ``POST /api/v3/switch-login-by-user``, the whole answer."""
        return self._call("switch_login_by_user", (target_user_id, options), {**call_options})  # type: ignore[no-any-return]
