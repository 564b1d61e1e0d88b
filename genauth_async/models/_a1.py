# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (AccessTokenDto, ..., AuthenticateByPassCodeDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._c1 import (
        CasIdPConfig,
    )
    from ._e import (
        ErrMsgI18nDto, ExtraParams,
    )
    from ._g1 import (
        GeoIp,
    )
    from ._i import (
        InvitationPolicyUserAttributionListDto,
    )
    from ._l1 import (
        ListArchivedUsersRespDto,
    )
    from ._o import (
        OIDCConfig, OauthIdpConfig,
    )
    from ._p import (
        ParsedUserAgent,
    )
    from ._r import (
        RoleCodeDto, RolePermissionApplyApprovalObject,
    )
    from ._s1 import (
        SamlIdpConfig,
    )
    from ._t import (
        TargetDto,
    )

__all__ = [
    "AccessTokenDto", "AccessTokenResDto", "AccessibleAppsDto", "ActionAuth",
    "AddApplicationPermissionRecord", "AddDepartmentMembersReqDto",
    "AddDepartmentMembersReqDtoDepartmentIdType", "AddGroupMembersReqDto",
    "AddInvitationPolicyUserAttributionDto", "AddInvitationPolicyUserAttributionDtoTargetType",
    "AddInvitationPolicyUserAttributionsBatchDto", "AddTenantDepartmentMembersReqDto",
    "AddTenantDepartmentMembersReqDtoDepartmentIdType", "AddTenantUsersDto", "AddWhitelistDto",
    "AddWhitelistDtoType", "AddWhitelistOfAppDto", "AddWhitelistOfAppDtoType", "Admin",
    "AdminAuditLogDto", "AdminAuditLogDtoOperationType", "AdminAuditLogDtoResourceType",
    "AdminAuditLogRespData", "AdminAuditLogRespDto", "AliExmailEmailProviderConfig",
    "AliExmailEmailProviderConfigInput", "AlipayAuthInfoDataDto", "AllOperateDto", "AppDto",
    "AppDtoAppDefaultLoginStrategy", "AppListRespDto", "AppQRCodeLoginDto",
    "AppQrCodeLoginDtoAction", "AppValidateRuleDto", "AppValidateRuleDtoContent",
    "AppValidateRuleDtoType", "ApplicationAgreementDto", "ApplicationAgreementDtoDisplayAt",
    "ApplicationAgreementDtoLang", "ApplicationBrandingConfig",
    "ApplicationBrandingConfigDefaultLanguage", "ApplicationBrandingConfigGuardVersion",
    "ApplicationBrandingConfigInputDto", "ApplicationBrandingConfigInputDtoDefaultLanguage",
    "ApplicationBrandingConfigInputDtoGuardVersion", "ApplicationDefaultLoginMethod",
    "ApplicationDefaultLoginMethodConnectionType", "ApplicationDefaultLoginMethodInput",
    "ApplicationDefaultLoginMethodInputConnectionType",
    "ApplicationDefaultLoginMethodInputQrcodeType", "ApplicationDefaultLoginMethodQrcodeType",
    "ApplicationDto", "ApplicationDtoAppType", "ApplicationDtoDefaultProtocol",
    "ApplicationEnabledExtIdpConnDto", "ApplicationEnabledExtIdpConnDtoExtIdpConnType",
    "ApplicationEnabledExtIdpConnDtoExtIdpType", "ApplicationEnabledExtIdpConnInputDto",
    "ApplicationLoginConfigDto", "ApplicationLoginConfigDtoEnabledBasicLoginMethods",
    "ApplicationLoginConfigInputDto", "ApplicationLoginConfigInputDtoEnabledBasicLoginMethods",
    "ApplicationMfaDto", "ApplicationPaginatedDataDto", "ApplicationPaginatedRespDto",
    "ApplicationPermissionApplyApprovalObject", "ApplicationPermissionRecordItem",
    "ApplicationPermissionRecordItemEffect", "ApplicationPermissionRecordItemTargetType",
    "ApplicationRegisterConfig", "ApplicationRegisterConfigDefaultRegisterMethod",
    "ApplicationRegisterConfigEnabledBasicRegisterMethods", "ApplicationRegisterConfigInputDto",
    "ApplicationRegisterConfigInputDtoDefaultRegisterMethod",
    "ApplicationRegisterConfigInputDtoEnabledBasicRegisterMethods", "ApplicationSimpleInfoDto",
    "ApplicationSimpleInfoDtoAppType", "ApplicationSimpleInfoPaginatedDataDto",
    "ApplicationSimpleInfoPaginatedRespDto", "ApplicationSimpleInfoSingleRespDto",
    "ApplicationSingleRespDto", "ApplicationTabMethodsSortConfigDto",
    "ApplicationsPermissionApplicableDto", "ApprovalBatchProcessReq", "ApprovalClosedListDto",
    "ApprovalDetailDto", "ApprovalDetailDtoObjectType", "ApprovalDetailDtoStatus",
    "ApprovalDetailRes", "ApprovalDto", "ApprovalInitiatedListDto", "ApprovalListRes",
    "ApprovalLogListDto", "ApprovalPageList", "ApprovalPendingListDto", "ApprovalProcessReq",
    "ApprovalUniversalInvitationApplicantDto", "ApprovalUser", "ArchivedUsersListPagingDto",
    "ArrResourceAuthAction", "ArrayAuthorize", "ArrayOrStringActionDto", "AsaAccountDto",
    "AsaAccountListRespDto", "AsaAccountPaginatedDataDto", "AsaAccountPaginatedRespDto",
    "AsaAccountSingleNullableRespDto", "AsaAccountSingleRespDto", "AsaAccountTargetDto",
    "AsaAccountTargetDtoTargetType", "AssignAsaAccountItem", "AssignAsaAccountItemTargetType",
    "AssignAsaAccountsDto", "AssignRoleBatchDto", "AssignRoleDto", "AssociateTenantResourceDto",
    "AssociationExtIdpDto", "AssociationResourceDto", "AuthEnvParams", "AuthEnvParamsBrowserType",
    "AuthEnvParamsDeviceType", "AuthEnvParamsSystemType", "AuthenticateByADDto",
    "AuthenticateByAlipayDto", "AuthenticateByGoogleDto", "AuthenticateByLDAPDto",
    "AuthenticateByLarkInternalDto", "AuthenticateByLarkPublicDto", "AuthenticateByPassCodeDto",
]


@_attrs.define(kw_only=True, slots=True)
class AccessTokenDto:
    """Wire model ``AccessTokenDto`` (response side; optional fields default to None)."""


@_attrs.define(kw_only=True, slots=True)
class AccessTokenResDto:
    """Wire model ``AccessTokenResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, required
        expires_in: ``expires_in``, int, required
    """

    access_token: str = _attrs.field(metadata={"wire": "access_token"})
    expires_in: int = _attrs.field(metadata={"wire": "expires_in"})


@_attrs.define(kw_only=True, slots=True)
class AccessibleAppsDto:
    """Wire model ``AccessibleAppsDto`` (response side; optional fields default to None).

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
class ActionAuth:
    """Wire model ``ActionAuth`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        action: ``action``, str, required
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    action: str = _attrs.field(metadata={"wire": "action"})


@_attrs.define(kw_only=True, slots=True)
class AddApplicationPermissionRecord:
    """Wire model ``AddApplicationPermissionRecord`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[ApplicationPermissionRecordItem], required
        app_id: ``appId``, str, required
    """

    list: List[ApplicationPermissionRecordItem] = _attrs.field(metadata={"wire": "list"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class AddDepartmentMembersReqDto:
    """Wire model ``AddDepartmentMembersReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        department_id_type: ``departmentIdType``, AddDepartmentMembersReqDtoDepartmentIdType, optional
        tenant_id: ``tenantId``, str, optional
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    department_id_type: AddDepartmentMembersReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class AddDepartmentMembersReqDtoDepartmentIdType(WireEnum):
    """Enum of ``AddDepartmentMembersReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class AddGroupMembersReqDto:
    """Wire model ``AddGroupMembersReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        code: ``code``, str, required
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class AddInvitationPolicyUserAttributionDto:
    """Wire model ``AddInvitationPolicyUserAttributionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, AddInvitationPolicyUserAttributionDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
        policy_id: ``policyId``, str, required
        namespace: ``namespace``, str, optional
    """

    target_type: AddInvitationPolicyUserAttributionDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


