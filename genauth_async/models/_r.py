# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ReUploadPipelineFunctionDto, ..., RowDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._a2 import (
        AuthenticatorAttestationResponseDto,
    )
    from ._c1 import (
        CellDto, CheckRoleParamsRespDto, Condition,
    )
    from ._d import (
        DeleteApplicationPermissionRecordItem,
    )
    from ._i import (
        InvitationPolicyUserAttributionListDto,
    )
    from ._p import (
        PublicKeyCredentialCreationOptionsDto,
    )
    from ._t import (
        TargetDto,
    )
    from ._u2 import (
        UserDto,
    )

__all__ = [
    "ReUploadPipelineFunctionDto", "RefreshApplicationSecretDataDto",
    "RefreshApplicationSecretDto", "RefreshApplicationSecretRespDto",
    "RegisterAnomalyDetectionConfigDto", "RegistrationCredentialDto", "RegistrationOptionsDto",
    "RelationOptionalRange", "RelationSearchDto", "RelationValueListDto",
    "RelationValueListResDto", "RemoveDepartmentMembersReqDto",
    "RemoveDepartmentMembersReqDtoDepartmentIdType", "RemoveDeviceCredentialDto",
    "RemoveGroupMembersReqDto", "RemoveInvitationPolicyUserAttributionDto",
    "RemoveInvitationPolicyUserAttributionDtoTargetType",
    "RemoveInvitationPolicyUserAttributionMainDepartmentDto",
    "RemoveInvitationPolicyUserAttributionsBatchDto", "RemovePostDto", "RemoveRelationValueDto",
    "RemoveRowDto", "RemoveTenantDepartmentMembersReqDto",
    "RemoveTenantDepartmentMembersReqDtoDepartmentIdType", "RemoveTenantUsersDto", "ResGroupDto",
    "ResetFactorDto", "ResetFactorRespDto", "ResetPasswordByEmailPassCodeDto",
    "ResetPasswordByPhonePassCodeDto", "ResetPasswordDto", "ResetPasswordDtoPasswordEncryptType",
    "ResetPasswordVerify", "ResetPrincipalAuthenticationInfoRespDto",
    "ResetUserPrincipalAuthenticationInfoDto", "ResetUserPrincipalAuthenticationInfoOptionsDto",
    "ResetUserPrincipalAuthenticationInfoOptionsDtoUserIdType", "ResignUserBatchReqDto",
    "ResignUserBatchReqDtoUserIdType", "ResignUserDataDto", "ResignUserReqDto",
    "ResignUserReqDtoUserIdType", "ResignUserRespDto", "ResourceAction",
    "ResourceAuthorizedTargetDto", "ResourceAuthorizedTargetDtoTargetType", "ResourceDto",
    "ResourceDtoType", "ResourceItemDto", "ResourceItemDtoResourceType", "ResourceListRespDto",
    "ResourcePaginatedRespDto", "ResourcePagingDto", "ResourcePermissionAssignmentDto",
    "ResourcePermissionAssignmentDtoTargetType", "ResourceRespDto", "RestFactorDto", "Result",
    "RevertRosterInvitationBatchDto", "RevertRosterInvitationDto",
    "ReviewTenantEnterpriseCertificationBodyDto",
    "ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus",
    "RevokeApplicationAccessDto", "RevokeDeviceSessionDto", "RevokeRoleBatchDto", "RevokeRoleDto",
    "RightItemDto", "RightItemRes", "RiskListItemDto", "RiskListPolicyCreateDto",
    "RiskListPolicyCreateDtoAction", "RiskListPolicyCreateDtoEventStateType",
    "RiskListPolicyCreateDtoIpCond", "RiskListPolicyCreateDtoIpRange",
    "RiskListPolicyCreateDtoLimitList", "RiskListPolicyCreateDtoOptObject",
    "RiskListPolicyCreateDtoRemoveType", "RiskListPolicyCreateDtoUserCond",
    "RiskListPolicyCreateDtoUserRange", "RiskListPolicyDto", "RiskListPolicyPagingDto",
    "RiskListPolicyRespDto", "RiskListPolicyRespDtoAction", "RiskListPolicyRespDtoEventStateType",
    "RiskListPolicyRespDtoIpCond", "RiskListPolicyRespDtoIpRange",
    "RiskListPolicyRespDtoLimitList", "RiskListPolicyRespDtoOptObject",
    "RiskListPolicyRespDtoRemoveType", "RiskListPolicyRespDtoUserCond",
    "RiskListPolicyRespDtoUserRange", "Role", "RoleAuthorizedResourcePaginatedRespDto",
    "RoleAuthorizedResourcePagingDto", "RoleAuthorizedResourcesRespDto",
    "RoleAuthorizedResourcesRespDtoResourceType", "RoleBo", "RoleCheckParamsRespDto",
    "RoleCodeAndNamespaceDto", "RoleCodeDto", "RoleDepartmentListPaginatedRespDto",
    "RoleDepartmentListPagingDto", "RoleDepartmentRespDto", "RoleDto", "RoleListItem",
    "RoleListPageDto", "RoleListPageRespDto", "RoleListRespDto", "RolePaginatedRespDto",
    "RolePagingDto", "RolePermissionApplyApprovalObject", "RolePermissionListDto",
    "RoleSingleRespDto", "RolesDto", "RolesPermissionApplicableDto", "RowDto",
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

    secret: str = _attrs.field(metadata={"wire": "secret"})


@_attrs.define(kw_only=True, slots=True)
class RefreshApplicationSecretDto:
    """Wire model ``RefreshApplicationSecretDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class RefreshApplicationSecretRespDto:
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
class RegistrationOptionsDto:
    """Wire model ``RegistrationOptionsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        registration_options: ``registrationOptions``, PublicKeyCredentialCreationOptionsDto, required
        ticket: ``ticket``, str, required
    """

    registration_options: PublicKeyCredentialCreationOptionsDto = _attrs.field(metadata={"wire": "registrationOptions"})
    ticket: str = _attrs.field(metadata={"wire": "ticket"})


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
class RelationValueListResDto:
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


@_attrs.define(kw_only=True, slots=True)
class RemoveGroupMembersReqDto:
    """Wire model ``RemoveGroupMembersReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        code: ``code``, str, required
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class RemoveInvitationPolicyUserAttributionDto:
    """Wire model ``RemoveInvitationPolicyUserAttributionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, RemoveInvitationPolicyUserAttributionDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
        policy_id: ``policyId``, str, required
        namespace: ``namespace``, str, optional
    """

    target_type: RemoveInvitationPolicyUserAttributionDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


class RemoveInvitationPolicyUserAttributionDtoTargetType(WireEnum):
    """Enum of ``RemoveInvitationPolicyUserAttributionDto.targetType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "department"
    POST = "post"
    ROLE = "role"
    GROUP = "group"


@_attrs.define(kw_only=True, slots=True)
class RemoveInvitationPolicyUserAttributionMainDepartmentDto:
    """Wire model ``RemoveInvitationPolicyUserAttributionMainDepartmentDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})


