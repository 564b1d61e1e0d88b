# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Part of the types of ``with_raw_response`` (genauth_async); see tools/codegen/raw.py."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, List, TYPE_CHECKING

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async._raw_response import RawResponse
    from genauth_async.models import (
        ApplicationBrandingConfigInputDto, ApplicationPaginatedDataDto,
        ApplicationRegisterConfigInputDto, ApplicationSimpleInfoPaginatedDataDto, ApprovalPageList,
        ArchivedUsersListPagingDto, AsaAccountDto, AsaAccountPaginatedDataDto,
        AssignAsaAccountItem, CasIdPConfig, ChangeEmailStrategyDto, ChangePhoneStrategyDto,
        CombineFiltersBaseDto, CommonResourcePagingDto, Condition, Config, CookieSettingsDto,
        CustomFieldDto, DataPoliciesPaginatedRespDto, DataPoliciesSimplePaginatedRespDto,
        DataResourceTreeStructs, DataResourcesPaginatedRespDto, DataStatementPermissionDto,
        DefaultPasswordConfigDto, DeleteApplicationPermissionRecordItem,
        DeleteAuthorizeDataPolicyDtoTargetType, DepartmentDto, DepartmentI18nDto,
        DepartmentPagingDto, DepartmentSortingDto, DeviceRuleDto, DnefPaginatedRespDto,
        EmailTemplateDto, EventAppPagingDto, Expand, ExtIdpConnDetail, ExtIdpDto,
        ExtIdpListPagingDto, FunctionModelDto, FunctionModelFieldDto, FunctionModelValueListDto,
        GetDeviceExclusiveRuleDataDto, GetExtendsFieldsDto, GetInvitationPolicyDto,
        GetMfaInfoDataDto, GetUniversalInvitationDto, GetWebhooksData, GroupDto, GroupPagingDto,
        IPRuleDto, ImportExportTemplateRespDto, InvitationLinkConfigDto,
        InvitationPolicyUserAttributionListDto, InvitationRosterDto, InvitationRosterPaginationDto,
        InviteTenantUserRecordListDto, IsSuccessDto, KickPublicAccountsOptionsDto,
        KickUsersOptionsDto, LdapConfigInfoDto, LdapLogDto, LinkIdentityDataDto,
        ListApplicationActiveUsersOptionsDto, ListApplicationAuthDtoEffect,
        ListApplicationAuthPaginatedDataDto, ListApplicationSubjectDataListDto,
        ListAuthSubjectDtoTargetType, ListChildrenDepartmentsParamsDepartmentIdType,
        ListCustFieldsParamsDataType, ListCustFieldsParamsTargetType, ListCustomFieldsDto,
        ListDataPolicySubjectPageDto, ListDataPolicyTargetsParamsTargetType,
        ListDepartmentMemberIdsParamsDepartmentIdType, ListDepartmentMembersParamsDepartmentIdType,
        ListDepartmentMembersParamsOrderBy, ListDepartmentMembersParamsSortBy,
        ListPermissionViewPaginatedRespDto, ListPipelineFunctionsParamsScene,
        ListPolicyUserAttributionDetailParamsTargetType, ListPublicAccountsAdvancedFilterItemDto,
        ListPublicAccountsOptionsDto, ListResourceTargetsDataDto, ListResourcesParamsType,
        ListRoleAssignmentsParamsTargetType, ListSyncJobLogsParamsAction,
        ListSyncJobLogsParamsObjectType, ListSyncJobsParamsSyncTrigger,
        ListSyncRiskOperationsParamsObjectType, ListSyncRiskOperationsParamsStatus,
        ListTenantExtIdpParamsType, ListTenantUsersOptionsDto, ListUserBaseFieldsParamsDataType,
        ListUserBaseFieldsParamsTargetType, ListUsersAdvancedFilterItemDto,
        ListUsersLegacyParamsStatus, ListUsersOptionsDto, ListWhitelistsOfAppParamsType,
        ListWhitelistsParamsType, LogListParamsObjectType, LoginAnomalyDetectionConfigDto,
        MFASettingsDto, MfaSettingsDtoEnabledFactors, MultipleTenantAdminListPagingDto,
        NamespaceListPagingDto, NamespaceRolesListRespDto, Node, OIDCConfig, OauthIdpConfig,
        OpenEventPagingDto, OperateModelDto, OrganizationDto, OrganizationNameI18nDto,
        OrganizationPagingDto, PaginationInvitationPolicyDataDto, PendListParamsObjectType,
        PermissionNamespaceListPagingDto, PermissionNamespaceRolesListPagingDto,
        PipelineFunctionDto, PipelineFunctionPagingDto, PostInfoDto, PostPagingDto,
        PreviewEmailTemplateDataDto, PreviewEmailTemplateDtoTplEngine, PreviewEmailTemplateDtoType,
        PubEventRespDataDto, PublicAccountDto, PublicAccountPagingDto, QrcodeLoginStrategyDto,
        QuickFilterInviteePaginationDto, RefreshApplicationSecretDataDto,
        RegisterAnomalyDetectionConfigDto, RelationOptionalRange, RelationValueListDto,
        RemoveDepartmentMembersReqDtoDepartmentIdType,
        RemoveInvitationPolicyUserAttributionDtoTargetType,
        RemoveTenantDepartmentMembersReqDtoDepartmentIdType,
        ResetUserPrincipalAuthenticationInfoOptionsDto, ResignUserBatchReqDtoUserIdType,
        ResignUserDataDto, ResignUserReqDtoUserIdType, ResourceAction, ResourceDto,
        ResourcePagingDto, ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus,
        RoleCodeDto, RoleDepartmentListPagingDto, RoleListPageDto, RolePagingDto, RowDto,
        SamlIdpConfig, ScopeDto, SearchDepartmentMembersParamsDepartmentIdType,
        SearchDepartmentsFilterItemDto, SearchDepartmentsListReqDtoOrderBy,
        SearchDepartmentsListReqDtoSortBy, SecuritySettingsDto, SelfUnlockAccountConfigDto,
        SendEmailBatchDataDto, SendSmsBatchDataDto, SendTenantEmailDto, SendTenantSmsDto,
        SetCustomDataDto, SetCustomDataReqDtoTargetType, SetCustomFieldDto,
        SetMfaStatusDtoUserIdType, SetUserBaseFieldDto, SetUserDepartmentDto,
        SetUserDepartmentsOptionsDto, SyncJobPagingDto, SyncRiskOperationPagingDto,
        SyncTaskClientConfig, SyncTaskFieldMapping, SyncTaskPagingDto, SyncTaskProvisioningScope,
        SyncTaskTimedScheduler, TargetDto, TenantApplicationListPagingDto,
        TenantCooperatorListPagingDto, TenantListPagingDto, TenantUserListPagingDto,
        TriggerSyncRiskOperationsDataDto, TriggerSyncTaskDataDto, TriggerWebhookData,
        UnlinkIdentityDataDto, UpdateApplicationDtoDefaultProtocol,
        UpdateApplicationLoginConfigInputDto, UpdateApplicationMfaSettingsDtoDisabledFactors,
        UpdateApplicationMfaSettingsDtoEnabledFactors,
        UpdateApplicationPermissionStrategyDataDtoPermissionStrategy, UpdateDataPolicyRespDto,
        UpdateDataResourceRespDto, UpdateDepartmentReqDtoDepartmentIdType,
        UpdateDeviceExclusiveRuleDtoRule, UpdateEmailTemplateDtoTplEngine,
        UpdateEmailTemplateDtoType, UpdateExtendsFieldDto, UpdateFunctionModelDtoType,
        UpdateInvitationPolicyDtoInviteMethod, UpdateInvitationPolicyDtoSendVerifyCodeMethod,
        UpdateLoginConfig, UpdateNamespaceDto, UpdatePermissionNamespaceRespDto,
        UpdatePipelineOrderDtoScene, UpdatePublicAccountBatchOptionsDto,
        UpdatePublicAccountInfoDto, UpdatePublicAccountOptionsDto, UpdatePublicAccountReqDtoGender,
        UpdatePublicAccountReqDtoStatus, UpdateResourceDtoType, UpdateSyncTaskDtoSyncTaskFlow,
        UpdateSyncTaskDtoSyncTaskTrigger, UpdateSyncTaskDtoSyncTaskType, UpdateUserBatchOptionsDto,
        UpdateUserInfoDto, UpdateUserOptionsDto, UpdateUserReqDtoGender, UpdateUserReqDtoStatus,
        UpdateWebhookDtoContentType, UpdateWebhookDtoEvents, UserAttributionPaginationDto, UserDto,
        UserFieldDecryptReqItemDto, UserFieldDecryptRespItemDto, UserPagingDto,
        UserPoolTenantConfigDto, WebhookDto, WebhookRetryConfigV3Dto, WhitelistRespDto,
    )