class AddInvitationPolicyUserAttributionDtoTargetType(WireEnum):
    """Enum of ``AddInvitationPolicyUserAttributionDto.targetType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "department"
    POST = "post"
    ROLE = "role"
    GROUP = "group"


@_attrs.define(kw_only=True, slots=True)
class AddInvitationPolicyUserAttributionsBatchDto:
    """Wire model ``AddInvitationPolicyUserAttributionsBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        targets: ``targets``, list[InvitationPolicyUserAttributionListDto], required
        policy_id: ``policyId``, str, required
    """

    targets: List[InvitationPolicyUserAttributionListDto] = _attrs.field(metadata={"wire": "targets"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})


@_attrs.define(kw_only=True, slots=True)
class AddTenantDepartmentMembersReqDto:
    """Wire model ``AddTenantDepartmentMembersReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        department_id_type: ``departmentIdType``, AddTenantDepartmentMembersReqDtoDepartmentIdType, optional
        link_user_ids: ``linkUserIds``, list[str], optional
        member_ids: ``memberIds``, list[str], optional
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    department_id_type: AddTenantDepartmentMembersReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    link_user_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linkUserIds"})
    member_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "memberIds"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class AddTenantDepartmentMembersReqDtoDepartmentIdType(WireEnum):
    """Enum of ``AddTenantDepartmentMembersReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class AddTenantUsersDto:
    """Wire model ``AddTenantUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        link_user_ids: ``linkUserIds``, list[str], required
        tenant_id: ``tenantId``, str, required
    """

    link_user_ids: List[str] = _attrs.field(metadata={"wire": "linkUserIds"})
    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class AddWhitelistDto:
    """Wire model ``AddWhitelistDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, AddWhitelistDtoType, required
        list: ``list``, list[str], optional
    """

    type: AddWhitelistDtoType = _attrs.field(metadata={"wire": "type"})
    list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "list"})


class AddWhitelistDtoType(WireEnum):
    """Enum of ``AddWhitelistDto.type`` (unknown wire values are kept, not rejected)."""

    USERNAME = "USERNAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"


@_attrs.define(kw_only=True, slots=True)
class AddWhitelistOfAppDto:
    """Wire model ``AddWhitelistOfAppDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        type: ``type``, AddWhitelistOfAppDtoType, required
        list: ``list``, list[str], optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    type: AddWhitelistOfAppDtoType = _attrs.field(metadata={"wire": "type"})
    list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "list"})


class AddWhitelistOfAppDtoType(WireEnum):
    """Enum of ``AddWhitelistOfAppDto.type`` (unknown wire values are kept, not rejected)."""

    USERNAME = "USERNAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"


@_attrs.define(kw_only=True, slots=True)
class Admin:
    """Wire model ``Admin`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        credential_id: ``credentialId``, Any, optional
        user_id: ``userId``, Any, optional
        app_id: ``appId``, Any, optional
    """

    credential_id: Any = _attrs.field(default=None, metadata={"wire": "credentialId"})
    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class AdminAuditLogDto:
    """Wire model ``AdminAuditLogDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        admin_user_id: ``adminUserId``, str, required
        admin_user_avatar: ``adminUserAvatar``, str, required
        admin_user_display_name: ``adminUserDisplayName``, str, required
        client_ip: ``clientIp``, str, optional
        operation_type: ``operationType``, AdminAuditLogDtoOperationType, required
        resource_type: ``resourceType``, AdminAuditLogDtoResourceType, required
        event_details: ``eventDetails``, str, optional
        operation_param: ``operationParam``, str, optional
        origin_value: ``originValue``, str, optional
        target_value: ``targetValue``, str, optional
        success: ``success``, bool, required
        user_agent: ``userAgent``, str, required
        ua: ``ua``, ParsedUserAgent, required
        geoip: ``geoip``, GeoIp, required
        timestamp: ``timestamp``, str, required
        request_id: ``requestId``, str, required
    """

    admin_user_id: str = _attrs.field(metadata={"wire": "adminUserId"})
    admin_user_avatar: str = _attrs.field(metadata={"wire": "adminUserAvatar"})
    admin_user_display_name: str = _attrs.field(metadata={"wire": "adminUserDisplayName"})
    client_ip: str | None = _attrs.field(default=None, metadata={"wire": "clientIp"})
    operation_type: AdminAuditLogDtoOperationType = _attrs.field(metadata={"wire": "operationType"})
    resource_type: AdminAuditLogDtoResourceType = _attrs.field(metadata={"wire": "resourceType"})
    event_details: str | None = _attrs.field(default=None, metadata={"wire": "eventDetails"})
    operation_param: str | None = _attrs.field(default=None, metadata={"wire": "operationParam"})
    origin_value: str | None = _attrs.field(default=None, metadata={"wire": "originValue"})
    target_value: str | None = _attrs.field(default=None, metadata={"wire": "targetValue"})
    success: bool = _attrs.field(metadata={"wire": "success"})
    user_agent: str = _attrs.field(metadata={"wire": "userAgent"})
    ua: ParsedUserAgent = _attrs.field(metadata={"wire": "ua"})
    geoip: GeoIp = _attrs.field(metadata={"wire": "geoip"})
    timestamp: str = _attrs.field(metadata={"wire": "timestamp"})
    request_id: str = _attrs.field(metadata={"wire": "requestId"})


class AdminAuditLogDtoOperationType(WireEnum):
    """Enum of ``AdminAuditLogDto.operationType`` (unknown wire values are kept, not rejected)."""

    ALL = "all"
    CREATE = "create"
    DELETE = "delete"
    IMPORT = "import"
    EXPORT = "export"
    UPDATE = "update"
    REFRESH = "refresh"
    SYNC = "sync"
    INVITE = "invite"
    RESIGN = "resign"
    RECOVER = "recover"
    DISABLE = "disable"
    ENABLE = "enable"
    ACTIVATE = "activate"
    DEACTIVATE = "deactivate"
    ADD = "add"
    REMOVE = "remove"
    QUERY = "query"
    SEND_INVITATION = "sendInvitation"
    REVERT_INVITATION = "revertInvitation"
    APPROVAL = "approval"
    REJECT = "reject"


class AdminAuditLogDtoResourceType(WireEnum):
    """Enum of ``AdminAuditLogDto.resourceType`` (unknown wire values are kept, not rejected)."""

    ALL = "all"
    USER = "user"
    USERPOOL = "userpool"
    TENANT = "tenant"
    USER_LOGIN_STATE = "userLoginState"
    USER_ACCOUNT_STATE = "userAccountState"
    USER_GROUP = "userGroup"
    FIELD_ENCRYPT_STATE = "fieldEncryptState"
    SYNC_TASK = "syncTask"
    SOCIAL_CONNECTION = "socialConnection"
    ENTERPRISE_CONNECTION = "enterpriseConnection"
    CUSTOM_DATABASE = "customDatabase"
    ORG = "org"
    COOPERATOR = "cooperator"
    APPLICATION = "application"
    RESOURCE_NAMESPACE = "resourceNamespace"
    RESOURCE = "resource"
    ROLE = "role"
    ROLE_ASSIGN = "roleAssign"
    POLICY = "policy"
    CUSTOM_DOMAIN = "customDomain"
    PERMIT_SPACE = "permitSpace"
    GENERAL_RESOURCE = "generalResource"
    GENERAL_RESOURCE_AUTHORIZATION = "generalResourceAuthorization"
    ROLE_SUBJECT = "roleSubject"
    SUBJECT_OF_ROLE = "subjectOfRole"
    DATA_RESOURCE = "dataResource"
    DATA_POLICY = "dataPolicy"
    AUTHORIZATION = "authorization"
    USER_AUTHORIZATION = "userAuthorization"
    ADMIN_PERMISSION_ROLE = "adminPermissionRole"
    ADMIN_PERMISSION_ADMIN = "adminPermissionAdmin"
    ADMIN_PERMISSION_POLICY = "adminPermissionPolicy"
    UNIVERSAL_INVITATION = "universalInvitation"
    POLICY_INVITATION = "policyInvitation"
    INVITATION_ROSTER = "invitationRoster"
    INVITATION_USER = "invitationUser"
    INVITATION_POLICY = "invitationPolicy"
    APPLICANT = "applicant"


