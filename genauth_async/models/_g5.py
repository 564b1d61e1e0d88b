# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetAuthenticationOptionsRespDto, ..., GetCountryListRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._a11 import (
        AuthenticationOptionsDto,
    )
    from ._c7 import (
        CountryDetailInfo,
    )
    from ._r4 import (
        ResourcePermissionAssignmentDto,
    )

__all__ = [
    "GetAuthenticationOptionsRespDto", "GetAuthorizedResourceActionDto",
    "GetAuthorizedResourceActionDtoOp", "GetAuthorizedResourcesDto",
    "GetAuthorizedResourcesParamsResourceType", "GetAuthorizedResourcesParamsTargetType",
    "GetAuthorizedTargetDataDto", "GetAuthorizedTargetRespDto", "GetAuthorizedTargetsDto",
    "GetAuthorizedTargetsDtoResourceType", "GetAuthorizedTargetsDtoTargetType",
    "GetCaptchaCodeDataDto", "GetCaptchaCodeRespDto", "GetCountryListRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetAuthenticationOptionsRespDto(WireBacked):
    """Wire model ``GetAuthenticationOptionsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, AuthenticationOptionsDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: AuthenticationOptionsDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetAuthorizedResourceActionDto:
    """Wire model ``GetAuthorizedResourceActionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        op: ``op``, GetAuthorizedResourceActionDtoOp, required
        list: ``list``, list[str], required
    """

    op: GetAuthorizedResourceActionDtoOp = _attrs.field(metadata={"wire": "op"})
    list: List[str] = _attrs.field(metadata={"wire": "list"})


class GetAuthorizedResourceActionDtoOp(WireEnum):
    """Enum of ``GetAuthorizedResourceActionDto.op`` (unknown wire values are kept, not rejected)."""

    AND = "AND"
    OR = "OR"


@_attrs.define(kw_only=True, slots=True)
class GetAuthorizedResourcesDto:
    """Wire model ``GetAuthorizedResourcesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, Any, optional
        target_identifier: ``targetIdentifier``, Any, optional
        namespace: ``namespace``, Any, optional
        resource_type: ``resourceType``, Any, optional
        resource_list: ``resourceList``, Any, optional
        with_denied: ``withDenied``, Any, optional
    """

    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    target_identifier: Any = _attrs.field(default=None, metadata={"wire": "targetIdentifier"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
    resource_type: Any = _attrs.field(default=None, metadata={"wire": "resourceType"})
    resource_list: Any = _attrs.field(default=None, metadata={"wire": "resourceList"})
    with_denied: Any = _attrs.field(default=None, metadata={"wire": "withDenied"})


class GetAuthorizedResourcesParamsResourceType(WireEnum):
    """Enum of ``GetAuthorizedResourcesParams.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


class GetAuthorizedResourcesParamsTargetType(WireEnum):
    """Enum of ``GetAuthorizedResourcesParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class GetAuthorizedTargetDataDto(WireBacked):
    """Wire model ``GetAuthorizedTargetDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ResourcePermissionAssignmentDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ResourcePermissionAssignmentDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class GetAuthorizedTargetRespDto(WireBacked):
    """Wire model ``GetAuthorizedTargetRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetAuthorizedTargetDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetAuthorizedTargetDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetAuthorizedTargetsDto(WireBacked):
    """Wire model ``GetAuthorizedTargetsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource: ``resource``, str, required
        namespace: ``namespace``, str, optional
        resource_type: ``resourceType``, GetAuthorizedTargetsDtoResourceType, optional
        target_type: ``targetType``, GetAuthorizedTargetsDtoTargetType, optional
        actions: ``actions``, GetAuthorizedResourceActionDto, optional
    """

    resource: str = _attrs.field(metadata={"wire": "resource"})
    namespace: str | None = _attrs.field(default=None, metadata={"wire": "namespace"})
    resource_type: GetAuthorizedTargetsDtoResourceType | None = _attrs.field(default=None, metadata={"wire": "resourceType"})
    target_type: GetAuthorizedTargetsDtoTargetType | None = _attrs.field(default=None, metadata={"wire": "targetType"})
    actions: GetAuthorizedResourceActionDto | None = _attrs.field(default=None, metadata={"wire": "actions"})


class GetAuthorizedTargetsDtoResourceType(WireEnum):
    """Enum of ``GetAuthorizedTargetsDto.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


class GetAuthorizedTargetsDtoTargetType(WireEnum):
    """Enum of ``GetAuthorizedTargetsDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class GetCaptchaCodeDataDto:
    """Wire model ``GetCaptchaCodeDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        captcha_code_svg: ``captchaCodeSvg``, str, required
        captcha_token: ``captchaToken``, str, required
    """

    captcha_code_svg: str = _attrs.field(metadata={"wire": "captchaCodeSvg"})
    captcha_token: str = _attrs.field(repr=_masked, metadata={"wire": "captchaToken"})


@_attrs.define(kw_only=True, slots=True)
class GetCaptchaCodeRespDto(WireBacked):
    """Wire model ``GetCaptchaCodeRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetCaptchaCodeDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetCaptchaCodeDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetCountryListRespDto(WireBacked):
    """Wire model ``GetCountryListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[CountryDetailInfo], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[CountryDetailInfo] = _attrs.field(metadata={"wire": "data"})