__all__ = ["_ManagementWithRawResponse2"]


class _ManagementWithRawResponse2:
    """Some of the methods ``with_raw_response`` declares (in parts, to keep files small)."""

    __slots__ = ()

    if TYPE_CHECKING:

        async def kick_public_accounts(
            self,
            app_ids: List[str],
            user_id: str,
            options: KickPublicAccountsOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def kick_users(
            self,
            app_ids: List[str],
            user_id: str,
            options: KickUsersOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def link_identity(
            self,
            user_id_in_idp: str,
            user_id: str,
            ext_idp_id: str,
            type: str | None = None,
            is_social: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[LinkIdentityDataDto]: ...

        async def list_application_active_users(
            self,
            app_id: str,
            options: ListApplicationActiveUsersOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserPagingDto]: ...

        async def list_application_simple_info(
            self,
            page: int | None = None,
            limit: int | None = None,
            is_integrate_app: bool | None = None,
            is_self_built_app: bool | None = None,
            sso_enabled: bool | None = None,
            keywords: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ApplicationSimpleInfoPaginatedDataDto]: ...

        async def list_applications(
            self,
            page: int | None = None,
            limit: int | None = None,
            is_integrate_app: bool | None = None,
            is_self_built_app: bool | None = None,
            sso_enabled: bool | None = None,
            keywords: str | None = None,
            all: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ApplicationPaginatedDataDto]: ...

        async def list_archived_users(
            self,
            page: int | None = None,
            limit: int | None = None,
            start_at: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ArchivedUsersListPagingDto]: ...

        async def list_asa_account(
            self,
            app_id: str,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[AsaAccountPaginatedDataDto]: ...

        async def list_auth_application(
            self,
            app_id: str,
            page: int | None = None,
            limit: int | None = None,
            target_name: str | None = None,
            target_type_list: List[str] | None = None,
            effect: ListApplicationAuthDtoEffect | str | None = None,
            enabled: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ListApplicationAuthPaginatedDataDto]: ...

        async def list_auth_subject(
            self,
            target_type: ListAuthSubjectDtoTargetType | str,
            target_id: str,
            app_name: str | None = None,
            app_type_list: List[str] | None = None,
            effect: List[str] | None = None,
            enabled: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ListApplicationSubjectDataListDto]: ...

        async def list_children_departments(
            self,
            organization_code: str,
            department_id: str,
            status: bool | None = None,
            department_id_type: ListChildrenDepartmentsParamsDepartmentIdType | str | None = None,
            exclude_virtual_node: bool | None = None,
            only_virtual_node: bool | None = None,
            with_custom_data: bool | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[DepartmentPagingDto]: ...

        async def list_common_resource(
            self,
            page: int | None = None,
            limit: int | None = None,
            keyword: str | None = None,
            namespace_code_list: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[CommonResourcePagingDto]: ...

        async def list_cust_fields(
            self,
            target_type: ListCustFieldsParamsTargetType | str,
            data_type: ListCustFieldsParamsDataType | str,
            tenant_id: str | None = None,
            page: int | None = None,
            limit: int | None = None,
            user_visible: bool | None = None,
            admin_visible: bool | None = None,
            access_control: bool | None = None,
            keyword: str | None = None,
            lang: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ListCustomFieldsDto]: ...

        async def list_data_polices(
            self,
            page: int | None = None,
            limit: int | None = None,
            query: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[DataPoliciesPaginatedRespDto]: ...

        async def list_data_policies(
            self,
            page: int | None = None,
            limit: int | None = None,
            query: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[DataPoliciesPaginatedRespDto]: ...

        async def list_data_policy_targets(
            self,
            policy_id: str,
            page: int | None = None,
            limit: int | None = None,
            query: str | None = None,
            target_type: Sequence[ListDataPolicyTargetsParamsTargetType | str] | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ListDataPolicySubjectPageDto]: ...

        async def list_data_resources(
            self,
            page: int | None = None,
            limit: int | None = None,
            query: str | None = None,
            namespace_codes: Sequence[str] | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[DataResourcesPaginatedRespDto]: ...

        async def list_department_member_ids(
            self,
            organization_code: str,
            department_id: str,
            department_id_type: ListDepartmentMemberIdsParamsDepartmentIdType | str | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[str]]: ...

        async def list_department_members(
            self,
            organization_code: str,
            department_id: str,
            sort_by: ListDepartmentMembersParamsSortBy | str | None = None,
            order_by: ListDepartmentMembersParamsOrderBy | str | None = None,
            department_id_type: ListDepartmentMembersParamsDepartmentIdType | str | None = None,
            include_children_departments: bool | None = None,
            page: int | None = None,
            limit: int | None = None,
            with_custom_data: bool | None = None,
            with_identities: bool | None = None,
            with_department_ids: bool | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserPagingDto]: ...

        async def list_dnef(
            self,
            namespace_code: str,
            resource_code: str,
            start_index: int | None = None,
            max_size: int | None = None,
            query: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[DnefPaginatedRespDto]: ...

        async def list_event_apps(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[EventAppPagingDto]: ...

        async def list_events(
            self,
            page: int | None = None,
            limit: int | None = None,
            app: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[OpenEventPagingDto]: ...

        async def list_ext_idp(
            self,
            tenant_id: str | None = None,
            app_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ExtIdpListPagingDto]: ...

        async def list_field(
            self,
            model_id: str,
            *,
            from_: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[FunctionModelFieldDto]]: ...

        async def list_group_members(
            self,
            code: str,
            page: int | None = None,
            limit: int | None = None,
            with_custom_data: bool | None = None,
            with_identities: bool | None = None,
            *,
            with_department_ids: bool | None = None,
            flat_custom_data: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserPagingDto]: ...

        async def list_groups(
            self,
            keywords: str | None = None,
            page: int | None = None,
            limit: int | None = None,
            with_metadata: bool | None = None,
            with_custom_data: bool | None = None,
            flat_custom_data: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GroupPagingDto]: ...

        async def list_invitation_policies(
            self,
            page: int | None = None,
            limit: int | None = None,
            keywords: str | None = None,
            filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
            with_creator_detail: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PaginationInvitationPolicyDataDto]: ...

        async def list_invitation_roster(
            self,
            page: int | None = None,
            limit: int | None = None,
            keywords: str | None = None,
            filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
            with_creator_detail: bool | None = None,
            with_user_count: bool | None = None,
            with_assigned_policy: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[InvitationRosterPaginationDto]: ...

        async def list_invitation_rosters_by_non_policy_id(
            self,
            page: int | None = None,
            limit: int | None = None,
            keywords: str | None = None,
            filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
            with_creator_detail: bool | None = None,
            with_user_count: bool | None = None,
            with_assigned_policy: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[InvitationRosterPaginationDto]: ...

        async def list_invitation_rosters_by_policy_id(
            self,
            policy_id: str,
            page: int | None = None,
            limit: int | None = None,
            keywords: str | None = None,
            filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
            with_creator_detail: bool | None = None,
            with_user_count: bool | None = None,
            with_assigned_policy: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[InvitationRosterPaginationDto]: ...

        async def list_invite_tenant_user_records(
            self,
            keywords: str,
            page: str,
            limit: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[InviteTenantUserRecordListDto]: ...

        async def list_invite_tennat_user_records(
            self,
            keywords: str,
            page: str,
            limit: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[InviteTenantUserRecordListDto]: ...

        async def list_model(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[FunctionModelDto]]: ...

        async def list_multiple_tenant_admin(
            self,
            keywords: str | None = None,
            page: str | None = None,
            limit: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[MultipleTenantAdminListPagingDto]: ...

        async def list_namespace_roles(
            self,
            code: str,
            page: int | None = None,
            limit: int | None = None,
            keywords: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[NamespaceRolesListRespDto]: ...

        async def list_namespaces(
            self,
            page: int | None = None,
            limit: int | None = None,
            keywords: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[NamespaceListPagingDto]: ...

        async def list_operate(
            self,
            model_id: str,
            keywords: str | None = None,
            page: int | None = None,
            limit: int | None = None,
            *,
            field_id: str | None = None,
            show_created: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[OperateModelDto]: ...

        async def list_operate_all(
            self,
            model_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[OperateModelDto]: ...

        async def list_organizations(
            self,
            page: int | None = None,
            limit: int | None = None,
            fetch_all: bool | None = None,
            with_custom_data: bool | None = None,
            with_post: bool | None = None,
            tenant_id: str | None = None,
            status: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[OrganizationPagingDto]: ...

        async def list_permission_namespace_roles(
            self,
            code: str,
            page: int | None = None,
            limit: int | None = None,
            query: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PermissionNamespaceRolesListPagingDto]: ...

        async def list_permission_namespaces(
            self,
            page: int | None = None,
            limit: int | None = None,
            query: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PermissionNamespaceListPagingDto]: ...

        async def list_permission_view(
            self,
            page: int | None = None,
            limit: int | None = None,
            keyword: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ListPermissionViewPaginatedRespDto]: ...

        async def list_pipeline_functions(
            self,
            scene: ListPipelineFunctionsParamsScene | str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PipelineFunctionPagingDto]: ...

        async def list_policy_user_attribution_detail(
            self,
            policy_id: str,
            target_type: ListPolicyUserAttributionDetailParamsTargetType | str,
            page: int | None = None,
            limit: int | None = None,
            with_target_detail: bool | None = None,
            with_department_ext_info: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[UserAttributionPaginationDto]]: ...

        async def list_public_accounts(
            self,
            keywords: str | None = None,
            advanced_filter: List[ListPublicAccountsAdvancedFilterItemDto | Mapping[str, Any]] | None = None,
            search_query: Any = None,
            options: ListPublicAccountsOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PublicAccountPagingDto]: ...

        async def list_register_extends_fields(
            self,
            policy_id: str,
            roster_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetExtendsFieldsDto]: ...

        async def list_resource_targets(
            self,
            resources: List[str],
            actions: List[str],
            namespace_code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ListResourceTargetsDataDto]: ...

        async def list_resources(
            self,
            namespace: str | None = None,
            type: ListResourcesParamsType | str | None = None,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ResourcePagingDto]: ...

        async def list_role_assignments(
            self,
            role_code: str,
            page: int | None = None,
            limit: int | None = None,
            query: str | None = None,
            namespace_code: str | None = None,
            target_type: Sequence[ListRoleAssignmentsParamsTargetType | str] | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RoleListPageDto]: ...

        async def list_role_departments(
            self,
            code: str,
            namespace: str | None = None,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RoleDepartmentListPagingDto]: ...

        async def list_role_members(
            self,
            code: str,
            page: int | None = None,
            limit: int | None = None,
            with_custom_data: bool | None = None,
            with_identities: bool | None = None,
            namespace: str | None = None,
            *,
            with_department_ids: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserPagingDto]: ...

        async def list_roles(
            self,
            page: int | None = None,
            limit: int | None = None,
            keywords: str | None = None,
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RolePagingDto]: ...

        async def list_row(
            self,
            model_id: str,
            keywords: str | None = None,
            conjunction: str | None = None,
            conditions: List[Condition | Mapping[str, Any]] | None = None,
            sort: List[Any] | None = None,
            page: int | None = None,
            limit: int | None = None,
            fetch_all: bool | None = None,
            with_path: bool | None = None,
            show_field_id: bool | None = None,
            preview_relation: bool | None = None,
            get_relation_field_detail: bool | None = None,
            scope: ScopeDto | Mapping[str, Any] | None = None,
            filter_relation: ScopeDto | Mapping[str, Any] | None = None,
            expand: List[Expand | Mapping[str, Any]] | None = None,
            *,
            get_nest_data: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[FunctionModelValueListDto]: ...

        async def list_simple_data_polices(
            self,
            page: int | None = None,
            limit: int | None = None,
            query: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[DataPoliciesSimplePaginatedRespDto]: ...

        async def list_simple_data_policies(
            self,
            page: int | None = None,
            limit: int | None = None,
            query: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[DataPoliciesSimplePaginatedRespDto]: ...

        async def list_sync_job_logs(
            self,
            sync_job_id: int,
            page: int | None = None,
            limit: int | None = None,
            success: bool | None = None,
            action: ListSyncJobLogsParamsAction | str | None = None,
            object_type: ListSyncJobLogsParamsObjectType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TriggerSyncTaskDataDto]: ...

        async def list_sync_jobs(
            self,
            sync_task_id: int,
            page: int | None = None,
            limit: int | None = None,
            sync_trigger: ListSyncJobsParamsSyncTrigger | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[SyncJobPagingDto]: ...

        async def list_sync_risk_operations(
            self,
            sync_task_id: int,
            page: int | None = None,
            limit: int | None = None,
            status: Sequence[ListSyncRiskOperationsParamsStatus | str] | str | None = None,
            object_type: Sequence[ListSyncRiskOperationsParamsObjectType | str] | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[SyncRiskOperationPagingDto]: ...

        async def list_sync_tasks(
            self,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[SyncTaskPagingDto]: ...

        async def list_tenant_admin(
            self,
            tenant_id: str,
            keywords: str | None = None,
            page: str | None = None,
            limit: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TenantUserListPagingDto]: ...

        async def list_tenant_applications(
            self,
            page: str,
            limit: str,
            keywords: str,
            sso_enabled: bool,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TenantApplicationListPagingDto]: ...

        async def list_tenant_cooperators(
            self,
            keywords: str | None = None,
            external: bool | None = None,
            page: str | None = None,
            limit: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TenantCooperatorListPagingDto]: ...

        async def list_tenant_ext_idp(
            self,
            tenant_id: str | None = None,
            app_id: str | None = None,
            type: ListTenantExtIdpParamsType | str | None = None,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ExtIdpListPagingDto]: ...

        async def list_tenant_users(
            self,
            tenant_id: str,
            keywords: str | None = None,
            options: ListTenantUsersOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TenantUserListPagingDto]: ...

        async def list_tenants(
            self,
            keywords: str | None = None,
            with_members_count: bool | None = None,
            with_app_detail: bool | None = None,
            with_creator_detail: bool | None = None,
            with_source_app_detail: bool | None = None,
            page: str | None = None,
            limit: str | None = None,
            source: Any = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TenantListPagingDto]: ...

        async def list_user_base_fields(
            self,
            target_type: ListUserBaseFieldsParamsTargetType | str,
            data_type: ListUserBaseFieldsParamsDataType | str,
            tenant_id: str | None = None,
            page: int | None = None,
            limit: int | None = None,
            user_visible: bool | None = None,
            admin_visible: bool | None = None,
            access_control: bool | None = None,
            keyword: str | None = None,
            lang: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ListCustomFieldsDto]: ...

        async def list_users(
            self,
            keywords: str | None = None,
            advanced_filter: List[ListUsersAdvancedFilterItemDto | Mapping[str, Any]] | None = None,
            search_query: Any = None,
            options: ListUsersOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserPagingDto]: ...

        async def list_users_legacy(
            self,
            page: int | None = None,
            limit: int | None = None,
            status: ListUsersLegacyParamsStatus | str | None = None,
            updated_at_start: int | None = None,
            updated_at_end: int | None = None,
            with_custom_data: bool | None = None,
            with_post: bool | None = None,
            with_identities: bool | None = None,
            *,
            with_department_ids: bool | None = None,
            with_user_password_expire_time: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserPagingDto]: ...

        async def list_webhooks(
            self,
            page: int | None = None,
            limit: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetWebhooksData]: ...

        async def list_whitelists(
            self,
            type: ListWhitelistsParamsType | str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[WhitelistRespDto]: ...

        async def list_whitelists_of_app(
            self,
            type: ListWhitelistsOfAppParamsType | str,
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[WhitelistRespDto]: ...

        async def log_list(
            self,
            page_no: int | None = None,
            page_size: int | None = None,
            object_type: LogListParamsObjectType | str | None = None,
            keyword: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ApprovalPageList]: ...

        async def pend_list(
            self,
            page_no: int | None = None,
            page_size: int | None = None,
            object_type: PendListParamsObjectType | str | None = None,
            keyword: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ApprovalPageList]: ...

        async def post_list(
            self,
            keywords: str | None = None,
            skip_count: bool | None = None,
            page: int | None = None,
            limit: int | None = None,
            with_metadata: bool | None = None,
            with_custom_data: bool | None = None,
            flat_custom_data: bool | None = None,
            metadata_no_field_id: bool | None = None,
            created_after: int | None = None,
            created_before: int | None = None,
            updated_after: int | None = None,
            updated_before: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PostPagingDto]: ...

        async def post_list_batch(
            self,
            keywords: str | None = None,
            skip_count: bool | None = None,
            page: int | None = None,
            limit: int | None = None,
            with_metadata: bool | None = None,
            with_custom_data: bool | None = None,
            flat_custom_data: bool | None = None,
            metadata_no_field_id: bool | None = None,
            created_after: int | None = None,
            created_before: int | None = None,
            updated_after: int | None = None,
            updated_before: int | None = None,
            post_codes: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PostPagingDto]: ...

        async def preview_email_template(
            self,
            type: PreviewEmailTemplateDtoType | str,
            content: str | None = None,
            subject: str | None = None,
            sender: str | None = None,
            expires_in: int | None = None,
            tpl_engine: PreviewEmailTemplateDtoTplEngine | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PreviewEmailTemplateDataDto]: ...

        async def process_approval(
            self,
            number: str,
            is_agreed: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def pub_user_event(
            self,
            event_type: str,
            event_data: Any,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PubEventRespDataDto]: ...

        async def query_ldap_config_info(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[LdapConfigInfoDto]: ...

        async def query_ldap_log(
            self,
            type: int,
            page: int,
            limit: int,
            connection: int | None = None,
            operation_number: int | None = None,
            error_code: int | None = None,
            message: str | None = None,
            start_time: int | None = None,
            end_time: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[LdapLogDto]: ...

        async def query_ldap_sub_entries(
            self,
            page: int,
            limit: int,
            dn: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[LdapLogDto]: ...

        async def quick_filter_invitee_list(
            self,
            page: int | None = None,
            limit: int | None = None,
            keywords: str | None = None,
            filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[QuickFilterInviteePaginationDto]: ...

        async def refresh_application_secret(
            self,
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RefreshApplicationSecretDataDto]: ...

        async def reject(
            self,
            applicant_ids: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def relation_search(
            self,
            field_id: str,
            model_id: str,
            keywords: str | None = None,
            page: int | None = None,
            limit: int | None = None,
            show_field_id: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RelationValueListDto]: ...

        async def remote_field(
            self,
            model_id: str,
            id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def remove(
            self,
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def remove_department_members(
            self,
            user_ids: List[str],
            organization_code: str,
            department_id: str,
            department_id_type: RemoveDepartmentMembersReqDtoDepartmentIdType | str | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def remove_field(
            self,
            model_id: str,
            id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def remove_group_members(
            self,
            user_ids: List[str],
            code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def remove_model(
            self,
            id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def remove_operate(
            self,
            custom_config: Any,
            model_id: str,
            id: str,
            *,
            field_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def remove_policy_user_attribution(
            self,
            target_type: RemoveInvitationPolicyUserAttributionDtoTargetType | str,
            target_identifier: str,
            policy_id: str,
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def remove_policy_user_attributions_batch(
            self,
            targets: List[InvitationPolicyUserAttributionListDto | Mapping[str, Any]],
            policy_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def remove_post(
            self,
            code: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def remove_relation_value(
            self,
            value: str,
            field_ids: List[str],
            row_id: str,
            model_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def remove_row(
            self,
            row_id_list: List[str],
            model_id: str,
            recursive: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def remove_tenant_department_members(
            self,
            organization_code: str,
            department_id: str,
            department_id_type: RemoveTenantDepartmentMembersReqDtoDepartmentIdType | str | None = None,
            link_user_ids: List[str] | None = None,
            member_ids: List[str] | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def remove_tenant_users(
            self,
            tenant_id: str,
            link_user_ids: List[str] | None = None,
            member_ids: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def remove_user_attribution_main_department(
            self,
            policy_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def reset_user_principal_authentication_info(
            self,
            user_id: str,
            options: ResetUserPrincipalAuthenticationInfoOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def resign_public_account_batch(
            self,
            user_ids: List[str],
            user_id_type: ResignUserBatchReqDtoUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ResignUserDataDto]: ...

        async def resign_user(
            self,
            user_id: str,
            user_id_type: ResignUserReqDtoUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ResignUserDataDto]: ...

        async def resign_user_batch(
            self,
            user_ids: List[str],
            user_id_type: ResignUserBatchReqDtoUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ResignUserDataDto]: ...

        async def reupload_pipeline_function(
            self,
            func_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PipelineFunctionDto]: ...

        async def revert_roster_invitation(
            self,
            invitee_id: str,
            roster_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def revert_roster_invitation_batch(
            self,
            invitee_ids: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def review_tenant_enterprise_certification(
            self,
            tenant_id: str,
            enterprise_certification_status: ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus | str,
            review_reason: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def revoke_application_access(
            self,
            app_id: str,
            list: List[DeleteApplicationPermissionRecordItem | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def revoke_data_policy(
            self,
            target_type: DeleteAuthorizeDataPolicyDtoTargetType | str,
            target_identifier: str,
            policy_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def revoke_role(
            self,
            targets: List[TargetDto | Mapping[str, Any]],
            code: str,
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def revoke_role_batch(
            self,
            targets: List[TargetDto | Mapping[str, Any]],
            roles: List[RoleCodeDto | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def save_invitation_policies(
            self,
            app_ids: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def save_ldap_config_info(
            self,
            ldap_domain: str,
            link_url: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[bool]: ...

        async def search_department_members(
            self,
            organization_code: str,
            department_id: str,
            keywords: str,
            page: int | None = None,
            limit: int | None = None,
            department_id_type: SearchDepartmentMembersParamsDepartmentIdType | str | None = None,
            include_children_departments: bool | None = None,
            with_custom_data: bool | None = None,
            with_identities: bool | None = None,
            with_department_ids: bool | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserPagingDto]: ...

        async def search_departments(
            self,
            keywords: str,
            organization_code: str,
            with_custom_data: bool | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[DepartmentDto]]: ...

        async def search_departments_list(
            self,
            organization_code: str,
            with_custom_data: bool | None = None,
            with_post: bool | None = None,
            page: int | None = None,
            limit: int | None = None,
            advanced_filter: List[SearchDepartmentsFilterItemDto | Mapping[str, Any]] | None = None,
            sort_by: SearchDepartmentsListReqDtoSortBy | str | None = None,
            order_by: SearchDepartmentsListReqDtoOrderBy | str | None = None,
            sort: List[DepartmentSortingDto | Mapping[str, Any]] | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[DepartmentDto]]: ...

        async def search_organizations(
            self,
            keywords: str,
            page: int | None = None,
            limit: int | None = None,
            with_custom_data: bool | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[OrganizationPagingDto]: ...

        async def send_email_batch(
            self,
            admin_name: str,
            import_id: int,
            users: List[SendTenantEmailDto | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[SendEmailBatchDataDto]: ...

        async def send_invite_tenant_user_email(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def send_roster_invitation(
            self,
            roster_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def send_roster_invitation_batch(
            self,
            invitee_ids: List[str],
            roster_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def send_sms_batch(
            self,
            admin_name: str,
            import_id: int,
            users: List[SendTenantSmsDto | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[SendSmsBatchDataDto]: ...

        async def set_custom_data(
            self,
            list: List[SetCustomDataDto | Mapping[str, Any]],
            target_identifier: str,
            target_type: SetCustomDataReqDtoTargetType | str,
            tenant_id: str | None = None,
            namespace: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def set_custom_fields(
            self,
            list: List[SetCustomFieldDto | Mapping[str, Any]],
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[CustomFieldDto]]: ...

        async def set_public_account_of_departments(
            self,
            user_id: str,
            departments: List[SetUserDepartmentDto | Mapping[str, Any]],
            options: SetUserDepartmentsOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def set_public_account_of_post(
            self,
            user_id: str,
            post_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def set_public_account_ofn_post(
            self,
            user_id: str,
            post_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def set_tenant_admin(
            self,
            tenant_id: str,
            link_user_ids: List[str] | None = None,
            member_ids: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def set_user_attribution_main_department(
            self,
            policy_id: str,
            department_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def set_user_base_fields(
            self,
            list: List[SetUserBaseFieldDto | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[CustomFieldDto]]: ...

        async def set_user_departments(
            self,
            user_id: str,
            departments: List[SetUserDepartmentDto | Mapping[str, Any]],
            options: SetUserDepartmentsOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def set_user_of_public_account(
            self,
            user_id: str,
            public_account_ids: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def set_user_posts(
            self,
            post_ids: List[str],
            user_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def set_users_mfa_status(
            self,
            mfa_trigger_data: GetMfaInfoDataDto | Mapping[str, Any],
            user_id: str,
            user_id_type: SetMfaStatusDtoUserIdType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def setuser_of_public_account(
            self,
            user_id: str,
            public_account_ids: List[str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def suspend_device(
            self,
            end_time: str,
            user_id: str,
            id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def trigger_sync_risk_operations(
            self,
            sync_risk_operation_ids: List[int],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TriggerSyncRiskOperationsDataDto]: ...

        async def trigger_sync_task(
            self,
            sync_task_id: int,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TriggerSyncTaskDataDto]: ...

        async def trigger_webhook(
            self,
            webhook_id: str,
            request_headers: Any = None,
            request_body: Any = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[TriggerWebhookData]: ...

        async def unassign_asa_account(
            self,
            app_id: str,
            account_id: str,
            targets: List[AssignAsaAccountItem | Mapping[str, Any]],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def unbind_public_account_of_post(
            self,
            user_id: str,
            post_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def unbind_users_public_account(
            self,
            user_id: str,
            public_account_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def unlink_identity(
            self,
            user_id: str,
            ext_idp_id: str,
            type: str | None = None,
            is_social: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UnlinkIdentityDataDto]: ...

        async def update_access_key(
            self,
            enable: bool,
            access_key_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def update_application(
            self,
            app_id: str,
            app_name: str | None = None,
            template_data: Any = None,
            app_identifier: str | None = None,
            app_logo: str | None = None,
            app_description: str | None = None,
            default_protocol: UpdateApplicationDtoDefaultProtocol | str | None = None,
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
            login_config: UpdateApplicationLoginConfigInputDto | Mapping[str, Any] | None = None,
            register_config: ApplicationRegisterConfigInputDto | Mapping[str, Any] | None = None,
            branding_config: ApplicationBrandingConfigInputDto | Mapping[str, Any] | None = None,
            sso_show_launchpad: bool | None = None,
            enable_permission_apply: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def update_application_mfa_settings(
            self,
            app_id: str,
            enabled_factors: List[UpdateApplicationMfaSettingsDtoEnabledFactors | str] | None = None,
            disabled_factors: List[UpdateApplicationMfaSettingsDtoDisabledFactors | str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[MFASettingsDto]: ...

        async def update_application_permission_strategy(
            self,
            permission_strategy: UpdateApplicationPermissionStrategyDataDtoPermissionStrategy | str,
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def update_asa_account(
            self,
            account_info: Any,
            account_id: str,
            app_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[AsaAccountDto]: ...

        async def update_data_policy(
            self,
            policy_id: str,
            policy_name: str | None = None,
            description: str | None = None,
            statement_list: List[DataStatementPermissionDto | Mapping[str, Any]] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UpdateDataPolicyRespDto]: ...

        async def update_data_resource(
            self,
            resource_code: str,
            namespace_code: str,
            resource_name: str | None = None,
            description: str | None = None,
            struct: DataResourceTreeStructs | Mapping[str, Any] | str | List[str] | None = None,
            actions: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UpdateDataResourceRespDto]: ...

        async def update_department(
            self,
            organization_code: str,
            department_id: str,
            metadata: Any,
            leader_user_ids: List[str] | None = None,
            description: str | None = None,
            code: str | None = None,
            i18n: DepartmentI18nDto | Mapping[str, Any] | None = None,
            status: bool | None = None,
            name: str | None = None,
            department_id_type: UpdateDepartmentReqDtoDepartmentIdType | str | None = None,
            parent_department_id: str | None = None,
            custom_data: Any = None,
            post_id_list: List[str] | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[DepartmentDto]: ...

        async def update_dnef(
            self,
            key: str,
            resource_code: str,
            namespace_code: str,
            description: str | None = None,
            label: str | None = None,
            config: Config | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def update_email_template(
            self,
            content: str,
            sender: str,
            subject: str,
            name: str,
            customize_enabled: bool,
            type: UpdateEmailTemplateDtoType | str,
            expires_in: int | None = None,
            redirect_to: str | None = None,
            tpl_engine: UpdateEmailTemplateDtoTplEngine | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[EmailTemplateDto]: ...

        async def update_ext_idp(
            self,
            name: str,
            id: str,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ExtIdpDto]: ...

        async def update_ext_idp_conn(
            self,
            id: str,
            display_name: str,
            fields: Any,
            logo: str | None = None,
            login_only: bool | None = None,
            tenant_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ExtIdpConnDetail]: ...

        async def update_field(
            self,
            user_visible: bool,
            relation_optional_range: RelationOptionalRange | Mapping[str, Any],
            relation_show_key: str,
            for_login: bool,
            fuzzy_search: bool,
            drop_down: List[str],
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
            name: str,
            model_id: str,
            id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[FunctionModelFieldDto]: ...

        async def update_global_mfa_settings(
            self,
            enabled_factors: List[MfaSettingsDtoEnabledFactors | str],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[MFASettingsDto]: ...

        async def update_group(
            self,
            description: str,
            code: str,
            name: str | None = None,
            new_code: str | None = None,
            custom_data: Any = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GroupDto]: ...

        async def update_invitation_policy(
            self,
            policy_id: str,
            name: str | None = None,
            invite_method: UpdateInvitationPolicyDtoInviteMethod | str | None = None,
            invite_link_config: InvitationLinkConfigDto | Mapping[str, Any] | None = None,
            default_password_config: DefaultPasswordConfigDto | Mapping[str, Any] | None = None,
            show_password_in_invite_email: bool | None = None,
            enabled_identifier_verify: bool | None = None,
            send_verify_code_method: UpdateInvitationPolicyDtoSendVerifyCodeMethod | str | None = None,
            enabled_info_fill: bool | None = None,
            register_info_fill_msg: str | None = None,
            enabled_ext_idp: bool | None = None,
            allow_skip_bind_ext_idp: bool | None = None,
            ext_idp_bind_msg: str | None = None,
            ext_idp_conn_ids: List[str] | None = None,
            extends_fields: List[str] | None = None,
            invite_email_template_type: str | None = None,
            welcome_email_template_type: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetInvitationPolicyDto]: ...

        async def update_invitation_roster(
            self,
            roster_id: str,
            name: str | None = None,
            policy_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[InvitationRosterDto]: ...

        async def update_invite_email_template(
            self,
            type: UpdateEmailTemplateDtoType | str,
            customize_enabled: bool,
            name: str,
            subject: str,
            sender: str,
            content: str,
            expires_in: int | None = None,
            redirect_to: str | None = None,
            tpl_engine: UpdateEmailTemplateDtoTplEngine | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[EmailTemplateDto]: ...

        async def update_ldap_config_info(
            self,
            bind_pwd: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[bool]: ...

        async def update_login_page_config(
            self,
            update: UpdateLoginConfig | Mapping[str, Any],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def update_model(
            self,
            config: Any,
            field_order: str,
            type: UpdateFunctionModelDtoType | str,
            parent_key: str,
            enable: bool,
            description: str,
            name: str,
            id: str,
            *,
            show_field_key: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[FunctionModelDto]: ...

        async def update_namespace(
            self,
            code: str,
            description: str | None = None,
            name: str | None = None,
            new_code: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UpdateNamespaceDto]: ...

        async def update_node_status(
            self,
            status: bool,
            department_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[Node]: ...

        async def update_operate(
            self,
            icon: str,
            config: Any,
            operate_name: str,
            operate_key: str,
            show: bool,
            model_id: str,
            id: str,
            *,
            field_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def update_organization(
            self,
            organization_code: str,
            description: str | None = None,
            open_department_id: str | None = None,
            leader_user_ids: List[str] | None = None,
            i18n: OrganizationNameI18nDto | Mapping[str, Any] | None = None,
            tenant_id: str | None = None,
            organization_new_code: str | None = None,
            organization_name: str | None = None,
            post_id_list: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[OrganizationDto]: ...

        async def update_organization_status(
            self,
            root_node_id: str,
            status: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def update_permission_namespace(
            self,
            code: str,
            name: str | None = None,
            new_code: str | None = None,
            description: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UpdatePermissionNamespaceRespDto]: ...

        async def update_pipeline_function(
            self,
            func_id: str,
            func_name: str | None = None,
            func_description: str | None = None,
            source_code: str | None = None,
            is_asynchronous: bool | None = None,
            timeout: int | None = None,
            terminate_on_timeout: bool | None = None,
            enabled: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PipelineFunctionDto]: ...

        async def update_pipeline_order(
            self,
            order: List[str],
            scene: UpdatePipelineOrderDtoScene | str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def update_post(
            self,
            code: str,
            name: str,
            id: str | None = None,
            description: str | None = None,
            department_id_list: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PostInfoDto]: ...

        async def update_public_account(
            self,
            user_id: str,
            phone_country_code: str | None = None,
            name: str | None = None,
            nickname: str | None = None,
            photo: str | None = None,
            external_id: str | None = None,
            status: UpdatePublicAccountReqDtoStatus | str | None = None,
            email_verified: bool | None = None,
            phone_verified: bool | None = None,
            birthdate: str | None = None,
            country: str | None = None,
            province: str | None = None,
            city: str | None = None,
            address: str | None = None,
            street_address: str | None = None,
            postal_code: str | None = None,
            gender: UpdatePublicAccountReqDtoGender | str | None = None,
            username: str | None = None,
            email: str | None = None,
            phone: str | None = None,
            password: str | None = None,
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
            identity_number: str | None = None,
            custom_data: Any = None,
            options: UpdatePublicAccountOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PublicAccountDto]: ...

        async def update_public_account_batch(
            self,
            list: List[UpdatePublicAccountInfoDto | Mapping[str, Any]],
            options: UpdatePublicAccountBatchOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[PublicAccountDto]]: ...

        async def update_register_extends_fields(
            self,
            extends_field: UpdateExtendsFieldDto | Mapping[str, Any],
            action: str,
            policy_id: str,
            new_order: List[str] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetExtendsFieldsDto]: ...

        async def update_resource(
            self,
            code: str,
            description: str | None = None,
            name: str | None = None,
            actions: List[ResourceAction | Mapping[str, Any]] | None = None,
            api_identifier: str | None = None,
            namespace: str | None = None,
            type: UpdateResourceDtoType | str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ResourceDto]: ...

        async def update_role(
            self,
            name: str,
            new_code: str,
            code: str,
            namespace: str | None = None,
            description: str | None = None,
            status: str | None = None,
            disable_time: str | None = None,
            *,
            enable_permission_apply: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def update_row(
            self,
            data: Any,
            row_id: str,
            model_id: str,
            show_field_id: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[RowDto]: ...

        async def update_rule_settings(
            self,
            rule: UpdateDeviceExclusiveRuleDtoRule | str,
            device_rule: DeviceRuleDto | Mapping[str, Any] | None = None,
            ip_rule: IPRuleDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetDeviceExclusiveRuleDataDto]: ...

        async def update_security_settings(
            self,
            allowed_origins: List[str] | None = None,
            genauth_token_expires_in: int | None = None,
            verify_code_length: int | None = None,
            verify_code_max_attempts: int | None = None,
            change_email_strategy: ChangeEmailStrategyDto | Mapping[str, Any] | None = None,
            change_phone_strategy: ChangePhoneStrategyDto | Mapping[str, Any] | None = None,
            cookie_settings: CookieSettingsDto | Mapping[str, Any] | None = None,
            register_disabled: bool | None = None,
            register_anomaly_detection: RegisterAnomalyDetectionConfigDto | Mapping[str, Any] | None = None,
            complete_password_after_pass_code_login: bool | None = None,
            login_anomaly_detection: LoginAnomalyDetectionConfigDto | Mapping[str, Any] | None = None,
            login_require_email_verified: bool | None = None,
            self_unlock_account: SelfUnlockAccountConfigDto | Mapping[str, Any] | None = None,
            enable_login_account_switch: bool | None = None,
            qrcode_login_strategy: QrcodeLoginStrategyDto | Mapping[str, Any] | None = None,
            *,
            authing_token_expires_in: int | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[SecuritySettingsDto]: ...

        async def update_sync_task(
            self,
            sync_task_id: int,
            sync_task_name: str | None = None,
            sync_task_type: UpdateSyncTaskDtoSyncTaskType | str | None = None,
            client_config: SyncTaskClientConfig | Mapping[str, Any] | None = None,
            sync_task_flow: UpdateSyncTaskDtoSyncTaskFlow | str | None = None,
            sync_task_trigger: UpdateSyncTaskDtoSyncTaskTrigger | str | None = None,
            organization_code: str | None = None,
            provisioning_scope: SyncTaskProvisioningScope | Mapping[str, Any] | None = None,
            field_mapping: List[SyncTaskFieldMapping | Mapping[str, Any]] | None = None,
            timed_scheduler: SyncTaskTimedScheduler | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[SyncTaskPagingDto]: ...

        async def update_tenant(
            self,
            tenant_id: str,
            name: str | None = None,
            app_ids: List[str] | None = None,
            logo: List[str] | None = None,
            description: str | None = None,
            reject_hint: str | None = None,
            source_app_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def update_tenant_enterprise_certification(
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

        async def update_tenant_qr_code_state(
            self,
            enabled: bool,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def update_tenant_user(
            self,
            updates: Any,
            tenant_id: str,
            link_user_id: str | None = None,
            member_id: str | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def update_universal_invitation(
            self,
            admin_invitation_config: bool | None = None,
            member_invitation_config: bool | None = None,
            enabled_member_invitation: bool | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[GetUniversalInvitationDto]: ...

        async def update_user(
            self,
            user_id: str,
            phone_country_code: str | None = None,
            name: str | None = None,
            nickname: str | None = None,
            photo: str | None = None,
            external_id: str | None = None,
            status: UpdateUserReqDtoStatus | str | None = None,
            email_verified: bool | None = None,
            phone_verified: bool | None = None,
            birthdate: str | None = None,
            country: str | None = None,
            province: str | None = None,
            city: str | None = None,
            address: str | None = None,
            street_address: str | None = None,
            postal_code: str | None = None,
            gender: UpdateUserReqDtoGender | str | None = None,
            username: str | None = None,
            email: str | None = None,
            phone: str | None = None,
            password: str | None = None,
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
            identity_number: str | None = None,
            custom_data: Any = None,
            options: UpdateUserOptionsDto | Mapping[str, Any] | None = None,
            *,
            metadata: Any = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserDto]: ...

        async def update_user_batch(
            self,
            list: List[UpdateUserInfoDto | Mapping[str, Any]],
            options: UpdateUserBatchOptionsDto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[UserDto]]: ...

        async def update_user_pool_tenant_config(
            self,
            update: UpdateLoginConfig | Mapping[str, Any],
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[IsSuccessDto]: ...

        async def update_webhook(
            self,
            webhook_id: str,
            name: str | None = None,
            url: str | None = None,
            events: List[UpdateWebhookDtoEvents | str] | None = None,
            content_type: UpdateWebhookDtoContentType | str | None = None,
            enabled: bool | None = None,
            secret: str | None = None,
            *,
            retry_config: WebhookRetryConfigV3Dto | Mapping[str, Any] | None = None,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[WebhookDto]: ...

        async def upload(
            self,
            private: bool,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[ImportExportTemplateRespDto]: ...

        async def user_connection_post(
            self,
            user_id: str,
            post_id: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[None]: ...

        async def user_field_decrypt(
            self,
            data: List[UserFieldDecryptReqItemDto | Mapping[str, Any]],
            private_key: str,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[List[UserFieldDecryptRespItemDto]]: ...

        async def userpoll_tenant_config(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserPoolTenantConfigDto]: ...

        async def userpool_tenant_config(
            self,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[UserPoolTenantConfigDto]: ...

        async def verify_event(
            self,
            event_type: str,
            event_data: Any,
            **call_options: Unpack[CallOptions],
        ) -> RawResponse[PubEventRespDataDto]: ...