@_attrs.define(kw_only=True, slots=True)
class AdminAuditLogRespData:
    """Wire model ``AdminAuditLogRespData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[AdminAuditLogDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[AdminAuditLogDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class AdminAuditLogRespDto:
    """Wire model ``AdminAuditLogRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, AdminAuditLogRespData, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: AdminAuditLogRespData = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class AliExmailEmailProviderConfig:
    """Wire model ``AliExmailEmailProviderConfig`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        sender: ``sender``, str, required
        sender_pass: ``senderPass``, str, required
    """

    sender: str = _attrs.field(metadata={"wire": "sender"})
    sender_pass: str = _attrs.field(metadata={"wire": "senderPass"})


@_attrs.define(kw_only=True, slots=True)
class AliExmailEmailProviderConfigInput:
    """Wire model ``AliExmailEmailProviderConfigInput`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sender: ``sender``, str, required
        sender_pass: ``senderPass``, str, required
    """

    sender: str = _attrs.field(metadata={"wire": "sender"})
    sender_pass: str = _attrs.field(metadata={"wire": "senderPass"})


@_attrs.define(kw_only=True, slots=True)
class AlipayAuthInfoDataDto:
    """Wire model ``AlipayAuthInfoDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        auth_info: ``authInfo``, str, required
    """

    auth_info: str = _attrs.field(metadata={"wire": "authInfo"})


@_attrs.define(kw_only=True, slots=True)
class AllOperateDto:
    """Wire model ``AllOperateDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, Any, optional
    """

    model_id: Any = _attrs.field(default=None, metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class AppDto:
    """Wire model ``AppDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, required
        app_logo: ``appLogo``, str, required
        app_login_url: ``appLoginUrl``, str, required
        app_default_login_strategy: ``appDefaultLoginStrategy``, AppDtoAppDefaultLoginStrategy, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    app_login_url: str = _attrs.field(metadata={"wire": "appLoginUrl"})
    app_default_login_strategy: AppDtoAppDefaultLoginStrategy = _attrs.field(metadata={"wire": "appDefaultLoginStrategy"})


class AppDtoAppDefaultLoginStrategy(WireEnum):
    """Enum of ``AppDto.appDefaultLoginStrategy`` (unknown wire values are kept, not rejected)."""

    ALLOW_ALL = "ALLOW_ALL"
    DENY_ALL = "DENY_ALL"


@_attrs.define(kw_only=True, slots=True)
class AppListRespDto:
    """Wire model ``AppListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[AppDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[AppDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class AppQRCodeLoginDto:
    """Wire model ``AppQRCodeLoginDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        action: ``action``, AppQrCodeLoginDtoAction, required
        qrcode_id: ``qrcodeId``, str, required
    """

    action: AppQrCodeLoginDtoAction = _attrs.field(metadata={"wire": "action"})
    qrcode_id: str = _attrs.field(metadata={"wire": "qrcodeId"})


class AppQrCodeLoginDtoAction(WireEnum):
    """Enum of ``AppQRCodeLoginDto.action`` (unknown wire values are kept, not rejected)."""

    APP_LOGIN = "APP_LOGIN"


@_attrs.define(kw_only=True, slots=True)
class AppValidateRuleDto:
    """Wire model ``AppValidateRuleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, AppValidateRuleDtoType, required
        content: ``content``, AppValidateRuleDtoContent, required
        error_message: ``errorMessage``, str, optional
        i18n: ``i18n``, ErrMsgI18nDto, optional
    """

    type: AppValidateRuleDtoType = _attrs.field(metadata={"wire": "type"})
    content: AppValidateRuleDtoContent = _attrs.field(metadata={"wire": "content"})
    error_message: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "errorMessage"})
    i18n: ErrMsgI18nDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})


class AppValidateRuleDtoContent(WireEnum):
    """Enum of ``AppValidateRuleDto.content`` (unknown wire values are kept, not rejected)."""

    NONE = "None"
    REG_EXP = "regExp"
    PHONE = "phone"
    EMAIL = "email"
    IS_NUMBER = "isNumber"


class AppValidateRuleDtoType(WireEnum):
    """Enum of ``AppValidateRuleDto.type`` (unknown wire values are kept, not rejected)."""

    NONE = "None"
    REG_EXP = "regExp"
    PHONE = "phone"
    EMAIL = "email"
    IS_NUMBER = "isNumber"


@_attrs.define(kw_only=True, slots=True)
class ApplicationAgreementDto:
    """Wire model ``ApplicationAgreementDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        display_at: ``displayAt``, list[ApplicationAgreementDtoDisplayAt], required
        is_required: ``isRequired``, bool, required
        lang: ``lang``, ApplicationAgreementDtoLang, required
        content: ``content``, str, required
    """

    display_at: List[ApplicationAgreementDtoDisplayAt] = _attrs.field(metadata={"wire": "displayAt"})
    is_required: bool = _attrs.field(metadata={"wire": "isRequired"})
    lang: ApplicationAgreementDtoLang = _attrs.field(metadata={"wire": "lang"})
    content: str = _attrs.field(metadata={"wire": "content"})


class ApplicationAgreementDtoDisplayAt(WireEnum):
    """Enum of ``ApplicationAgreementDto.displayAt`` (unknown wire values are kept, not rejected)."""

    LOGINPAGE = "LoginPage"
    REGISTERPAGE = "RegisterPage"


class ApplicationAgreementDtoLang(WireEnum):
    """Enum of ``ApplicationAgreementDto.lang`` (unknown wire values are kept, not rejected)."""

    ZH_CN = "zh-CN"
    EN_US = "en-US"
    ZH_TW = "zh-TW"
    JA_JP = "ja-JP"


@_attrs.define(kw_only=True, slots=True)
class ApplicationBrandingConfig:
    """Wire model ``ApplicationBrandingConfig`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        custom_css_enabled: ``customCSSEnabled``, bool, required
        custom_css: ``customCSS``, str, optional
        guard_version: ``guardVersion``, ApplicationBrandingConfigGuardVersion, required
        custom_loading_image: ``customLoadingImage``, str, optional
        custom_background: ``customBackground``, str, optional
        show_change_language_button: ``showChangeLanguageButton``, bool, required
        default_language: ``defaultLanguage``, ApplicationBrandingConfigDefaultLanguage, required
        show_forget_password_button: ``showForgetPasswordButton``, bool, required
        show_enterprise_connections: ``showEnterpriseConnections``, bool, required
        show_social_connections: ``showSocialConnections``, bool, required
        show_agreement: ``showAgreement``, bool, required
        agreements: ``agreements``, list[ApplicationAgreementDto], required
    """

    custom_css_enabled: bool = _attrs.field(metadata={"wire": "customCSSEnabled"})
    custom_css: str | None = _attrs.field(default=None, metadata={"wire": "customCSS"})
    guard_version: ApplicationBrandingConfigGuardVersion = _attrs.field(metadata={"wire": "guardVersion"})
    custom_loading_image: str | None = _attrs.field(default=None, metadata={"wire": "customLoadingImage"})
    custom_background: str | None = _attrs.field(default=None, metadata={"wire": "customBackground"})
    show_change_language_button: bool = _attrs.field(metadata={"wire": "showChangeLanguageButton"})
    default_language: ApplicationBrandingConfigDefaultLanguage = _attrs.field(metadata={"wire": "defaultLanguage"})
    show_forget_password_button: bool = _attrs.field(metadata={"wire": "showForgetPasswordButton"})
    show_enterprise_connections: bool = _attrs.field(metadata={"wire": "showEnterpriseConnections"})
    show_social_connections: bool = _attrs.field(metadata={"wire": "showSocialConnections"})
    show_agreement: bool = _attrs.field(metadata={"wire": "showAgreement"})
    agreements: List[ApplicationAgreementDto] = _attrs.field(metadata={"wire": "agreements"})