@_attrs.define(kw_only=True, slots=True)
class RemoveInvitationPolicyUserAttributionsBatchDto:
    """Wire model ``RemoveInvitationPolicyUserAttributionsBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        targets: ``targets``, list[InvitationPolicyUserAttributionListDto], required
        policy_id: ``policyId``, str, required
    """

    targets: List[InvitationPolicyUserAttributionListDto] = _attrs.field(metadata={"wire": "targets"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})


@_attrs.define(kw_only=True, slots=True)
class RemovePostDto:
    """Wire model ``RemovePostDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class RemoveRelationValueDto:
    """Wire model ``RemoveRelationValueDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        value: ``value``, str, required
        field_ids: ``fieldIds``, list[str], required
        row_id: ``rowId``, str, required
        model_id: ``modelId``, str, required
    """

    value: str = _attrs.field(metadata={"wire": "value"})
    field_ids: List[str] = _attrs.field(metadata={"wire": "fieldIds"})
    row_id: str = _attrs.field(metadata={"wire": "rowId"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class RemoveRowDto:
    """Wire model ``RemoveRowDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        row_id_list: ``rowIdList``, list[str], required
        model_id: ``modelId``, str, required
        recursive: ``recursive``, bool, optional
    """

    row_id_list: List[str] = _attrs.field(metadata={"wire": "rowIdList"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    recursive: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "recursive"})


@_attrs.define(kw_only=True, slots=True)
class RemoveTenantDepartmentMembersReqDto:
    """Wire model ``RemoveTenantDepartmentMembersReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        department_id: ``departmentId``, str, required
        department_id_type: ``departmentIdType``, RemoveTenantDepartmentMembersReqDtoDepartmentIdType, optional
        link_user_ids: ``linkUserIds``, list[str], optional
        member_ids: ``memberIds``, list[str], optional
        tenant_id: ``tenantId``, str, optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    department_id_type: RemoveTenantDepartmentMembersReqDtoDepartmentIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdType"})
    link_user_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linkUserIds"})
    member_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "memberIds"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


class RemoveTenantDepartmentMembersReqDtoDepartmentIdType(WireEnum):
    """Enum of ``RemoveTenantDepartmentMembersReqDto.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class RemoveTenantUsersDto:
    """Wire model ``RemoveTenantUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        link_user_ids: ``linkUserIds``, list[str], optional
        member_ids: ``memberIds``, list[str], optional
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    link_user_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linkUserIds"})
    member_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "memberIds"})


