# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``EmailTemplateDto`` and its enums (EmailTemplateDtoTplEngine, EmailTemplateDtoType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["EmailTemplateDto", "EmailTemplateDtoTplEngine", "EmailTemplateDtoType"]


@_attrs.define(kw_only=True, slots=True)
class EmailTemplateDto:
    """Wire model ``EmailTemplateDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        customize_enabled: ``customizeEnabled``, bool, required
        type: ``type``, EmailTemplateDtoType, required
        name: ``name``, str, required
        subject: ``subject``, str, required
        sender: ``sender``, str, required
        content: ``content``, str, required
        expires_in: ``expiresIn``, int, optional
        redirect_to: ``redirectTo``, str, optional
        tpl_engine: ``tplEngine``, EmailTemplateDtoTplEngine, optional
    """

    customize_enabled: bool = _attrs.field(metadata={"wire": "customizeEnabled"})
    type: EmailTemplateDtoType = _attrs.field(metadata={"wire": "type"})
    name: str = _attrs.field(metadata={"wire": "name"})
    subject: str = _attrs.field(metadata={"wire": "subject"})
    sender: str = _attrs.field(metadata={"wire": "sender"})
    content: str = _attrs.field(metadata={"wire": "content"})
    expires_in: int | None = _attrs.field(default=None, metadata={"wire": "expiresIn"})
    redirect_to: str | None = _attrs.field(default=None, metadata={"wire": "redirectTo"})
    tpl_engine: EmailTemplateDtoTplEngine | None = _attrs.field(default=None, metadata={"wire": "tplEngine"})


class EmailTemplateDtoTplEngine(WireEnum):
    """Enum of ``EmailTemplateDto.tplEngine`` (unknown wire values are kept, not rejected)."""

    HANDLEBAR = "handlebar"
    EJS = "ejs"


class EmailTemplateDtoType(WireEnum):
    """Enum of ``EmailTemplateDto.type`` (unknown wire values are kept, not rejected)."""

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
