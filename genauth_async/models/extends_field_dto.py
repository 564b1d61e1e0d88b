# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ExtendsFieldDto`` and its enums (ExtendsFieldDtoInputType, ExtendsFieldDtoSource, ExtendsFieldDtoType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .app_validate_rule_dto import AppValidateRuleDto
from .custom_field_i18n import CustomFieldI18n

__all__ = ["ExtendsFieldDto", "ExtendsFieldDtoInputType", "ExtendsFieldDtoSource", "ExtendsFieldDtoType"]


@_attrs.define(kw_only=True, slots=True)
class ExtendsFieldDto(WireBacked):
    """Wire model ``ExtendsFieldDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        type: ``type``, ExtendsFieldDtoType, required
        id: ``id``, str, required
        name: ``name``, str, required
        label: ``label``, str, required
        show: ``show``, bool, required
        allow_rewrite: ``allowRewrite``, bool, required
        input_type: ``inputType``, ExtendsFieldDtoInputType, required
        required: ``required``, bool, optional
        validate_rules: ``validateRules``, AppValidateRuleDto, optional
        source: ``source``, ExtendsFieldDtoSource, required
        i18n: ``i18n``, CustomFieldI18n, optional
    """

    type: ExtendsFieldDtoType = _attrs.field(metadata={"wire": "type"})
    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    label: str = _attrs.field(metadata={"wire": "label"})
    show: bool = _attrs.field(metadata={"wire": "show"})
    allow_rewrite: bool = _attrs.field(metadata={"wire": "allowRewrite"})
    input_type: ExtendsFieldDtoInputType = _attrs.field(metadata={"wire": "inputType"})
    required: bool | None = _attrs.field(default=None, metadata={"wire": "required"})
    validate_rules: AppValidateRuleDto | None = _attrs.field(default=None, metadata={"wire": "validateRules"})
    source: ExtendsFieldDtoSource = _attrs.field(metadata={"wire": "source"})
    i18n: CustomFieldI18n | None = _attrs.field(default=None, metadata={"wire": "i18n"})


class ExtendsFieldDtoInputType(WireEnum):
    """Enum of ``ExtendsFieldDto.inputType`` (unknown wire values are kept, not rejected)."""

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


class ExtendsFieldDtoSource(WireEnum):
    """Enum of ``ExtendsFieldDto.source`` (unknown wire values are kept, not rejected)."""

    PRESET = "preset"
    MANUAL_ADD = "manual_add"


class ExtendsFieldDtoType(WireEnum):
    """Enum of ``ExtendsFieldDto.type`` (unknown wire values are kept, not rejected)."""

    USER = "user"
    INTERNAL = "internal"