@_attrs.define(kw_only=True, slots=True)
class ResGroupDto:
    """Wire model ``ResGroupDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, required
        type: ``type``, str, required
        metadata_source: ``metadataSource``, list[str], required
        members: ``members``, list[UserDto], required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})
    type: str = _attrs.field(metadata={"wire": "type"})
    metadata_source: List[str] = _attrs.field(metadata={"wire": "metadataSource"})
    members: List[UserDto] = _attrs.field(metadata={"wire": "members"})


@_attrs.define(kw_only=True, slots=True)
class ResetFactorDto:
    """Wire model ``ResetFactorDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        factor_id: ``factorId``, str, required
    """

    factor_id: str = _attrs.field(metadata={"wire": "factorId"})


@_attrs.define(kw_only=True, slots=True)
class ResetFactorRespDto:
    """Wire model ``ResetFactorRespDto`` (response side; optional fields default to None).

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
class ResetPasswordByEmailPassCodeDto:
    """Wire model ``ResetPasswordByEmailPassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        email: ``email``, str, optional
        pass_code: ``passCode``, str, required
    """

    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    pass_code: str = _attrs.field(metadata={"wire": "passCode"})


@_attrs.define(kw_only=True, slots=True)
class ResetPasswordByPhonePassCodeDto:
    """Wire model ``ResetPasswordByPhonePassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        phone_number: ``phoneNumber``, str, required
        pass_code: ``passCode``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    phone_number: str = _attrs.field(metadata={"wire": "phoneNumber"})
    pass_code: str = _attrs.field(metadata={"wire": "passCode"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})


@_attrs.define(kw_only=True, slots=True)
class ResetPasswordDto:
    """Wire model ``ResetPasswordDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        password_reset_token: ``passwordResetToken``, str, required
        password_encrypt_type: ``passwordEncryptType``, ResetPasswordDtoPasswordEncryptType, optional
    """

    password: str = _attrs.field(metadata={"wire": "password"})
    password_reset_token: str = _attrs.field(metadata={"wire": "passwordResetToken"})
    password_encrypt_type: ResetPasswordDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class ResetPasswordDtoPasswordEncryptType(WireEnum):
    """Enum of ``ResetPasswordDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class ResetPasswordVerify:
    """Wire model ``ResetPasswordVerify`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        password_reset_token: ``passwordResetToken``, str, required
        token_expires_in: ``tokenExpiresIn``, int, required
    """

    password_reset_token: str = _attrs.field(metadata={"wire": "passwordResetToken"})
    token_expires_in: int = _attrs.field(metadata={"wire": "tokenExpiresIn"})


@_attrs.define(kw_only=True, slots=True)
class ResetPrincipalAuthenticationInfoRespDto:
    """Wire model ``ResetPrincipalAuthenticationInfoRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})


@_attrs.define(kw_only=True, slots=True)
class ResetUserPrincipalAuthenticationInfoDto:
    """Wire model ``ResetUserPrincipalAuthenticationInfoDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        options: ``options``, ResetUserPrincipalAuthenticationInfoOptionsDto, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    options: ResetUserPrincipalAuthenticationInfoOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class ResetUserPrincipalAuthenticationInfoOptionsDto:
    """Wire model ``ResetUserPrincipalAuthenticationInfoOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_type: ``userIdType``, ResetUserPrincipalAuthenticationInfoOptionsDtoUserIdType, optional
    """

    user_id_type: ResetUserPrincipalAuthenticationInfoOptionsDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class ResetUserPrincipalAuthenticationInfoOptionsDtoUserIdType(WireEnum):
    """Enum of ``ResetUserPrincipalAuthenticationInfoOptionsDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class ResignUserBatchReqDto:
    """Wire model ``ResignUserBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        user_id_type: ``userIdType``, ResignUserBatchReqDtoUserIdType, optional
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    user_id_type: ResignUserBatchReqDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class ResignUserBatchReqDtoUserIdType(WireEnum):
    """Enum of ``ResignUserBatchReqDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class ResignUserDataDto:
    """Wire model ``ResignUserDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})


