# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CreateWebhookRespDto, ..., CustomFieldSelectOption)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireEnum

if TYPE_CHECKING:
    from ._l1 import (
        LangObject,
    )
    from ._w import (
        WebhookDto,
    )

__all__ = [
    "CreateWebhookRespDto", "Credentials", "CredentialsDto", "CurrentUsageDto",
    "CurrentUsageRespDto", "CustomFieldDto", "CustomFieldDtoDataType", "CustomFieldDtoTargetType",
    "CustomFieldI18n", "CustomFieldListRespDto", "CustomFieldSelectOption",
]


@_attrs.define(kw_only=True, slots=True)
class CreateWebhookRespDto:
    """Wire model ``CreateWebhookRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, WebhookDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: WebhookDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class Credentials:
    """Wire model ``Credentials`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        credential_id: ``credentialId``, Any, optional
    """

    credential_id: Any = _attrs.field(default=None, metadata={"wire": "credentialId"})


@_attrs.define(kw_only=True, slots=True)
class CredentialsDto:
    """Wire model ``CredentialsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class CurrentUsageDto:
    """Wire model ``CurrentUsageDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        amount: ``amount``, str, required
        current: ``current``, str, required
        experience: ``experience``, bool, required
        model_code: ``modelCode``, str, required
        model_name: ``modelName``, str, required
    """

    amount: str = _attrs.field(metadata={"wire": "amount"})
    current: str = _attrs.field(metadata={"wire": "current"})
    experience: bool = _attrs.field(metadata={"wire": "experience"})
    model_code: str = _attrs.field(metadata={"wire": "modelCode"})
    model_name: str = _attrs.field(metadata={"wire": "modelName"})


@_attrs.define(kw_only=True, slots=True)
class CurrentUsageRespDto:
    """Wire model ``CurrentUsageRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        usages: ``usages``, list[CurrentUsageDto], required
    """

    usages: List[CurrentUsageDto] = _attrs.field(metadata={"wire": "usages"})


@_attrs.define(kw_only=True, slots=True)
class CustomFieldDto:
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


@_attrs.define(kw_only=True, slots=True)
class CustomFieldI18n:
    """Wire model ``CustomFieldI18n`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        label: ``label``, LangObject, required
    """

    label: LangObject = _attrs.field(metadata={"wire": "label"})


@_attrs.define(kw_only=True, slots=True)
class CustomFieldListRespDto:
    """Wire model ``CustomFieldListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[CustomFieldDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[CustomFieldDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CustomFieldSelectOption:
    """Wire model ``CustomFieldSelectOption`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        value: ``value``, str, required
        label: ``label``, str, required
    """

    value: str = _attrs.field(metadata={"wire": "value"})
    label: str = _attrs.field(metadata={"wire": "label"})
