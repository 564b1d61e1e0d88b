# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Part of the types of ``with_raw_response`` (genauth_sync); see tools/codegen/raw.py."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, List, TYPE_CHECKING

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async._raw_response import RawResponse
    from genauth_async.types import JsonValue
    from genauth_async.models import (
        AddDepartmentMembersReqDtoDepartmentIdType,
        AddInvitationPolicyUserAttributionDtoTargetType,
        AddTenantDepartmentMembersReqDtoDepartmentIdType, AddWhitelistDtoType,
        AddWhitelistOfAppDtoType, AdminAuditLogRespData, AliExmailEmailProviderConfigInput, AppDto,
        ApplicationBrandingConfigInputDto, ApplicationDto, ApplicationLoginConfigInputDto,
        ApplicationPermissionRecordItem, ApplicationRegisterConfigInputDto,
        ApplicationSimpleInfoDto, ApprovalDetailDto, ApprovalPageList, AsaAccountDto,
        AssignAsaAccountItem, AuthEnvParams, AuthorizeResourceItem, AuthorizedResourceDto,
        AuthorizedResourcePagingDto, CancelSyncRiskOperationsDataDto, CasIdPConfig,
        CheckDomainAvailableDataDto, CheckExternalUserPermissionDataDto,
        CheckParamsDataPolicyRespDto, CheckParamsDataResourceRespDto, CheckPermissionDataDto,
        CheckPermissionNamespaceExistsRespDto, CheckRoleMutualExclusionResultDto,
        CheckRoleParamsRespDto, CheckSessionStatusDataDto, CheckUserSameLevelPermissionDataDto,
        ClosedListParamsObjectType, CombineFiltersBaseDto, Condition, Config,
        ConfigEmailProviderDtoType, CostCurrentPackageInfo, CostGetOrderPayDetail,
        CreateAccessKeyRespDto, CreateApplicationDtoAppType, CreateApplicationDtoDefaultProtocol,
        CreateApplicationRespDataDto, CreateArrayDataResourceRespDto,
        CreateAsaAccountsBatchItemDto, CreateDataPolicyRespDto, CreateDataResourceDtoType,
        CreateDataResourceRespDto, CreateDepartmentReqDtoDepartmentIdType, CreateDnefReqValueType,
        CreateExtIdpConnDtoType, CreateExtIdpDtoType, CreateFunctionModelDtoDataType,
        CreateFunctionModelDtoType, CreateFunctionModelFieldDtoType, CreateGroupReqDto,
        CreateIdentityDto, CreateInvitationPolicyDtoInviteMethod,
        CreateInvitationPolicyDtoSendVerifyCodeMethod, CreateNamespacesBatchItemDto,
        CreateOrUpdateGroupDataDto, CreatePermissionNamespaceRespDto,
        CreatePermissionNamespacesBatchItemDto, CreatePipelineFunctionDtoScene, CreatePostDto,
        CreatePublicAccountOptionsDto, CreatePublicAccountOtpDto, CreatePublicAccountReqDto,
        CreatePublicAccountReqDtoGender, CreatePublicAccountReqDtoStatus,
        CreateResourceBatchItemDto, CreateResourceDtoType, CreateStringDataResourceRespDto,
        CreateSyncTaskDtoSyncTaskFlow, CreateSyncTaskDtoSyncTaskTrigger,
        CreateSyncTaskDtoSyncTaskType, CreateTenantUserOptionsDto, CreateTenantUserReqDtoGender,
        CreateTerminalDtoType, CreateTreeDataResourceRespDto, CreateUserInfoDto,
        CreateUserOptionsDto, CreateUserOtpDto, CreateUserReqDtoGender, CreateUserReqDtoStatus,
        CreateWebhookDtoContentType, CreateWebhookDtoEvents, CurrentUsageRespDto, CustomFieldDto,
        DataResourceTreeStructs, DataStatementPermissionDto, DefaultPasswordConfigDto,
        DeleteCustomFieldDto, DeleteDepartmentReqDtoDepartmentIdType,
        DeleteDepartmentSyncRelationReqDtoDepartmentIdType, DeletePublicAccountsBatchOptionsDto,
        DeleteUserSyncRelationReqDtoUserIdType, DeleteUsersBatchOptionsDto, DeleteWhitelistDtoType,
        DeleteWhitelistOfAppDtoType, DepartmentDto, DepartmentI18nDto, DepartmentPagingDto,
        DetailAuthSubjectParamsTargetType, DeviceExclusiveValidScopeAppDataDto,
        DeviceStatusResponseDataDto, DropDownItemDto, EmailProviderDto, EmailTemplateDto,
        EmailTemplateQueryDtoScene, ExtIdpConnDetail, ExtIdpConnStateByAppsParamsType,
        ExtIdpDetail, ExtIdpDto, ExtIdpListPagingDto, ExtendField, FindIpListParamsIpType,
        FindRiskListPolicyParamsOptObject, FindUserListParamsUserListType, FunctionModelDto,
        FunctionModelFieldDto, FunctionModelValueListDto, GenerateInvitationLinkDto,
        GetAccessKeyRespDto, GetAllDepartmentsParamsDepartmentIdType, GetAllRowByScrollidDto,
        GetApplicationPermissionStrategyDataDto, GetApplicationSecretDataDto,
        GetAsaAccountAssignedTargetDataDto, GetAssignedAccountParamsTargetType,
        GetAuthorizedResourcesParamsResourceType, GetAuthorizedResourcesParamsTargetType,
        GetCustomDataParamsTargetType, GetCustomFieldsParamsTargetType, GetDataPolicyRespDto,
        GetDataResourceRespDto, GetDepartmentParamsDepartmentIdType,
        GetDepartmentSyncRelationsParamsDepartmentIdType, GetDeviceExclusiveRuleDataDto,
        GetDeviceExclusiveValidScopeDataDto, GetDeviceExclusiveWhiteListDataDto,
        GetEmailTemplatesDataDto, GetExtIdpParamsType, GetExternalUserResourceStructDataDto,
        GetGroupAuthorizedResourcesParamsResourceType, GetGroupsOfPublicAccountParamsUserIdType,
        GetInvitationPolicyDto, GetMfaInfoDataDto, GetMfaTriggerDataParamsUserIdType, GetOrdersRes,
        GetOtpSecretByUserParamsUserIdType, GetParentDepartmentParamsDepartmentIdType,
        GetPermissionNamespaceRespDto, GetPublicAccountBatchParamsUserIdType,
        GetPublicAccountDepartmentsParamsOrderBy, GetPublicAccountDepartmentsParamsSortBy,
        GetPublicAccountDepartmentsParamsUserIdType, GetPublicAccountParamsUserIdType,
        GetPublicAccountRolesParamsUserIdType, GetResourceAuthorizedTargetDataDto,
        GetResourceAuthorizedTargetsDtoTargetType, GetRoleAuthorizedResourcesParamsResourceType,
        GetSubjectAuthDataDto, GetUniversalInvitationDto, GetUserAccessibleAppsParamsUserIdType,
        GetUserAuthorizedAppsParamsUserIdType, GetUserAuthorizedResourcesParamsResourceType,
        GetUserAuthorizedResourcesParamsUserIdType, GetUserBatchParamsUserIdType,
        GetUserDepartmentsParamsOrderBy, GetUserDepartmentsParamsSortBy,
        GetUserDepartmentsParamsUserIdType, GetUserEncryptPasswordBatchDataDto,
        GetUserGroupsParamsUserIdType, GetUserIdentitiesParamsUserIdType,
        GetUserLoggedinAppsParamsUserIdType, GetUserLoggedinIdentitiesParamsUserIdType,
        GetUserLoginHistoryParamsUserIdType, GetUserMfaInfoParamsUserIdType,
        GetUserMfaStatusParamsUserIdType, GetUserParamsUserIdType,
        GetUserPasswordCiphertextDataDto, GetUserPasswordCiphertextDtoUserIdType,
        GetUserPermissionListDataDto, GetUserPrincipalAuthenticationInfoParamsUserIdType,
        GetUserResourcePermissionListDataDto, GetUserResourceStructDataDto,
        GetUserRolesParamsUserIdType, GetUserSyncRelationsParamsUserIdType,
        GetWechatAccessTokenDataDto, GroupDto, GroupPagingDto, HasAnyRoleDto, HasAnyRoleOptionsDto,
        HasRoleRolesDto, IdentityDto, ImportExportTemplateRespDto, ImportInviteeDto,
        ImportOtpItemDto, ImportTenantDataDto, ImportTenantHistoryDataDto,
        ImportTenantNotifyUseDataDto, InvitationLinkConfigDto,
        InvitationPolicyUserAttributionListDto, InvitationRosterDto, InvitationUserPaginationDto,
        InviteTenantUsersDto, IpListPagingDto, IsActionAllowedDataDto, IsSuccessDto,
        IsUserExistsDto, IsUserInDepartmentDataDto, IsUserInDepartmentParamsDepartmentIdType,
        ListAccessKeyRespDto, ListWebhookLogsData, ListWebhooksDto, MFASettingsDto,
        MauPeriodUsageHistory, MfaDisableSettingsDtoDisableFactors,
        MultipleTenantAdminListPagingDto, NamespaceDto, OIDCConfig, OauthIdpConfig, OrderItem,
        OrganizationDto, OrganizationNameI18nDto, OtpSecretRespDto,
        PaginationUniversalInvitationApplicantDataDto, PipelineFunctionDto,
        PipelineFunctionPagingDto, PostDto, PostInfoDto, PrincipalAuthenticationInfoPagingDto,
        PublicAccountDto, PublicAccountPagingDto, RelationValueListDto, ResourceAction,
        ResourceDto, Result, RightItemRes, RiskListPolicyCreateDtoAction,
        RiskListPolicyCreateDtoEventStateType, RiskListPolicyCreateDtoIpCond,
        RiskListPolicyCreateDtoIpRange, RiskListPolicyCreateDtoLimitList,
        RiskListPolicyCreateDtoOptObject, RiskListPolicyCreateDtoRemoveType,
        RiskListPolicyCreateDtoUserCond, RiskListPolicyCreateDtoUserRange, RiskListPolicyPagingDto,
        RoleAuthorizedResourcePagingDto, RoleCodeAndNamespaceDto, RoleCodeDto, RoleDto,
        RoleListItem, RolePagingDto, RowDto, SMTPEmailProviderConfigInput, SamlIdpConfig,
        SecuritySettingsDto, SendGridEmailProviderConfigInput, SubjectDto, SyncJobDto,
        SyncTaskClientConfig, SyncTaskDto, SyncTaskFieldMapping, SyncTaskPagingDto,
        SyncTaskProvisioningScope, SyncTaskTimedScheduler, TargetDto, TenantCooperatorSingleDto,
        TenantDto, TenantEnterpriseCertificationRespDto, TenantRespDto, TenantUserDto,
        TencentExmailEmailProviderConfigInput, TerminalInfoDto, UserActionLogRespData,
        UserAttributionDto, UserAttributionMainDepartmentDto, UserDepartmentPagingDto, UserDto,
        UserInfoDto, UserListPagingDto, UserLoggedInAppsDto, UserLoggedInIdentitiesDto,
        UserLoginHistoryPagingDto, UserMfaRespDto, UserSyncRelationDto, WebhookDto,
        WebhookEventListData, WebhookRetryConfigV3Dto, WhitelistRespDto,
    )