@_attrs.define(kw_only=True, slots=True)
class ResignUserReqDto:
    """Wire model ``ResignUserReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        user_id_type: ``userIdType``, ResignUserReqDtoUserIdType, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    user_id_type: ResignUserReqDtoUserIdType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userIdType"})


class ResignUserReqDtoUserIdType(WireEnum):
    """Enum of ``ResignUserReqDto.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class ResignUserRespDto:
    """Wire model ``ResignUserRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ResignUserDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ResignUserDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ResourceAction:
    """Wire model ``ResourceAction`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        description: ``description``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class ResourceAuthorizedTargetDto:
    """Wire model ``ResourceAuthorizedTargetDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, ResourceAuthorizedTargetDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
        actions: ``actions``, list[str], required
    """

    target_type: ResourceAuthorizedTargetDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


class ResourceAuthorizedTargetDtoTargetType(WireEnum):
    """Enum of ``ResourceAuthorizedTargetDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class ResourceDto:
    """Wire model ``ResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        description: ``description``, str, optional
        name: ``name``, str, optional
        type: ``type``, ResourceDtoType, required
        actions: ``actions``, list[ResourceAction], optional
        api_identifier: ``apiIdentifier``, str, optional
        namespace: ``namespace``, str, optional
        linked_to_tenant: ``linkedToTenant``, bool, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    type: ResourceDtoType = _attrs.field(metadata={"wire": "type"})
    actions: List[ResourceAction] | None = _attrs.field(default=None, metadata={"wire": "actions"})
    api_identifier: str | None = _attrs.field(default=None, metadata={"wire": "apiIdentifier"})
    namespace: str | None = _attrs.field(default=None, metadata={"wire": "namespace"})
    linked_to_tenant: bool | None = _attrs.field(default=None, metadata={"wire": "linkedToTenant"})


class ResourceDtoType(WireEnum):
    """Enum of ``ResourceDto.type`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


@_attrs.define(kw_only=True, slots=True)
class ResourceItemDto:
    """Wire model ``ResourceItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        actions: ``actions``, list[str], required
        resource_type: ``resourceType``, ResourceItemDtoResourceType, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    resource_type: ResourceItemDtoResourceType = _attrs.field(metadata={"wire": "resourceType"})


class ResourceItemDtoResourceType(WireEnum):
    """Enum of ``ResourceItemDto.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


