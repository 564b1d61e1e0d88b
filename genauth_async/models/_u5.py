# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UpdateEmailVerifyRequestDtoVerifyMethod, ..., UpdateFunctionModelFieldDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._a3 import (
        AppValidateRuleDto,
    )
    from ._c23 import (
        CustomFieldI18n,
    )
    from ._r1 import (
        RelationOptionalRange,
    )

__all__ = [
    "UpdateEmailVerifyRequestDtoVerifyMethod", "UpdateExtIdpConnDto", "UpdateExtIdpDto",
    "UpdateExtendsFieldDto", "UpdateExtendsFieldDtoInputType", "UpdateExtendsFieldDtoType",
    "UpdateFunctionModelDto", "UpdateFunctionModelDtoType", "UpdateFunctionModelFieldDto",
]


class UpdateEmailVerifyRequestDtoVerifyMethod(WireEnum):
    """Enum of ``UpdateEmailVerifyRequestDto.verifyMethod`` (unknown wire values are kept, not rejected)."""

    EMAIL_PASSCODE = "EMAIL_PASSCODE"


@_attrs.define(kw_only=True, slots=True)
class UpdateExtIdpConnDto:
    """Wire model ``UpdateExtIdpConnDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        display_name: ``displayName``, str, required
        fields: ``fields``, Any, required
        logo: ``logo``, str, optional
        login_only: ``loginOnly``, bool, optional
        tenant_id: ``tenantId``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    display_name: str = _attrs.field(metadata={"wire": "displayName"})
    fields: Any = _attrs.field(metadata={"wire": "fields"})
    logo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "logo"})
    login_only: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "loginOnly"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateExtIdpDto:
    """Wire model ``UpdateExtIdpDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        id: ``id``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    id: str = _attrs.field(metadata={"wire": "id"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


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


@_attrs.define(kw_only=True, slots=True)
class UpdateFunctionModelDto:
    """Wire model ``UpdateFunctionModelDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        show_field_key: ``showFieldKey``, str, required
        config: ``config``, Any, required
        field_order: ``fieldOrder``, str, required
        type: ``type``, UpdateFunctionModelDtoType, required
        parent_key: ``parentKey``, str, required
        enable: ``enable``, bool, required
        description: ``description``, str, required
        name: ``name``, str, required
        id: ``id``, str, required
    """

    show_field_key: str = _attrs.field(metadata={"wire": "showFieldKey"})
    config: Any = _attrs.field(metadata={"wire": "config"})
    field_order: str = _attrs.field(metadata={"wire": "fieldOrder"})
    type: UpdateFunctionModelDtoType = _attrs.field(metadata={"wire": "type"})
    parent_key: str = _attrs.field(metadata={"wire": "parentKey"})
    enable: bool = _attrs.field(metadata={"wire": "enable"})
    description: str = _attrs.field(metadata={"wire": "description"})
    name: str = _attrs.field(metadata={"wire": "name"})
    id: str = _attrs.field(metadata={"wire": "id"})


class UpdateFunctionModelDtoType(WireEnum):
    """Enum of ``UpdateFunctionModelDto.type`` (unknown wire values are kept, not rejected)."""

    UEBA = "ueba"
    USER = "user"
    POST = "post"
    GROUP = "group"
    DEPARTMENT = "department"
    ORGANIZATION = "organization"
    DEVICE = "device"
    DEVICE_RELY = "device_rely"
    CUSTOM = "custom"


@_attrs.define(kw_only=True, slots=True)
class UpdateFunctionModelFieldDto:
    """Wire model ``UpdateFunctionModelFieldDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_visible: ``userVisible``, bool, required
        relation_optional_range: ``relationOptionalRange``, RelationOptionalRange, required
        relation_show_key: ``relationShowKey``, str, required
        for_login: ``forLogin``, bool, required
        fuzzy_search: ``fuzzySearch``, bool, required
        drop_down: ``dropDown``, list[str], required
        format: ``format``, int, required
        regexp: ``regexp``, str, required
        min: ``min``, int, required
        max: ``max``, int, required
        max_length: ``maxLength``, int, required
        unique: ``unique``, bool, required
        require: ``require``, bool, required
        default: ``default``, Any, required
        help: ``help``, str, required
        editable: ``editable``, bool, required
        show: ``show``, bool, required
        name: ``name``, str, required
        model_id: ``modelId``, str, required
        id: ``id``, str, required
    """

    user_visible: bool = _attrs.field(metadata={"wire": "userVisible"})
    relation_optional_range: RelationOptionalRange = _attrs.field(metadata={"wire": "relationOptionalRange"})
    relation_show_key: str = _attrs.field(metadata={"wire": "relationShowKey"})
    for_login: bool = _attrs.field(metadata={"wire": "forLogin"})
    fuzzy_search: bool = _attrs.field(metadata={"wire": "fuzzySearch"})
    drop_down: List[str] = _attrs.field(metadata={"wire": "dropDown"})
    format: int = _attrs.field(metadata={"wire": "format"})
    regexp: str = _attrs.field(metadata={"wire": "regexp"})
    min: int = _attrs.field(metadata={"wire": "min"})
    max: int = _attrs.field(metadata={"wire": "max"})
    max_length: int = _attrs.field(metadata={"wire": "maxLength"})
    unique: bool = _attrs.field(metadata={"wire": "unique"})
    require: bool = _attrs.field(metadata={"wire": "require"})
    default: Any = _attrs.field(metadata={"wire": "default"})
    help: str = _attrs.field(metadata={"wire": "help"})
    editable: bool = _attrs.field(metadata={"wire": "editable"})
    show: bool = _attrs.field(metadata={"wire": "show"})
    name: str = _attrs.field(metadata={"wire": "name"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    id: str = _attrs.field(metadata={"wire": "id"})
