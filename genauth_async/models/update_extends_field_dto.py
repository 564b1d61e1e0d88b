# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateExtendsFieldDto`` and its enums (UpdateExtendsFieldDtoInputType, UpdateExtendsFieldDtoType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .app_validate_rule_dto import AppValidateRuleDto
from .custom_field_i18n import CustomFieldI18n

__all__ = ["UpdateExtendsFieldDto", "UpdateExtendsFieldDtoInputType", "UpdateExtendsFieldDtoType"]


@_attrs.define(kw_only=True, slots=True)
class UpdateExtendsFieldDto:
    """Wire model ``UpdateExtendsFieldDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, UpdateExtendsFieldDtoType, required
        id: ``id``, str, required
        name: ``name``, str, required
        label: ``label``, str, required
        show: ``show``, bool, required
        allow_rewrite: ``allowRewrite``, bool, required
        input_type: ``inputType``, UpdateExtendsFieldDtoInputType, required
        required: ``required``, bool, optional
        validate_rules: ``validateRules``, AppValidateRuleDto, optional
        i18n: ``i18n``, CustomFieldI18n, optional
    """

    type: UpdateExtendsFieldDtoType = _attrs.field(metadata={"wire": "type"})
    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    label: str = _attrs.field(metadata={"wire": "label"})
    show: bool = _attrs.field(metadata={"wire": "show"})
    allow_rewrite: bool = _attrs.field(metadata={"wire": "allowRewrite"})
    input_type: UpdateExtendsFieldDtoInputType = _attrs.field(metadata={"wire": "inputType"})
    required: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "required"})
    validate_rules: AppValidateRuleDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "validateRules"})
    i18n: CustomFieldI18n | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})


class UpdateExtendsFieldDtoInputType(WireEnum):
    """Enum of ``UpdateExtendsFieldDto.inputType`` (unknown wire values are kept, not rejected)."""

    IMAGE = "image"
    NUMBER = "number"
    DATE = "date"
    DATE_TIME = "dateTime"
    DATETIME = "datetime"
    SELECT = "select"
    DROPDOWN = "dropdown"
    BOOLEAN = "boolean"
    STRING = "string"
    TEXT = "text"
    GENDER = "gender"
    COUNTRY = "country"
    USERNAME = "username"
    PHONE = "phone"
    EMAIL = "email"


class UpdateExtendsFieldDtoType(WireEnum):
    """Enum of ``UpdateExtendsFieldDto.type`` (unknown wire values are kept, not rejected)."""

    USER = "user"
    INTERNAL = "internal"
