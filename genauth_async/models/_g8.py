# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetDeviceExclusiveValidScopeDataDto, ..., GetExtendsFieldsDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._e1 import (
        EmailTemplateCategoryDto, EmailTemplateDto,
    )
    from ._e4 import (
        ExtIdpInfoDto,
    )
    from ._e5 import (
        ExtendsFieldDto,
    )

__all__ = [
    "GetDeviceExclusiveValidScopeDataDto", "GetDeviceExclusiveValidScopeRespDto",
    "GetDeviceExclusiveWhiteListDataDto", "GetDeviceExclusiveWhiteListDataDtoTargetType",
    "GetDeviceExclusiveWhiteListRespDto", "GetEmailTemplateRespDto", "GetEmailTemplatesDataDto",
    "GetEmailTemplatesRespDto", "GetExtIdpDto", "GetExtIdpParamsType", "GetExtIdpsRespDto",
    "GetExtendsFieldsDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetDeviceExclusiveValidScopeDataDto:
    """Wire model ``GetDeviceExclusiveValidScopeDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, optional
        app_logo: ``appLogo``, str, optional
        created_at: ``createdAt``, str, required
        is_default: ``isDefault``, bool, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str | None = _attrs.field(default=None, metadata={"wire": "appName"})
    app_logo: str | None = _attrs.field(default=None, metadata={"wire": "appLogo"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    is_default: bool | None = _attrs.field(default=None, metadata={"wire": "isDefault"})


@_attrs.define(kw_only=True, slots=True)
class GetDeviceExclusiveValidScopeRespDto(WireBacked):
    """Wire model ``GetDeviceExclusiveValidScopeRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[GetDeviceExclusiveValidScopeDataDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[GetDeviceExclusiveValidScopeDataDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetDeviceExclusiveWhiteListDataDto:
    """Wire model ``GetDeviceExclusiveWhiteListDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, optional
        name_path: ``namePath``, str, optional
        target_type: ``targetType``, GetDeviceExclusiveWhiteListDataDtoTargetType, required
        target_id: ``targetId``, str, required
        photo: ``photo``, str, optional
        created_at: ``createdAt``, str, required
    """

    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    name_path: str | None = _attrs.field(default=None, metadata={"wire": "namePath"})
    target_type: GetDeviceExclusiveWhiteListDataDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_id: str = _attrs.field(metadata={"wire": "targetId"})
    photo: str | None = _attrs.field(default=None, metadata={"wire": "photo"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})


class GetDeviceExclusiveWhiteListDataDtoTargetType(WireEnum):
    """Enum of ``GetDeviceExclusiveWhiteListDataDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    GROUP = "GROUP"
    ROLE = "ROLE"


@_attrs.define(kw_only=True, slots=True)
class GetDeviceExclusiveWhiteListRespDto(WireBacked):
    """Wire model ``GetDeviceExclusiveWhiteListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[GetDeviceExclusiveWhiteListDataDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[GetDeviceExclusiveWhiteListDataDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetEmailTemplateRespDto(WireBacked):
    """Wire model ``GetEmailTemplateRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, EmailTemplateDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: EmailTemplateDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetEmailTemplatesDataDto(WireBacked):
    """Wire model ``GetEmailTemplatesDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        templates: ``templates``, list[EmailTemplateDto], required
        categories: ``categories``, list[EmailTemplateCategoryDto], required
    """

    templates: List[EmailTemplateDto] = _attrs.field(metadata={"wire": "templates"})
    categories: List[EmailTemplateCategoryDto] = _attrs.field(metadata={"wire": "categories"})


@_attrs.define(kw_only=True, slots=True)
class GetEmailTemplatesRespDto(WireBacked):
    """Wire model ``GetEmailTemplatesRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetEmailTemplatesDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetEmailTemplatesDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetExtIdpDto:
    """Wire model ``GetExtIdpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        app_id: ``appId``, Any, optional
        type: ``type``, Any, optional
    """

    id: Any = _attrs.field(default=None, metadata={"wire": "id"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    type: Any = _attrs.field(default=None, metadata={"wire": "type"})


class GetExtIdpParamsType(WireEnum):
    """Enum of ``GetExtIdpParams.type`` (unknown wire values are kept, not rejected)."""

    SOCIAL = "social"
    ENTERPRISE = "enterprise"


@_attrs.define(kw_only=True, slots=True)
class GetExtIdpsRespDto(WireBacked):
    """Wire model ``GetExtIdpsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[ExtIdpInfoDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[ExtIdpInfoDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetExtendsFieldsDto(WireBacked):
    """Wire model ``GetExtendsFieldsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        extends_fields: ``extendsFields``, list[ExtendsFieldDto], optional
    """

    extends_fields: List[ExtendsFieldDto] | None = _attrs.field(default=None, metadata={"wire": "extendsFields"})