@_attrs.define(kw_only=True, slots=True)
class ResourceListRespDto:
    """Wire model ``ResourceListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[ResourceDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[ResourceDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ResourcePaginatedRespDto:
    """Wire model ``ResourcePaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ResourcePagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ResourcePagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ResourcePagingDto:
    """Wire model ``ResourcePagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        total_count: ``totalCount``, int, required
        list: ``list``, list[ResourceDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ResourceDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ResourcePermissionAssignmentDto:
    """Wire model ``ResourcePermissionAssignmentDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, ResourcePermissionAssignmentDtoTargetType, required
        target_identifier: ``targetIdentifier``, str, required
        actions: ``actions``, list[str], required
    """

    target_type: ResourcePermissionAssignmentDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifier: str = _attrs.field(metadata={"wire": "targetIdentifier"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


class ResourcePermissionAssignmentDtoTargetType(WireEnum):
    """Enum of ``ResourcePermissionAssignmentDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class ResourceRespDto:
    """Wire model ``ResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ResourceDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ResourceDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RestFactorDto:
    """Wire model ``RestFactorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        factor_id: ``factorId``, str, required
    """

    factor_id: str = _attrs.field(metadata={"wire": "factorId"})


@_attrs.define(kw_only=True, slots=True)
class Result:
    """Wire model ``Result`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        add_user: ``addUser``, int, required
        update_user: ``updateUser``, int, required
        add_department: ``addDepartment``, int, required
        update_department: ``updateDepartment``, int, required
    """

    add_user: int = _attrs.field(metadata={"wire": "addUser"})
    update_user: int = _attrs.field(metadata={"wire": "updateUser"})
    add_department: int = _attrs.field(metadata={"wire": "addDepartment"})
    update_department: int = _attrs.field(metadata={"wire": "updateDepartment"})


@_attrs.define(kw_only=True, slots=True)
class RevertRosterInvitationBatchDto:
    """Wire model ``RevertRosterInvitationBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        invitee_ids: ``inviteeIds``, list[str], required
    """

    invitee_ids: List[str] = _attrs.field(metadata={"wire": "inviteeIds"})


@_attrs.define(kw_only=True, slots=True)
class RevertRosterInvitationDto:
    """Wire model ``RevertRosterInvitationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        invitee_id: ``inviteeId``, str, required
        roster_id: ``rosterId``, str, required
    """

    invitee_id: str = _attrs.field(metadata={"wire": "inviteeId"})
    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})


@_attrs.define(kw_only=True, slots=True)
class ReviewTenantEnterpriseCertificationBodyDto:
    """Wire model ``ReviewTenantEnterpriseCertificationBodyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, str, required
        enterprise_certification_status: ``enterpriseCertificationStatus``, ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus, required
        review_reason: ``reviewReason``, str, required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenantId"})
    enterprise_certification_status: ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus = _attrs.field(metadata={"wire": "enterpriseCertificationStatus"})
    review_reason: str = _attrs.field(metadata={"wire": "reviewReason"})


class ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus(WireEnum):
    """Enum of ``ReviewTenantEnterpriseCertificationBodyDto.enterpriseCertificationStatus`` (unknown wire values are kept, not rejected). Non-string wire values (-1) stay plain values."""

    NOT_SUBMIT = "not_submit"
    REVIEWING = "reviewing"
    PASS = "pass"


@_attrs.define(kw_only=True, slots=True)
class RevokeApplicationAccessDto:
    """Wire model ``RevokeApplicationAccessDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        list: ``list``, list[DeleteApplicationPermissionRecordItem], required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    list: List[DeleteApplicationPermissionRecordItem] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class RevokeDeviceSessionDto:
    """Wire model ``RevokeDeviceSessionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        device_id: ``deviceId``, str, required
    """

    device_id: str = _attrs.field(metadata={"wire": "deviceId"})


@_attrs.define(kw_only=True, slots=True)
class RevokeRoleBatchDto:
    """Wire model ``RevokeRoleBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        targets: ``targets``, list[TargetDto], required
        roles: ``roles``, list[RoleCodeDto], required
    """

    targets: List[TargetDto] = _attrs.field(metadata={"wire": "targets"})
    roles: List[RoleCodeDto] = _attrs.field(metadata={"wire": "roles"})


@_attrs.define(kw_only=True, slots=True)
class RevokeRoleDto:
    """Wire model ``RevokeRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        targets: ``targets``, list[TargetDto], required
        code: ``code``, str, required
        namespace: ``namespace``, str, optional
    """

    targets: List[TargetDto] = _attrs.field(metadata={"wire": "targets"})
    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class RightItemDto:
    """Wire model ``RightItemDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        rights_model_code: ``rightsModelCode``, str, required
        rights_model_name: ``rightsModelName``, str, required
        data_type: ``dataType``, str, required
        data_value: ``dataValue``, str, required
    """

    rights_model_code: str = _attrs.field(metadata={"wire": "rightsModelCode"})
    rights_model_name: str = _attrs.field(metadata={"wire": "rightsModelName"})
    data_type: str = _attrs.field(metadata={"wire": "dataType"})
    data_value: str = _attrs.field(metadata={"wire": "dataValue"})


@_attrs.define(kw_only=True, slots=True)
class RightItemRes:
    """Wire model ``RightItemRes`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        rights_items: ``rightsItems``, list[RightItemDto], required
    """

    rights_items: List[RightItemDto] = _attrs.field(metadata={"wire": "rightsItems"})


@_attrs.define(kw_only=True, slots=True)
class RiskListItemDto:
    """Wire model ``RiskListItemDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        user_id: ``userId``, str, required
        add_type: ``addType``, str, required
        user_list_type: ``userListType``, str, required
        remove_type: ``removeType``, str, required
        limit_list: ``limitList``, list[str], required
        add_at: ``addAt``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    add_type: str = _attrs.field(metadata={"wire": "addType"})
    user_list_type: str = _attrs.field(metadata={"wire": "userListType"})
    remove_type: str = _attrs.field(metadata={"wire": "removeType"})
    limit_list: List[str] = _attrs.field(metadata={"wire": "limitList"})
    add_at: str = _attrs.field(metadata={"wire": "addAt"})


@_attrs.define(kw_only=True, slots=True)
class RiskListPolicyCreateDto:
    """Wire model ``RiskListPolicyCreateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        limit_list: ``limitList``, RiskListPolicyCreateDtoLimitList, required
        action: ``action``, RiskListPolicyCreateDtoAction, required
        remove_type: ``removeType``, RiskListPolicyCreateDtoRemoveType, required
        event_state_type: ``eventStateType``, RiskListPolicyCreateDtoEventStateType, required
        count_thr: ``countThr``, int, required
        time_range: ``timeRange``, int, required
        user_cond: ``userCond``, RiskListPolicyCreateDtoUserCond, required
        ip_cond: ``ipCond``, RiskListPolicyCreateDtoIpCond, required
        user_range: ``userRange``, RiskListPolicyCreateDtoUserRange, required
        ip_range: ``ipRange``, RiskListPolicyCreateDtoIpRange, required
        opt_object: ``optObject``, RiskListPolicyCreateDtoOptObject, required
    """

    limit_list: RiskListPolicyCreateDtoLimitList = _attrs.field(metadata={"wire": "limitList"})
    action: RiskListPolicyCreateDtoAction = _attrs.field(metadata={"wire": "action"})
    remove_type: RiskListPolicyCreateDtoRemoveType = _attrs.field(metadata={"wire": "removeType"})
    event_state_type: RiskListPolicyCreateDtoEventStateType = _attrs.field(metadata={"wire": "eventStateType"})
    count_thr: int = _attrs.field(metadata={"wire": "countThr"})
    time_range: int = _attrs.field(metadata={"wire": "timeRange"})
    user_cond: RiskListPolicyCreateDtoUserCond = _attrs.field(metadata={"wire": "userCond"})
    ip_cond: RiskListPolicyCreateDtoIpCond = _attrs.field(metadata={"wire": "ipCond"})
    user_range: RiskListPolicyCreateDtoUserRange = _attrs.field(metadata={"wire": "userRange"})
    ip_range: RiskListPolicyCreateDtoIpRange = _attrs.field(metadata={"wire": "ipRange"})
    opt_object: RiskListPolicyCreateDtoOptObject = _attrs.field(metadata={"wire": "optObject"})


