# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetRowRelationDto, ..., GetTenantByCodeDto)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

__all__ = [
    "GetRowRelationDto", "GetSecurityInfoDto", "GetSecurityInfoRespDto", "GetSubjectAuthDataDto",
    "GetSubjectAuthDataDtoAuthType", "GetSubjectAuthDataDtoReqTargetType",
    "GetSubjectAuthDataDtoTargetType", "GetSubjectAuthDetailDto", "GetSubjectAuthRespDto",
    "GetSupportedDeviceExclusiveAppsDto", "GetSyncJobDto", "GetSyncTaskDto", "GetTenantByCodeDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetRowRelationDto:
    """Wire model ``GetRowRelationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, Any, optional
        field_id: ``fieldId``, Any, optional
        row_id: ``rowId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    model_id: Any = _attrs.field(default=None, metadata={"wire": "modelId"})
    field_id: Any = _attrs.field(default=None, metadata={"wire": "fieldId"})
    row_id: Any = _attrs.field(default=None, metadata={"wire": "rowId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class GetSecurityInfoDto:
    """Wire model ``GetSecurityInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        password_security_level: ``passwordSecurityLevel``, int, required
        mfa_enrolled: ``mfaEnrolled``, bool, required
        password_set: ``passwordSet``, bool, required
        email_binded: ``emailBinded``, bool, required
        phone_binded: ``phoneBinded``, bool, required
        security_score: ``securityScore``, int, required
    """

    password_security_level: int = _attrs.field(metadata={"wire": "passwordSecurityLevel"})
    mfa_enrolled: bool = _attrs.field(metadata={"wire": "mfaEnrolled"})
    password_set: bool = _attrs.field(metadata={"wire": "passwordSet"})
    email_binded: bool = _attrs.field(metadata={"wire": "emailBinded"})
    phone_binded: bool = _attrs.field(metadata={"wire": "phoneBinded"})
    security_score: int = _attrs.field(metadata={"wire": "securityScore"})


@_attrs.define(kw_only=True, slots=True)
class GetSecurityInfoRespDto(WireBacked):
    """Wire model ``GetSecurityInfoRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetSecurityInfoDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetSecurityInfoDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetSubjectAuthDataDto:
    """Wire model ``GetSubjectAuthDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        req_target_id: ``reqTargetId``, str, required
        req_target_name: ``reqTargetName``, str, required
        req_target_type: ``reqTargetType``, GetSubjectAuthDataDtoReqTargetType, required
        target_type: ``targetType``, GetSubjectAuthDataDtoTargetType, required
        target_name: ``targetName``, str, required
        auth_type: ``authType``, GetSubjectAuthDataDtoAuthType, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    req_target_id: str = _attrs.field(metadata={"wire": "reqTargetId"})
    req_target_name: str = _attrs.field(metadata={"wire": "reqTargetName"})
    req_target_type: GetSubjectAuthDataDtoReqTargetType = _attrs.field(metadata={"wire": "reqTargetType"})
    target_type: GetSubjectAuthDataDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_name: str = _attrs.field(metadata={"wire": "targetName"})
    auth_type: GetSubjectAuthDataDtoAuthType = _attrs.field(metadata={"wire": "authType"})


class GetSubjectAuthDataDtoAuthType(WireEnum):
    """Enum of ``GetSubjectAuthDataDto.authType`` (unknown wire values are kept, not rejected)."""

    DEFAULT = "DEFAULT"
    ALL = "ALL"
    SELF = "SELF"
    SUBJECT = "SUBJECT"


class GetSubjectAuthDataDtoReqTargetType(WireEnum):
    """Enum of ``GetSubjectAuthDataDto.reqTargetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"
    AK_SK = "AK_SK"


class GetSubjectAuthDataDtoTargetType(WireEnum):
    """Enum of ``GetSubjectAuthDataDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"
    AK_SK = "AK_SK"


@_attrs.define(kw_only=True, slots=True)
class GetSubjectAuthDetailDto:
    """Wire model ``GetSubjectAuthDetailDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_id: ``targetId``, Any, optional
        target_type: ``targetType``, Any, optional
        app_id: ``appId``, Any, optional
    """

    target_id: Any = _attrs.field(default=None, metadata={"wire": "targetId"})
    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class GetSubjectAuthRespDto(WireBacked):
    """Wire model ``GetSubjectAuthRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetSubjectAuthDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetSubjectAuthDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetSupportedDeviceExclusiveAppsDto:
    """Wire model ``GetSupportedDeviceExclusiveAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keyword: ``keyword``, Any, optional
    """

    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})


@_attrs.define(kw_only=True, slots=True)
class GetSyncJobDto:
    """Wire model ``GetSyncJobDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sync_job_id: ``syncJobId``, Any, optional
    """

    sync_job_id: Any = _attrs.field(default=None, metadata={"wire": "syncJobId"})


@_attrs.define(kw_only=True, slots=True)
class GetSyncTaskDto:
    """Wire model ``GetSyncTaskDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sync_task_id: ``syncTaskId``, Any, optional
    """

    sync_task_id: Any = _attrs.field(default=None, metadata={"wire": "syncTaskId"})


@_attrs.define(kw_only=True, slots=True)
class GetTenantByCodeDto:
    """Wire model ``GetTenantByCodeDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
