# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SetCustomFieldDto`` and its enums (SetCustomFieldDtoDataType, SetCustomFieldDtoTargetType)."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .custom_field_i18n import CustomFieldI18n
from .custom_field_select_option import CustomFieldSelectOption

__all__ = ["SetCustomFieldDto", "SetCustomFieldDtoDataType", "SetCustomFieldDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class SetCustomFieldDto:
    """Wire model ``SetCustomFieldDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, SetCustomFieldDtoTargetType, required
        key: ``key``, str, required
        data_type: ``dataType``, SetCustomFieldDtoDataType, optional
        label: ``label``, str, optional
        description: ``description``, str, optional
        encrypted: ``encrypted``, bool, optional
        is_unique: ``isUnique``, bool, optional
        user_editable: ``userEditable``, bool, optional
        visible_in_admin_console: ``visibleInAdminConsole``, bool, optional
        visible_in_user_center: ``visibleInUserCenter``, bool, optional
        validate_rules: ``validateRules``, Any, optional
        app_ids: ``appIds``, list[str], optional
        desensitization: ``desensitization``, bool, optional
        options: ``options``, list[CustomFieldSelectOption], optional
        i18n: ``i18n``, CustomFieldI18n, optional
    """

    target_type: SetCustomFieldDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    key: str = _attrs.field(metadata={"wire": "key"})
    data_type: SetCustomFieldDtoDataType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "dataType"})
    label: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "label"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    encrypted: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "encrypted"})
    is_unique: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isUnique"})
    user_editable: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userEditable"})
    visible_in_admin_console: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "visibleInAdminConsole"})
    visible_in_user_center: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "visibleInUserCenter"})
    validate_rules: Any = _attrs.field(default=_UNSET, metadata={"wire": "validateRules"})
    app_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appIds"})
    desensitization: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "desensitization"})
    options: List[CustomFieldSelectOption] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
    i18n: CustomFieldI18n | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})


class SetCustomFieldDtoDataType(WireEnum):
    """Enum of ``SetCustomFieldDto.dataType`` (unknown wire values are kept, not rejected)."""

    STRING = "STRING"
    NUMBER = "NUMBER"
    DATETIME = "DATETIME"
    BOOLEAN = "BOOLEAN"
    ENUM = "ENUM"


class SetCustomFieldDtoTargetType(WireEnum):
    """Enum of ``SetCustomFieldDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
