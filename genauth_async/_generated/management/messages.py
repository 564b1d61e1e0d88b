# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``messages``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        AliExmailEmailProviderConfigInput, ConfigEmailProviderDtoType, EmailProviderDto,
        EmailTemplateDto, GetEmailTemplatesDataDto, PreviewEmailTemplateDataDto,
        PreviewEmailTemplateDtoTplEngine, PreviewEmailTemplateDtoType,
        SMTPEmailProviderConfigInput, SendEmailBatchDataDto, SendGridEmailProviderConfigInput,
        SendSmsBatchDataDto, SendTenantEmailDto, SendTenantSmsDto,
        TencentExmailEmailProviderConfigInput, UpdateEmailTemplateDtoTplEngine,
        UpdateEmailTemplateDtoType,
    )

_EP_CONFIG_EMAIL_PROVIDER = Endpoint(
    "config_email_provider",
    "POST",
    "/api/v3/config-email-provider",
    (
        Param("type", "type", "json", True, "str", "any", ("ali", "qq", "sendgrid", "custom")),
        Param("enabled", "enabled", "json", True, "bool"),
        Param("smtp_config", "smtpConfig", "json", False, "dict"),
        Param("send_grid_config", "sendGridConfig", "json", False, "dict"),
        Param("ali_exmail_config", "aliExmailConfig", "json", False, "dict"),
        Param("tencent_exmail_config", "tencentExmailConfig", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_GET_EMAIL_PROVIDER = Endpoint(
    "get_email_provider",
    "GET",
    "/api/v3/get-email-provider",
    (),
    idempotent=True,
)

_EP_GET_EMAIL_TEMPLATES = Endpoint(
    "get_email_templates",
    "GET",
    "/api/v3/get-email-templates",
    (),
    idempotent=True,
)

_EP_PREVIEW_EMAIL_TEMPLATE = Endpoint(
    "preview_email_template",
    "POST",
    "/api/v3/preview-email-template",
    (
        Param("type", "type", "json", True, "str", "any", ("WELCOME_EMAIL", "FIRST_CREATED_USER", "REGISTER_VERIFY_CODE", "LOGIN_VERIFY_CODE", "MFA_VERIFY_CODE", "INFORMATION_COMPLETION_VERIFY_CODE", "FIRST_EMAIL_LOGIN_VERIFY", "CONSOLE_CONDUCTED_VERIFY", "USER_PASSWORD_UPDATE_REMIND", "ADMIN_RESET_USER_PASSWORD_NOTIFICATION", "USER_PASSWORD_RESET_NOTIFICATION", "RESET_PASSWORD_VERIFY_CODE", "SELF_UNLOCKING_VERIFY_CODE", "EMAIL_BIND_VERIFY_CODE", "EMAIL_UNBIND_VERIFY_CODE")),
        Param("content", "content", "json", False, "str"),
        Param("subject", "subject", "json", False, "str"),
        Param("sender", "sender", "json", False, "str"),
        Param("expires_in", "expiresIn", "json", False, "int"),
        Param("tpl_engine", "tplEngine", "json", False, "str", "any", ("handlebar", "ejs")),
    ),
    idempotent=False,
)

_EP_SEND_EMAIL_BATCH = Endpoint(
    "send_email_batch",
    "POST",
    "/api/v3/send-email-batch",
    (
        Param("admin_name", "adminName", "json", True, "str"),
        Param("import_id", "importId", "json", True, "int"),
        Param("users", "users", "json", True, "list", "dict"),
    ),
    idempotent=False,
)

_EP_SEND_SMS_BATCH = Endpoint(
    "send_sms_batch",
    "POST",
    "/api/v3/send-sms-batch",
    (
        Param("admin_name", "adminName", "json", True, "str"),
        Param("import_id", "importId", "json", True, "int"),
        Param("users", "users", "json", True, "list", "dict"),
    ),
    idempotent=False,
)

_EP_UPDATE_EMAIL_TEMPLATE = Endpoint(
    "update_email_template",
    "POST",
    "/api/v3/update-email-template",
    (
        Param("content", "content", "json", True, "str"),
        Param("sender", "sender", "json", True, "str"),
        Param("subject", "subject", "json", True, "str"),
        Param("name", "name", "json", True, "str"),
        Param("customize_enabled", "customizeEnabled", "json", True, "bool"),
        Param("type", "type", "json", True, "str", "any", ("WELCOME_EMAIL", "FIRST_CREATED_USER", "REGISTER_VERIFY_CODE", "LOGIN_VERIFY_CODE", "MFA_VERIFY_CODE", "INFORMATION_COMPLETION_VERIFY_CODE", "FIRST_EMAIL_LOGIN_VERIFY", "CONSOLE_CONDUCTED_VERIFY", "USER_PASSWORD_UPDATE_REMIND", "ADMIN_RESET_USER_PASSWORD_NOTIFICATION", "USER_PASSWORD_RESET_NOTIFICATION", "RESET_PASSWORD_VERIFY_CODE", "SELF_UNLOCKING_VERIFY_CODE", "EMAIL_BIND_VERIFY_CODE", "EMAIL_UNBIND_VERIFY_CODE")),
        Param("expires_in", "expiresIn", "json", False, "int"),
        Param("redirect_to", "redirectTo", "json", False, "str"),
        Param("tpl_engine", "tplEngine", "json", False, "str", "any", ("handlebar", "ejs")),
    ),
    idempotent=False,
)


class MessagesMixin(_Caller):
    """Management API, area ``messages``: 7 endpoints."""

    __slots__ = ()

    async def config_email_provider(
        self,
        type: ConfigEmailProviderDtoType | str,
        enabled: bool,
        smtp_config: SMTPEmailProviderConfigInput | Mapping[str, Any] | None = None,
        send_grid_config: SendGridEmailProviderConfigInput | Mapping[str, Any] | None = None,
        ali_exmail_config: AliExmailEmailProviderConfigInput | Mapping[str, Any] | None = None,
        tencent_exmail_config: TencentExmailEmailProviderConfigInput | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> EmailProviderDto:
        """``POST /api/v3/config-email-provider`` -> ``EmailProviderDto``.

        Official python name, Node ``configEmailProvider``; area ``messages``.

        Parameters (name: wire name, location):
            type: ``type``, json, required
            enabled: ``enabled``, json, required
            smtp_config: ``smtpConfig``, json
            send_grid_config: ``sendGridConfig``, json
            ali_exmail_config: ``aliExmailConfig``, json
            tencent_exmail_config: ``tencentExmailConfig``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CONFIG_EMAIL_PROVIDER,
            (
                type,
                enabled,
                smtp_config,
                send_grid_config,
                ali_exmail_config,
                tencent_exmail_config,
            ),
            "EmailProviderDto",
            _request_options(call_options),
        )

    async def get_email_provider(
        self,
        **call_options: Unpack[CallOptions],
    ) -> EmailProviderDto:
        """``GET /api/v3/get-email-provider`` -> ``EmailProviderDto``.

        Official python name, Node ``getEmailProvider``; area ``messages``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_EMAIL_PROVIDER,
            (),
            "EmailProviderDto",
            _request_options(call_options),
        )

    async def get_email_templates(
        self,
        **call_options: Unpack[CallOptions],
    ) -> GetEmailTemplatesDataDto:
        """``GET /api/v3/get-email-templates`` -> ``GetEmailTemplatesDataDto``.

        Official python name, Node ``getEmailTemplates``; area ``messages``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_EMAIL_TEMPLATES,
            (),
            "GetEmailTemplatesDataDto",
            _request_options(call_options),
        )

    async def preview_email_template(
        self,
        type: PreviewEmailTemplateDtoType | str,
        content: str | None = None,
        subject: str | None = None,
        sender: str | None = None,
        expires_in: int | None = None,
        tpl_engine: PreviewEmailTemplateDtoTplEngine | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PreviewEmailTemplateDataDto:
        """``POST /api/v3/preview-email-template`` -> ``PreviewEmailTemplateDataDto``.

        Official python name, Node ``previewEmailTemplate``; area ``messages``.

        Parameters (name: wire name, location):
            type: ``type``, json, required
            content: ``content``, json
            subject: ``subject``, json
            sender: ``sender``, json
            expires_in: ``expiresIn``, json
            tpl_engine: ``tplEngine``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_PREVIEW_EMAIL_TEMPLATE,
            (
                type,
                content,
                subject,
                sender,
                expires_in,
                tpl_engine,
            ),
            "PreviewEmailTemplateDataDto",
            _request_options(call_options),
        )

    async def send_email_batch(
        self,
        admin_name: str,
        import_id: int,
        users: List[SendTenantEmailDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> SendEmailBatchDataDto:
        """``POST /api/v3/send-email-batch`` -> ``SendEmailBatchDataDto``.

        Official python name, Node ``sendEmailBatch``; area ``messages``.

        Parameters (name: wire name, location):
            admin_name: ``adminName``, json, required
            import_id: ``importId``, json, required
            users: ``users``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SEND_EMAIL_BATCH,
            (
                admin_name,
                import_id,
                users,
            ),
            "SendEmailBatchDataDto",
            _request_options(call_options),
        )

    async def send_sms_batch(
        self,
        admin_name: str,
        import_id: int,
        users: List[SendTenantSmsDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> SendSmsBatchDataDto:
        """``POST /api/v3/send-sms-batch`` -> ``SendSmsBatchDataDto``.

        Official python name, Node ``sendSmsBatch``; area ``messages``.

        Parameters (name: wire name, location):
            admin_name: ``adminName``, json, required
            import_id: ``importId``, json, required
            users: ``users``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SEND_SMS_BATCH,
            (
                admin_name,
                import_id,
                users,
            ),
            "SendSmsBatchDataDto",
            _request_options(call_options),
        )

    async def update_email_template(
        self,
        content: str,
        sender: str,
        subject: str,
        name: str,
        customize_enabled: bool,
        type: UpdateEmailTemplateDtoType | str,
        expires_in: int | None = None,
        redirect_to: str | None = None,
        tpl_engine: UpdateEmailTemplateDtoTplEngine | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> EmailTemplateDto:
        """``POST /api/v3/update-email-template`` -> ``EmailTemplateDto``.

        Official python name, Node ``updateEmailTemplate``; area ``messages``.

        Parameters (name: wire name, location):
            content: ``content``, json, required
            sender: ``sender``, json, required
            subject: ``subject``, json, required
            name: ``name``, json, required
            customize_enabled: ``customizeEnabled``, json, required
            type: ``type``, json, required
            expires_in: ``expiresIn``, json
            redirect_to: ``redirectTo``, json
            tpl_engine: ``tplEngine``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_EMAIL_TEMPLATE,
            (
                content,
                sender,
                subject,
                name,
                customize_enabled,
                type,
                expires_in,
                redirect_to,
                tpl_engine,
            ),
            "EmailTemplateDto",
            _request_options(call_options),
        )
