# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``messages`` (sync facade)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
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


class MessagesMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``messages``: 7 endpoints."""

    def config_email_provider(
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
        return self._run_method(  # type: ignore[no-any-return]
            "config_email_provider",
            (
                type,
                enabled,
                smtp_config,
                send_grid_config,
                ali_exmail_config,
                tencent_exmail_config,
            ),
            call_options,
        )

    def get_email_provider(
        self,
        **call_options: Unpack[CallOptions],
    ) -> EmailProviderDto:
        """``GET /api/v3/get-email-provider`` -> ``EmailProviderDto``.

        Official python name, Node ``getEmailProvider``; area ``messages``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_email_provider",
            (),
            call_options,
        )

    def get_email_templates(
        self,
        **call_options: Unpack[CallOptions],
    ) -> GetEmailTemplatesDataDto:
        """``GET /api/v3/get-email-templates`` -> ``GetEmailTemplatesDataDto``.

        Official python name, Node ``getEmailTemplates``; area ``messages``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_email_templates",
            (),
            call_options,
        )

    def preview_email_template(
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
        return self._run_method(  # type: ignore[no-any-return]
            "preview_email_template",
            (
                type,
                content,
                subject,
                sender,
                expires_in,
                tpl_engine,
            ),
            call_options,
        )

    def send_email_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "send_email_batch",
            (
                admin_name,
                import_id,
                users,
            ),
            call_options,
        )

    def send_sms_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "send_sms_batch",
            (
                admin_name,
                import_id,
                users,
            ),
            call_options,
        )

    def update_email_template(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_email_template",
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
            call_options,
        )
