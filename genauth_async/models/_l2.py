# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ListRoleAssignmentsDto, ..., LoginTokenResponseDataDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._a1 import (
        AuthenticateByADDto, AuthenticateByLDAPDto, AuthenticateByPassCodeDto,
    )
    from ._a2 import (
        AuthenticateByPasswordDto,
    )
    from ._d import (
        DataPoliciesSimplePaginatedRespDto,
    )
    from ._g1 import (
        GeoIp,
    )
    from ._p import (
        PaginationDto, ParsedUserAgent,
    )
    from ._s1 import (
        SignInOptionsDto, SortingDto,
    )
    from ._w import (
        WebhookLogDto,
    )

__all__ = [
    "ListRoleAssignmentsDto", "ListRoleAssignmentsParamsTargetType", "ListRoleDepartmentsDto",
    "ListRoleMembersDto", "ListRolesDto", "ListSimpleDataPoliciesDto",
    "ListSimpleDataPoliciesPaginatedRespDto", "ListSimpleDataPoliciesRespDto",
    "ListSyncJobLogsDto", "ListSyncJobLogsParamsAction", "ListSyncJobLogsParamsObjectType",
    "ListSyncJobsDto", "ListSyncJobsParamsSyncTrigger", "ListSyncRiskOperationsDto",
    "ListSyncRiskOperationsParamsObjectType", "ListSyncRiskOperationsParamsStatus",
    "ListSyncTasksDto", "ListTenantAdminDto", "ListTenantApplicationsDto",
    "ListTenantCooperatorsDto", "ListTenantExtIdpDto", "ListTenantExtIdpParamsType",
    "ListTenantUserDto", "ListTenantUsersOptionsDto", "ListTenantsDto", "ListUserBaseFieldsDto",
    "ListUserBaseFieldsParamsDataType", "ListUserBaseFieldsParamsTargetType",
    "ListUsersAdvancedFilterItemDto", "ListUsersAdvancedFilterItemDtoOperator", "ListUsersDto",
    "ListUsersLegacyDto", "ListUsersLegacyParamsStatus", "ListUsersOptionsDto",
    "ListUsersOptionsDtoFuzzySearchOn", "ListUsersRequestDto",
    "ListWebAuthnAuthenticatorDeviceDataDto", "ListWebhookLogs", "ListWebhookLogsData",
    "ListWebhookLogsRespDto", "ListWebhooksDto", "ListWhitelistDto", "ListWhitelistOfAppDto",
    "ListWhitelistsOfAppParamsType", "ListWhitelistsParamsType", "LogListParamsObjectType",
    "LoggedInAppsDto", "LoginAnomalyDetectionConfigDto",
    "LoginAnomalyDetectionConfigDtoLoginFailStrategy", "LoginByCredentialsDto",
    "LoginByCredentialsDtoConnection", "LoginFailCheckConfigDto", "LoginHistoryDto",
    "LoginHistoryPaginatedRespDto", "LoginIpWhitelistCheckConfigDto",
    "LoginPassowrdFailCheckConfigDto", "LoginTokenRespDto", "LoginTokenResponseDataDto",
]


@_attrs.define(kw_only=True, slots=True)
class ListRoleAssignmentsDto:
    """Wire model ``ListRoleAssignmentsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        role_code: ``roleCode``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        query: ``query``, Any, optional
        namespace_code: ``namespaceCode``, Any, optional
        target_type: ``targetType``, Any, optional
    """

    role_code: Any = _attrs.field(default=None, metadata={"wire": "roleCode"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})
    namespace_code: Any = _attrs.field(default=None, metadata={"wire": "namespaceCode"})
    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})


