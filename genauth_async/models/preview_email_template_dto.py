# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PreviewEmailTemplateDto`` and its enums (PreviewEmailTemplateDtoTplEngine, PreviewEmailTemplateDtoType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["PreviewEmailTemplateDto", "PreviewEmailTemplateDtoTplEngine", "PreviewEmailTemplateDtoType"]


@_attrs.define(kw_only=True, slots=True)
class PreviewEmailTemplateDto:
    """Wire model ``PreviewEmailTemplateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, PreviewEmailTemplateDtoType, required
        content: ``content``, str, optional
        subject: ``subject``, str, optional
        sender: ``sender``, str, optional
        expires_in: ``expiresIn``, int, optional
        tpl_engine: ``tplEngine``, PreviewEmailTemplateDtoTplEngine, optional
    """

    type: PreviewEmailTemplateDtoType = _attrs.field(metadata={"wire": "type"})
    content: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "content"})
    subject: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "subject"})
    sender: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sender"})
    expires_in: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "expiresIn"})
    tpl_engine: PreviewEmailTemplateDtoTplEngine | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tplEngine"})


class PreviewEmailTemplateDtoTplEngine(WireEnum):
    """Enum of ``PreviewEmailTemplateDto.tplEngine`` (unknown wire values are kept, not rejected)."""

    HANDLEBAR = "handlebar"
    EJS = "ejs"


class PreviewEmailTemplateDtoType(WireEnum):
    """Enum of ``PreviewEmailTemplateDto.type`` (unknown wire values are kept, not rejected)."""

    WELCOME_EMAIL = "WELCOME_EMAIL"
    FIRST_CREATED_USER = "FIRST_CREATED_USER"
    REGISTER_VERIFY_CODE = "REGISTER_VERIFY_CODE"
    LOGIN_VERIFY_CODE = "LOGIN_VERIFY_CODE"
    MFA_VERIFY_CODE = "MFA_VERIFY_CODE"
    INFORMATION_COMPLETION_VERIFY_CODE = "INFORMATION_COMPLETION_VERIFY_CODE"
    FIRST_EMAIL_LOGIN_VERIFY = "FIRST_EMAIL_LOGIN_VERIFY"
    CONSOLE_CONDUCTED_VERIFY = "CONSOLE_CONDUCTED_VERIFY"
    USER_PASSWORD_UPDATE_REMIND = "USER_PASSWORD_UPDATE_REMIND"
    ADMIN_RESET_USER_PASSWORD_NOTIFICATION = "ADMIN_RESET_USER_PASSWORD_NOTIFICATION"
    USER_PASSWORD_RESET_NOTIFICATION = "USER_PASSWORD_RESET_NOTIFICATION"
    RESET_PASSWORD_VERIFY_CODE = "RESET_PASSWORD_VERIFY_CODE"
    SELF_UNLOCKING_VERIFY_CODE = "SELF_UNLOCKING_VERIFY_CODE"
    EMAIL_BIND_VERIFY_CODE = "EMAIL_BIND_VERIFY_CODE"
    EMAIL_UNBIND_VERIFY_CODE = "EMAIL_UNBIND_VERIFY_CODE"
