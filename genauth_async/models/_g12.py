# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetMauPeriodUsageHistoryDto, ..., GetNamespacesBatchDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._a6 import (
        ApplicationMfaDto,
    )

__all__ = [
    "GetMauPeriodUsageHistoryDto", "GetMfaInfoDataDto", "GetMfaStatusDto", "GetMfaTriggerDataDto",
    "GetMfaTriggerDataParamsUserIdType", "GetModelDto", "GetMultipleTenantAdminDto",
    "GetMyAuthorizedResourcesDto", "GetMyDepartmentListDto", "GetMyLoginHistoryDto",
    "GetMyRoleListDto", "GetNamespaceDto", "GetNamespacesBatchDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetMauPeriodUsageHistoryDto:
    """Wire model ``GetMauPeriodUsageHistoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        start_time: ``startTime``, Any, optional
        end_time: ``endTime``, Any, optional
    """

    start_time: Any = _attrs.field(default=None, metadata={"wire": "startTime"})
    end_time: Any = _attrs.field(default=None, metadata={"wire": "endTime"})


@_attrs.define(kw_only=True, slots=True)
class GetMfaInfoDataDto:
    """Wire model ``GetMfaInfoDataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        mfa_token: ``mfaToken``, str, required
        mfa_phone: ``mfaPhone``, str, optional
        mfa_phone_country_code: ``mfaPhoneCountryCode``, str, optional
        mfa_email: ``mfaEmail``, str, optional
        nickname: ``nickname``, str, optional
        username: ``username``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        face_mfa_enabled: ``faceMfaEnabled``, bool, optional
        totp_mfa_enabled: ``totpMfaEnabled``, bool, optional
        application_mfa: ``applicationMfa``, list[ApplicationMfaDto], required
    """

    mfa_token: str = _attrs.field(repr=_masked, metadata={"wire": "mfaToken"})
    mfa_phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mfaPhone"})
    mfa_phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mfaPhoneCountryCode"})
    mfa_email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mfaEmail"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    face_mfa_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "faceMfaEnabled"})
    totp_mfa_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "totpMfaEnabled"})
    application_mfa: List[ApplicationMfaDto] = _attrs.field(metadata={"wire": "applicationMfa"})


@_attrs.define(kw_only=True, slots=True)
class GetMfaStatusDto:
    """Wire model ``GetMfaStatusDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


@_attrs.define(kw_only=True, slots=True)
class GetMfaTriggerDataDto:
    """Wire model ``GetMfaTriggerDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetMfaTriggerDataParamsUserIdType(WireEnum):
    """Enum of ``GetMfaTriggerDataParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetModelDto:
    """Wire model ``GetModelDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, Any, optional
    """

    id: Any = _attrs.field(default=None, metadata={"wire": "id"})


@_attrs.define(kw_only=True, slots=True)
class GetMultipleTenantAdminDto:
    """Wire model ``GetMultipleTenantAdminDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class GetMyAuthorizedResourcesDto:
    """Wire model ``GetMyAuthorizedResourcesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace: ``namespace``, Any, optional
        resource_type: ``resourceType``, Any, optional
    """

    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
    resource_type: Any = _attrs.field(default=None, metadata={"wire": "resourceType"})


@_attrs.define(kw_only=True, slots=True)
class GetMyDepartmentListDto:
    """Wire model ``GetMyDepartmentListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        sort_by: ``sortBy``, Any, optional
        order_by: ``orderBy``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    sort_by: Any = _attrs.field(default=None, metadata={"wire": "sortBy"})
    order_by: Any = _attrs.field(default=None, metadata={"wire": "orderBy"})


@_attrs.define(kw_only=True, slots=True)
class GetMyLoginHistoryDto:
    """Wire model ``GetMyLoginHistoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
        client_ip: ``clientIp``, Any, optional
        success: ``success``, Any, optional
        start: ``start``, Any, optional
        end: ``end``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    client_ip: Any = _attrs.field(default=None, metadata={"wire": "clientIp"})
    success: Any = _attrs.field(default=None, metadata={"wire": "success"})
    start: Any = _attrs.field(default=None, metadata={"wire": "start"})
    end: Any = _attrs.field(default=None, metadata={"wire": "end"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class GetMyRoleListDto:
    """Wire model ``GetMyRoleListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace: ``namespace``, Any, optional
    """

    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class GetNamespaceDto:
    """Wire model ``GetNamespaceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class GetNamespacesBatchDto:
    """Wire model ``GetNamespacesBatchDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code_list: ``codeList``, Any, optional
    """

    code_list: Any = _attrs.field(default=None, metadata={"wire": "codeList"})