class ListRoleAssignmentsParamsTargetType(WireEnum):
    """Enum of ``ListRoleAssignmentsParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ORG = "ORG"


@_attrs.define(kw_only=True, slots=True)
class ListRoleDepartmentsDto:
    """Wire model ``ListRoleDepartmentsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        namespace: ``namespace``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListRoleMembersDto:
    """Wire model ``ListRoleMembersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
        namespace: ``namespace``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class ListRolesDto:
    """Wire model ``ListRolesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        keywords: ``keywords``, Any, optional
        namespace: ``namespace``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class ListSimpleDataPoliciesDto:
    """Wire model ``ListSimpleDataPoliciesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        query: ``query``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})


@_attrs.define(kw_only=True, slots=True)
class ListSimpleDataPoliciesPaginatedRespDto:
    """Wire model ``ListSimpleDataPoliciesPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, DataPoliciesSimplePaginatedRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: DataPoliciesSimplePaginatedRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListSimpleDataPoliciesRespDto:
    """Wire model ``ListSimpleDataPoliciesRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        policy_name: ``policyName``, str, required
        description: ``description``, str, optional
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    policy_name: str = _attrs.field(metadata={"wire": "policyName"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class ListSyncJobLogsDto:
    """Wire model ``ListSyncJobLogsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sync_job_id: ``syncJobId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        success: ``success``, Any, optional
        action: ``action``, Any, optional
        object_type: ``objectType``, Any, optional
    """

    sync_job_id: Any = _attrs.field(default=None, metadata={"wire": "syncJobId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    success: Any = _attrs.field(default=None, metadata={"wire": "success"})
    action: Any = _attrs.field(default=None, metadata={"wire": "action"})
    object_type: Any = _attrs.field(default=None, metadata={"wire": "objectType"})


class ListSyncJobLogsParamsAction(WireEnum):
    """Enum of ``ListSyncJobLogsParams.action`` (unknown wire values are kept, not rejected)."""

    CREATEUSER = "CreateUser"
    UPDATEUSER = "UpdateUser"
    DELETEUSER = "DeleteUser"
    UPDATEUSERIDENTIFIER = "UpdateUserIdentifier"
    CHANGEUSERDEPARTMENT = "ChangeUserDepartment"
    CREATEDEPARTMENT = "CreateDepartment"
    UPDATEDEPARTMENT = "UpdateDepartment"
    DELETEDEPARTMENT = "DeleteDepartment"
    MOVEDEPARTMENT = "MoveDepartment"
    UPDATEDEPARTMENTLEADER = "UpdateDepartmentLeader"
    CREATEGROUP = "CreateGroup"
    UPDATEGROUP = "UpdateGroup"
    DELETEGROUP = "DeleteGroup"
    UPDATELESS = "Updateless"


class ListSyncJobLogsParamsObjectType(WireEnum):
    """Enum of ``ListSyncJobLogsParams.objectType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "DEPARTMENT"
    USER = "USER"