class ApplicationBrandingConfigDefaultLanguage(WireEnum):
    """Enum of ``ApplicationBrandingConfig.defaultLanguage`` (unknown wire values are kept, not rejected)."""

    ZH_CN = "zh-CN"
    EN_US = "en-US"
    ZH_TW = "zh-TW"
    JA_JP = "ja-JP"


class ApplicationBrandingConfigGuardVersion(WireEnum):
    """Enum of ``ApplicationBrandingConfig.guardVersion`` (unknown wire values are kept, not rejected)."""

    ADVANCED = "Advanced"
    CLASSICAL = "Classical"


@_attrs.define(kw_only=True, slots=True)
class ApplicationBrandingConfigInputDto:
    """Wire model ``ApplicationBrandingConfigInputDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        custom_css_enabled: ``customCSSEnabled``, bool, optional
        custom_css: ``customCSS``, str, optional
        guard_version: ``guardVersion``, ApplicationBrandingConfigInputDtoGuardVersion, optional
        custom_loading_image: ``customLoadingImage``, str, optional
        custom_background: ``customBackground``, str, optional
        show_change_language_button: ``showChangeLanguageButton``, bool, optional
        default_language: ``defaultLanguage``, ApplicationBrandingConfigInputDtoDefaultLanguage, optional
        show_forget_password_button: ``showForgetPasswordButton``, bool, optional
        show_enterprise_connections: ``showEnterpriseConnections``, bool, optional
        show_social_connections: ``showSocialConnections``, bool, optional
    """

    custom_css_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "customCSSEnabled"})
    custom_css: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "customCSS"})
    guard_version: ApplicationBrandingConfigInputDtoGuardVersion | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "guardVersion"})
    custom_loading_image: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "customLoadingImage"})
    custom_background: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "customBackground"})
    show_change_language_button: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showChangeLanguageButton"})
    default_language: ApplicationBrandingConfigInputDtoDefaultLanguage | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "defaultLanguage"})
    show_forget_password_button: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showForgetPasswordButton"})
    show_enterprise_connections: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showEnterpriseConnections"})
    show_social_connections: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showSocialConnections"})


class ApplicationBrandingConfigInputDtoDefaultLanguage(WireEnum):
    """Enum of ``ApplicationBrandingConfigInputDto.defaultLanguage`` (unknown wire values are kept, not rejected)."""

    ZH_CN = "zh-CN"
    EN_US = "en-US"
    ZH_TW = "zh-TW"
    JA_JP = "ja-JP"


class ApplicationBrandingConfigInputDtoGuardVersion(WireEnum):
    """Enum of ``ApplicationBrandingConfigInputDto.guardVersion`` (unknown wire values are kept, not rejected)."""

    ADVANCED = "Advanced"
    CLASSICAL = "Classical"


@_attrs.define(kw_only=True, slots=True)
class ApplicationDefaultLoginMethod:
    """Wire model ``ApplicationDefaultLoginMethod`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        connection_type: ``connectionType``, ApplicationDefaultLoginMethodConnectionType, required
        qrcode_type: ``qrcodeType``, ApplicationDefaultLoginMethodQrcodeType, required
        qrcode_ext_idp_conn_id: ``qrcodeExtIdpConnId``, str, required
        ad_ext_idp_conn_id: ``adExtIdpConnId``, str, required
        ldap_ext_idp_conn_id: ``ldapExtIdpConnId``, str, required
    """

    connection_type: ApplicationDefaultLoginMethodConnectionType = _attrs.field(metadata={"wire": "connectionType"})
    qrcode_type: ApplicationDefaultLoginMethodQrcodeType = _attrs.field(metadata={"wire": "qrcodeType"})
    qrcode_ext_idp_conn_id: str = _attrs.field(metadata={"wire": "qrcodeExtIdpConnId"})
    ad_ext_idp_conn_id: str = _attrs.field(metadata={"wire": "adExtIdpConnId"})
    ldap_ext_idp_conn_id: str = _attrs.field(metadata={"wire": "ldapExtIdpConnId"})


class ApplicationDefaultLoginMethodConnectionType(WireEnum):
    """Enum of ``ApplicationDefaultLoginMethod.connectionType`` (unknown wire values are kept, not rejected)."""

    PASSCODE = "PASSCODE"
    PASSWORD = "PASSWORD"
    QRCODE = "QRCODE"
    LDAP = "LDAP"
    AD = "AD"


@_attrs.define(kw_only=True, slots=True)
class ApplicationDefaultLoginMethodInput:
    """Wire model ``ApplicationDefaultLoginMethodInput`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        connection_type: ``connectionType``, ApplicationDefaultLoginMethodInputConnectionType, required
        qrcode_type: ``qrcodeType``, ApplicationDefaultLoginMethodInputQrcodeType, optional
        qrcode_ext_idp_conn_id: ``qrcodeExtIdpConnId``, str, optional
        ad_ext_idp_conn_id: ``adExtIdpConnId``, str, optional
        ldap_ext_idp_conn_id: ``ldapExtIdpConnId``, str, optional
    """

    connection_type: ApplicationDefaultLoginMethodInputConnectionType = _attrs.field(metadata={"wire": "connectionType"})
    qrcode_type: ApplicationDefaultLoginMethodInputQrcodeType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "qrcodeType"})
    qrcode_ext_idp_conn_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "qrcodeExtIdpConnId"})
    ad_ext_idp_conn_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "adExtIdpConnId"})
    ldap_ext_idp_conn_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ldapExtIdpConnId"})


class ApplicationDefaultLoginMethodInputConnectionType(WireEnum):
    """Enum of ``ApplicationDefaultLoginMethodInput.connectionType`` (unknown wire values are kept, not rejected)."""

    PASSCODE = "PASSCODE"
    PASSWORD = "PASSWORD"
    QRCODE = "QRCODE"
    LDAP = "LDAP"
    AD = "AD"


class ApplicationDefaultLoginMethodInputQrcodeType(WireEnum):
    """Enum of ``ApplicationDefaultLoginMethodInput.qrcodeType`` (unknown wire values are kept, not rejected)."""

    SELF_BUILT_APP = "SELF_BUILT_APP"
    WECHAT_OFFICIAL_ACCOUNT = "WECHAT_OFFICIAL_ACCOUNT"
    WECHAT_MINI_PROGRAM = "WECHAT_MINI_PROGRAM"


class ApplicationDefaultLoginMethodQrcodeType(WireEnum):
    """Enum of ``ApplicationDefaultLoginMethod.qrcodeType`` (unknown wire values are kept, not rejected)."""

    SELF_BUILT_APP = "SELF_BUILT_APP"
    WECHAT_OFFICIAL_ACCOUNT = "WECHAT_OFFICIAL_ACCOUNT"
    WECHAT_MINI_PROGRAM = "WECHAT_MINI_PROGRAM"


