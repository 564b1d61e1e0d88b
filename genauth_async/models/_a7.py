# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ApplicationPermissionRecordItemEffect, ..., ApplicationsPermissionApplicableDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a5 import (
        ApplicationDto,
    )

__all__ = [
    "ApplicationPermissionRecordItemEffect", "ApplicationPermissionRecordItemTargetType",
    "ApplicationRegisterConfig", "ApplicationRegisterConfigDefaultRegisterMethod",
    "ApplicationRegisterConfigEnabledBasicRegisterMethods", "ApplicationRegisterConfigInputDto",
    "ApplicationRegisterConfigInputDtoDefaultRegisterMethod",
    "ApplicationRegisterConfigInputDtoEnabledBasicRegisterMethods", "ApplicationSimpleInfoDto",
    "ApplicationSimpleInfoDtoAppType", "ApplicationSimpleInfoPaginatedDataDto",
    "ApplicationSimpleInfoPaginatedRespDto", "ApplicationSimpleInfoSingleRespDto",
    "ApplicationSingleRespDto", "ApplicationTabMethodsSortConfigDto",
    "ApplicationsPermissionApplicableDto",
]


class ApplicationPermissionRecordItemEffect(WireEnum):
    """Enum of ``ApplicationPermissionRecordItem.effect`` (unknown wire values are kept, not rejected)."""

    ALLOW = "ALLOW"
    DENY = "DENY"


class ApplicationPermissionRecordItemTargetType(WireEnum):
    """Enum of ``ApplicationPermissionRecordItem.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"


@_attrs.define(kw_only=True, slots=True)
class ApplicationRegisterConfig:
    """Wire model ``ApplicationRegisterConfig`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        enabled_basic_register_methods: ``enabledBasicRegisterMethods``, list[ApplicationRegisterConfigEnabledBasicRegisterMethods], required
        default_register_method: ``defaultRegisterMethod``, ApplicationRegisterConfigDefaultRegisterMethod, required
    """

    enabled_basic_register_methods: List[ApplicationRegisterConfigEnabledBasicRegisterMethods] = _attrs.field(metadata={"wire": "enabledBasicRegisterMethods"})
    default_register_method: ApplicationRegisterConfigDefaultRegisterMethod = _attrs.field(metadata={"wire": "defaultRegisterMethod"})


class ApplicationRegisterConfigDefaultRegisterMethod(WireEnum):
    """Enum of ``ApplicationRegisterConfig.defaultRegisterMethod`` (unknown wire values are kept, not rejected)."""

    PASSCODE = "PASSCODE"
    PASSWORD = "PASSWORD"


class ApplicationRegisterConfigEnabledBasicRegisterMethods(WireEnum):
    """Enum of ``ApplicationRegisterConfig.enabledBasicRegisterMethods`` (unknown wire values are kept, not rejected)."""

    PHONE_CODE = "PHONE_CODE"
    EMAIL_CODE = "EMAIL_CODE"
    EMAIL_PASSWORD = "EMAIL_PASSWORD"


@_attrs.define(kw_only=True, slots=True)
class ApplicationRegisterConfigInputDto:
    """Wire model ``ApplicationRegisterConfigInputDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled_basic_register_methods: ``enabledBasicRegisterMethods``, list[ApplicationRegisterConfigInputDtoEnabledBasicRegisterMethods], required
        default_register_method: ``defaultRegisterMethod``, ApplicationRegisterConfigInputDtoDefaultRegisterMethod, required
    """

    enabled_basic_register_methods: List[ApplicationRegisterConfigInputDtoEnabledBasicRegisterMethods] = _attrs.field(metadata={"wire": "enabledBasicRegisterMethods"})
    default_register_method: ApplicationRegisterConfigInputDtoDefaultRegisterMethod = _attrs.field(metadata={"wire": "defaultRegisterMethod"})


class ApplicationRegisterConfigInputDtoDefaultRegisterMethod(WireEnum):
    """Enum of ``ApplicationRegisterConfigInputDto.defaultRegisterMethod`` (unknown wire values are kept, not rejected)."""

    PASSCODE = "PASSCODE"
    PASSWORD = "PASSWORD"


class ApplicationRegisterConfigInputDtoEnabledBasicRegisterMethods(WireEnum):
    """Enum of ``ApplicationRegisterConfigInputDto.enabledBasicRegisterMethods`` (unknown wire values are kept, not rejected)."""

    PHONE_CODE = "PHONE_CODE"
    EMAIL_CODE = "EMAIL_CODE"
    EMAIL_PASSWORD = "EMAIL_PASSWORD"


@_attrs.define(kw_only=True, slots=True)
class ApplicationSimpleInfoDto:
    """Wire model ``ApplicationSimpleInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_identifier: ``appIdentifier``, str, required
        app_name: ``appName``, str, required
        app_logo: ``appLogo``, str, required
        app_description: ``appDescription``, str, optional
        app_type: ``appType``, ApplicationSimpleInfoDtoAppType, required
        is_integrate_app: ``isIntegrateApp``, bool, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_identifier: str = _attrs.field(metadata={"wire": "appIdentifier"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    app_description: str | None = _attrs.field(default=None, metadata={"wire": "appDescription"})
    app_type: ApplicationSimpleInfoDtoAppType = _attrs.field(metadata={"wire": "appType"})
    is_integrate_app: bool = _attrs.field(metadata={"wire": "isIntegrateApp"})


class ApplicationSimpleInfoDtoAppType(WireEnum):
    """Enum of ``ApplicationSimpleInfoDto.appType`` (unknown wire values are kept, not rejected)."""

    WEB = "web"
    SPA = "spa"
    NATIVE = "native"
    API = "api"
    MFA = "mfa"
    MINI_PROGRAM = "mini-program"
    GATEWAY_APP = "gateway-app"
    GATEWAY_AGENT = "gateway-agent"


@_attrs.define(kw_only=True, slots=True)
class ApplicationSimpleInfoPaginatedDataDto(WireBacked):
    """Wire model ``ApplicationSimpleInfoPaginatedDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[ApplicationSimpleInfoDto], required
        total_count: ``totalCount``, int, required
    """

    list: List[ApplicationSimpleInfoDto] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})


@_attrs.define(kw_only=True, slots=True)
class ApplicationSimpleInfoPaginatedRespDto(WireBacked):
    """Wire model ``ApplicationSimpleInfoPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ApplicationSimpleInfoPaginatedDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ApplicationSimpleInfoPaginatedDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ApplicationSimpleInfoSingleRespDto(WireBacked):
    """Wire model ``ApplicationSimpleInfoSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ApplicationSimpleInfoDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ApplicationSimpleInfoDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ApplicationSingleRespDto(WireBacked):
    """Wire model ``ApplicationSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ApplicationDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ApplicationDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ApplicationTabMethodsSortConfigDto:
    """Wire model ``ApplicationTabMethodsSortConfigDto`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class ApplicationsPermissionApplicableDto:
    """Wire model ``ApplicationsPermissionApplicableDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_name: ``appName``, Any, optional
    """

    app_name: Any = _attrs.field(default=None, metadata={"wire": "appName"})