class RiskListPolicyCreateDtoAction(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.action`` (unknown wire values are kept, not rejected)."""

    ADD_IP_BLACK_LIST = "ADD_IP_BLACK_LIST"
    ADD_USER_BLACK_LIST = "ADD_USER_BLACK_LIST"


class RiskListPolicyCreateDtoEventStateType(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.eventStateType`` (unknown wire values are kept, not rejected)."""

    PASSWORD_WRONG = "password_wrong"
    ACCOUNT_WRONG = "account_wrong"


class RiskListPolicyCreateDtoIpCond(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.ipCond`` (unknown wire values are kept, not rejected)."""

    NO_LIMIT = "NO_LIMIT"
    ONE = "ONE"


class RiskListPolicyCreateDtoIpRange(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.ipRange`` (unknown wire values are kept, not rejected)."""

    ALL = "ALL"
    NOT_IN_WHITE_LIST = "NOT_IN_WHITE_LIST"


class RiskListPolicyCreateDtoLimitList(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.limitList`` (unknown wire values are kept, not rejected)."""

    FORBID_LOGIN = "FORBID_LOGIN"
    FORBID_REGISTER = "FORBID_REGISTER"


class RiskListPolicyCreateDtoOptObject(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.optObject`` (unknown wire values are kept, not rejected)."""

    IP = "IP"
    USER = "USER"


class RiskListPolicyCreateDtoRemoveType(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.removeType`` (unknown wire values are kept, not rejected)."""

    MANUAL = "MANUAL"
    SCHEDULE = "SCHEDULE"


class RiskListPolicyCreateDtoUserCond(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.userCond`` (unknown wire values are kept, not rejected)."""

    NO_LIMIT = "NO_LIMIT"
    ONE = "ONE"


class RiskListPolicyCreateDtoUserRange(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.userRange`` (unknown wire values are kept, not rejected)."""

    ALL = "ALL"
    NOT_IN_WHITE_LIST = "NOT_IN_WHITE_LIST"


@_attrs.define(kw_only=True, slots=True)
class RiskListPolicyDto:
    """Wire model ``RiskListPolicyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        opt_object: ``optObject``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    opt_object: Any = _attrs.field(default=None, metadata={"wire": "optObject"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class RiskListPolicyPagingDto:
    """Wire model ``RiskListPolicyPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[RiskListPolicyRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[RiskListPolicyRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class RiskListPolicyRespDto:
    """Wire model ``RiskListPolicyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        opt_object: ``optObject``, RiskListPolicyRespDtoOptObject, required
        ip_range: ``ipRange``, RiskListPolicyRespDtoIpRange, required
        user_range: ``userRange``, RiskListPolicyRespDtoUserRange, required
        ip_cond: ``ipCond``, RiskListPolicyRespDtoIpCond, required
        user_cond: ``userCond``, RiskListPolicyRespDtoUserCond, required
        time_range: ``timeRange``, int, required
        count_thr: ``countThr``, int, required
        event_state_type: ``eventStateType``, RiskListPolicyRespDtoEventStateType, required
        remove_type: ``removeType``, RiskListPolicyRespDtoRemoveType, required
        action: ``action``, RiskListPolicyRespDtoAction, required
        limit_list: ``limitList``, RiskListPolicyRespDtoLimitList, required
        created_at: ``createdAt``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    opt_object: RiskListPolicyRespDtoOptObject = _attrs.field(metadata={"wire": "optObject"})
    ip_range: RiskListPolicyRespDtoIpRange = _attrs.field(metadata={"wire": "ipRange"})
    user_range: RiskListPolicyRespDtoUserRange = _attrs.field(metadata={"wire": "userRange"})
    ip_cond: RiskListPolicyRespDtoIpCond = _attrs.field(metadata={"wire": "ipCond"})
    user_cond: RiskListPolicyRespDtoUserCond = _attrs.field(metadata={"wire": "userCond"})
    time_range: int = _attrs.field(metadata={"wire": "timeRange"})
    count_thr: int = _attrs.field(metadata={"wire": "countThr"})
    event_state_type: RiskListPolicyRespDtoEventStateType = _attrs.field(metadata={"wire": "eventStateType"})
    remove_type: RiskListPolicyRespDtoRemoveType = _attrs.field(metadata={"wire": "removeType"})
    action: RiskListPolicyRespDtoAction = _attrs.field(metadata={"wire": "action"})
    limit_list: RiskListPolicyRespDtoLimitList = _attrs.field(metadata={"wire": "limitList"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})


class RiskListPolicyRespDtoAction(WireEnum):
    """Enum of ``RiskListPolicyRespDto.action`` (unknown wire values are kept, not rejected)."""

    ADD_IP_BLACK_LIST = "ADD_IP_BLACK_LIST"
    ADD_USER_BLACK_LIST = "ADD_USER_BLACK_LIST"


class RiskListPolicyRespDtoEventStateType(WireEnum):
    """Enum of ``RiskListPolicyRespDto.eventStateType`` (unknown wire values are kept, not rejected)."""

    PASSWORD_WRONG = "password_wrong"
    ACCOUNT_WRONG = "account_wrong"


class RiskListPolicyRespDtoIpCond(WireEnum):
    """Enum of ``RiskListPolicyRespDto.ipCond`` (unknown wire values are kept, not rejected)."""

    NO_LIMIT = "NO_LIMIT"
    ONE = "ONE"


class RiskListPolicyRespDtoIpRange(WireEnum):
    """Enum of ``RiskListPolicyRespDto.ipRange`` (unknown wire values are kept, not rejected)."""

    ALL = "ALL"
    NOT_IN_WHITE_LIST = "NOT_IN_WHITE_LIST"


class RiskListPolicyRespDtoLimitList(WireEnum):
    """Enum of ``RiskListPolicyRespDto.limitList`` (unknown wire values are kept, not rejected)."""

    FORBID_LOGIN = "FORBID_LOGIN"
    FORBID_REGISTER = "FORBID_REGISTER"


class RiskListPolicyRespDtoOptObject(WireEnum):
    """Enum of ``RiskListPolicyRespDto.optObject`` (unknown wire values are kept, not rejected)."""

    IP = "IP"
    USER = "USER"


class RiskListPolicyRespDtoRemoveType(WireEnum):
    """Enum of ``RiskListPolicyRespDto.removeType`` (unknown wire values are kept, not rejected)."""

    MANUAL = "MANUAL"
    SCHEDULE = "SCHEDULE"


class RiskListPolicyRespDtoUserCond(WireEnum):
    """Enum of ``RiskListPolicyRespDto.userCond`` (unknown wire values are kept, not rejected)."""

    NO_LIMIT = "NO_LIMIT"
    ONE = "ONE"


class RiskListPolicyRespDtoUserRange(WireEnum):
    """Enum of ``RiskListPolicyRespDto.userRange`` (unknown wire values are kept, not rejected)."""

    ALL = "ALL"
    NOT_IN_WHITE_LIST = "NOT_IN_WHITE_LIST"


@_attrs.define(kw_only=True, slots=True)
class Role:
    """Wire model ``Role`` (response side; optional fields default to None)."""


@_attrs.define(kw_only=True, slots=True)
class RoleAuthorizedResourcePaginatedRespDto:
    """Wire model ``RoleAuthorizedResourcePaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RoleAuthorizedResourcePagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RoleAuthorizedResourcePagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RoleAuthorizedResourcePagingDto:
    """Wire model ``RoleAuthorizedResourcePagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[RoleAuthorizedResourcesRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[RoleAuthorizedResourcesRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class RoleAuthorizedResourcesRespDto:
    """Wire model ``RoleAuthorizedResourcesRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        resource_type: ``resourceType``, RoleAuthorizedResourcesRespDtoResourceType, required
        actions: ``actions``, list[str], required
        api_identifier: ``apiIdentifier``, str, required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_type: RoleAuthorizedResourcesRespDtoResourceType = _attrs.field(metadata={"wire": "resourceType"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    api_identifier: str = _attrs.field(metadata={"wire": "apiIdentifier"})


class RoleAuthorizedResourcesRespDtoResourceType(WireEnum):
    """Enum of ``RoleAuthorizedResourcesRespDto.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


@_attrs.define(kw_only=True, slots=True)
class RoleBo:
    """Wire model ``RoleBo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        role_id: ``roleId``, str, required
        role_name: ``roleName``, str, required
        role_code: ``roleCode``, str, required
    """

    role_id: str = _attrs.field(metadata={"wire": "roleId"})
    role_name: str = _attrs.field(metadata={"wire": "roleName"})
    role_code: str = _attrs.field(metadata={"wire": "roleCode"})


@_attrs.define(kw_only=True, slots=True)
class RoleCheckParamsRespDto:
    """Wire model ``RoleCheckParamsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        data: ``data``, CheckRoleParamsRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    data: CheckRoleParamsRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RoleCodeAndNamespaceDto:
    """Wire model ``RoleCodeAndNamespaceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        namespace: ``namespace``, str, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str = _attrs.field(metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class RoleCodeDto:
    """Wire model ``RoleCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        namespace: ``namespace``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class RoleDepartmentListPaginatedRespDto:
    """Wire model ``RoleDepartmentListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RoleDepartmentListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RoleDepartmentListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RoleDepartmentListPagingDto:
    """Wire model ``RoleDepartmentListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[RoleDepartmentRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[RoleDepartmentRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class RoleDepartmentRespDto:
    """Wire model ``RoleDepartmentRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class RoleDto:
    """Wire model ``RoleDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, required
        namespace: ``namespace``, str, required
        namespace_name: ``namespaceName``, str, required
        status: ``status``, str, optional
        disable_time: ``disableTime``, int, optional
        enable_permission_apply: ``enablePermissionApply``, bool, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})
    namespace: str = _attrs.field(metadata={"wire": "namespace"})
    namespace_name: str = _attrs.field(metadata={"wire": "namespaceName"})
    status: str | None = _attrs.field(default=None, metadata={"wire": "status"})
    disable_time: int | None = _attrs.field(default=None, metadata={"wire": "disableTime"})
    enable_permission_apply: bool | None = _attrs.field(default=None, metadata={"wire": "enablePermissionApply"})


@_attrs.define(kw_only=True, slots=True)
class RoleListItem:
    """Wire model ``RoleListItem`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, optional
        description: ``description``, str, optional
        namespace: ``namespace``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class RoleListPageDto:
    """Wire model ``RoleListPageDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        data: ``data``, list[RolePermissionListDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    data: List[RolePermissionListDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RoleListPageRespDto:
    """Wire model ``RoleListPageRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RoleListPageDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RoleListPageDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RoleListRespDto:
    """Wire model ``RoleListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[RoleDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[RoleDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RolePaginatedRespDto:
    """Wire model ``RolePaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RolePagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RolePagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RolePagingDto:
    """Wire model ``RolePagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[RoleDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[RoleDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class RolePermissionApplyApprovalObject:
    """Wire model ``RolePermissionApplyApprovalObject`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        object_id: ``objectId``, str, required
        object_name: ``objectName``, str, required
        role_code: ``roleCode``, str, required
        namespace_id: ``namespaceId``, int, required
        namespace_code: ``namespaceCode``, str, required
    """

    object_id: str = _attrs.field(metadata={"wire": "objectId"})
    object_name: str = _attrs.field(metadata={"wire": "objectName"})
    role_code: str = _attrs.field(metadata={"wire": "roleCode"})
    namespace_id: int = _attrs.field(metadata={"wire": "namespaceId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})


@_attrs.define(kw_only=True, slots=True)
class RolePermissionListDto:
    """Wire model ``RolePermissionListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        role_id: ``roleId``, str, required
        status: ``status``, str, required
        enable_time: ``enableTime``, int, optional
        end_time: ``endTime``, int, optional
        user_pool_id: ``userPoolId``, str, required
        role_name: ``roleName``, str, required
        role_code: ``roleCode``, str, required
        description: ``description``, str, optional
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    role_id: str = _attrs.field(metadata={"wire": "roleId"})
    status: str = _attrs.field(metadata={"wire": "status"})
    enable_time: int | None = _attrs.field(default=None, metadata={"wire": "enableTime"})
    end_time: int | None = _attrs.field(default=None, metadata={"wire": "endTime"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    role_name: str = _attrs.field(metadata={"wire": "roleName"})
    role_code: str = _attrs.field(metadata={"wire": "roleCode"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


@_attrs.define(kw_only=True, slots=True)
class RoleSingleRespDto:
    """Wire model ``RoleSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, RoleDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: RoleDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class RolesDto:
    """Wire model ``RolesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        description: ``description``, str, required
        code: ``code``, str, required
        namespace: ``namespace``, str, required
    """

    description: str = _attrs.field(metadata={"wire": "description"})
    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str = _attrs.field(metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class RolesPermissionApplicableDto:
    """Wire model ``RolesPermissionApplicableDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        keyword: ``keyword``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})


@_attrs.define(kw_only=True, slots=True)
class RowDto:
    """Wire model ``RowDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        row_id: ``rowId``, str, required
        cell_list: ``cellList``, list[CellDto], required
    """

    row_id: str = _attrs.field(metadata={"wire": "rowId"})
    cell_list: List[CellDto] = _attrs.field(metadata={"wire": "cellList"})