@_attrs.define(kw_only=True, slots=True)
class ApplicationDto:
    """Wire model ``ApplicationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_identifier: ``appIdentifier``, str, required
        app_name: ``appName``, str, required
        app_logo: ``appLogo``, str, required
        app_description: ``appDescription``, str, optional
        app_type: ``appType``, ApplicationDtoAppType, required
        user_pool_id: ``userPoolId``, str, required
        is_integrate_app: ``isIntegrateApp``, bool, required
        default_protocol: ``defaultProtocol``, ApplicationDtoDefaultProtocol, required
        redirect_uris: ``redirectUris``, list[str], required
        logout_redirect_uris: ``logoutRedirectUris``, list[str], required
        init_login_uri: ``initLoginUri``, str, required
        sso_enabled: ``ssoEnabled``, bool, required
        sso_enabled_at: ``ssoEnabledAt``, str, optional
        login_config: ``loginConfig``, ApplicationLoginConfigDto, required
        register_config: ``registerConfig``, ApplicationRegisterConfig, required
        branding_config: ``brandingConfig``, ApplicationBrandingConfig, required
        oidc_config: ``oidcConfig``, OIDCConfig, required
        saml_provider_enabled: ``samlProviderEnabled``, bool, required
        saml_config: ``samlConfig``, SamlIdpConfig, optional
        oauth_provider_enabled: ``oauthProviderEnabled``, bool, required
        oauth_config: ``oauthConfig``, OauthIdpConfig, optional
        cas_provider_enabled: ``casProviderEnabled``, bool, required
        cas_config: ``casConfig``, CasIdPConfig, optional
        custom_branding_enabled: ``customBrandingEnabled``, bool, required
        custom_security_enabled: ``customSecurityEnabled``, bool, required
        template: ``template``, str, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_identifier: str = _attrs.field(metadata={"wire": "appIdentifier"})
    app_name: str = _attrs.field(metadata={"wire": "appName"})
    app_logo: str = _attrs.field(metadata={"wire": "appLogo"})
    app_description: str | None = _attrs.field(default=None, metadata={"wire": "appDescription"})
    app_type: ApplicationDtoAppType = _attrs.field(metadata={"wire": "appType"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    is_integrate_app: bool = _attrs.field(metadata={"wire": "isIntegrateApp"})
    default_protocol: ApplicationDtoDefaultProtocol = _attrs.field(metadata={"wire": "defaultProtocol"})
    redirect_uris: List[str] = _attrs.field(metadata={"wire": "redirectUris"})
    logout_redirect_uris: List[str] = _attrs.field(metadata={"wire": "logoutRedirectUris"})
    init_login_uri: str = _attrs.field(metadata={"wire": "initLoginUri"})
    sso_enabled: bool = _attrs.field(metadata={"wire": "ssoEnabled"})
    sso_enabled_at: str | None = _attrs.field(default=None, metadata={"wire": "ssoEnabledAt"})
    login_config: ApplicationLoginConfigDto = _attrs.field(metadata={"wire": "loginConfig"})
    register_config: ApplicationRegisterConfig = _attrs.field(metadata={"wire": "registerConfig"})
    branding_config: ApplicationBrandingConfig = _attrs.field(metadata={"wire": "brandingConfig"})
    oidc_config: OIDCConfig = _attrs.field(metadata={"wire": "oidcConfig"})
    saml_provider_enabled: bool = _attrs.field(metadata={"wire": "samlProviderEnabled"})
    saml_config: SamlIdpConfig | None = _attrs.field(default=None, metadata={"wire": "samlConfig"})
    oauth_provider_enabled: bool = _attrs.field(metadata={"wire": "oauthProviderEnabled"})
    oauth_config: OauthIdpConfig | None = _attrs.field(default=None, metadata={"wire": "oauthConfig"})
    cas_provider_enabled: bool = _attrs.field(metadata={"wire": "casProviderEnabled"})
    cas_config: CasIdPConfig | None = _attrs.field(default=None, metadata={"wire": "casConfig"})
    custom_branding_enabled: bool = _attrs.field(metadata={"wire": "customBrandingEnabled"})
    custom_security_enabled: bool = _attrs.field(metadata={"wire": "customSecurityEnabled"})
    template: str | None = _attrs.field(default=None, metadata={"wire": "template"})


class ApplicationDtoAppType(WireEnum):
    """Enum of ``ApplicationDto.appType`` (unknown wire values are kept, not rejected)."""

    WEB = "web"
    SPA = "spa"
    NATIVE = "native"
    API = "api"
    MFA = "mfa"
    MINI_PROGRAM = "mini-program"
    GATEWAY_APP = "gateway-app"
    GATEWAY_AGENT = "gateway-agent"


class ApplicationDtoDefaultProtocol(WireEnum):
    """Enum of ``ApplicationDto.defaultProtocol`` (unknown wire values are kept, not rejected)."""

    OIDC = "oidc"
    OAUTH = "oauth"
    SAML = "saml"
    CAS = "cas"
    ASA = "asa"


@_attrs.define(kw_only=True, slots=True)
class ApplicationEnabledExtIdpConnDto:
    """Wire model ``ApplicationEnabledExtIdpConnDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        is_social: ``isSocial``, bool, required
        ext_idp_id: ``extIdpId``, str, required
        ext_idp_type: ``extIdpType``, ApplicationEnabledExtIdpConnDtoExtIdpType, required
        ext_idp_conn_id: ``extIdpConnId``, str, required
        ext_idp_conn_type: ``extIdpConnType``, ApplicationEnabledExtIdpConnDtoExtIdpConnType, required
        ext_idp_conn_identifier: ``extIdpConnIdentifier``, str, required
        ext_idp_conn_display_name: ``extIdpConnDisplayName``, str, required
        ext_idp_conn_logo: ``extIdpConnLogo``, str, required
        enabled: ``enabled``, bool, optional
    """

    is_social: bool = _attrs.field(metadata={"wire": "isSocial"})
    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    ext_idp_type: ApplicationEnabledExtIdpConnDtoExtIdpType = _attrs.field(metadata={"wire": "extIdpType"})
    ext_idp_conn_id: str = _attrs.field(metadata={"wire": "extIdpConnId"})
    ext_idp_conn_type: ApplicationEnabledExtIdpConnDtoExtIdpConnType = _attrs.field(metadata={"wire": "extIdpConnType"})
    ext_idp_conn_identifier: str = _attrs.field(metadata={"wire": "extIdpConnIdentifier"})
    ext_idp_conn_display_name: str = _attrs.field(metadata={"wire": "extIdpConnDisplayName"})
    ext_idp_conn_logo: str = _attrs.field(metadata={"wire": "extIdpConnLogo"})
    enabled: bool | None = _attrs.field(default=None, metadata={"wire": "enabled"})


class ApplicationEnabledExtIdpConnDtoExtIdpConnType(WireEnum):
    """Enum of ``ApplicationEnabledExtIdpConnDto.extIdpConnType`` (unknown wire values are kept, not rejected)."""

    OIDC = "oidc"
    OAUTH = "oauth"
    SAML = "saml"
    LDAP = "ldap"
    AD = "ad"
    CAS = "cas"
    AZURE_AD = "azure-ad"
    ALIPAY = "alipay"
    FACEBOOK = "facebook"
    FACEBOOK_MOBILE = "facebook:mobile"
    TWITTER = "twitter"
    GOOGLE_MOBILE = "google:mobile"
    GOOGLE = "google"
    WECHAT_PC = "wechat:pc"
    WECHAT_MOBILE = "wechat:mobile"
    WECHAT_WEBPAGE_AUTHORIZATION = "wechat:webpage-authorization"
    WECHATMP_QRCODE = "wechatmp-qrcode"
    WECHAT_MINIPROGRAM_DEFAULT = "wechat:miniprogram:default"
    WECHAT_MINIPROGRAM_QRCONNECT = "wechat:miniprogram:qrconnect"
    WECHAT_MINIPROGRAM_APP_LAUNCH = "wechat:miniprogram:app-launch"
    GITHUB = "github"
    GITHUB_MOBILE = "github:mobile"
    QQ = "qq"
    QQ_MOBILE = "qq:mobile"
    WECHATWORK_CORP_QRCONNECT = "wechatwork:corp:qrconnect"
    WECHATWORK_AGENCY_QRCONNECT = "wechatwork:agency:qrconnect"
    WECHATWORK_SERVICE_PROVIDER_QRCONNECT = "wechatwork:service-provider:qrconnect"
    WECHATWORK_MOBILE = "wechatwork:mobile"
    WECHATWORK_AGENCY_MOBILE = "wechatwork:agency:mobile"
    DINGTALK = "dingtalk"
    DINGTALK_MOBILE = "dingtalk:mobile"
    DINGTALK_PROVIDER = "dingtalk:provider"
    WEIBO = "weibo"
    WEIBO_MOBILE = "weibo:mobile"
    APPLE = "apple"
    APPLE_WEB = "apple:web"
    BAIDU = "baidu"
    BAIDU_MOBILE = "baidu:mobile"
    LARK_INTERNAL = "lark-internal"
    LARK_PUBLIC = "lark-public"
    LARK_BLOCK = "lark-block"
    GITLAB = "gitlab"
    GITLAB_MOBILE = "gitlab:mobile"
    LINKEDIN = "linkedin"
    LINKEDIN_MOBILE = "linkedin:mobile"
    SLACK = "slack"
    SLACK_MOBILE = "slack:mobile"
    YIDUN = "yidun"
    QINGCLOUD = "qingcloud"
    GITEE = "gitee"
    GITEE_MOBILE = "gitee:mobile"
    INSTAGRAM = "instagram"
    WELINK = "welink"
    AD_KERBEROS = "ad-kerberos"
    HUAWEI = "huawei"
    HUAWEI_MOBILE = "huawei:mobile"
    HONOR = "honor"
    XIAOMI = "xiaomi"
    XIAOMI_MOBILE = "xiaomi:mobile"
    AWS = "aws"
    AMAZON = "amazon"
    AMAZON_MOBILE = "amazon:mobile"
    DOUYIN_MOBILE = "douyin:mobile"
    DOUYIN_MINIPROGRAM_DEFAULT = "douyin:miniprogram:default"
    KUAISHOU_MOBILE = "kuaishou:mobile"
    LINE_MOBILE = "line:mobile"
    OPPO_MOBILE = "oppo:mobile"
    WECHATWORK_QRCONNECT_OF_AUTHING_AGENCY = "wechatwork:qrconnect:of:authing:agency"
    SDBZ = "sdbz"
    ZJZWFW_QRCODE = "zjzwfw-qrcode"
    ZZDING = "zzding"
    SEEYONA8V5 = "seeyona8v5"


class ApplicationEnabledExtIdpConnDtoExtIdpType(WireEnum):
    """Enum of ``ApplicationEnabledExtIdpConnDto.extIdpType`` (unknown wire values are kept, not rejected)."""

    OIDC = "oidc"
    OAUTH2 = "oauth2"
    SAML = "saml"
    LDAP = "ldap"
    AD = "ad"
    CAS = "cas"
    AZURE_AD = "azure-ad"
    WECHAT = "wechat"
    GOOGLE = "google"
    QQ = "qq"
    WECHATWORK = "wechatwork"
    DINGTALK = "dingtalk"
    WEIBO = "weibo"
    GITHUB = "github"
    ALIPAY = "alipay"
    APPLE = "apple"
    BAIDU = "baidu"
    LARK = "lark"
    GITLAB = "gitlab"
    TWITTER = "twitter"
    FACEBOOK = "facebook"
    SLACK = "slack"
    LINKEDIN = "linkedin"
    YIDUN = "yidun"
    QINGCLOUD = "qingcloud"
    GITEE = "gitee"
    INSTAGRAM = "instagram"
    WELINK = "welink"
    HUAWEI = "huawei"
    HONOR = "honor"
    XIAOMI = "xiaomi"
    OPPO = "oppo"
    AWS = "aws"
    AMAZON = "amazon"
    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    LINE = "line"
    SDBZ = "sdbz"
    ZJZWFW = "zjzwfw"
    ZZDING = "zzding"
    SEEYONA8V5 = "seeyona8v5"


@_attrs.define(kw_only=True, slots=True)
class ApplicationEnabledExtIdpConnInputDto:
    """Wire model ``ApplicationEnabledExtIdpConnInputDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ext_idp_conn_id: ``extIdpConnId``, str, required
    """

    ext_idp_conn_id: str = _attrs.field(metadata={"wire": "extIdpConnId"})


@_attrs.define(kw_only=True, slots=True)
class ApplicationLoginConfigDto:
    """Wire model ``ApplicationLoginConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        merge_login_and_register_page: ``mergeLoginAndRegisterPage``, bool, required
        enabled_basic_login_methods: ``enabledBasicLoginMethods``, list[ApplicationLoginConfigDtoEnabledBasicLoginMethods], required
        default_login_method: ``defaultLoginMethod``, ApplicationDefaultLoginMethod, required
        enabled_ext_idp_conns: ``enabledExtIdpConns``, list[ApplicationEnabledExtIdpConnDto], required
        show_authorization_page: ``showAuthorizationPage``, bool, required
    """

    merge_login_and_register_page: bool = _attrs.field(metadata={"wire": "mergeLoginAndRegisterPage"})
    enabled_basic_login_methods: List[ApplicationLoginConfigDtoEnabledBasicLoginMethods] = _attrs.field(metadata={"wire": "enabledBasicLoginMethods"})
    default_login_method: ApplicationDefaultLoginMethod = _attrs.field(metadata={"wire": "defaultLoginMethod"})
    enabled_ext_idp_conns: List[ApplicationEnabledExtIdpConnDto] = _attrs.field(metadata={"wire": "enabledExtIdpConns"})
    show_authorization_page: bool = _attrs.field(metadata={"wire": "showAuthorizationPage"})


class ApplicationLoginConfigDtoEnabledBasicLoginMethods(WireEnum):
    """Enum of ``ApplicationLoginConfigDto.enabledBasicLoginMethods`` (unknown wire values are kept, not rejected)."""

    PHONE_CODE = "PHONE_CODE"
    EMAIL_CODE = "EMAIL_CODE"
    PHONE_PASSWORD = "PHONE_PASSWORD"
    EMAIL_PASSWORD = "EMAIL_PASSWORD"
    USERNAME_PASSWORD = "USERNAME_PASSWORD"
    SELF_BUILT_APP_QRCODE = "SELF_BUILT_APP_QRCODE"


@_attrs.define(kw_only=True, slots=True)
class ApplicationLoginConfigInputDto:
    """Wire model ``ApplicationLoginConfigInputDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        merge_login_and_register_page: ``mergeLoginAndRegisterPage``, bool, optional
        enabled_basic_login_methods: ``enabledBasicLoginMethods``, list[ApplicationLoginConfigInputDtoEnabledBasicLoginMethods], optional
        default_login_method: ``defaultLoginMethod``, ApplicationDefaultLoginMethodInput, optional
        enabled_ext_idp_conn_ids: ``enabledExtIdpConnIds``, list[ApplicationEnabledExtIdpConnInputDto], optional
        enabled_all_ext_idp_conns: ``enabledAllExtIdpConns``, bool, optional
        show_authorization_page: ``showAuthorizationPage``, bool, required
    """

    merge_login_and_register_page: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mergeLoginAndRegisterPage"})
    enabled_basic_login_methods: List[ApplicationLoginConfigInputDtoEnabledBasicLoginMethods] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledBasicLoginMethods"})
    default_login_method: ApplicationDefaultLoginMethodInput | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "defaultLoginMethod"})
    enabled_ext_idp_conn_ids: List[ApplicationEnabledExtIdpConnInputDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledExtIdpConnIds"})
    enabled_all_ext_idp_conns: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledAllExtIdpConns"})
    show_authorization_page: bool = _attrs.field(metadata={"wire": "showAuthorizationPage"})


class ApplicationLoginConfigInputDtoEnabledBasicLoginMethods(WireEnum):
    """Enum of ``ApplicationLoginConfigInputDto.enabledBasicLoginMethods`` (unknown wire values are kept, not rejected)."""

    PHONE_CODE = "PHONE_CODE"
    EMAIL_CODE = "EMAIL_CODE"
    PHONE_PASSWORD = "PHONE_PASSWORD"
    EMAIL_PASSWORD = "EMAIL_PASSWORD"
    USERNAME_PASSWORD = "USERNAME_PASSWORD"
    SELF_BUILT_APP_QRCODE = "SELF_BUILT_APP_QRCODE"


@_attrs.define(kw_only=True, slots=True)
class ApplicationMfaDto:
    """Wire model ``ApplicationMfaDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        mfa_policy: ``mfaPolicy``, str, required
        status: ``status``, int, required
        sort: ``sort``, int, required
    """

    mfa_policy: str = _attrs.field(metadata={"wire": "mfaPolicy"})
    status: int = _attrs.field(metadata={"wire": "status"})
    sort: int = _attrs.field(metadata={"wire": "sort"})


@_attrs.define(kw_only=True, slots=True)
class ApplicationPaginatedDataDto:
    """Wire model ``ApplicationPaginatedDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[ApplicationDto], required
        total_count: ``totalCount``, int, required
    """

    list: List[ApplicationDto] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})


@_attrs.define(kw_only=True, slots=True)
class ApplicationPaginatedRespDto:
    """Wire model ``ApplicationPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ApplicationPaginatedDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ApplicationPaginatedDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ApplicationPermissionApplyApprovalObject:
    """Wire model ``ApplicationPermissionApplyApprovalObject`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        object_id: ``objectId``, str, required
        object_name: ``objectName``, str, required
        logo: ``logo``, str, required
    """

    object_id: str = _attrs.field(metadata={"wire": "objectId"})
    object_name: str = _attrs.field(metadata={"wire": "objectName"})
    logo: str = _attrs.field(metadata={"wire": "logo"})


