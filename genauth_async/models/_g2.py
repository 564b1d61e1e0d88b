# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetLdapServerLogDto, ..., GetUserLoggedInIdentitiesDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._a1 import (
        AccessTokenResDto, ApplicationMfaDto, ArrResourceAuthAction,
    )
    from ._g3 import (
        GetUserSelectLoginPublicAccountsDataDto,
    )
    from ._i import (
        InvitationConfigDto,
    )
    from ._l2 import (
        ListWebhooksDto, LoggedInAppsDto, LoginHistoryPaginatedRespDto,
    )
    from ._o import (
        OrderItem, OtpSecretRespDto,
    )
    from ._r import (
        RegistrationOptionsDto, ResourceAuthorizedTargetDto,
    )
    from ._s2 import (
        StrResourceAuthAction,
    )
    from ._t import (
        TreeResourceAuthAction,
    )
    from ._u1 import (
        UniversalInvitationJoinRespDto, UniversalInvitationPublicConfigDto,
    )
    from ._u2 import (
        UserAuthResourceListDto, UserTenantListDto,
    )

__all__ = [
    "GetLdapServerLogDto", "GetLdapSubEntriesDto", "GetLoggedInAppsRespDto", "GetLoginHistoryDto",
    "GetLoginHistoryRespDto", "GetManagementAccessTokenDto", "GetManagementTokenRespDto",
    "GetMapInfoRespDto", "GetMauPeriodUsageHistoryDto", "GetMfaInfoDataDto", "GetMfaStatusDto",
    "GetMfaTriggerDataDto", "GetMfaTriggerDataParamsUserIdType", "GetModelDto",
    "GetMultipleTenantAdminDto", "GetMyAuthorizedResourcesDto", "GetMyDepartmentListDto",
    "GetMyLoginHistoryDto", "GetMyRoleListDto", "GetNamespaceDto", "GetNamespacesBatchDto",
    "GetOrderDetailDto", "GetOrderPayDetailDto", "GetOrdersDto", "GetOrdersRes",
    "GetOrganizationBatchDto", "GetOrganizationDto", "GetOtpSecretByUserDto",
    "GetOtpSecretByUserParamsUserIdType", "GetOtpSecretRespDto", "GetParentDepartmentDto",
    "GetParentDepartmentParamsDepartmentIdType", "GetPermissionNamespaceDto",
    "GetPermissionNamespaceListResponseDto", "GetPermissionNamespaceRespDto",
    "GetPermissionNamespaceResponseDto", "GetPermissionNamespacesBatchDto",
    "GetPipelineFunctionDto", "GetPipelineLogsDto", "GetPolicyInvitationContextDto",
    "GetPostByIdListDto", "GetPostDto", "GetPostOfPublicAccountDto", "GetProfileDto",
    "GetPublicAccountBatchDto", "GetPublicAccountBatchParamsUserIdType",
    "GetPublicAccountDataRespDto", "GetPublicAccountDepartmentsParamsOrderBy",
    "GetPublicAccountDepartmentsParamsSortBy", "GetPublicAccountDepartmentsParamsUserIdType",
    "GetPublicAccountDto", "GetPublicAccountParamsUserIdType",
    "GetPublicAccountRolesParamsUserIdType", "GetPublicAccountsOfDepartmentDto",
    "GetPublicAccountsOfGroupDto", "GetPublicAccountsOfPostDto", "GetPublicAccountsOfRoleDto",
    "GetPublicAccountsOfUserDto", "GetPushCodeRelationAppsDataDto", "GetPushCodeRelationAppsDto",
    "GetPushCodeRelationAppsRespDto", "GetQrcodeStatusDto", "GetRegistrationOptionsRespDto",
    "GetRelationInfoDto", "GetResourceAuthorizedTargetDataDto",
    "GetResourceAuthorizedTargetRespDto", "GetResourceAuthorizedTargetsDto",
    "GetResourceAuthorizedTargetsDtoTargetType", "GetResourceDto", "GetResourcesBatchDto",
    "GetRoleAuthorizedResourcesDto", "GetRoleAuthorizedResourcesParamsResourceType", "GetRoleDto",
    "GetRoleListDto", "GetRolesOfPublicAccountDto", "GetRowBatchDto", "GetRowByValueDto",
    "GetRowDto", "GetRowRelationDto", "GetSecurityInfoDto", "GetSecurityInfoRespDto",
    "GetSubjectAuthDataDto", "GetSubjectAuthDataDtoAuthType", "GetSubjectAuthDataDtoReqTargetType",
    "GetSubjectAuthDataDtoTargetType", "GetSubjectAuthDetailDto", "GetSubjectAuthRespDto",
    "GetSupportedDeviceExclusiveAppsDto", "GetSyncJobDto", "GetSyncTaskDto", "GetTenantByCodeDto",
    "GetTenantCooperatorDto", "GetTenantCooperatorMenuDto", "GetTenantDto",
    "GetTenantEnterpriseCertificationDto", "GetTenantListRespDto", "GetTenantLittleInfoDto",
    "GetTenantUserDto", "GetUniversalInvitationDto", "GetUniversalInvitationJoinRespDto",
    "GetUniversalInvitationPublicConfigDto", "GetUniversalInvitationPublicConfigRespDto",
    "GetUniversalInvitationRespDto", "GetUniversalInvitationSettingsDto",
    "GetUserAccessibleAppsDto", "GetUserAccessibleAppsParamsUserIdType", "GetUserActionLogsDto",
    "GetUserAuthResourceListDataDto", "GetUserAuthResourceListRespDto",
    "GetUserAuthResourcePermissionList", "GetUserAuthResourcePermissionListDataDto",
    "GetUserAuthResourcePermissionListDto", "GetUserAuthResourcePermissionListRespDto",
    "GetUserAuthResourceStructDataDto", "GetUserAuthResourceStructDataDtoResourceType",
    "GetUserAuthResourceStructDto", "GetUserAuthResourceStructRespDto", "GetUserAuthorizedAppsDto",
    "GetUserAuthorizedAppsParamsUserIdType", "GetUserAuthorizedResourcesDto",
    "GetUserAuthorizedResourcesParamsResourceType", "GetUserAuthorizedResourcesParamsUserIdType",
    "GetUserBatchDto", "GetUserBatchParamsUserIdType", "GetUserDepartmentsDto",
    "GetUserDepartmentsParamsOrderBy", "GetUserDepartmentsParamsSortBy",
    "GetUserDepartmentsParamsUserIdType", "GetUserDto", "GetUserEncryptPasswordBatchDataDto",
    "GetUserEncryptPasswordBatchDto", "GetUserEncryptPasswordBatchRespDto", "GetUserGroupsDto",
    "GetUserGroupsParamsUserIdType", "GetUserIdentitiesDto", "GetUserIdentitiesParamsUserIdType",
    "GetUserLoggedInIdentitiesDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetLdapServerLogDto:
    """Wire model ``GetLdapServerLogDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        type: ``type``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        connection: ``connection``, Any, optional
        operation_number: ``operationNumber``, Any, optional
        error_code: ``errorCode``, Any, optional
        message: ``message``, Any, optional
        start_time: ``startTime``, Any, optional
        end_time: ``endTime``, Any, optional
    """

    type: Any = _attrs.field(default=None, metadata={"wire": "type"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    connection: Any = _attrs.field(default=None, metadata={"wire": "connection"})
    operation_number: Any = _attrs.field(default=None, metadata={"wire": "operationNumber"})
    error_code: Any = _attrs.field(default=None, metadata={"wire": "errorCode"})
    message: Any = _attrs.field(default=None, metadata={"wire": "message"})
    start_time: Any = _attrs.field(default=None, metadata={"wire": "startTime"})
    end_time: Any = _attrs.field(default=None, metadata={"wire": "endTime"})


@_attrs.define(kw_only=True, slots=True)
class GetLdapSubEntriesDto:
    """Wire model ``GetLdapSubEntriesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        dn: ``dn``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    dn: Any = _attrs.field(default=None, metadata={"wire": "dn"})


@_attrs.define(kw_only=True, slots=True)
class GetLoggedInAppsRespDto:
    """Wire model ``GetLoggedInAppsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[LoggedInAppsDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[LoggedInAppsDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetLoginHistoryDto:
    """Wire model ``GetLoginHistoryDto`` (response side; optional fields default to None).

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
class GetLoginHistoryRespDto:
    """Wire model ``GetLoginHistoryRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, LoginHistoryPaginatedRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: LoginHistoryPaginatedRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetManagementAccessTokenDto:
    """Wire model ``GetManagementAccessTokenDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_key_id: ``accessKeyId``, str, required
        access_key_secret: ``accessKeySecret``, str, required
    """

    access_key_id: str = _attrs.field(metadata={"wire": "accessKeyId"})
    access_key_secret: str = _attrs.field(metadata={"wire": "accessKeySecret"})


@_attrs.define(kw_only=True, slots=True)
class GetManagementTokenRespDto:
    """Wire model ``GetManagementTokenRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, AccessTokenResDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: AccessTokenResDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetMapInfoRespDto:
    """Wire model ``GetMapInfoRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetMfaInfoDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetMfaInfoDataDto = _attrs.field(metadata={"wire": "data"})


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

    mfa_token: str = _attrs.field(metadata={"wire": "mfaToken"})
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


@_attrs.define(kw_only=True, slots=True)
class GetOrderDetailDto:
    """Wire model ``GetOrderDetailDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        order_no: ``orderNo``, Any, optional
    """

    order_no: Any = _attrs.field(default=None, metadata={"wire": "orderNo"})


@_attrs.define(kw_only=True, slots=True)
class GetOrderPayDetailDto:
    """Wire model ``GetOrderPayDetailDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        order_no: ``orderNo``, Any, optional
    """

    order_no: Any = _attrs.field(default=None, metadata={"wire": "orderNo"})


@_attrs.define(kw_only=True, slots=True)
class GetOrdersDto:
    """Wire model ``GetOrdersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class GetOrdersRes:
    """Wire model ``GetOrdersRes`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, str, required
        list: ``list``, list[OrderItem], required
    """

    total_count: str = _attrs.field(metadata={"wire": "totalCount"})
    list: List[OrderItem] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class GetOrganizationBatchDto:
    """Wire model ``GetOrganizationBatchDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code_list: ``organizationCodeList``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_post: ``withPost``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code_list: Any = _attrs.field(default=None, metadata={"wire": "organizationCodeList"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_post: Any = _attrs.field(default=None, metadata={"wire": "withPost"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class GetOrganizationDto:
    """Wire model ``GetOrganizationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_post: ``withPost``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_post: Any = _attrs.field(default=None, metadata={"wire": "withPost"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class GetOtpSecretByUserDto:
    """Wire model ``GetOtpSecretByUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetOtpSecretByUserParamsUserIdType(WireEnum):
    """Enum of ``GetOtpSecretByUserParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetOtpSecretRespDto:
    """Wire model ``GetOtpSecretRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, OtpSecretRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: OtpSecretRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetParentDepartmentDto:
    """Wire model ``GetParentDepartmentDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


class GetParentDepartmentParamsDepartmentIdType(WireEnum):
    """Enum of ``GetParentDepartmentParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class GetPermissionNamespaceDto:
    """Wire model ``GetPermissionNamespaceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class GetPermissionNamespaceListResponseDto:
    """Wire model ``GetPermissionNamespaceListResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[GetPermissionNamespaceRespDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[GetPermissionNamespaceRespDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetPermissionNamespaceRespDto:
    """Wire model ``GetPermissionNamespaceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class GetPermissionNamespaceResponseDto:
    """Wire model ``GetPermissionNamespaceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetPermissionNamespaceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetPermissionNamespaceRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetPermissionNamespacesBatchDto:
    """Wire model ``GetPermissionNamespacesBatchDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        codes: ``codes``, Any, optional
    """

    codes: Any = _attrs.field(default=None, metadata={"wire": "codes"})


@_attrs.define(kw_only=True, slots=True)
class GetPipelineFunctionDto:
    """Wire model ``GetPipelineFunctionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        func_id: ``funcId``, Any, optional
    """

    func_id: Any = _attrs.field(default=None, metadata={"wire": "funcId"})


@_attrs.define(kw_only=True, slots=True)
class GetPipelineLogsDto:
    """Wire model ``GetPipelineLogsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        func_id: ``funcId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    func_id: Any = _attrs.field(default=None, metadata={"wire": "funcId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class GetPolicyInvitationContextDto:
    """Wire model ``GetPolicyInvitationContextDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        token: ``token``, Any, optional
    """

    token: Any = _attrs.field(default=None, metadata={"wire": "token"})


@_attrs.define(kw_only=True, slots=True)
class GetPostByIdListDto:
    """Wire model ``GetPostByIdListDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id_list: ``idList``, str, optional
        with_custom_data: ``withCustomData``, bool, optional
    """

    id_list: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "idList"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})


@_attrs.define(kw_only=True, slots=True)
class GetPostDto:
    """Wire model ``GetPostDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})


@_attrs.define(kw_only=True, slots=True)
class GetPostOfPublicAccountDto:
    """Wire model ``GetPostOfPublicAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class GetProfileDto:
    """Wire model ``GetProfileDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        with_custom_data: ``withCustomData``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
    """

    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})


@_attrs.define(kw_only=True, slots=True)
class GetPublicAccountBatchDto:
    """Wire model ``GetPublicAccountBatchDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
    """

    user_ids: Any = _attrs.field(default=None, metadata={"wire": "userIds"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})


class GetPublicAccountBatchParamsUserIdType(WireEnum):
    """Enum of ``GetPublicAccountBatchParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetPublicAccountDataRespDto:
    """Wire model ``GetPublicAccountDataRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[GetUserSelectLoginPublicAccountsDataDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[GetUserSelectLoginPublicAccountsDataDto] = _attrs.field(metadata={"wire": "data"})


class GetPublicAccountDepartmentsParamsOrderBy(WireEnum):
    """Enum of ``GetPublicAccountDepartmentsParams.orderBy`` (unknown wire values are kept, not rejected)."""

    ASC = "Asc"
    DESC = "Desc"


class GetPublicAccountDepartmentsParamsSortBy(WireEnum):
    """Enum of ``GetPublicAccountDepartmentsParams.sortBy`` (unknown wire values are kept, not rejected)."""

    DEPARTMENTCREATEDAT = "DepartmentCreatedAt"
    JOINDEPARTMENTAT = "JoinDepartmentAt"
    DEPARTMENTNAME = "DepartmentName"
    DEPARTMEMTCODE = "DepartmemtCode"


class GetPublicAccountDepartmentsParamsUserIdType(WireEnum):
    """Enum of ``GetPublicAccountDepartmentsParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetPublicAccountDto:
    """Wire model ``GetPublicAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})


class GetPublicAccountParamsUserIdType(WireEnum):
    """Enum of ``GetPublicAccountParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


class GetPublicAccountRolesParamsUserIdType(WireEnum):
    """Enum of ``GetPublicAccountRolesParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetPublicAccountsOfDepartmentDto:
    """Wire model ``GetPublicAccountsOfDepartmentDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        department_id: ``departmentId``, Any, optional
    """

    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})


@_attrs.define(kw_only=True, slots=True)
class GetPublicAccountsOfGroupDto:
    """Wire model ``GetPublicAccountsOfGroupDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        group_id: ``groupId``, Any, optional
    """

    group_id: Any = _attrs.field(default=None, metadata={"wire": "groupId"})


@_attrs.define(kw_only=True, slots=True)
class GetPublicAccountsOfPostDto:
    """Wire model ``GetPublicAccountsOfPostDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        post_id: ``postId``, Any, optional
    """

    post_id: Any = _attrs.field(default=None, metadata={"wire": "postId"})


@_attrs.define(kw_only=True, slots=True)
class GetPublicAccountsOfRoleDto:
    """Wire model ``GetPublicAccountsOfRoleDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        role_id: ``roleId``, Any, optional
    """

    role_id: Any = _attrs.field(default=None, metadata={"wire": "roleId"})


@_attrs.define(kw_only=True, slots=True)
class GetPublicAccountsOfUserDto:
    """Wire model ``GetPublicAccountsOfUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class GetPushCodeRelationAppsDataDto:
    """Wire model ``GetPushCodeRelationAppsDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_ids: ``appIds``, list[str], optional
    """

    app_ids: List[str] | None = _attrs.field(default=None, metadata={"wire": "appIds"})


@_attrs.define(kw_only=True, slots=True)
class GetPushCodeRelationAppsDto:
    """Wire model ``GetPushCodeRelationAppsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        push_code_id: ``pushCodeId``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    push_code_id: str = _attrs.field(metadata={"wire": "pushCodeId"})


@_attrs.define(kw_only=True, slots=True)
class GetPushCodeRelationAppsRespDto:
    """Wire model ``GetPushCodeRelationAppsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetPushCodeRelationAppsDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetPushCodeRelationAppsDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetQrcodeStatusDto:
    """Wire model ``GetQrcodeStatusDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        qrcode_id: ``qrcodeId``, Any, optional
    """

    qrcode_id: Any = _attrs.field(default=None, metadata={"wire": "qrcodeId"})


@_attrs.define(kw_only=True, slots=True)
class GetRegistrationOptionsRespDto:
    """Wire model ``GetRegistrationOptionsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RegistrationOptionsDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RegistrationOptionsDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetRelationInfoDto:
    """Wire model ``GetRelationInfoDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id_list: ``idList``, list[str], required
        model_id: ``modelId``, str, required
    """

    id_list: List[str] = _attrs.field(metadata={"wire": "idList"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class GetResourceAuthorizedTargetDataDto:
    """Wire model ``GetResourceAuthorizedTargetDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ResourceAuthorizedTargetDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ResourceAuthorizedTargetDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class GetResourceAuthorizedTargetRespDto:
    """Wire model ``GetResourceAuthorizedTargetRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetResourceAuthorizedTargetDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetResourceAuthorizedTargetDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetResourceAuthorizedTargetsDto:
    """Wire model ``GetResourceAuthorizedTargetsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource: ``resource``, str, required
        namespace: ``namespace``, str, optional
        target_type: ``targetType``, GetResourceAuthorizedTargetsDtoTargetType, optional
        page: ``page``, int, optional
        limit: ``limit``, int, optional
    """

    resource: str = _attrs.field(metadata={"wire": "resource"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    target_type: GetResourceAuthorizedTargetsDtoTargetType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "targetType"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})


class GetResourceAuthorizedTargetsDtoTargetType(WireEnum):
    """Enum of ``GetResourceAuthorizedTargetsDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class GetResourceDto:
    """Wire model ``GetResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        namespace: ``namespace``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class GetResourcesBatchDto:
    """Wire model ``GetResourcesBatchDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code_list: ``codeList``, Any, optional
        namespace: ``namespace``, Any, optional
    """

    code_list: Any = _attrs.field(default=None, metadata={"wire": "codeList"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class GetRoleAuthorizedResourcesDto:
    """Wire model ``GetRoleAuthorizedResourcesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        namespace: ``namespace``, Any, optional
        resource_type: ``resourceType``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
    resource_type: Any = _attrs.field(default=None, metadata={"wire": "resourceType"})


class GetRoleAuthorizedResourcesParamsResourceType(WireEnum):
    """Enum of ``GetRoleAuthorizedResourcesParams.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


@_attrs.define(kw_only=True, slots=True)
class GetRoleDto:
    """Wire model ``GetRoleDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        namespace: ``namespace``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class GetRoleListDto:
    """Wire model ``GetRoleListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace: ``namespace``, Any, optional
    """

    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class GetRolesOfPublicAccountDto:
    """Wire model ``GetRolesOfPublicAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        namespace: ``namespace``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class GetRowBatchDto:
    """Wire model ``GetRowBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        row_ids: ``rowIds``, list[str], required
        model_id: ``modelId``, str, required
    """

    row_ids: List[str] = _attrs.field(metadata={"wire": "rowIds"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class GetRowByValueDto:
    """Wire model ``GetRowByValueDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, Any, optional
        key: ``key``, Any, optional
        value: ``value``, Any, optional
        show_field_id: ``showFieldId``, Any, optional
    """

    model_id: Any = _attrs.field(default=None, metadata={"wire": "modelId"})
    key: Any = _attrs.field(default=None, metadata={"wire": "key"})
    value: Any = _attrs.field(default=None, metadata={"wire": "value"})
    show_field_id: Any = _attrs.field(default=None, metadata={"wire": "showFieldId"})


@_attrs.define(kw_only=True, slots=True)
class GetRowDto:
    """Wire model ``GetRowDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, Any, optional
        row_id: ``rowId``, Any, optional
        show_field_id: ``showFieldId``, Any, optional
    """

    model_id: Any = _attrs.field(default=None, metadata={"wire": "modelId"})
    row_id: Any = _attrs.field(default=None, metadata={"wire": "rowId"})
    show_field_id: Any = _attrs.field(default=None, metadata={"wire": "showFieldId"})


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
class GetSecurityInfoRespDto:
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
class GetSubjectAuthRespDto:
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


@_attrs.define(kw_only=True, slots=True)
class GetTenantCooperatorDto:
    """Wire model ``GetTenantCooperatorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class GetTenantCooperatorMenuDto:
    """Wire model ``GetTenantCooperatorMenuDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class GetTenantDto:
    """Wire model ``GetTenantDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
        with_members_count: ``withMembersCount``, Any, optional
        with_app_detail: ``withAppDetail``, Any, optional
        with_creator_detail: ``withCreatorDetail``, Any, optional
        with_source_app_detail: ``withSourceAppDetail``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    with_members_count: Any = _attrs.field(default=None, metadata={"wire": "withMembersCount"})
    with_app_detail: Any = _attrs.field(default=None, metadata={"wire": "withAppDetail"})
    with_creator_detail: Any = _attrs.field(default=None, metadata={"wire": "withCreatorDetail"})
    with_source_app_detail: Any = _attrs.field(default=None, metadata={"wire": "withSourceAppDetail"})


@_attrs.define(kw_only=True, slots=True)
class GetTenantEnterpriseCertificationDto:
    """Wire model ``GetTenantEnterpriseCertificationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class GetTenantListRespDto:
    """Wire model ``GetTenantListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[UserTenantListDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[UserTenantListDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetTenantLittleInfoDto:
    """Wire model ``GetTenantLittleInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
        with_members_count: ``withMembersCount``, Any, optional
        with_app_detail: ``withAppDetail``, Any, optional
        with_creator_detail: ``withCreatorDetail``, Any, optional
        with_source_app_detail: ``withSourceAppDetail``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    with_members_count: Any = _attrs.field(default=None, metadata={"wire": "withMembersCount"})
    with_app_detail: Any = _attrs.field(default=None, metadata={"wire": "withAppDetail"})
    with_creator_detail: Any = _attrs.field(default=None, metadata={"wire": "withCreatorDetail"})
    with_source_app_detail: Any = _attrs.field(default=None, metadata={"wire": "withSourceAppDetail"})


@_attrs.define(kw_only=True, slots=True)
class GetTenantUserDto:
    """Wire model ``GetTenantUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
        link_user_id: ``linkUserId``, Any, optional
        member_id: ``memberId``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    link_user_id: Any = _attrs.field(default=_UNSET, metadata={"wire": "linkUserId"})
    member_id: Any = _attrs.field(default=_UNSET, metadata={"wire": "memberId"})


@_attrs.define(kw_only=True, slots=True)
class GetUniversalInvitationDto:
    """Wire model ``GetUniversalInvitationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        admin_invitation_config: ``adminInvitationConfig``, InvitationConfigDto, optional
        member_invitation_config: ``memberInvitationConfig``, InvitationConfigDto, optional
        enabled_member_invitation: ``enabledMemberInvitation``, bool, optional
    """

    admin_invitation_config: InvitationConfigDto | None = _attrs.field(default=None, metadata={"wire": "adminInvitationConfig"})
    member_invitation_config: InvitationConfigDto | None = _attrs.field(default=None, metadata={"wire": "memberInvitationConfig"})
    enabled_member_invitation: bool | None = _attrs.field(default=None, metadata={"wire": "enabledMemberInvitation"})


@_attrs.define(kw_only=True, slots=True)
class GetUniversalInvitationJoinRespDto:
    """Wire model ``GetUniversalInvitationJoinRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UniversalInvitationJoinRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UniversalInvitationJoinRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUniversalInvitationPublicConfigDto:
    """Wire model ``GetUniversalInvitationPublicConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        identifier: ``identifier``, Any, optional
    """

    identifier: Any = _attrs.field(default=None, metadata={"wire": "identifier"})


@_attrs.define(kw_only=True, slots=True)
class GetUniversalInvitationPublicConfigRespDto:
    """Wire model ``GetUniversalInvitationPublicConfigRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UniversalInvitationPublicConfigDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UniversalInvitationPublicConfigDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUniversalInvitationRespDto:
    """Wire model ``GetUniversalInvitationRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetUniversalInvitationDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetUniversalInvitationDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUniversalInvitationSettingsDto:
    """Wire model ``GetUniversalInvitationSettingsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        with_department_detail: ``withDepartmentDetail``, Any, optional
    """

    with_department_detail: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentDetail"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAccessibleAppsDto:
    """Wire model ``GetUserAccessibleAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetUserAccessibleAppsParamsUserIdType(WireEnum):
    """Enum of ``GetUserAccessibleAppsParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserActionLogsDto:
    """Wire model ``GetUserActionLogsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        request_id: ``requestId``, str, optional
        client_ip: ``clientIp``, str, optional
        event_type: ``eventType``, str, optional
        user_id: ``userId``, str, optional
        app_id: ``appId``, str, optional
        start: ``start``, int, optional
        end: ``end``, int, optional
        success: ``success``, bool, optional
        pagination: ``pagination``, ListWebhooksDto, optional
    """

    request_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "requestId"})
    client_ip: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "clientIp"})
    event_type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "eventType"})
    user_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userId"})
    app_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appId"})
    start: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "start"})
    end: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "end"})
    success: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "success"})
    pagination: ListWebhooksDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "pagination"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourceListDataDto:
    """Wire model ``GetUserAuthResourceListDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_permission_list: ``userPermissionList``, list[UserAuthResourceListDto], required
    """

    user_permission_list: List[UserAuthResourceListDto] = _attrs.field(metadata={"wire": "userPermissionList"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourceListRespDto:
    """Wire model ``GetUserAuthResourceListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetUserAuthResourceListDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetUserAuthResourceListDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourcePermissionList:
    """Wire model ``GetUserAuthResourcePermissionList`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, str, required
        actions: ``actions``, list[str], required
        resource: ``resource``, str, required
    """

    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    resource: str = _attrs.field(metadata={"wire": "resource"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourcePermissionListDataDto:
    """Wire model ``GetUserAuthResourcePermissionListDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        permission_list: ``permissionList``, list[GetUserAuthResourcePermissionList], required
    """

    permission_list: List[GetUserAuthResourcePermissionList] = _attrs.field(metadata={"wire": "permissionList"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourcePermissionListDto:
    """Wire model ``GetUserAuthResourcePermissionListDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourcePermissionListRespDto:
    """Wire model ``GetUserAuthResourcePermissionListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetUserAuthResourcePermissionListDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetUserAuthResourcePermissionListDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourceStructDataDto:
    """Wire model ``GetUserAuthResourceStructDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, str, required
        resource_code: ``resourceCode``, str, required
        resource_type: ``resourceType``, GetUserAuthResourceStructDataDtoResourceType, required
        str_resource_auth_action: ``strResourceAuthAction``, StrResourceAuthAction, optional
        arr_resource_auth_action: ``arrResourceAuthAction``, ArrResourceAuthAction, optional
        tree_resource_auth_action: ``treeResourceAuthAction``, TreeResourceAuthAction, optional
    """

    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_type: GetUserAuthResourceStructDataDtoResourceType = _attrs.field(metadata={"wire": "resourceType"})
    str_resource_auth_action: StrResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "strResourceAuthAction"})
    arr_resource_auth_action: ArrResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "arrResourceAuthAction"})
    tree_resource_auth_action: TreeResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "treeResourceAuthAction"})


class GetUserAuthResourceStructDataDtoResourceType(WireEnum):
    """Enum of ``GetUserAuthResourceStructDataDto.resourceType`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourceStructDto:
    """Wire model ``GetUserAuthResourceStructDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource: ``resource``, str, required
    """

    resource: str = _attrs.field(metadata={"wire": "resource"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthResourceStructRespDto:
    """Wire model ``GetUserAuthResourceStructRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetUserAuthResourceStructDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetUserAuthResourceStructDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthorizedAppsDto:
    """Wire model ``GetUserAuthorizedAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetUserAuthorizedAppsParamsUserIdType(WireEnum):
    """Enum of ``GetUserAuthorizedAppsParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserAuthorizedResourcesDto:
    """Wire model ``GetUserAuthorizedResourcesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        namespace: ``namespace``, Any, optional
        resource_type: ``resourceType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
    resource_type: Any = _attrs.field(default=None, metadata={"wire": "resourceType"})


class GetUserAuthorizedResourcesParamsResourceType(WireEnum):
    """Enum of ``GetUserAuthorizedResourcesParams.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


class GetUserAuthorizedResourcesParamsUserIdType(WireEnum):
    """Enum of ``GetUserAuthorizedResourcesParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserBatchDto:
    """Wire model ``GetUserBatchDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        flat_custom_data: ``flatCustomData``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
    """

    user_ids: Any = _attrs.field(default=None, metadata={"wire": "userIds"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    flat_custom_data: Any = _attrs.field(default=None, metadata={"wire": "flatCustomData"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})


class GetUserBatchParamsUserIdType(WireEnum):
    """Enum of ``GetUserBatchParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserDepartmentsDto:
    """Wire model ``GetUserDepartmentsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_department_paths: ``withDepartmentPaths``, Any, optional
        sort_by: ``sortBy``, Any, optional
        order_by: ``orderBy``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_department_paths: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentPaths"})
    sort_by: Any = _attrs.field(default=None, metadata={"wire": "sortBy"})
    order_by: Any = _attrs.field(default=None, metadata={"wire": "orderBy"})


class GetUserDepartmentsParamsOrderBy(WireEnum):
    """Enum of ``GetUserDepartmentsParams.orderBy`` (unknown wire values are kept, not rejected)."""

    ASC = "Asc"
    DESC = "Desc"


class GetUserDepartmentsParamsSortBy(WireEnum):
    """Enum of ``GetUserDepartmentsParams.sortBy`` (unknown wire values are kept, not rejected)."""

    DEPARTMENTCREATEDAT = "DepartmentCreatedAt"
    JOINDEPARTMENTAT = "JoinDepartmentAt"
    DEPARTMENTNAME = "DepartmentName"
    DEPARTMEMTCODE = "DepartmemtCode"


class GetUserDepartmentsParamsUserIdType(WireEnum):
    """Enum of ``GetUserDepartmentsParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserDto:
    """Wire model ``GetUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        flat_custom_data: ``flatCustomData``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_post: ``withPost``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    flat_custom_data: Any = _attrs.field(default=None, metadata={"wire": "flatCustomData"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_post: Any = _attrs.field(default=None, metadata={"wire": "withPost"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})


@_attrs.define(kw_only=True, slots=True)
class GetUserEncryptPasswordBatchDataDto:
    """Wire model ``GetUserEncryptPasswordBatchDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        encrypted_password: ``encryptedPassword``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    encrypted_password: str = _attrs.field(metadata={"wire": "encryptedPassword"})


@_attrs.define(kw_only=True, slots=True)
class GetUserEncryptPasswordBatchDto:
    """Wire model ``GetUserEncryptPasswordBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})


@_attrs.define(kw_only=True, slots=True)
class GetUserEncryptPasswordBatchRespDto:
    """Wire model ``GetUserEncryptPasswordBatchRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetUserEncryptPasswordBatchDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetUserEncryptPasswordBatchDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetUserGroupsDto:
    """Wire model ``GetUserGroupsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetUserGroupsParamsUserIdType(WireEnum):
    """Enum of ``GetUserGroupsParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserIdentitiesDto:
    """Wire model ``GetUserIdentitiesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetUserIdentitiesParamsUserIdType(WireEnum):
    """Enum of ``GetUserIdentitiesParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetUserLoggedInIdentitiesDto:
    """Wire model ``GetUserLoggedInIdentitiesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
