# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``messages``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.messages import (
    _EP_CONFIG_EMAIL_PROVIDER,
    _EP_GET_EMAIL_PROVIDER,
    _EP_GET_EMAIL_TEMPLATES,
    _EP_PREVIEW_EMAIL_TEMPLATE,
    _EP_SEND_EMAIL_BATCH,
    _EP_SEND_SMS_BATCH,
    _EP_UPDATE_EMAIL_TEMPLATE,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class MessagesMixin(_CompatBase[_Typed]):
    """Official management methods, area ``messages``: the official answers."""

    __slots__ = ()

    async def config_email_provider(
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
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CONFIG_EMAIL_PROVIDER, (type, enabled, smtp_config, send_grid_config, ali_exmail_config, tencent_exmail_config), None, _request_options(call_options),
        )

    async def get_email_provider(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_email_provider``: ``GET /api/v3/get-email-provider``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_EMAIL_PROVIDER, (), None, _request_options(call_options),
        )

    async def get_email_templates(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_email_templates``: ``GET /api/v3/get-email-templates``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_EMAIL_TEMPLATES, (), None, _request_options(call_options),
        )

    async def preview_email_template(
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
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_PREVIEW_EMAIL_TEMPLATE, (type, content, subject, sender, expires_in, tpl_engine), None, _request_options(call_options),
        )

    async def send_email_batch(
        self,
        admin_name: Any,
        import_id: Any,
        users: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_email_batch``: ``POST /api/v3/send-email-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_SEND_EMAIL_BATCH, (admin_name, import_id, users), None, _request_options(call_options),
        )

    async def send_sms_batch(
        self,
        admin_name: Any,
        import_id: Any,
        users: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_sms_batch``: ``POST /api/v3/send-sms-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_SEND_SMS_BATCH, (admin_name, import_id, users), None, _request_options(call_options),
        )

    async def update_email_template(
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
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_EMAIL_TEMPLATE, (content, sender, subject, name, customize_enabled, type, expires_in, redirect_to, tpl_engine), None, _request_options(call_options),
        )