__all__ = ["_SyncManagementWithRawResponse1"]


class _SyncManagementWithRawResponse1:
    """Some of the methods ``with_raw_response`` declares (in parts, to keep files small)."""

    __slots__ = ()

    if TYPE_CHECKING:

        def add(
            self,
            expire_at: str,
            limit_list: List[str],
            remove_type: str,
            add_type: str,
            ip_type: str,
            ips: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def add_department_members(
            self,
            user_ids: List[str],
            organization_code: str,
            department_id: str,
            department_id_type: AddDepartmentMembersReqDtoDepartmentIdType | str | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def add_device(
            self,
            custom_data: Any,
            type: CreateTerminalDtoType | str,
            device_unique_id: str,
            name: str | None = None,
            version: str | None = None,
            hks: str | None = None,
            fde: str | None = None,
            hor: bool | None = None,
            sn: str | None = None,
            producer: str | None = None,
            mod: str | None = None,
            os: str | None = None,
            imei: str | None = None,
            meid: str | None = None,
            description: str | None = None,
            language: str | None = None,
            cookie: bool | None = None,
            user_agent: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TerminalInfoDto]: ...

        def add_group_members(
            self,
            user_ids: List[str],
            code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def add_policy_user_attribution(
            self,
            target_type: AddInvitationPolicyUserAttributionDtoTargetType | str,
            target_identifier: str,
            policy_id: str,
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserAttributionDto]: ...

        def add_policy_user_attributions_batch(
            self,
            targets: List[InvitationPolicyUserAttributionListDto | Mapping[str, Any]],
            policy_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def add_risk_list_policy(
            self,
            limit_list: RiskListPolicyCreateDtoLimitList | str,
            action: RiskListPolicyCreateDtoAction | str,
            remove_type: RiskListPolicyCreateDtoRemoveType | str,
            event_state_type: RiskListPolicyCreateDtoEventStateType | str,
            count_thr: int,
            time_range: int,
            user_cond: RiskListPolicyCreateDtoUserCond | str,
            ip_cond: RiskListPolicyCreateDtoIpCond | str,
            user_range: RiskListPolicyCreateDtoUserRange | str,
            ip_range: RiskListPolicyCreateDtoIpRange | str,
            opt_object: RiskListPolicyCreateDtoOptObject | str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def add_tenant_department_members(
            self,
            organization_code: str,
            department_id: str,
            department_id_type: AddTenantDepartmentMembersReqDtoDepartmentIdType | str | None = None,
            link_user_ids: List[str] | None = None,
            member_ids: List[str] | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def add_tenant_users(
            self,
            link_user_ids: List[str],
            tenant_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def add_user(
            self,
            expire_at: int,
            limit_list: List[str],
            remove_type: str,
            add_type: str,
            user_list_type: str,
            user_ids: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def add_whitelist(
            self,
            type: AddWhitelistDtoType | str,
            list: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[WhitelistRespDto]: ...

        def add_whitelist_of_app(
            self,
            app_id: str,
            type: AddWhitelistOfAppDtoType | str,
            list: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[WhitelistRespDto]: ...

        def approval(
            self,
            applicant_ids: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def assign_asa_account(
            self,
            app_id: str,
            account_id: str,
            targets: List[AssignAsaAccountItem | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def assign_role(
            self,
            targets: List[TargetDto | Mapping[str, Any]],
            code: str,
            end_time: int | None = None,
            enable_time: int | None = None,
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def assign_role_batch(
            self,
            targets: List[TargetDto | Mapping[str, Any]],
            roles: List[RoleCodeDto | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def associate_tenant_resource(
            self,
            code: str,
            association: bool,
            app_id: str,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def authorize_application_access(
            self,
            app_id: str,
            list: List[ApplicationPermissionRecordItem | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def authorize_data_policies(
            self,
            target_list: List[SubjectDto | Mapping[str, Any]],
            policy_ids: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def authorize_resources(
            self,
            list: List[AuthorizeResourceItem | Mapping[str, Any]],
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def batch_bind_policy(
            self,
            roster_ids: List[str],
            policy_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def batch_create_dnef(
            self,
            resource_code: str,
            namespace_code: str,
            field_list: List[ExtendField | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def batch_delete_common_resource(
            self,
            ids: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def batch_delete_invitation_policies(
            self,
            policy_ids: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def batch_process_approval(
            self,
            numbers: List[int],
            is_agreed: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def batch_unbind_policy(
            self,
            roster_ids: List[str],
            policy_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def bind_public_account_of_roles(
            self,
            role_ids: List[str],
            user_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def bind_users_public_account(
            self,
            public_account_id: str,
            user_ids: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def cancel_sync_risk_operation(
            self,
            sync_risk_operation_ids: List[int],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CancelSyncRiskOperationsDataDto]: ...

        def capture(
            self,
            data: Any,
            model_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        def change_ext_idp_conn_association_state(
            self,
            id: str,
            association: bool,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def change_ext_idp_conn_state(
            self,
            id: str,
            enabled: bool,
            app_id: str,
            tenant_id: str | None = None,
            app_ids: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def change_into_public_account(
            self,
            user_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def change_userpool_tenan_ext_idp_conn_state(
            self,
            enabled: bool,
            conn_ids: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def change_userpool_tenant_ext_idp_conn_state(
            self,
            enabled: bool,
            conn_ids: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def check_data_policy_exists(
            self,
            policy_name: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckParamsDataPolicyRespDto]: ...

        def check_data_resource_exists(
            self,
            namespace_code: str,
            resource_name: str | None = None,
            resource_code: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckParamsDataResourceRespDto]: ...

        def check_domain_available(
            self,
            domain: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckDomainAvailableDataDto]: ...

        def check_external_user_permission(
            self,
            resources: List[str],
            action: str,
            external_id: str,
            namespace_code: str,
            judge_condition_enabled: bool | None = None,
            auth_env_params: AuthEnvParams | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckExternalUserPermissionDataDto]: ...

        def check_mutual_exclusion(
            self,
            roles: List[RoleCodeDto | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckRoleMutualExclusionResultDto]: ...

        def check_params_namespace(
            self,
            code: str,
            namespace: str,
            name: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckRoleParamsRespDto]: ...

        def check_permission(
            self,
            resources: List[str],
            action: str,
            user_id: str,
            namespace_code: str,
            judge_condition_enabled: bool | None = None,
            auth_env_params: AuthEnvParams | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckPermissionDataDto]: ...

        def check_permission_namespace_exists(
            self,
            code: str | None = None,
            name: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckPermissionNamespaceExistsRespDto]: ...

        def check_session_status(
            self,
            app_id: str,
            user_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckSessionStatusDataDto]: ...

        def check_user_same_level_permission(
            self,
            resource_node_codes: List[str],
            resource: str,
            action: str,
            user_id: str,
            namespace_code: str,
            judge_condition_enabled: bool | None = None,
            auth_env_params: AuthEnvParams | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckUserSameLevelPermissionDataDto]: ...

        def close_global_mfa_settings(
            self,
            disable_factors: List[MfaDisableSettingsDtoDisableFactors | str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[MFASettingsDto]: ...

        def closed_list(
            self,
            page_no: int | None = None,
            page_size: int | None = None,
            object_type: ClosedListParamsObjectType | str | None = None,
            keyword: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ApprovalPageList]: ...

        def config_email_provider(
            self,
            type: ConfigEmailProviderDtoType | str,
            enabled: bool,
            smtp_config: SMTPEmailProviderConfigInput | Mapping[str, Any] | None = None,
            send_grid_config: SendGridEmailProviderConfigInput | Mapping[str, Any] | None = None,
            ali_exmail_config: AliExmailEmailProviderConfigInput | Mapping[str, Any] | None = None,
            tencent_exmail_config: TencentExmailEmailProviderConfigInput | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[EmailProviderDto]: ...

        def copy_invitation_policy_by_id(
            self,
            policy_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetInvitationPolicyDto]: ...

        def copy_operate(
            self,
            custom_config: Any,
            model_id: str,
            id: str,
            *,
            field_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def copy_row_relation(
            self,
            relation_row_id: str,
            row_id: str,
            model_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RelationValueListDto]: ...

        def create_access_key(
            self,
            type: str,
            user_id: str | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[CreateAccessKeyRespDto]]: ...

        def create_admin_role(
            self,
            name: str,
            code: str,
            description: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CheckRoleParamsRespDto]: ...

        def create_application(
            self,
            app_name: str,
            template: str | None = None,
            template_data: Any = None,
            app_identifier: str | None = None,
            app_logo: str | None = None,
            app_description: str | None = None,
            app_type: CreateApplicationDtoAppType | str | None = None,
            default_protocol: CreateApplicationDtoDefaultProtocol | str | None = None,
            redirect_uris: List[str] | None = None,
            logout_redirect_uris: List[str] | None = None,
            init_login_uri: str | None = None,
            sso_enabled: bool | None = None,
            oidc_config: OIDCConfig | Mapping[str, Any] | None = None,
            saml_provider_enabled: bool | None = None,
            saml_config: SamlIdpConfig | Mapping[str, Any] | None = None,
            oauth_provider_enabled: bool | None = None,
            oauth_config: OauthIdpConfig | Mapping[str, Any] | None = None,
            cas_provider_enabled: bool | None = None,
            cas_config: CasIdPConfig | Mapping[str, Any] | None = None,
            login_config: ApplicationLoginConfigInputDto | Mapping[str, Any] | None = None,
            register_config: ApplicationRegisterConfigInputDto | Mapping[str, Any] | None = None,
            branding_config: ApplicationBrandingConfigInputDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CreateApplicationRespDataDto]: ...

        def create_asa_account(
            self,
            account_info: Any,
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[AsaAccountDto]: ...

        def create_asa_account_batch(
            self,
            list: List[CreateAsaAccountsBatchItemDto | Mapping[str, Any]],
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def create_data_policy(
            self,
            statement_list: List[DataStatementPermissionDto | Mapping[str, Any]],
            policy_name: str,
            description: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CreateDataPolicyRespDto]: ...

        def create_data_resource(
            self,
            actions: List[str],
            struct: DataResourceTreeStructs | Mapping[str, Any] | str | List[str],
            type: CreateDataResourceDtoType | str,
            resource_code: str,
            resource_name: str,
            namespace_code: str,
            description: str | None = None,
            *,
            extend_field_list: List[ExtendField | Mapping[str, Any]] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CreateDataResourceRespDto]: ...

        def create_data_resource_by_array(
            self,
            actions: List[str],
            struct: List[str],
            resource_code: str,
            resource_name: str,
            namespace_code: str,
            description: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CreateArrayDataResourceRespDto]: ...

        def create_data_resource_by_string(
            self,
            actions: List[str],
            struct: str,
            resource_code: str,
            resource_name: str,
            namespace_code: str,
            description: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CreateStringDataResourceRespDto]: ...

        def create_data_resource_by_tree(
            self,
            actions: List[str],
            struct: List[DataResourceTreeStructs | Mapping[str, Any]],
            resource_code: str,
            resource_name: str,
            namespace_code: str,
            description: str | None = None,
            *,
            extend_field_list: List[ExtendField | Mapping[str, Any]] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CreateTreeDataResourceRespDto]: ...

        def create_department(
            self,
            organization_code: str,
            name: str,
            parent_department_id: str,
            metadata: Any,
            open_department_id: str | None = None,
            description: str | None = None,
            code: str | None = None,
            is_virtual_node: bool | None = None,
            i18n: DepartmentI18nDto | Mapping[str, Any] | None = None,
            custom_data: Any = None,
            department_id_type: CreateDepartmentReqDtoDepartmentIdType | str | None = None,
            post_id_list: List[str] | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[DepartmentDto]: ...

        def create_department_tree(
            self,
            name: str,
            children: List[str] | None = None,
            members: UserInfoDto | Mapping[str, Any] | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[Result]: ...

        def create_device(
            self,
            device_unique_id: str,
            type: CreateTerminalDtoType | str,
            custom_data: Any,
            name: str | None = None,
            version: str | None = None,
            hks: str | None = None,
            fde: str | None = None,
            hor: bool | None = None,
            sn: str | None = None,
            producer: str | None = None,
            mod: str | None = None,
            os: str | None = None,
            imei: str | None = None,
            meid: str | None = None,
            description: str | None = None,
            language: str | None = None,
            cookie: bool | None = None,
            user_agent: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TerminalInfoDto]: ...

        def create_dnef(
            self,
            resource_code: str,
            namespace_code: str,
            label: str,
            value_type: CreateDnefReqValueType | str,
            key: str,
            description: str | None = None,
            config: Config | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def create_event_app(
            self,
            logo: str,
            name: str,
            identifier: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def create_ext_idp(
            self,
            name: str,
            type: CreateExtIdpDtoType | str,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ExtIdpDto]: ...

        def create_ext_idp_conn(
            self,
            ext_idp_id: str,
            type: CreateExtIdpConnDtoType | str,
            identifier: str,
            display_name: str,
            fields: Any,
            login_only: bool | None = None,
            logo: str | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ExtIdpConnDetail]: ...

        def create_field(
            self,
            user_visible: bool,
            relation_optional_range: Condition | Mapping[str, Any],
            relation_show_key: str,
            relation_multiple: bool,
            relation_type: str,
            for_login: bool,
            fuzzy_search: bool,
            drop_down: DropDownItemDto | Mapping[str, Any],
            format: int,
            regexp: str,
            min: int,
            max: int,
            max_length: int,
            unique: bool,
            require: bool,
            default: Any,
            help: str,
            editable: bool,
            show: bool,
            type: CreateFunctionModelFieldDtoType | str,
            key: str,
            name: str,
            model_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[FunctionModelFieldDto]: ...

        def create_group(
            self,
            type: str,
            description: str,
            name: str,
            code: str,
            custom_data: Any = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GroupDto]: ...

        def create_groups_batch(
            self,
            list: List[CreateGroupReqDto | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[GroupDto]]: ...

        def create_invitation_policy(
            self,
            name: str,
            invite_method: CreateInvitationPolicyDtoInviteMethod | str | None = None,
            invite_link_config: InvitationLinkConfigDto | Mapping[str, Any] | None = None,
            default_password_config: DefaultPasswordConfigDto | Mapping[str, Any] | None = None,
            show_password_in_invite_email: bool | None = None,
            enabled_identifier_verify: bool | None = None,
            send_verify_code_method: CreateInvitationPolicyDtoSendVerifyCodeMethod | str | None = None,
            enabled_info_fill: bool | None = None,
            register_info_fill_msg: str | None = None,
            enabled_ext_idp: bool | None = None,
            allow_skip_bind_ext_idp: bool | None = None,
            ext_idp_bind_msg: str | None = None,
            ext_idp_conn_ids: List[str] | None = None,
            extends_fields: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetInvitationPolicyDto]: ...

        def create_invitation_roster(
            self,
            name: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[InvitationRosterDto]: ...

        def create_model(
            self,
            parent_key: str,
            enable: bool,
            type: CreateFunctionModelDtoType | str,
            description: str,
            name: str,
            data_type: CreateFunctionModelDtoDataType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[FunctionModelDto]: ...

        def create_multiple_tenant_admin(
            self,
            tenant_ids: List[str],
            user_id: str,
            api_authorized: bool | None = None,
            send_phone_notification: bool | None = None,
            send_email_notification: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def create_namespace(
            self,
            code: str,
            name: str | None = None,
            description: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[NamespaceDto]: ...

        def create_namespaces_batch(
            self,
            list: List[CreateNamespacesBatchItemDto | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def create_operate(
            self,
            show: bool,
            icon: str,
            config: Any,
            operate_name: str,
            operate_key: str,
            model_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def create_or_update_group(
            self,
            type: str,
            description: str,
            name: str,
            code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CreateOrUpdateGroupDataDto]: ...

        def create_organization(
            self,
            metadata: Any,
            organization_name: str,
            organization_code: str,
            description: str | None = None,
            open_department_id: str | None = None,
            i18n: OrganizationNameI18nDto | Mapping[str, Any] | None = None,
            tenant_id: str | None = None,
            post_id_list: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[OrganizationDto]: ...

        def create_permission_namespace(
            self,
            name: str,
            code: str,
            description: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CreatePermissionNamespaceRespDto]: ...

        def create_permission_namespaces_batch(
            self,
            list: List[CreatePermissionNamespacesBatchItemDto | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def create_pipeline_function(
            self,
            source_code: str,
            scene: CreatePipelineFunctionDtoScene | str,
            func_name: str,
            func_description: str | None = None,
            is_asynchronous: bool | None = None,
            timeout: int | None = None,
            terminate_on_timeout: bool | None = None,
            enabled: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PipelineFunctionDto]: ...

        def create_post(
            self,
            code: str,
            name: str,
            id: str | None = None,
            description: str | None = None,
            department_id_list: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PostInfoDto]: ...

        def create_public_account(
            self,
            status: CreatePublicAccountReqDtoStatus | str | None = None,
            email: str | None = None,
            phone: str | None = None,
            phone_country_code: str | None = None,
            username: str | None = None,
            external_id: str | None = None,
            name: str | None = None,
            nickname: str | None = None,
            photo: str | None = None,
            gender: CreatePublicAccountReqDtoGender | str | None = None,
            email_verified: bool | None = None,
            phone_verified: bool | None = None,
            birthdate: str | None = None,
            country: str | None = None,
            province: str | None = None,
            city: str | None = None,
            address: str | None = None,
            street_address: str | None = None,
            postal_code: str | None = None,
            company: str | None = None,
            browser: str | None = None,
            device: str | None = None,
            given_name: str | None = None,
            family_name: str | None = None,
            middle_name: str | None = None,
            profile: str | None = None,
            preferred_username: str | None = None,
            website: str | None = None,
            zoneinfo: str | None = None,
            locale: str | None = None,
            formatted: str | None = None,
            region: str | None = None,
            password: str | None = None,
            salt: str | None = None,
            otp: CreatePublicAccountOtpDto | Mapping[str, Any] | None = None,
            custom_data: Any = None,
            identity_number: str | None = None,
            options: CreatePublicAccountOptionsDto | Mapping[str, Any] | None = None,
            *,
            department_ids: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PublicAccountDto]: ...

        def create_public_accounts_batch(
            self,
            list: List[CreatePublicAccountReqDto | Mapping[str, Any]],
            options: CreatePublicAccountOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[PublicAccountDto]]: ...

        def create_resource(
            self,
            type: CreateResourceDtoType | str,
            code: str,
            description: str | None = None,
            name: str | None = None,
            actions: List[ResourceAction | Mapping[str, Any]] | None = None,
            api_identifier: str | None = None,
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ResourceDto]: ...

        def create_resources_batch(
            self,
            list: List[CreateResourceBatchItemDto | Mapping[str, Any]],
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def create_role(
            self,
            code: str,
            name: str | None = None,
            namespace: str | None = None,
            description: str | None = None,
            disable_time: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RoleDto]: ...

        def create_roles_batch(
            self,
            list: List[RoleListItem | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def create_row(
            self,
            data: Any,
            model_id: str,
            row_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RowDto]: ...

        def create_row_relation(
            self,
            value_list: List[str],
            row_id: str,
            field_id: str,
            model_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def create_sync_task(
            self,
            field_mapping: List[SyncTaskFieldMapping | Mapping[str, Any]],
            sync_task_trigger: CreateSyncTaskDtoSyncTaskTrigger | str,
            sync_task_flow: CreateSyncTaskDtoSyncTaskFlow | str,
            client_config: SyncTaskClientConfig | Mapping[str, Any],
            sync_task_type: CreateSyncTaskDtoSyncTaskType | str,
            sync_task_name: str,
            organization_code: str | None = None,
            provisioning_scope: SyncTaskProvisioningScope | Mapping[str, Any] | None = None,
            timed_scheduler: SyncTaskTimedScheduler | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[SyncTaskPagingDto]: ...

        def create_tenant(
            self,
            name: str,
            app_ids: List[str],
            logo: List[str] | None = None,
            description: str | None = None,
            reject_hint: str | None = None,
            source_app_id: str | None = None,
            enterprise_domains: List[str] | None = None,
            expire_time: str | None = None,
            mau_amount: int | None = None,
            member_amount: int | None = None,
            admin_amount: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TenantDto]: ...

        def create_tenant_cooperator(
            self,
            policies: List[str],
            user_id: str,
            api_authorized: bool | None = None,
            send_phone_notification: bool | None = None,
            send_email_notification: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def create_tenant_enterprise_certification(
            self,
            business_name: str,
            business_license: str,
            business_registration_name: str,
            unified_social_credit: str,
            legal_representative_name: str,
            national_identification_number: str,
            personal_bank_card_number: str,
            bank_reserved_phone: str,
            tenant_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def create_tenant_user(
            self,
            tenant_id: str,
            gender: CreateTenantUserReqDtoGender | str,
            email: str | None = None,
            phone: str | None = None,
            phone_country_code: str | None = None,
            username: str | None = None,
            name: str | None = None,
            nickname: str | None = None,
            photo: str | None = None,
            birthdate: str | None = None,
            country: str | None = None,
            province: str | None = None,
            city: str | None = None,
            address: str | None = None,
            street_address: str | None = None,
            postal_code: str | None = None,
            given_name: str | None = None,
            family_name: str | None = None,
            middle_name: str | None = None,
            preferred_username: str | None = None,
            password: str | None = None,
            salt: str | None = None,
            options: CreateTenantUserOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TenantUserDto]: ...

        def create_user(
            self,
            status: CreateUserReqDtoStatus | str | None = None,
            email: str | None = None,
            phone: str | None = None,
            phone_country_code: str | None = None,
            username: str | None = None,
            external_id: str | None = None,
            name: str | None = None,
            nickname: str | None = None,
            photo: str | None = None,
            gender: CreateUserReqDtoGender | str | None = None,
            email_verified: bool | None = None,
            phone_verified: bool | None = None,
            birthdate: str | None = None,
            country: str | None = None,
            province: str | None = None,
            city: str | None = None,
            address: str | None = None,
            street_address: str | None = None,
            postal_code: str | None = None,
            company: str | None = None,
            browser: str | None = None,
            device: str | None = None,
            given_name: str | None = None,
            family_name: str | None = None,
            middle_name: str | None = None,
            profile: str | None = None,
            preferred_username: str | None = None,
            website: str | None = None,
            zoneinfo: str | None = None,
            locale: str | None = None,
            formatted: str | None = None,
            region: str | None = None,
            password: str | None = None,
            salt: str | None = None,
            tenant_ids: List[str] | None = None,
            otp: CreateUserOtpDto | Mapping[str, Any] | None = None,
            custom_data: Any = None,
            metadata_source: Any = None,
            identities: List[CreateIdentityDto | Mapping[str, Any]] | None = None,
            identity_number: str | None = None,
            options: CreateUserOptionsDto | Mapping[str, Any] | None = None,
            *,
            department_ids: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserDto]: ...

        def create_users_batch(
            self,
            list: List[CreateUserInfoDto | Mapping[str, Any]],
            options: CreateUserOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[UserDto]]: ...

        def create_verify_device(
            self,
            custom_data: Any,
            type: CreateTerminalDtoType | str,
            device_unique_id: str,
            name: str | None = None,
            version: str | None = None,
            hks: str | None = None,
            fde: str | None = None,
            hor: bool | None = None,
            sn: str | None = None,
            producer: str | None = None,
            mod: str | None = None,
            os: str | None = None,
            imei: str | None = None,
            meid: str | None = None,
            description: str | None = None,
            language: str | None = None,
            cookie: bool | None = None,
            user_agent: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TerminalInfoDto]: ...

        def create_webhook(
            self,
            content_type: CreateWebhookDtoContentType | str,
            events: List[CreateWebhookDtoEvents | str],
            url: str,
            name: str,
            enabled: bool | None = None,
            secret: str | None = None,
            *,
            retry_config: WebhookRetryConfigV3Dto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[WebhookDto]: ...

        def define_event(
            self,
            event_description: str,
            event_type: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def delete_access_key(
            self,
            access_key_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def delete_admin_roles_batch(
            self,
            code_list: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_application(
            self,
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_asa_account(
            self,
            account_id: str,
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_asa_account_batch(
            self,
            account_ids: List[str],
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_auth(
            self,
            auth_ids: Sequence[str] | str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_by_id(
            self,
            id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def delete_custom_fields(
            self,
            tenant_id: str,
            list: List[DeleteCustomFieldDto | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_data_policy(
            self,
            policy_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def delete_data_resource(
            self,
            resource_code: str,
            namespace_code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def delete_department(
            self,
            organization_code: str,
            department_id: str,
            department_id_type: DeleteDepartmentReqDtoDepartmentIdType | str | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_department_sync_relations(
            self,
            provider: str,
            department_id: str,
            organization_code: str,
            department_id_type: DeleteDepartmentSyncRelationReqDtoDepartmentIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_device(
            self,
            user_id: str,
            id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def delete_dnef(
            self,
            key: str,
            resource_code: str,
            namespace_code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_ext_idp(
            self,
            id: str,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_ext_idp_conn(
            self,
            id: str,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_groups_batch(
            self,
            code_list: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_invitation_roster(
            self,
            id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_invitation_roster_batch(
            self,
            ids: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_invitees(
            self,
            invitee_ids: List[str],
            roster_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_namespace(
            self,
            code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_namespaces_batch(
            self,
            code_list: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_organization(
            self,
            organization_code: str,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_permission_namespace(
            self,
            code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_permission_namespaces_batch(
            self,
            codes: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_pipeline_function(
            self,
            func_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def delete_public_accounts_batch(
            self,
            user_ids: List[str],
            options: DeletePublicAccountsBatchOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_resource(
            self,
            code: str,
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_resources_batch(
            self,
            namespace: str | None = None,
            code_list: List[str] | None = None,
            ids: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_risk_list_policy_by_id(
            self,
            id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def delete_roles(
            self,
            role_list: List[RoleCodeAndNamespaceDto | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_roles_batch(
            self,
            code_list: List[str],
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_tenant(
            self,
            tenant_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_tenant_admin(
            self,
            tenant_id: Any = None,
            link_user_id: Any = None,
            member_id: Any = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def delete_tenant_user(
            self,
            tenant_id: str,
            link_user_ids: List[str] | None = None,
            member_ids: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def delete_user_list_by_id(
            self,
            id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def delete_user_sync_relations(
            self,
            provider: str,
            user_id: str,
            user_id_type: DeleteUserSyncRelationReqDtoUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_users_batch(
            self,
            user_ids: List[str],
            options: DeleteUsersBatchOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_webhook(
            self,
            webhook_ids: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_whitelist(
            self,
            type: DeleteWhitelistDtoType | str,
            list: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def delete_whitelist_of_app(
            self,
            type: DeleteWhitelistOfAppDtoType | str,
            app_id: str,
            list: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def detail_auth_subject(
            self,
            target_id: str,
            target_type: DetailAuthSubjectParamsTargetType | str,
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetSubjectAuthDataDto]: ...

        def disable_device(
            self,
            id: str,
            user_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def disable_ldap_server(
            self,
            enabled: bool,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[bool]: ...

        def enable_device(
            self,
            id: str,
            user_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def enabled_auth(
            self,
            enabled: bool,
            id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def execute_operate(
            self,
            custom_config: Any,
            model_id: str,
            id: str,
            *,
            field_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def export_meatdata(
            self,
            id_list: List[str],
            model_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def export_metadata(
            self,
            id_list: List[str],
            model_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def export_model(
            self,
            model_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def export_users(
            self,
            roster_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ImportExportTemplateRespDto]: ...

        def ext_idp_conn_state_by_apps(
            self,
            id: str,
            tenant_id: str | None = None,
            app_id: str | None = None,
            type: ExtIdpConnStateByAppsParamsType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ExtIdpListPagingDto]: ...

        def filter(
            self,
            page: int | None = None,
            limit: int | None = None,
            keywords: str | None = None,
            filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
            with_invitor_detail: bool | None = None,
            with_operator_detail: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PaginationUniversalInvitationApplicantDataDto]: ...

        def filter_users(
            self,
            roster_id: str,
            page: int | None = None,
            limit: int | None = None,
            keywords: str | None = None,
            filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
            with_creator_detail: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[InvitationUserPaginationDto]: ...

        def find_app_lists(
            self,
            keyword: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[DeviceExclusiveValidScopeAppDataDto]]: ...

        def find_ip_list(
            self,
            ip_type: FindIpListParamsIpType | str,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IpListPagingDto]: ...

        def find_last_login_apps_by_device_ids(
            self,
            device_ids: List[str],
            user_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def find_last_login_apps_by_device_ids_v2(
            self,
            device_ids: List[str],
            user_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def find_risk_list_policy(
            self,
            opt_object: FindRiskListPolicyParamsOptObject | str,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RiskListPolicyPagingDto]: ...

        def find_user_list(
            self,
            user_list_type: FindUserListParamsUserListType | str,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserListPagingDto]: ...

        def generate_invite_tenant_user_link(
            self,
            validity_term: str,
            emails: List[str],
            app_id: str,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[InviteTenantUsersDto]: ...

        def generate_universal_invitation(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GenerateInvitationLinkDto]: ...

        def get_access_key(
            self,
            user_id: str,
            access_key_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[GetAccessKeyRespDto]]: ...

        def get_access_key_list(
            self,
            user_id: str | None = None,
            tenant_id: str | None = None,
            type: str | None = None,
            status: Sequence[str] | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[ListAccessKeyRespDto]]: ...

        def get_admin_audit_logs(
            self,
            request_id: str | None = None,
            client_ip: str | None = None,
            operation_type: str | None = None,
            resource_type: str | None = None,
            user_id: str | None = None,
            success: bool | None = None,
            start: int | None = None,
            end: int | None = None,
            pagination: ListWebhooksDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[AdminAuditLogRespData]: ...

        def get_all_departments(
            self,
            organization_code: str,
            department_id: str | None = None,
            department_id_type: GetAllDepartmentsParamsDepartmentIdType | str | None = None,
            with_custom_data: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[DepartmentPagingDto]: ...

        def get_all_groups(
            self,
            fetch_members: bool | None = None,
            with_custom_data: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[GroupDto]]: ...

        def get_all_metadata(
            self,
            model_id: str,
            conjunction: str | None = None,
            conditions: List[Condition | Mapping[str, Any]] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[FunctionModelValueListDto]: ...

        def get_all_metadata_row(
            self,
            size: int,
            model_id: str,
            scroll_id: str | None = None,
            id: str | None = None,
            query: Any = None,
            get_relation_details: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetAllRowByScrollidDto]: ...

        def get_all_rights_item(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RightItemRes]: ...

        def get_all_valid_scope_settings(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[GetDeviceExclusiveValidScopeDataDto]]: ...

        def get_all_white_list_settings(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[GetDeviceExclusiveWhiteListDataDto]]: ...

        def get_application(
            self,
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ApplicationDto]: ...

        def get_application_permission_strategy(
            self,
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetApplicationPermissionStrategyDataDto]: ...

        def get_application_secret(
            self,
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetApplicationSecretDataDto]: ...

        def get_application_simple_info(
            self,
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ApplicationSimpleInfoDto]: ...

        def get_asa_account(
            self,
            app_id: str,
            account_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[AsaAccountDto]: ...

        def get_asa_account_assigned_targets(
            self,
            app_id: str,
            account_id: str,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetAsaAccountAssignedTargetDataDto]: ...

        def get_asa_account_batch(
            self,
            account_ids: List[str],
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[AsaAccountDto]]: ...

        def get_assigned_account(
            self,
            app_id: str,
            target_type: GetAssignedAccountParamsTargetType | str,
            target_identifier: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[AsaAccountDto]: ...

        def get_authorized_resources(
            self,
            target_type: GetAuthorizedResourcesParamsTargetType | str,
            target_identifier: str,
            namespace: str | None = None,
            resource_type: GetAuthorizedResourcesParamsResourceType | str | None = None,
            resource_list: Sequence[str] | str | None = None,
            with_denied: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[AuthorizedResourcePagingDto]: ...

        def get_bind_pwd(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[str]: ...

        def get_current_package_info(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CostCurrentPackageInfo]: ...

        def get_custom_data(
            self,
            tenant_id: str,
            target_type: GetCustomDataParamsTargetType | str,
            target_identifier: str,
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[JsonValue]: ...

        def get_custom_fields(
            self,
            target_type: GetCustomFieldsParamsTargetType | str,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[CustomFieldDto]]: ...

        def get_data_policy(
            self,
            policy_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetDataPolicyRespDto]: ...

        def get_data_resource(
            self,
            namespace_code: str,
            resource_code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetDataResourceRespDto]: ...

        def get_department(
            self,
            organization_code: str | None = None,
            department_id: str | None = None,
            department_code: str | None = None,
            department_id_type: GetDepartmentParamsDepartmentIdType | str | None = None,
            with_custom_data: bool | None = None,
            flat_custom_data: bool | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[DepartmentDto]: ...

        def get_department_all_app(
            self,
            department_id: str,
            tenant_id: str | None = None,
            app_type_list: List[str] | None = None,
            with_custom_data: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[DepartmentDto]: ...

        def get_department_by_id(
            self,
            department_id: str,
            tenant_id: str | None = None,
            app_type_list: Sequence[str] | str | None = None,
            with_custom_data: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[DepartmentDto]: ...

        def get_department_sync_relations(
            self,
            organization_code: str,
            department_id: str | None = None,
            department_id_type: GetDepartmentSyncRelationsParamsDepartmentIdType | str | None = None,
            with_custom_data: bool | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[UserSyncRelationDto]]: ...

        def get_detail(
            self,
            number: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ApprovalDetailDto]: ...

        def get_device_status(
            self,
            id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[DeviceStatusResponseDataDto]: ...

        def get_email_provider(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[EmailProviderDto]: ...

        def get_email_templates(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetEmailTemplatesDataDto]: ...

        def get_ext_idp(
            self,
            id: str,
            tenant_id: str | None = None,
            app_id: str | None = None,
            type: GetExtIdpParamsType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ExtIdpDetail]: ...

        def get_external_user_resource_struct(
            self,
            resource_code: str,
            external_id: str,
            namespace_code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetExternalUserResourceStructDataDto]: ...

        def get_global_mfa_settings(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[MFASettingsDto]: ...

        def get_group(
            self,
            code: str,
            with_custom_data: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GroupDto]: ...

        def get_group_authorized_resources(
            self,
            code: str,
            namespace: str | None = None,
            resource_type: GetGroupAuthorizedResourcesParamsResourceType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[AuthorizedResourceDto]]: ...

        def get_groups_of_public_account(
            self,
            user_id: str,
            user_id_type: GetGroupsOfPublicAccountParamsUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GroupPagingDto]: ...

        def get_import_template(
            self,
            model_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RowDto]: ...

        def get_invitation_roster(
            self,
            roster_id: str,
            with_creator_detail: bool | None = None,
            with_user_count: bool | None = None,
            with_assigned_policy: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[InvitationRosterDto]: ...

        def get_invite_email_template(
            self,
            scene: EmailTemplateQueryDtoScene | str,
            policy_id: str,
            roster_id: str | None = None,
            template_type: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[EmailTemplateDto]: ...

        def get_mau_period_usage_history(
            self,
            start_time: str,
            end_time: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[MauPeriodUsageHistory]: ...

        def get_metadata_group_list(
            self,
            group_id: str,
            keyword: str | None = None,
            sort: List[Any] | None = None,
            page: int | None = None,
            limit: int | None = None,
            get_nest_data: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[FunctionModelValueListDto]: ...

        def get_mfa_trigger_data(
            self,
            app_id: str,
            user_id: str,
            user_id_type: GetMfaTriggerDataParamsUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetMfaInfoDataDto]: ...

        def get_model(
            self,
            id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[FunctionModelDto]: ...

        def get_multiple_tenant_admin(
            self,
            user_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[MultipleTenantAdminListPagingDto]: ...

        def get_namespace(
            self,
            code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[NamespaceDto]: ...

        def get_namespaces_batch(
            self,
            code_list: Sequence[str] | str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[NamespaceDto]]: ...

        def get_order_detail(
            self,
            order_no: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[OrderItem]: ...

        def get_order_pay_detail(
            self,
            order_no: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CostGetOrderPayDetail]: ...

        def get_orders(
            self,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetOrdersRes]: ...

        def get_organization(
            self,
            organization_code: str,
            with_custom_data: bool | None = None,
            with_post: bool | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[OrganizationDto]: ...

        def get_organizations_batch(
            self,
            organization_code_list: Sequence[str] | str,
            with_custom_data: bool | None = None,
            with_post: bool | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[OrganizationDto]]: ...

        def get_otp_secret_by_user(
            self,
            user_id: str,
            user_id_type: GetOtpSecretByUserParamsUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[OtpSecretRespDto]: ...

        def get_parent_department(
            self,
            organization_code: str,
            department_id: str,
            department_id_type: GetParentDepartmentParamsDepartmentIdType | str | None = None,
            with_custom_data: bool | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[DepartmentDto]: ...

        def get_permission_namespace(
            self,
            code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetPermissionNamespaceRespDto]: ...

        def get_permission_namespaces_batch(
            self,
            codes: Sequence[str] | str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[GetPermissionNamespaceRespDto]]: ...

        def get_pipeline_function(
            self,
            func_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PipelineFunctionDto]: ...

        def get_pipeline_logs(
            self,
            func_id: str,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PipelineFunctionPagingDto]: ...

        def get_policy_detail_by_id(
            self,
            policy_id: str,
            roster_id: str | None = None,
            with_creator_detail: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetInvitationPolicyDto]: ...

        def get_policy_user_attribution_detail(
            self,
            id: str,
            with_target_detail: bool | None = None,
            with_department_ext_info: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserAttributionDto]: ...

        def get_post(
            self,
            code: str,
            with_custom_data: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CreatePostDto]: ...

        def get_post_by_id(
            self,
            id_list: str | None = None,
            with_custom_data: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PostDto]: ...

        def get_post_of_public_user(
            self,
            user_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CreatePostDto]: ...

        def get_public_account(
            self,
            user_id: str,
            user_id_type: GetPublicAccountParamsUserIdType | str | None = None,
            with_custom_data: bool | None = None,
            *,
            with_department_ids: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PublicAccountDto]: ...

        def get_public_account_batch(
            self,
            user_ids: Sequence[str] | str,
            user_id_type: GetPublicAccountBatchParamsUserIdType | str | None = None,
            with_custom_data: bool | None = None,
            *,
            with_department_ids: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[PublicAccountDto]]: ...

        def get_public_account_departments(
            self,
            user_id: str,
            user_id_type: GetPublicAccountDepartmentsParamsUserIdType | str | None = None,
            page: int | None = None,
            limit: int | None = None,
            with_custom_data: bool | None = None,
            with_department_paths: bool | None = None,
            sort_by: GetPublicAccountDepartmentsParamsSortBy | str | None = None,
            order_by: GetPublicAccountDepartmentsParamsOrderBy | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserDepartmentPagingDto]: ...

        def get_public_account_of_groups(
            self,
            group_ids: List[str],
            user_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        def get_public_account_roles(
            self,
            user_id: str,
            user_id_type: GetPublicAccountRolesParamsUserIdType | str | None = None,
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PublicAccountPagingDto]: ...

        def get_public_accounts_of_department(
            self,
            department_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PublicAccountPagingDto]: ...

        def get_public_accounts_of_group(
            self,
            group_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PublicAccountPagingDto]: ...

        def get_public_accounts_of_post(
            self,
            post_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PublicAccountPagingDto]: ...

        def get_public_accounts_of_role(
            self,
            role_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PublicAccountPagingDto]: ...

        def get_public_accounts_of_user(
            self,
            user_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PublicAccountPagingDto]: ...

        def get_relation_details(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RelationValueListDto]: ...

        def get_relation_info(
            self,
            id_list: List[str],
            model_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def get_relation_value(
            self,
            model_id: str,
            field_id: str,
            row_id: str,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RelationValueListDto]: ...

        def get_resource(
            self,
            code: str,
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ResourceDto]: ...

        def get_resource_authorized_targets(
            self,
            resource: str,
            namespace: str | None = None,
            target_type: GetResourceAuthorizedTargetsDtoTargetType | str | None = None,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetResourceAuthorizedTargetDataDto]: ...

        def get_resources_batch(
            self,
            code_list: Sequence[str] | str,
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[ResourceDto]]: ...

        def get_role(
            self,
            code: str,
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RoleDto]: ...

        def get_role_authorized_resources(
            self,
            code: str,
            namespace: str | None = None,
            resource_type: GetRoleAuthorizedResourcesParamsResourceType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RoleAuthorizedResourcePagingDto]: ...

        def get_row(
            self,
            model_id: str,
            row_id: str,
            show_field_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RowDto]: ...

        def get_row_batch(
            self,
            row_ids: List[str],
            model_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[RowDto]]: ...

        def get_row_by_value(
            self,
            model_id: str,
            key: str,
            value: str,
            show_field_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RowDto]: ...

        def get_rule_settings(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetDeviceExclusiveRuleDataDto]: ...

        def get_security_settings(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[SecuritySettingsDto]: ...

        def get_sync_job(
            self,
            sync_job_id: int,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[SyncJobDto]: ...

        def get_sync_task(
            self,
            sync_task_id: int,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[SyncTaskDto]: ...

        def get_tenant(
            self,
            tenant_id: str,
            with_members_count: bool | None = None,
            with_app_detail: bool | None = None,
            with_creator_detail: bool | None = None,
            with_source_app_detail: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TenantRespDto]: ...

        def get_tenant_by_code(
            self,
            code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TenantRespDto]: ...

        def get_tenant_cooperator(
            self,
            user_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TenantCooperatorSingleDto]: ...

        def get_tenant_cooperator_menu(
            self,
            user_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TenantCooperatorSingleDto]: ...

        def get_tenant_enterprise_certification(
            self,
            tenant_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TenantEnterpriseCertificationRespDto]: ...

        def get_tenant_little_info(
            self,
            tenant_id: str,
            with_members_count: bool | None = None,
            with_app_detail: bool | None = None,
            with_creator_detail: bool | None = None,
            with_source_app_detail: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TenantRespDto]: ...

        def get_tenant_user(
            self,
            tenant_id: str,
            link_user_id: str | None = None,
            member_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TenantUserDto]: ...

        def get_universal_invitation(
            self,
            with_department_detail: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetUniversalInvitationDto]: ...

        def get_usage_info(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CurrentUsageRespDto]: ...

        def get_user(
            self,
            user_id: str,
            user_id_type: GetUserParamsUserIdType | str | None = None,
            flat_custom_data: bool | None = None,
            with_custom_data: bool | None = None,
            with_post: bool | None = None,
            with_identities: bool | None = None,
            *,
            with_department_ids: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserDto]: ...

        def get_user_accessible_apps(
            self,
            user_id: str,
            user_id_type: GetUserAccessibleAppsParamsUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[AppDto]]: ...

        def get_user_action_logs(
            self,
            request_id: str | None = None,
            client_ip: str | None = None,
            event_type: str | None = None,
            user_id: str | None = None,
            app_id: str | None = None,
            start: int | None = None,
            end: int | None = None,
            success: bool | None = None,
            pagination: ListWebhooksDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserActionLogRespData]: ...

        def get_user_attribution_main_department(
            self,
            policy_id: str,
            with_department_detail: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[UserAttributionMainDepartmentDto]]: ...

        def get_user_authorized_apps(
            self,
            user_id: str,
            user_id_type: GetUserAuthorizedAppsParamsUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[AppDto]]: ...

        def get_user_authorized_resources(
            self,
            user_id: str,
            user_id_type: GetUserAuthorizedResourcesParamsUserIdType | str | None = None,
            namespace: str | None = None,
            resource_type: GetUserAuthorizedResourcesParamsResourceType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[AuthorizedResourcePagingDto]: ...

        def get_user_base_fields(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[CustomFieldDto]]: ...

        def get_user_batch(
            self,
            user_ids: Sequence[str] | str,
            user_id_type: GetUserBatchParamsUserIdType | str | None = None,
            with_custom_data: bool | None = None,
            flat_custom_data: bool | None = None,
            with_identities: bool | None = None,
            *,
            with_department_ids: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[UserDto]]: ...

        def get_user_departments(
            self,
            user_id: str,
            user_id_type: GetUserDepartmentsParamsUserIdType | str | None = None,
            page: int | None = None,
            limit: int | None = None,
            with_custom_data: bool | None = None,
            with_department_paths: bool | None = None,
            sort_by: GetUserDepartmentsParamsSortBy | str | None = None,
            order_by: GetUserDepartmentsParamsOrderBy | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserDepartmentPagingDto]: ...

        def get_user_encrypt_password_batch(
            self,
            user_ids: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetUserEncryptPasswordBatchDataDto]: ...

        def get_user_groups(
            self,
            user_id: str,
            user_id_type: GetUserGroupsParamsUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GroupPagingDto]: ...

        def get_user_identities(
            self,
            user_id: str,
            user_id_type: GetUserIdentitiesParamsUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[IdentityDto]]: ...

        def get_user_loggedin_apps(
            self,
            user_id: str,
            user_id_type: GetUserLoggedinAppsParamsUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[UserLoggedInAppsDto]]: ...

        def get_user_loggedin_identities(
            self,
            user_id: str,
            user_id_type: GetUserLoggedinIdentitiesParamsUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[UserLoggedInIdentitiesDto]]: ...

        def get_user_login_history(
            self,
            user_id: str,
            user_id_type: GetUserLoginHistoryParamsUserIdType | str | None = None,
            app_id: str | None = None,
            client_ip: str | None = None,
            start: int | None = None,
            end: int | None = None,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserLoginHistoryPagingDto]: ...

        def get_user_mfa_info(
            self,
            user_id: str,
            user_id_type: GetUserMfaInfoParamsUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserMfaRespDto]: ...

        def get_user_mfa_status(
            self,
            user_id: str,
            user_id_type: GetUserMfaStatusParamsUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetMfaInfoDataDto]: ...

        def get_user_password_ciphertext(
            self,
            user_id: str,
            user_id_type: GetUserPasswordCiphertextDtoUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetUserPasswordCiphertextDataDto]: ...

        def get_user_permission_list(
            self,
            user_ids: List[str],
            namespace_codes: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetUserPermissionListDataDto]: ...

        def get_user_post(
            self,
            user_id: str,
            with_custom_data: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CreatePostDto]: ...

        def get_user_posts(
            self,
            user_id: str,
            with_custom_data: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[PostDto]]: ...

        def get_user_principal_authentication_info(
            self,
            user_id: str,
            user_id_type: GetUserPrincipalAuthenticationInfoParamsUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PrincipalAuthenticationInfoPagingDto]: ...

        def get_user_resource_permission_list(
            self,
            resources: List[str],
            user_id: str,
            namespace_code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetUserResourcePermissionListDataDto]: ...

        def get_user_resource_struct(
            self,
            resource_code: str,
            user_id: str,
            namespace_code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetUserResourceStructDataDto]: ...

        def get_user_roles(
            self,
            user_id: str,
            user_id_type: GetUserRolesParamsUserIdType | str | None = None,
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RolePagingDto]: ...

        def get_user_sync_relations(
            self,
            user_id: str,
            user_id_type: GetUserSyncRelationsParamsUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[UserSyncRelationDto]]: ...

        def get_users_of_public_account(
            self,
            public_account_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PublicAccountPagingDto]: ...

        def get_verify_config_app(
            self,
            keywords: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ApplicationDto]: ...

        def get_webhook(
            self,
            webhook_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[WebhookDto]: ...

        def get_webhook_event_list(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[WebhookEventListData]: ...

        def get_webhook_logs(
            self,
            webhook_id: str,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ListWebhookLogsData]: ...

        def get_wechat_mp_access_token_info(
            self,
            app_id: str,
            app_secret: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetWechatAccessTokenDataDto]: ...

        def has_any_role(
            self,
            roles: List[HasRoleRolesDto | Mapping[str, Any]],
            user_id: str,
            options: HasAnyRoleOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[HasAnyRoleDto]: ...

        def import_metadata(
            self,
            file: str,
            model_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def import_model(
            self,
            file: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def import_otp(
            self,
            list: List[ImportOtpItemDto | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        def import_template(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ImportExportTemplateRespDto]: ...

        def import_tenant(
            self,
            excel_url: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ImportTenantDataDto]: ...

        def import_tenant_history(
            self,
            page: str | None = None,
            limit: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ImportTenantHistoryDataDto]: ...

        def import_tenant_notify_user(
            self,
            import_id: str,
            page: str | None = None,
            limit: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ImportTenantNotifyUseDataDto]: ...

        def import_users(
            self,
            roster_id: str,
            file: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ImportInviteeDto]: ...

        def is_action_allowed(
            self,
            user_id: str,
            action: str,
            resource: str,
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsActionAllowedDataDto]: ...

        def is_user_exists(
            self,
            username: str | None = None,
            email: str | None = None,
            phone: str | None = None,
            external_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsUserExistsDto]: ...

        def is_user_in_department(
            self,
            user_id: str,
            organization_code: str,
            department_id: str,
            department_id_type: IsUserInDepartmentParamsDepartmentIdType | str | None = None,
            include_children_departments: bool | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsUserInDepartmentDataDto]: ...
