# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``InviteeContextDto`` and its enum (InviteeContextDtoSendVerifyCodeMethod)."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .extends_field_dto import ExtendsFieldDto

__all__ = ["InviteeContextDto", "InviteeContextDtoSendVerifyCodeMethod"]


@_attrs.define(kw_only=True, slots=True)
class InviteeContextDto(WireBacked):
    """Wire model ``InviteeContextDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        enabled_identifier_verify: ``enabledIdentifierVerify``, bool, required
        send_verify_code_method: ``sendVerifyCodeMethod``, InviteeContextDtoSendVerifyCodeMethod, required
        enabled_info_fill: ``enabledInfoFill``, bool, required
        register_info_fill_msg: ``registerInfoFillMsg``, str, optional
        extends_fields: ``extendsFields``, list[ExtendsFieldDto], required
        extends_fields_i18n: ``extendsFieldsI18n``, Any, required
        extends_fields_options: ``extendsFieldsOptions``, list[Any], required
        email: ``email``, str, required
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        invitee_name: ``inviteeName``, str, optional
        verify_code_max_err_count: ``verifyCodeMaxErrCount``, int, required
    """

    enabled_identifier_verify: bool = _attrs.field(metadata={"wire": "enabledIdentifierVerify"})
    send_verify_code_method: InviteeContextDtoSendVerifyCodeMethod = _attrs.field(metadata={"wire": "sendVerifyCodeMethod"})
    enabled_info_fill: bool = _attrs.field(metadata={"wire": "enabledInfoFill"})
    register_info_fill_msg: str | None = _attrs.field(default=None, metadata={"wire": "registerInfoFillMsg"})
    extends_fields: List[ExtendsFieldDto] = _attrs.field(metadata={"wire": "extendsFields"})
    extends_fields_i18n: Any = _attrs.field(metadata={"wire": "extendsFieldsI18n"})
    extends_fields_options: List[Any] = _attrs.field(metadata={"wire": "extendsFieldsOptions"})
    email: str = _attrs.field(metadata={"wire": "email"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})
    invitee_name: str | None = _attrs.field(default=None, metadata={"wire": "inviteeName"})
    verify_code_max_err_count: int = _attrs.field(metadata={"wire": "verifyCodeMaxErrCount"})


class InviteeContextDtoSendVerifyCodeMethod(WireEnum):
    """Enum of ``InviteeContextDto.sendVerifyCodeMethod`` (unknown wire values are kept, not rejected)."""

    PRIORITY_SMS = "prioritySMS"
    PRIORITY_EMAIL = "priorityEmail"