@_attrs.define(kw_only=True, slots=True)
class ApplicationPermissionRecordItem:
    """Wire model ``ApplicationPermissionRecordItem`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, ApplicationPermissionRecordItemTargetType, required
        namespace_code: ``namespaceCode``, str, optional
        inherit_by_children: ``inheritByChildren``, bool, optional
        target_identifier: ``targetIdentifier``, list[str], required
        effect: ``effect``, ApplicationPermissionRecordItemEffect, required
    """

    target_type: ApplicationPermissionRecordItemTargetType = _attrs.field(metadata={"wire": "targetType"})
    namespace_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespaceCode"})
    inherit_by_children: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inheritByChildren"})
    target_identifier: List[str] = _attrs.field(metadata={"wire": "targetIdentifier"})
    effect: ApplicationPermissionRecordItemEffect = _attrs.field(metadata={"wire": "effect"})


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
class ApplicationSimpleInfoPaginatedDataDto:
    """Wire model ``ApplicationSimpleInfoPaginatedDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[ApplicationSimpleInfoDto], required
        total_count: ``totalCount``, int, required
    """

    list: List[ApplicationSimpleInfoDto] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})


@_attrs.define(kw_only=True, slots=True)
class ApplicationSimpleInfoPaginatedRespDto:
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
class ApplicationSimpleInfoSingleRespDto:
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
class ApplicationSingleRespDto:
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


