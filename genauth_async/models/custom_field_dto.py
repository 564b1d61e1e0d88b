# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CustomFieldDto`` and its enums (CustomFieldDtoDataType, CustomFieldDtoTargetType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .custom_field_i18n import CustomFieldI18n
from .custom_field_select_option import CustomFieldSelectOption

__all__ = ["CustomFieldDto", "CustomFieldDtoDataType", "CustomFieldDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class CustomFieldDto(WireBacked):
    """Wire model ``CustomFieldDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, CustomFieldDtoTargetType, required
        created_at: ``createdAt``, str, optional
        data_type: ``dataType``, CustomFieldDtoDataType, required
        key: ``key``, str, required
        label: ``label``, str, required
        description: ``description``, str, optional
        encrypted: ``encrypted``, bool, optional
        is_unique: ``isUnique``, bool, required
        user_editable: ``userEditable``, bool, optional
        visible_in_admin_console: ``visibleInAdminConsole``, bool, required
        visible_in_user_center: ``visibleInUserCenter``, bool, optional
        i18n: ``i18n``, CustomFieldI18n, optional
        options: ``options``, list[CustomFieldSelectOption], optional
    """

    target_type: CustomFieldDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    created_at: str | None = _attrs.field(default=None, metadata={"wire": "createdAt"})
    data_type: CustomFieldDtoDataType = _attrs.field(metadata={"wire": "dataType"})
    key: str = _attrs.field(metadata={"wire": "key"})
    label: str = _attrs.field(metadata={"wire": "label"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    encrypted: bool | None = _attrs.field(default=None, metadata={"wire": "encrypted"})
    is_unique: bool = _attrs.field(metadata={"wire": "isUnique"})
    user_editable: bool | None = _attrs.field(default=None, metadata={"wire": "userEditable"})
    visible_in_admin_console: bool = _attrs.field(metadata={"wire": "visibleInAdminConsole"})
    visible_in_user_center: bool | None = _attrs.field(default=None, metadata={"wire": "visibleInUserCenter"})
    i18n: CustomFieldI18n | None = _attrs.field(default=None, metadata={"wire": "i18n"})
    options: List[CustomFieldSelectOption] | None = _attrs.field(default=None, metadata={"wire": "options"})


class CustomFieldDtoDataType(WireEnum):
    """Enum of ``CustomFieldDto.dataType`` (unknown wire values are kept, not rejected)."""

    STRING = "STRING"
    NUMBER = "NUMBER"
    DATETIME = "DATETIME"
    BOOLEAN = "BOOLEAN"
    ENUM = "ENUM"


class CustomFieldDtoTargetType(WireEnum):
    """Enum of ``CustomFieldDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
