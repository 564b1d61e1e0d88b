# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``messages``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class MessagesMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``messages``: the official answers."""

    __slots__ = ()

    def config_email_provider(
        self,
        type: Any,
        enabled: Any,
        smtp_config: Any = None,
        send_grid_config: Any = None,
        ali_exmail_config: Any = None,
        tencent_exmail_config: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``config_email_provider``: ``POST /api/v3/config-email-provider``, the whole answer."""
        return self._call("config_email_provider", (type, enabled, smtp_config, send_grid_config, ali_exmail_config, tencent_exmail_config), {**call_options})  # type: ignore[no-any-return]

    def get_email_provider(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_email_provider``: ``GET /api/v3/get-email-provider``, the whole answer."""
        return self._call("get_email_provider", (), {**call_options})  # type: ignore[no-any-return]

    def get_email_templates(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_email_templates``: ``GET /api/v3/get-email-templates``, the whole answer."""
        return self._call("get_email_templates", (), {**call_options})  # type: ignore[no-any-return]

    def preview_email_template(
        self,
        type: Any,
        content: Any = None,
        subject: Any = None,
        sender: Any = None,
        expires_in: Any = None,
        tpl_engine: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``preview_email_template``: ``POST /api/v3/preview-email-template``, the whole answer."""
        return self._call("preview_email_template", (type, content, subject, sender, expires_in, tpl_engine), {**call_options})  # type: ignore[no-any-return]

    def send_email_batch(
        self,
        admin_name: Any,
        import_id: Any,
        users: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_email_batch``: ``POST /api/v3/send-email-batch``, the whole answer."""
        return self._call("send_email_batch", (admin_name, import_id, users), {**call_options})  # type: ignore[no-any-return]

    def send_sms_batch(
        self,
        admin_name: Any,
        import_id: Any,
        users: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_sms_batch``: ``POST /api/v3/send-sms-batch``, the whole answer."""
        return self._call("send_sms_batch", (admin_name, import_id, users), {**call_options})  # type: ignore[no-any-return]

    def update_email_template(
        self,
        content: Any,
        sender: Any,
        subject: Any,
        name: Any,
        customize_enabled: Any,
        type: Any,
        expires_in: Any = None,
        redirect_to: Any = None,
        tpl_engine: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_email_template``: ``POST /api/v3/update-email-template``, the whole answer."""
        return self._call("update_email_template", (content, sender, subject, name, customize_enabled, type, expires_in, redirect_to, tpl_engine), {**call_options})  # type: ignore[no-any-return]