@_attrs.define(kw_only=True, slots=True)
class ApprovalBatchProcessReq:
    """Wire model ``ApprovalBatchProcessReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        numbers: ``numbers``, list[int], required
        is_agreed: ``isAgreed``, bool, optional
    """

    numbers: List[int] = _attrs.field(metadata={"wire": "numbers"})
    is_agreed: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isAgreed"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalClosedListDto:
    """Wire model ``ApprovalClosedListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page_no: ``pageNo``, Any, optional
        page_size: ``pageSize``, Any, optional
        object_type: ``objectType``, Any, optional
        keyword: ``keyword``, Any, optional
    """

    page_no: Any = _attrs.field(default=None, metadata={"wire": "pageNo"})
    page_size: Any = _attrs.field(default=None, metadata={"wire": "pageSize"})
    object_type: Any = _attrs.field(default=None, metadata={"wire": "objectType"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalDetailDto:
    """Wire model ``ApprovalDetailDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        approval_id: ``approvalId``, int, required
        number: ``number``, str, required
        status: ``status``, ApprovalDetailDtoStatus, required
        submit_time: ``submitTime``, str, required
        closed_time: ``closedTime``, str, optional
        object_type: ``objectType``, ApprovalDetailDtoObjectType, required
        approval_object_list: ``approvalObjectList``, RolePermissionApplyApprovalObject | ApplicationPermissionApplyApprovalObject, required
        extra_params: ``extraParams``, ExtraParams, optional
    """

    approval_id: int = _attrs.field(metadata={"wire": "approvalId"})
    number: str = _attrs.field(metadata={"wire": "number"})
    status: ApprovalDetailDtoStatus = _attrs.field(metadata={"wire": "status"})
    submit_time: str = _attrs.field(metadata={"wire": "submitTime"})
    closed_time: str | None = _attrs.field(default=None, metadata={"wire": "closedTime"})
    object_type: ApprovalDetailDtoObjectType = _attrs.field(metadata={"wire": "objectType"})
    approval_object_list: RolePermissionApplyApprovalObject | ApplicationPermissionApplyApprovalObject = _attrs.field(metadata={"wire": "approvalObjectList"})
    extra_params: ExtraParams | None = _attrs.field(default=None, metadata={"wire": "extraParams"})


class ApprovalDetailDtoObjectType(WireEnum):
    """Enum of ``ApprovalDetailDto.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"


class ApprovalDetailDtoStatus(WireEnum):
    """Enum of ``ApprovalDetailDto.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    AGREED = "AGREED"
    REFUSED = "REFUSED"


@_attrs.define(kw_only=True, slots=True)
class ApprovalDetailRes:
    """Wire model ``ApprovalDetailRes`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ApprovalDetailDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ApprovalDetailDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalDto:
    """Wire model ``ApprovalDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        number: ``number``, Any, optional
    """

    number: Any = _attrs.field(default=None, metadata={"wire": "number"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalInitiatedListDto:
    """Wire model ``ApprovalInitiatedListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page_no: ``pageNo``, Any, optional
        page_size: ``pageSize``, Any, optional
        object_type: ``objectType``, Any, optional
        keyword: ``keyword``, Any, optional
    """

    page_no: Any = _attrs.field(default=None, metadata={"wire": "pageNo"})
    page_size: Any = _attrs.field(default=None, metadata={"wire": "pageSize"})
    object_type: Any = _attrs.field(default=None, metadata={"wire": "objectType"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalListRes:
    """Wire model ``ApprovalListRes`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ApprovalPageList, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ApprovalPageList = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalLogListDto:
    """Wire model ``ApprovalLogListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page_no: ``pageNo``, Any, optional
        page_size: ``pageSize``, Any, optional
        object_type: ``objectType``, Any, optional
        keyword: ``keyword``, Any, optional
    """

    page_no: Any = _attrs.field(default=None, metadata={"wire": "pageNo"})
    page_size: Any = _attrs.field(default=None, metadata={"wire": "pageSize"})
    object_type: Any = _attrs.field(default=None, metadata={"wire": "objectType"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalPageList:
    """Wire model ``ApprovalPageList`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[ApprovalDetailDto], required
        total_count: ``totalCount``, int, required
    """

    list: List[ApprovalDetailDto] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalPendingListDto:
    """Wire model ``ApprovalPendingListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page_no: ``pageNo``, Any, optional
        page_size: ``pageSize``, Any, optional
        object_type: ``objectType``, Any, optional
        keyword: ``keyword``, Any, optional
    """

    page_no: Any = _attrs.field(default=None, metadata={"wire": "pageNo"})
    page_size: Any = _attrs.field(default=None, metadata={"wire": "pageSize"})
    object_type: Any = _attrs.field(default=None, metadata={"wire": "objectType"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalProcessReq:
    """Wire model ``ApprovalProcessReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        number: ``number``, str, required
        is_agreed: ``isAgreed``, bool, optional
    """

    number: str = _attrs.field(metadata={"wire": "number"})
    is_agreed: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isAgreed"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalUniversalInvitationApplicantDto:
    """Wire model ``ApprovalUniversalInvitationApplicantDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        applicant_ids: ``applicantIds``, list[str], required
    """

    applicant_ids: List[str] = _attrs.field(metadata={"wire": "applicantIds"})


@_attrs.define(kw_only=True, slots=True)
class ApprovalUser:
    """Wire model ``ApprovalUser`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        photo: ``photo``, str, required
        user_name: ``userName``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    photo: str = _attrs.field(metadata={"wire": "photo"})
    user_name: str = _attrs.field(metadata={"wire": "userName"})


@_attrs.define(kw_only=True, slots=True)
class ArchivedUsersListPagingDto:
    """Wire model ``ArchivedUsersListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ListArchivedUsersRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ListArchivedUsersRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ArrResourceAuthAction:
    """Wire model ``ArrResourceAuthAction`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        values: ``values``, list[str], optional
        actions: ``actions``, list[str], optional
    """

    values: List[str] | None = _attrs.field(default=None, metadata={"wire": "values"})
    actions: List[str] | None = _attrs.field(default=None, metadata={"wire": "actions"})


@_attrs.define(kw_only=True, slots=True)
class ArrayAuthorize:
    """Wire model ``ArrayAuthorize`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        values: ``values``, list[str], required
        actions: ``actions``, list[str], required
    """

    values: List[str] = _attrs.field(metadata={"wire": "values"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


@_attrs.define(kw_only=True, slots=True)
class ArrayOrStringActionDto:
    """Wire model ``ArrayOrStringActionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        action: ``action``, str, required
        enabled: ``enabled``, bool, required
    """

    action: str = _attrs.field(metadata={"wire": "action"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})


@_attrs.define(kw_only=True, slots=True)
class AsaAccountDto:
    """Wire model ``AsaAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        account_id: ``accountId``, str, required
        account_info: ``accountInfo``, Any, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    account_id: str = _attrs.field(metadata={"wire": "accountId"})
    account_info: Any = _attrs.field(metadata={"wire": "accountInfo"})


@_attrs.define(kw_only=True, slots=True)
class AsaAccountListRespDto:
    """Wire model ``AsaAccountListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[AsaAccountDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[AsaAccountDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class AsaAccountPaginatedDataDto:
    """Wire model ``AsaAccountPaginatedDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[AsaAccountDto], required
        total_count: ``totalCount``, int, required
    """

    list: List[AsaAccountDto] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})


@_attrs.define(kw_only=True, slots=True)
class AsaAccountPaginatedRespDto:
    """Wire model ``AsaAccountPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, AsaAccountPaginatedDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: AsaAccountPaginatedDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class AsaAccountSingleNullableRespDto:
    """Wire model ``AsaAccountSingleNullableRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, AsaAccountDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: AsaAccountDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class AsaAccountSingleRespDto:
    """Wire model ``AsaAccountSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, AsaAccountDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: AsaAccountDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class AsaAccountTargetDto:
    """Wire model ``AsaAccountTargetDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, AsaAccountTargetDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
    """

    target_type: AsaAccountTargetDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})


class AsaAccountTargetDtoTargetType(WireEnum):
    """Enum of ``AsaAccountTargetDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class AssignAsaAccountItem:
    """Wire model ``AssignAsaAccountItem`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, AssignAsaAccountItemTargetType, required
        target_identifiers: ``targetIdentifiers``, list[str], required
    """

    target_type: AssignAsaAccountItemTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifiers: List[str] = _attrs.field(metadata={"wire": "targetIdentifiers"})


class AssignAsaAccountItemTargetType(WireEnum):
    """Enum of ``AssignAsaAccountItem.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class AssignAsaAccountsDto:
    """Wire model ``AssignAsaAccountsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        account_id: ``accountId``, str, required
        targets: ``targets``, list[AssignAsaAccountItem], required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    account_id: str = _attrs.field(metadata={"wire": "accountId"})
    targets: List[AssignAsaAccountItem] = _attrs.field(metadata={"wire": "targets"})


@_attrs.define(kw_only=True, slots=True)
class AssignRoleBatchDto:
    """Wire model ``AssignRoleBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        targets: ``targets``, list[TargetDto], required
        roles: ``roles``, list[RoleCodeDto], required
    """

    targets: List[TargetDto] = _attrs.field(metadata={"wire": "targets"})
    roles: List[RoleCodeDto] = _attrs.field(metadata={"wire": "roles"})


@_attrs.define(kw_only=True, slots=True)
class AssignRoleDto:
    """Wire model ``AssignRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        targets: ``targets``, list[TargetDto], required
        code: ``code``, str, required
        end_time: ``endTime``, int, optional
        enable_time: ``enableTime``, int, optional
        namespace: ``namespace``, str, optional
    """

    targets: List[TargetDto] = _attrs.field(metadata={"wire": "targets"})
    code: str = _attrs.field(metadata={"wire": "code"})
    end_time: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "endTime"})
    enable_time: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enableTime"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class AssociateTenantResourceDto:
    """Wire model ``AssociateTenantResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        association: ``association``, bool, required
        app_id: ``appId``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    association: bool = _attrs.field(metadata={"wire": "association"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class AssociationExtIdpDto:
    """Wire model ``AssociationExtIdpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        association: ``association``, bool, required
        id: ``id``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    association: bool = _attrs.field(metadata={"wire": "association"})
    id: str = _attrs.field(metadata={"wire": "id"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class AssociationResourceDto:
    """Wire model ``AssociationResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        association: ``association``, bool, required
        code: ``code``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    association: bool = _attrs.field(metadata={"wire": "association"})
    code: str = _attrs.field(metadata={"wire": "code"})
    tenant_id: str | None = _attrs.field(default=None, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class AuthEnvParams:
    """Wire model ``AuthEnvParams`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ip: ``ip``, str, optional
        city: ``city``, str, optional
        province: ``province``, str, optional
        country: ``country``, str, optional
        device_type: ``deviceType``, AuthEnvParamsDeviceType, optional
        system_type: ``systemType``, AuthEnvParamsSystemType, optional
        browser_type: ``browserType``, AuthEnvParamsBrowserType, optional
        request_date: ``requestDate``, str, optional
    """

    ip: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ip"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    device_type: AuthEnvParamsDeviceType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "deviceType"})
    system_type: AuthEnvParamsSystemType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "systemType"})
    browser_type: AuthEnvParamsBrowserType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "browserType"})
    request_date: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "requestDate"})