@_attrs.define(kw_only=True, slots=True)
class ListSyncJobsDto:
    """Wire model ``ListSyncJobsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sync_task_id: ``syncTaskId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        sync_trigger: ``syncTrigger``, Any, optional
    """

    sync_task_id: Any = _attrs.field(default=None, metadata={"wire": "syncTaskId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    sync_trigger: Any = _attrs.field(default=None, metadata={"wire": "syncTrigger"})


class ListSyncJobsParamsSyncTrigger(WireEnum):
    """Enum of ``ListSyncJobsParams.syncTrigger`` (unknown wire values are kept, not rejected)."""

    MANUALLY = "manually"
    TIMED = "timed"
    AUTOMATIC = "automatic"


@_attrs.define(kw_only=True, slots=True)
class ListSyncRiskOperationsDto:
    """Wire model ``ListSyncRiskOperationsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sync_task_id: ``syncTaskId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        status: ``status``, Any, optional
        object_type: ``objectType``, Any, optional
    """

    sync_task_id: Any = _attrs.field(default=None, metadata={"wire": "syncTaskId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    status: Any = _attrs.field(default=None, metadata={"wire": "status"})
    object_type: Any = _attrs.field(default=None, metadata={"wire": "objectType"})


class ListSyncRiskOperationsParamsObjectType(WireEnum):
    """Enum of ``ListSyncRiskOperationsParams.objectType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "DEPARTMENT"
    USER = "USER"


class ListSyncRiskOperationsParamsStatus(WireEnum):
    """Enum of ``ListSyncRiskOperationsParams.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    SUCCESS = "SUCCESS"
    FAILED = "FAILED"
    CANCELED = "CANCELED"
    EXECUTING = "EXECUTING"


@_attrs.define(kw_only=True, slots=True)
class ListSyncTasksDto:
    """Wire model ``ListSyncTasksDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListTenantAdminDto:
    """Wire model ``ListTenantAdminDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        keywords: ``keywords``, str, optional
        page: ``page``, str, optional
        limit: ``limit``, str, optional
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    page: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListTenantApplicationsDto:
    """Wire model ``ListTenantApplicationsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        keywords: ``keywords``, Any, optional
        sso_enabled: ``ssoEnabled``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    sso_enabled: Any = _attrs.field(default=None, metadata={"wire": "ssoEnabled"})


@_attrs.define(kw_only=True, slots=True)
class ListTenantCooperatorsDto:
    """Wire model ``ListTenantCooperatorsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, Any, optional
        external: ``external``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    external: Any = _attrs.field(default=None, metadata={"wire": "external"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListTenantExtIdpDto:
    """Wire model ``ListTenantExtIdpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
        app_id: ``appId``, Any, optional
        type: ``type``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    type: Any = _attrs.field(default=None, metadata={"wire": "type"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


class ListTenantExtIdpParamsType(WireEnum):
    """Enum of ``ListTenantExtIdpParams.type`` (unknown wire values are kept, not rejected)."""

    SOCIAL = "social"
    ENTERPRISE = "enterprise"


@_attrs.define(kw_only=True, slots=True)
class ListTenantUserDto:
    """Wire model ``ListTenantUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        keywords: ``keywords``, str, optional
        options: ``options``, ListTenantUsersOptionsDto, optional
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    options: ListTenantUsersOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class ListTenantUsersOptionsDto:
    """Wire model ``ListTenantUsersOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pagination: ``pagination``, PaginationDto, optional
    """

    pagination: PaginationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "pagination"})


@_attrs.define(kw_only=True, slots=True)
class ListTenantsDto:
    """Wire model ``ListTenantsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, Any, optional
        with_members_count: ``withMembersCount``, Any, optional
        with_app_detail: ``withAppDetail``, Any, optional
        with_creator_detail: ``withCreatorDetail``, Any, optional
        with_source_app_detail: ``withSourceAppDetail``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        source: ``source``, Any, optional
    """

    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    with_members_count: Any = _attrs.field(default=None, metadata={"wire": "withMembersCount"})
    with_app_detail: Any = _attrs.field(default=None, metadata={"wire": "withAppDetail"})
    with_creator_detail: Any = _attrs.field(default=None, metadata={"wire": "withCreatorDetail"})
    with_source_app_detail: Any = _attrs.field(default=None, metadata={"wire": "withSourceAppDetail"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    source: Any = _attrs.field(default=None, metadata={"wire": "source"})


@_attrs.define(kw_only=True, slots=True)
class ListUserBaseFieldsDto:
    """Wire model ``ListUserBaseFieldsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, Any, optional
        data_type: ``dataType``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        user_visible: ``userVisible``, Any, optional
        admin_visible: ``adminVisible``, Any, optional
        access_control: ``accessControl``, Any, optional
        keyword: ``keyword``, Any, optional
        lang: ``lang``, Any, optional
    """

    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    data_type: Any = _attrs.field(default=None, metadata={"wire": "dataType"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    user_visible: Any = _attrs.field(default=None, metadata={"wire": "userVisible"})
    admin_visible: Any = _attrs.field(default=None, metadata={"wire": "adminVisible"})
    access_control: Any = _attrs.field(default=None, metadata={"wire": "accessControl"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})
    lang: Any = _attrs.field(default=None, metadata={"wire": "lang"})


class ListUserBaseFieldsParamsDataType(WireEnum):
    """Enum of ``ListUserBaseFieldsParams.dataType`` (unknown wire values are kept, not rejected)."""

    STRING = "STRING"
    NUMBER = "NUMBER"
    DATETIME = "DATETIME"
    BOOLEAN = "BOOLEAN"
    OBJECT = "OBJECT"
    SELECT = "SELECT"


class ListUserBaseFieldsParamsTargetType(WireEnum):
    """Enum of ``ListUserBaseFieldsParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class ListUsersAdvancedFilterItemDto:
    """Wire model ``ListUsersAdvancedFilterItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, str, required
        operator: ``operator``, ListUsersAdvancedFilterItemDtoOperator, required
        value: ``value``, Any, optional
    """

    field: str = _attrs.field(metadata={"wire": "field"})
    operator: ListUsersAdvancedFilterItemDtoOperator = _attrs.field(metadata={"wire": "operator"})
    value: Any = _attrs.field(default=_UNSET, metadata={"wire": "value"})


class ListUsersAdvancedFilterItemDtoOperator(WireEnum):
    """Enum of ``ListUsersAdvancedFilterItemDto.operator`` (unknown wire values are kept, not rejected)."""

    EQUAL = "EQUAL"
    NOT_EQUAL = "NOT_EQUAL"
    CONTAINS = "CONTAINS"
    NOT_CONTAINS = "NOT_CONTAINS"
    IS_NULL = "IS_NULL"
    NOT_NULL = "NOT_NULL"
    IN = "IN"
    GREATER = "GREATER"
    LESSER = "LESSER"
    BETWEEN = "BETWEEN"


@_attrs.define(kw_only=True, slots=True)
class ListUsersDto:
    """Wire model ``ListUsersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        status: ``status``, Any, optional
        updated_at_start: ``updatedAtStart``, Any, optional
        updated_at_end: ``updatedAtEnd``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_post: ``withPost``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
        with_user_password_expire_time: ``withUserPasswordExpireTime``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    status: Any = _attrs.field(default=None, metadata={"wire": "status"})
    updated_at_start: Any = _attrs.field(default=None, metadata={"wire": "updatedAtStart"})
    updated_at_end: Any = _attrs.field(default=None, metadata={"wire": "updatedAtEnd"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_post: Any = _attrs.field(default=None, metadata={"wire": "withPost"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})
    with_user_password_expire_time: Any = _attrs.field(default=None, metadata={"wire": "withUserPasswordExpireTime"})


@_attrs.define(kw_only=True, slots=True)
class ListUsersLegacyDto:
    """Wire model ``ListUsersLegacyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        status: ``status``, Any, optional
        updated_at_start: ``updatedAtStart``, Any, optional
        updated_at_end: ``updatedAtEnd``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    status: Any = _attrs.field(default=None, metadata={"wire": "status"})
    updated_at_start: Any = _attrs.field(default=None, metadata={"wire": "updatedAtStart"})
    updated_at_end: Any = _attrs.field(default=None, metadata={"wire": "updatedAtEnd"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})


class ListUsersLegacyParamsStatus(WireEnum):
    """Enum of ``ListUsersLegacyParams.status`` (unknown wire values are kept, not rejected)."""

    SUSPENDED = "Suspended"
    RESIGNED = "Resigned"
    ACTIVATED = "Activated"
    ARCHIVED = "Archived"
    DEACTIVATED = "Deactivated"


@_attrs.define(kw_only=True, slots=True)
class ListUsersOptionsDto:
    """Wire model ``ListUsersOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pagination: ``pagination``, PaginationDto, optional
        sort: ``sort``, list[SortingDto], optional
        fuzzy_search_on: ``fuzzySearchOn``, list[ListUsersOptionsDtoFuzzySearchOn], optional
        with_custom_data: ``withCustomData``, bool, optional
        with_post: ``withPost``, bool, optional
        with_identities: ``withIdentities``, bool, optional
        with_department_ids: ``withDepartmentIds``, bool, optional
        flat_custom_data: ``flatCustomData``, bool, optional
    """

    pagination: PaginationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "pagination"})
    sort: List[SortingDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sort"})
    fuzzy_search_on: List[ListUsersOptionsDtoFuzzySearchOn] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fuzzySearchOn"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
    with_post: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withPost"})
    with_identities: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withIdentities"})
    with_department_ids: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withDepartmentIds"})
    flat_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "flatCustomData"})


class ListUsersOptionsDtoFuzzySearchOn(WireEnum):
    """Enum of ``ListUsersOptionsDto.fuzzySearchOn`` (unknown wire values are kept, not rejected)."""

    ID = "id"
    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"
    USERNAME = "username"
    EXTERNALID = "externalId"
    NICKNAME = "nickname"
    COMPANY = "company"
    GIVENNAME = "givenName"
    FAMILYNAME = "familyName"
    MIDDLENAME = "middleName"
    PROFILE = "profile"
    PREFERREDUSERNAME = "preferredUsername"
    WEBSITE = "website"
    ADDRESS = "address"
    FORMATTED = "formatted"
    STREETADDRESS = "streetAddress"
    POSTALCODE = "postalCode"
    IDENTITYNUMBER = "identityNumber"


@_attrs.define(kw_only=True, slots=True)
class ListUsersRequestDto:
    """Wire model ``ListUsersRequestDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, str, optional
        advanced_filter: ``advancedFilter``, list[ListUsersAdvancedFilterItemDto], optional
        search_query: ``searchQuery``, Any, optional
        options: ``options``, ListUsersOptionsDto, optional
    """

    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    advanced_filter: List[ListUsersAdvancedFilterItemDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "advancedFilter"})
    search_query: Any = _attrs.field(default=_UNSET, metadata={"wire": "searchQuery"})
    options: ListUsersOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class ListWebAuthnAuthenticatorDeviceDataDto:
    """Wire model ``ListWebAuthnAuthenticatorDeviceDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[Any], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[Any] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ListWebhookLogs:
    """Wire model ``ListWebhookLogs`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        webhook_id: ``webhookId``, str, required
        page: ``page``, int, optional
        limit: ``limit``, int, optional
    """

    webhook_id: str = _attrs.field(metadata={"wire": "webhookId"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListWebhookLogsData:
    """Wire model ``ListWebhookLogsData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[WebhookLogDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[WebhookLogDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ListWebhookLogsRespDto:
    """Wire model ``ListWebhookLogsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ListWebhookLogsData, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ListWebhookLogsData = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListWebhooksDto:
    """Wire model ``ListWebhooksDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    page: Any = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=_UNSET, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListWhitelistDto:
    """Wire model ``ListWhitelistDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        type: ``type``, Any, optional
    """

    type: Any = _attrs.field(default=None, metadata={"wire": "type"})


@_attrs.define(kw_only=True, slots=True)
class ListWhitelistOfAppDto:
    """Wire model ``ListWhitelistOfAppDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        type: ``type``, Any, optional
        app_id: ``appId``, Any, optional
    """

    type: Any = _attrs.field(default=None, metadata={"wire": "type"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


class ListWhitelistsOfAppParamsType(WireEnum):
    """Enum of ``ListWhitelistsOfAppParams.type`` (unknown wire values are kept, not rejected)."""

    USERNAME = "USERNAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"


class ListWhitelistsParamsType(WireEnum):
    """Enum of ``ListWhitelistsParams.type`` (unknown wire values are kept, not rejected)."""

    USERNAME = "USERNAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"


class LogListParamsObjectType(WireEnum):
    """Enum of ``LogListParams.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"


@_attrs.define(kw_only=True, slots=True)
class LoggedInAppsDto:
    """Wire model ``LoggedInAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        app_login_url: ``appLoginUrl``, str, required
        app_logo: ``appLogo``, str, required
        active: ``active``, bool, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_login_url: str = _attrs.field(metadata={"wire": "appLoginUrl"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    active: bool = _attrs.field(metadata={"wire": "active"})


@_attrs.define(kw_only=True, slots=True)
class LoginAnomalyDetectionConfigDto:
    """Wire model ``LoginAnomalyDetectionConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        login_fail_strategy: ``loginFailStrategy``, LoginAnomalyDetectionConfigDtoLoginFailStrategy, required
        robot_verify: ``robotVerify``, str, required
        account_lock: ``accountLock``, str, required
        login_fail_check: ``loginFailCheck``, LoginFailCheckConfigDto, required
        login_password_fail_check: ``loginPasswordFailCheck``, LoginPassowrdFailCheckConfigDto, required
        account_lock_login_password_fail_check: ``accountLockLoginPasswordFailCheck``, LoginPassowrdFailCheckConfigDto, optional
        robot_verify_login_password_fail_check: ``robotVerifyLoginPasswordFailCheck``, LoginPassowrdFailCheckConfigDto, required
        robot_verify_login_ip_whitelist_check: ``robotVerifyLoginIpWhitelistCheck``, LoginIpWhitelistCheckConfigDto, required
        robot_verify_login_time_check_enable: ``robotVerifyLoginTimeCheckEnable``, bool, required
        robot_verifylogin_week_start_end_time: ``robotVerifyloginWeekStartEndTime``, list[str], required
    """

    login_fail_strategy: LoginAnomalyDetectionConfigDtoLoginFailStrategy = _attrs.field(metadata={"wire": "loginFailStrategy"})
    robot_verify: str = _attrs.field(metadata={"wire": "robotVerify"})
    account_lock: str = _attrs.field(metadata={"wire": "accountLock"})
    login_fail_check: LoginFailCheckConfigDto = _attrs.field(metadata={"wire": "loginFailCheck"})
    login_password_fail_check: LoginPassowrdFailCheckConfigDto = _attrs.field(metadata={"wire": "loginPasswordFailCheck"})
    account_lock_login_password_fail_check: LoginPassowrdFailCheckConfigDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "accountLockLoginPasswordFailCheck"})
    robot_verify_login_password_fail_check: LoginPassowrdFailCheckConfigDto = _attrs.field(metadata={"wire": "robotVerifyLoginPasswordFailCheck"})
    robot_verify_login_ip_whitelist_check: LoginIpWhitelistCheckConfigDto = _attrs.field(metadata={"wire": "robotVerifyLoginIpWhitelistCheck"})
    robot_verify_login_time_check_enable: bool = _attrs.field(metadata={"wire": "robotVerifyLoginTimeCheckEnable"})
    robot_verifylogin_week_start_end_time: List[str] = _attrs.field(metadata={"wire": "robotVerifyloginWeekStartEndTime"})


class LoginAnomalyDetectionConfigDtoLoginFailStrategy(WireEnum):
    """Enum of ``LoginAnomalyDetectionConfigDto.loginFailStrategy`` (unknown wire values are kept, not rejected)."""

    CAPTCHA = "captcha"
    BLOCK_ACCOUNT = "block-account"


@_attrs.define(kw_only=True, slots=True)
class LoginByCredentialsDto:
    """Wire model ``LoginByCredentialsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        connection: ``connection``, LoginByCredentialsDtoConnection, required
        password_payload: ``passwordPayload``, AuthenticateByPasswordDto, optional
        pass_code_payload: ``passCodePayload``, AuthenticateByPassCodeDto, optional
        ad_payload: ``adPayload``, AuthenticateByADDto, optional
        ldap_payload: ``ldapPayload``, AuthenticateByLDAPDto, optional
        options: ``options``, SignInOptionsDto, optional
    """

    connection: LoginByCredentialsDtoConnection = _attrs.field(metadata={"wire": "connection"})
    password_payload: AuthenticateByPasswordDto | None = _attrs.field(default=None, metadata={"wire": "passwordPayload"})
    pass_code_payload: AuthenticateByPassCodeDto | None = _attrs.field(default=None, metadata={"wire": "passCodePayload"})
    ad_payload: AuthenticateByADDto | None = _attrs.field(default=None, metadata={"wire": "adPayload"})
    ldap_payload: AuthenticateByLDAPDto | None = _attrs.field(default=None, metadata={"wire": "ldapPayload"})
    options: SignInOptionsDto | None = _attrs.field(default=None, metadata={"wire": "options"})


class LoginByCredentialsDtoConnection(WireEnum):
    """Enum of ``LoginByCredentialsDto.connection`` (unknown wire values are kept, not rejected)."""

    PASSWORD = "PASSWORD"
    PASSCODE = "PASSCODE"
    LDAP = "LDAP"
    AD = "AD"


@_attrs.define(kw_only=True, slots=True)
class LoginFailCheckConfigDto:
    """Wire model ``LoginFailCheckConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        limit: ``limit``, int, required
        time_interval: ``timeInterval``, int, required
        unit: ``unit``, str, optional
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    limit: int = _attrs.field(metadata={"wire": "limit"})
    time_interval: int = _attrs.field(metadata={"wire": "timeInterval"})
    unit: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "unit"})


@_attrs.define(kw_only=True, slots=True)
class LoginHistoryDto:
    """Wire model ``LoginHistoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        app_login_url: ``appLoginUrl``, str, required
        app_logo: ``appLogo``, str, required
        login_at: ``loginAt``, str, required
        client_ip: ``clientIp``, str, required
        success: ``success``, bool, required
        error_message: ``errorMessage``, str, optional
        user_agent: ``userAgent``, str, required
        parsed_user_agent: ``parsedUserAgent``, ParsedUserAgent, required
        login_method: ``loginMethod``, str, required
        geoip: ``geoip``, GeoIp, required
        tenant_id: ``tenantId``, str, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_login_url: str = _attrs.field(metadata={"wire": "appLoginUrl"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    login_at: str = _attrs.field(metadata={"wire": "loginAt"})
    client_ip: str = _attrs.field(metadata={"wire": "clientIp"})
    success: bool = _attrs.field(metadata={"wire": "success"})
    error_message: str | None = _attrs.field(default=None, metadata={"wire": "errorMessage"})
    user_agent: str = _attrs.field(metadata={"wire": "userAgent"})
    parsed_user_agent: ParsedUserAgent = _attrs.field(metadata={"wire": "parsedUserAgent"})
    login_method: str = _attrs.field(metadata={"wire": "loginMethod"})
    geoip: GeoIp = _attrs.field(metadata={"wire": "geoip"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class LoginHistoryPaginatedRespDto:
    """Wire model ``LoginHistoryPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[LoginHistoryDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[LoginHistoryDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class LoginIpWhitelistCheckConfigDto:
    """Wire model ``LoginIpWhitelistCheckConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        ip_whitelist: ``ipWhitelist``, str, required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    ip_whitelist: str = _attrs.field(metadata={"wire": "ipWhitelist"})


@_attrs.define(kw_only=True, slots=True)
class LoginPassowrdFailCheckConfigDto:
    """Wire model ``LoginPassowrdFailCheckConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        limit: ``limit``, int, required
        time_interval: ``timeInterval``, int, required
        unit: ``unit``, str, optional
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    limit: int = _attrs.field(metadata={"wire": "limit"})
    time_interval: int = _attrs.field(metadata={"wire": "timeInterval"})
    unit: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "unit"})


@_attrs.define(kw_only=True, slots=True)
class LoginTokenRespDto:
    """Wire model ``LoginTokenRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, LoginTokenResponseDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: LoginTokenResponseDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class LoginTokenResponseDataDto:
    """Wire model ``LoginTokenResponseDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, optional
        access_token: ``access_token``, str, optional
        id_token: ``id_token``, str, optional
        refresh_token: ``refresh_token``, str, optional
        token_type: ``token_type``, str, required
        expire_in: ``expire_in``, int, required
    """

    scope: str | None = _attrs.field(default=None, metadata={"wire": "scope"})
    access_token: str | None = _attrs.field(default=None, metadata={"wire": "access_token"})
    id_token: str | None = _attrs.field(default=None, metadata={"wire": "id_token"})
    refresh_token: str | None = _attrs.field(default=None, metadata={"wire": "refresh_token"})
    token_type: str = _attrs.field(metadata={"wire": "token_type"})
    expire_in: int = _attrs.field(metadata={"wire": "expire_in"})
