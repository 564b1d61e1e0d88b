# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ReUploadPipelineFunctionDto, ..., RemoveDeviceCredentialDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._a12 import (
        AuthenticatorAttestationResponseDto,
    )
    from ._c6 import (
        Condition,
    )
    from ._p7 import (
        PublicKeyCredentialCreationOptionsDto,
    )

__all__ = [
    "ReUploadPipelineFunctionDto", "RefreshApplicationSecretDataDto",
    "RefreshApplicationSecretDto", "RefreshApplicationSecretRespDto",
    "RegisterAnomalyDetectionConfigDto", "RegistrationCredentialDto", "RegistrationOptionsDto",
    "RelationOptionalRange", "RelationSearchDto", "RelationValueListDto",
    "RelationValueListResDto", "RemoveDepartmentMembersReqDto",
    "RemoveDepartmentMembersReqDtoDepartmentIdType", "RemoveDeviceCredentialDto",
]


@_attrs.define(kw_only=True, slots=True)
class ReUploadPipelineFunctionDto:
    """Wire model ``ReUploadPipelineFunctionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        func_id: ``funcId``, str, required
    """

    func_id: str = _attrs.field(metadata={"wire": "funcId"})


@_attrs.define(kw_only=True, slots=True)
class RefreshApplicationSecretDataDto:
    """Wire model ``RefreshApplicationSecretDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        secret: ``secret``, str, required
    """

    secret: str = _attrs.field(repr=_masked, metadata={"wire": "secret"})


@_attrs.define(kw_only=True, slots=True)
class RefreshApplicationSecretDto:
    """Wire model ``RefreshApplicationSecretDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class RefreshApplicationSecretRespDto(WireBacked):
    """Wire model ``RefreshApplicationSecretRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RefreshApplicationSecretDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RefreshApplicationSecretDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RegisterAnomalyDetectionConfigDto:
    """Wire model ``RegisterAnomalyDetectionConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        limit: ``limit``, int, required
        time_interval: ``timeInterval``, int, required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    limit: int = _attrs.field(metadata={"wire": "limit"})
    time_interval: int = _attrs.field(metadata={"wire": "timeInterval"})


@_attrs.define(kw_only=True, slots=True)
class RegistrationCredentialDto:
    """Wire model ``RegistrationCredentialDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        raw_id: ``rawId``, str, required
        response: ``response``, AuthenticatorAttestationResponseDto, required
        transports: ``transports``, list[str], optional
        type: ``type``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    raw_id: str = _attrs.field(metadata={"wire": "rawId"})
    response: AuthenticatorAttestationResponseDto = _attrs.field(metadata={"wire": "response"})
    transports: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "transports"})
    type: str = _attrs.field(metadata={"wire": "type"})


@_attrs.define(kw_only=True, slots=True)
class RegistrationOptionsDto(WireBacked):
    """Wire model ``RegistrationOptionsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        registration_options: ``registrationOptions``, PublicKeyCredentialCreationOptionsDto, required
        ticket: ``ticket``, str, required
    """

    registration_options: PublicKeyCredentialCreationOptionsDto = _attrs.field(metadata={"wire": "registrationOptions"})
    ticket: str = _attrs.field(repr=_masked, metadata={"wire": "ticket"})


@_attrs.define(kw_only=True, slots=True)
class RelationOptionalRange:
    """Wire model ``RelationOptionalRange`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        conjunction: ``conjunction``, str, required
        conditions: ``conditions``, Condition, required
    """

    conjunction: str = _attrs.field(metadata={"wire": "conjunction"})
    conditions: Condition = _attrs.field(metadata={"wire": "conditions"})


@_attrs.define(kw_only=True, slots=True)
class RelationSearchDto:
    """Wire model ``RelationSearchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field_id: ``fieldId``, str, required
        model_id: ``modelId``, str, required
        keywords: ``keywords``, str, optional
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        show_field_id: ``showFieldId``, bool, optional
    """

    field_id: str = _attrs.field(metadata={"wire": "fieldId"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    show_field_id: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showFieldId"})


@_attrs.define(kw_only=True, slots=True)
class RelationValueListDto:
    """Wire model ``RelationValueListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[str], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[str] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class RelationValueListResDto(WireBacked):
    """Wire model ``RelationValueListResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RelationValueListDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RelationValueListDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RemoveDepartmentMembersReqDto:
    """Wire model ``RemoveDepartmentMembersReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        department_id_type: ``departmentIdType``, RemoveDepartmentMembersReqDtoDepartmentIdType, optional
        tenant_id: ``tenantId``, str, optional
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    department_id_type: RemoveDepartmentMembersReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class RemoveDepartmentMembersReqDtoDepartmentIdType(WireEnum):
    """Enum of ``RemoveDepartmentMembersReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class RemoveDeviceCredentialDto:
    """Wire model ``RemoveDeviceCredentialDto`` (request side; optional fields default to UNSET)."""