class AuthEnvParamsBrowserType(WireEnum):
    """Enum of ``AuthEnvParams.browserType`` (unknown wire values are kept, not rejected)."""

    IE = "IE"
    CHROME = "Chrome"
    FIREFOX = "Firefox"
    SAFARI = "Safari"
    EDGE = "Edge"
    OPERA = "Opera"
    SAFE360 = "Safe360"
    QQBROWSER = "QQBrowser"


class AuthEnvParamsDeviceType(WireEnum):
    """Enum of ``AuthEnvParams.deviceType`` (unknown wire values are kept, not rejected)."""

    PC = "PC"
    MOBILE = "Mobile"


class AuthEnvParamsSystemType(WireEnum):
    """Enum of ``AuthEnvParams.systemType`` (unknown wire values are kept, not rejected)."""

    WINDOWS = "Windows"
    MAC_OS = "MacOS"
    ANDROID = "Android"
    I_OS = "iOS"


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByADDto:
    """Wire model ``AuthenticateByADDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        s_am_account_name: ``sAMAccountName``, str, required
    """

    password: str = _attrs.field(metadata={"wire": "password"})
    s_am_account_name: str = _attrs.field(metadata={"wire": "sAMAccountName"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByAlipayDto:
    """Wire model ``AuthenticateByAlipayDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None = _attrs.field(default=None, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByGoogleDto:
    """Wire model ``AuthenticateByGoogleDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByLDAPDto:
    """Wire model ``AuthenticateByLDAPDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        s_am_account_name: ``sAMAccountName``, str, required
    """

    password: str = _attrs.field(metadata={"wire": "password"})
    s_am_account_name: str = _attrs.field(metadata={"wire": "sAMAccountName"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByLarkInternalDto:
    """Wire model ``AuthenticateByLarkInternalDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None = _attrs.field(default=None, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByLarkPublicDto:
    """Wire model ``AuthenticateByLarkPublicDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None = _attrs.field(default=None, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByPassCodeDto:
    """Wire model ``AuthenticateByPassCodeDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        pass_code: ``passCode``, str, required
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    pass_code: str = _attrs.field(metadata={"wire": "passCode"})
    email: str | None = _attrs.field(default=None, metadata={"wire": "email"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})
