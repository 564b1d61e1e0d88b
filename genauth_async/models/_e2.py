# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (EnablePermissionApplyApplication, ..., EventAppDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._l1 import (
        LangUnit,
    )

__all__ = [
    "EnablePermissionApplyApplication", "EnablePermissionApplyApplicationAppType",
    "EnablePermissionApplyApplicationList", "EnablePermissionApplyApplicationListRes",
    "EnablePermissionApplyRole", "EnablePermissionApplyRoleListRes",
    "EnablePermissionApplyRolePageList", "EnrollFactorDto", "EnrollFactorDtoFactorType",
    "EnrollFactorEnrollmentDataDto", "EnrollFactorRespDto", "ErrMsgI18nDto", "EventAppDto",
]


@_attrs.define(kw_only=True, slots=True)
class EnablePermissionApplyApplication:
    """Wire model ``EnablePermissionApplyApplication`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        logo: ``logo``, str, required
        app_type: ``appType``, EnablePermissionApplyApplicationAppType, required
        template: ``template``, str, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    app_type: EnablePermissionApplyApplicationAppType = _attrs.field(metadata={"wire": "appType"})
    template: str | None = _attrs.field(default=None, metadata={"wire": "template"})


class EnablePermissionApplyApplicationAppType(WireEnum):
    """Enum of ``EnablePermissionApplyApplication.appType`` (unknown wire values are kept, not rejected)."""

    WEB = "web"
    SPA = "spa"
    NATIVE = "native"
    API = "api"
    MFA = "mfa"
    MINI_PROGRAM = "mini-program"
    GATEWAY_APP = "gateway-app"
    GATEWAY_AGENT = "gateway-agent"


@_attrs.define(kw_only=True, slots=True)
class EnablePermissionApplyApplicationList(WireBacked):
    """Wire model ``EnablePermissionApplyApplicationList`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[EnablePermissionApplyApplication], required
    """

    list: List[EnablePermissionApplyApplication] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class EnablePermissionApplyApplicationListRes(WireBacked):
    """Wire model ``EnablePermissionApplyApplicationListRes`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, EnablePermissionApplyApplicationList, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: EnablePermissionApplyApplicationList = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class EnablePermissionApplyRole:
    """Wire model ``EnablePermissionApplyRole`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        role_id: ``roleId``, str, required
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    role_id: str = _attrs.field(metadata={"wire": "roleId"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class EnablePermissionApplyRoleListRes(WireBacked):
    """Wire model ``EnablePermissionApplyRoleListRes`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, EnablePermissionApplyRolePageList, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: EnablePermissionApplyRolePageList = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class EnablePermissionApplyRolePageList(WireBacked):
    """Wire model ``EnablePermissionApplyRolePageList`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[EnablePermissionApplyRole], required
        total_count: ``totalCount``, int, required
    """

    list: List[EnablePermissionApplyRole] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})


@_attrs.define(kw_only=True, slots=True)
class EnrollFactorDto:
    """Wire model ``EnrollFactorDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enrollment_data: ``enrollmentData``, EnrollFactorEnrollmentDataDto, required
        enrollment_token: ``enrollmentToken``, str, required
        factor_type: ``factorType``, EnrollFactorDtoFactorType, required
    """

    enrollment_data: EnrollFactorEnrollmentDataDto = _attrs.field(metadata={"wire": "enrollmentData"})
    enrollment_token: str = _attrs.field(repr=_masked, metadata={"wire": "enrollmentToken"})
    factor_type: EnrollFactorDtoFactorType = _attrs.field(metadata={"wire": "factorType"})


class EnrollFactorDtoFactorType(WireEnum):
    """Enum of ``EnrollFactorDto.factorType`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"


@_attrs.define(kw_only=True, slots=True)
class EnrollFactorEnrollmentDataDto:
    """Wire model ``EnrollFactorEnrollmentDataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pass_code: ``passCode``, str, optional
        photo: ``photo``, str, optional
        is_external_photo: ``isExternalPhoto``, bool, optional
    """

    pass_code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "passCode"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    is_external_photo: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isExternalPhoto"})


@_attrs.define(kw_only=True, slots=True)
class EnrollFactorRespDto:
    """Wire model ``EnrollFactorRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})


@_attrs.define(kw_only=True, slots=True)
class ErrMsgI18nDto:
    """Wire model ``ErrMsgI18nDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        error_message: ``errorMessage``, LangUnit, optional
    """

    error_message: LangUnit | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "errorMessage"})


@_attrs.define(kw_only=True, slots=True)
class EventAppDto:
    """Wire model ``EventAppDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        identifier: ``identifier``, str, required
        name: ``name``, str, required
        logo: ``logo``, str, required
    """

    identifier: str = _attrs.field(metadata={"wire": "identifier"})
    name: str = _attrs.field(metadata={"wire": "name"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
