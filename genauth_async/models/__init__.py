# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""All wire models and enums, loaded lazily: a name imports only the module that defines it
(and the modules of the models its fields use).

``import genauth_async.models`` is cheap; ``genauth_async.models.ApplicationDto`` (or
``from genauth_async.models import ApplicationDto``) imports ``genauth_async.models.application_dto``
on first use. Each model has a module named after it (``CreateTenantUserOptionsDto`` in
``create_tenant_user_options_dto``, beside its enums); models no endpoint takes or returns live in
``genauth_async.models.unused``. The name -> module table is ``_index.MODULE_OF``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._lazy import lazy_attributes

if TYPE_CHECKING:
    from .accessible_apps_dto import AccessibleAppsDto
    from .action_auth import ActionAuth
    from .add_department_members_req_dto import AddDepartmentMembersReqDto, AddDepartmentMembersReqDtoDepartmentIdType
    from .add_group_members_req_dto import AddGroupMembersReqDto
    from .add_invitation_policy_user_attribution_dto import AddInvitationPolicyUserAttributionDto, AddInvitationPolicyUserAttributionDtoTargetType
    from .add_invitation_policy_user_attributions_batch_dto import AddInvitationPolicyUserAttributionsBatchDto
    from .add_tenant_department_members_req_dto import AddTenantDepartmentMembersReqDto, AddTenantDepartmentMembersReqDtoDepartmentIdType
    from .add_tenant_users_dto import AddTenantUsersDto
    from .add_whitelist_dto import AddWhitelistDto, AddWhitelistDtoType
    from .add_whitelist_of_app_dto import AddWhitelistOfAppDto, AddWhitelistOfAppDtoType
    from .admin_audit_log_dto import AdminAuditLogDto, AdminAuditLogDtoOperationType, AdminAuditLogDtoResourceType
    from .admin_audit_log_resp_data import AdminAuditLogRespData
    from .ali_exmail_email_provider_config import AliExmailEmailProviderConfig
    from .ali_exmail_email_provider_config_input import AliExmailEmailProviderConfigInput
    from .alipay_auth_info_data_dto import AlipayAuthInfoDataDto
    from .app_dto import AppDto, AppDtoAppDefaultLoginStrategy
    from .app_qr_code_login_dto import AppQRCodeLoginDto, AppQrCodeLoginDtoAction
    from .app_validate_rule_dto import AppValidateRuleDto, AppValidateRuleDtoContent, AppValidateRuleDtoType
    from .application_agreement_dto import ApplicationAgreementDto, ApplicationAgreementDtoDisplayAt, ApplicationAgreementDtoLang
    from .application_branding_config import ApplicationBrandingConfig, ApplicationBrandingConfigDefaultLanguage, ApplicationBrandingConfigGuardVersion
    from .application_branding_config_input_dto import ApplicationBrandingConfigInputDto, ApplicationBrandingConfigInputDtoDefaultLanguage, ApplicationBrandingConfigInputDtoGuardVersion
    from .application_default_login_method import ApplicationDefaultLoginMethod, ApplicationDefaultLoginMethodConnectionType, ApplicationDefaultLoginMethodQrcodeType
    from .application_default_login_method_input import ApplicationDefaultLoginMethodInput, ApplicationDefaultLoginMethodInputConnectionType, ApplicationDefaultLoginMethodInputQrcodeType
    from .application_dto import ApplicationDto, ApplicationDtoAppType, ApplicationDtoDefaultProtocol
    from .application_enabled_ext_idp_conn_dto import ApplicationEnabledExtIdpConnDto, ApplicationEnabledExtIdpConnDtoExtIdpConnType, ApplicationEnabledExtIdpConnDtoExtIdpType
    from .application_enabled_ext_idp_conn_input_dto import ApplicationEnabledExtIdpConnInputDto
    from .application_login_config_dto import ApplicationLoginConfigDto, ApplicationLoginConfigDtoEnabledBasicLoginMethods
    from .application_login_config_input_dto import ApplicationLoginConfigInputDto, ApplicationLoginConfigInputDtoEnabledBasicLoginMethods
    from .application_mfa_dto import ApplicationMfaDto
    from .application_paginated_data_dto import ApplicationPaginatedDataDto
    from .application_permission_apply_approval_object import ApplicationPermissionApplyApprovalObject
    from .application_permission_record_item import ApplicationPermissionRecordItem, ApplicationPermissionRecordItemEffect, ApplicationPermissionRecordItemTargetType
    from .application_register_config import ApplicationRegisterConfig, ApplicationRegisterConfigDefaultRegisterMethod, ApplicationRegisterConfigEnabledBasicRegisterMethods
    from .application_register_config_input_dto import ApplicationRegisterConfigInputDto, ApplicationRegisterConfigInputDtoDefaultRegisterMethod, ApplicationRegisterConfigInputDtoEnabledBasicRegisterMethods
    from .application_simple_info_dto import ApplicationSimpleInfoDto, ApplicationSimpleInfoDtoAppType
    from .application_simple_info_paginated_data_dto import ApplicationSimpleInfoPaginatedDataDto
    from .application_tab_methods_sort_config_dto import ApplicationTabMethodsSortConfigDto
    from .approval_batch_process_req import ApprovalBatchProcessReq
    from .approval_detail_dto import ApprovalDetailDto, ApprovalDetailDtoObjectType, ApprovalDetailDtoStatus
    from .approval_page_list import ApprovalPageList
    from .approval_process_req import ApprovalProcessReq
    from .approval_universal_invitation_applicant_dto import ApprovalUniversalInvitationApplicantDto
    from .archived_users_list_paging_dto import ArchivedUsersListPagingDto
    from .arr_resource_auth_action import ArrResourceAuthAction
    from .array_authorize import ArrayAuthorize
    from .asa_account_dto import AsaAccountDto
    from .asa_account_paginated_data_dto import AsaAccountPaginatedDataDto
    from .asa_account_target_dto import AsaAccountTargetDto, AsaAccountTargetDtoTargetType
    from .assign_asa_account_item import AssignAsaAccountItem, AssignAsaAccountItemTargetType
    from .assign_asa_accounts_dto import AssignAsaAccountsDto
    from .assign_role_batch_dto import AssignRoleBatchDto
    from .assign_role_dto import AssignRoleDto
    from .associate_tenant_resource_dto import AssociateTenantResourceDto
    from .auth_env_params import AuthEnvParams, AuthEnvParamsBrowserType, AuthEnvParamsDeviceType, AuthEnvParamsSystemType
    from .authentication_credential_dto import AuthenticationCredentialDto
    from .authentication_options_dto import AuthenticationOptionsDto
    from .authenticator_assertion_response_dto import AuthenticatorAssertionResponseDto
    from .authenticator_attestation_response_dto import AuthenticatorAttestationResponseDto
    from .authorize_application_access_dto import AuthorizeApplicationAccessDto
    from .authorize_resource_item import AuthorizeResourceItem, AuthorizeResourceItemTargetType
    from .authorize_resources_dto import AuthorizeResourcesDto
    from .authorized_resource_dto import AuthorizedResourceDto, AuthorizedResourceDtoEffect, AuthorizedResourceDtoResourceType
    from .authorized_resource_paging_dto import AuthorizedResourcePagingDto
    from .batch_bind_policy import BatchBindPolicy
    from .batch_create_approval_req import BatchCreateApprovalReq, BatchCreateApprovalReqObjectType
    from .batch_create_dnef_req import BatchCreateDnefReq
    from .batch_unbind_policy import BatchUnbindPolicy
    from .bind_by_account_id_input_api import BindByAccountIdInputApi
    from .bind_by_account_input_api import BindByAccountInputApi
    from .bind_by_accounts_input_api import BindByAccountsInputApi
    from .bind_by_email_code_input_api import BindByEmailCodeInputApi
    from .bind_by_phone_code_input_api import BindByPhoneCodeInputApi
    from .bind_by_regiser_input_api import BindByRegiserInputApi
    from .bind_email_dto import BindEmailDto
    from .bind_phone_dto import BindPhoneDto
    from .cancel_sync_risk_operation_dto import CancelSyncRiskOperationDto
    from .cancel_sync_risk_operations_data_dto import CancelSyncRiskOperationsDataDto
    from .cas_id_p_config import CasIdPConfig
    from .cell_dto import CellDto
    from .change_email_strategy_dto import ChangeEmailStrategyDto
    from .change_ext_idp_association_state_dto import ChangeExtIdpAssociationStateDto
    from .change_ext_idp_conn_state_dto import ChangeExtIdpConnStateDto
    from .change_phone_strategy_dto import ChangePhoneStrategyDto
    from .change_push_code_status_dto import ChangePushCodeStatusDto, ChangePushCodeStatusDtoAction
    from .change_qr_code_status_dto import ChangeQRCodeStatusDto, ChangeQrCodeStatusDtoAction
    from .change_user_pool_tenant_ext_idp_conn_dto import ChangeUserPoolTenantExtIdpConnDto
    from .check_device_credential_id_dto import CheckDeviceCredentialIdDto
    from .check_domain_available import CheckDomainAvailable
    from .check_domain_available_data_dto import CheckDomainAvailableDataDto
    from .check_external_user_permission_data_dto import CheckExternalUserPermissionDataDto
    from .check_external_user_permission_dto import CheckExternalUserPermissionDto
    from .check_external_user_permissions_resp_dto import CheckExternalUserPermissionsRespDto
    from .check_params_data_policy_resp_dto import CheckParamsDataPolicyRespDto
    from .check_params_data_resource_resp_dto import CheckParamsDataResourceRespDto
    from .check_permission_array_resource_dto import CheckPermissionArrayResourceDto
    from .check_permission_data_dto import CheckPermissionDataDto
    from .check_permission_dto import CheckPermissionDto
    from .check_permission_namespace_exists_dto import CheckPermissionNamespaceExistsDto
    from .check_permission_namespace_exists_resp_dto import CheckPermissionNamespaceExistsRespDto
    from .check_permission_string_resource_dto import CheckPermissionStringResourceDto
    from .check_permission_tree_resource_dto import CheckPermissionTreeResourceDto
    from .check_permissions_resp_dto import CheckPermissionsRespDto
    from .check_push_code_status_data_dto import CheckPushCodeStatusDataDto, CheckPushCodeStatusDataDtoStatus
    from .check_qr_code_status_data_dto import CheckQRCodeStatusDataDto, CheckQrCodeStatusDataDtoStatus
    from .check_resource_permission_data_dto import CheckResourcePermissionDataDto
    from .check_resource_permission_resp_dto import CheckResourcePermissionRespDto
    from .check_role_mutual_exclusion_req_dto import CheckRoleMutualExclusionReqDto
    from .check_role_mutual_exclusion_result_dto import CheckRoleMutualExclusionResultDto
    from .check_role_params_dto import CheckRoleParamsDto
    from .check_role_params_resp_dto import CheckRoleParamsRespDto
    from .check_session_status_data_dto import CheckSessionStatusDataDto
    from .check_session_status_dto import CheckSessionStatusDto
    from .check_user_same_level_permission_data_dto import CheckUserSameLevelPermissionDataDto
    from .check_user_same_level_permission_dto import CheckUserSameLevelPermissionDto
    from .check_user_same_level_permission_resp_dto import CheckUserSameLevelPermissionRespDto
    from .closed_list_params import ClosedListParamsObjectType
    from .combine_filter_item_dto import CombineFilterItemDto, CombineFilterItemDtoOperator
    from .combine_filters_base_dto import CombineFiltersBaseDto, CombineFiltersBaseDtoType
    from .common_resource_dto import CommonResourceDto, CommonResourceDtoType
    from .common_resource_paging_dto import CommonResourcePagingDto
    from .common_user_dto import CommonUserDto
    from .condition import Condition
    from .config import Config
    from .config_email_provider_dto import ConfigEmailProviderDto, ConfigEmailProviderDtoType
    from .cookie_settings_dto import CookieSettingsDto
    from .copy_invitation_policy_dto import CopyInvitationPolicyDto
    from .copy_row_relation_dto import CopyRowRelationDto
    from .cost_current_package_info import CostCurrentPackageInfo
    from .cost_get_order_pay_detail import CostGetOrderPayDetail
    from .country_detail_info import CountryDetailInfo
    from .create_access_key_dto import CreateAccessKeyDto
    from .create_access_key_resp_dto import CreateAccessKeyRespDto
    from .create_admin_role_dto import CreateAdminRoleDto
    from .create_application_dto import CreateApplicationDto, CreateApplicationDtoAppType, CreateApplicationDtoDefaultProtocol
    from .create_application_resp_data_dto import CreateApplicationRespDataDto, CreateApplicationRespDataDtoAppType, CreateApplicationRespDataDtoDefaultProtocol
    from .create_approval_dto import CreateApprovalDto
    from .create_approval_req import CreateApprovalReq, CreateApprovalReqObjectType
    from .create_array_data_resource_dto import CreateArrayDataResourceDto
    from .create_array_data_resource_resp_dto import CreateArrayDataResourceRespDto, CreateArrayDataResourceRespDtoType
    from .create_asa_account_dto import CreateAsaAccountDto
    from .create_asa_accounts_batch_dto import CreateAsaAccountsBatchDto
    from .create_asa_accounts_batch_item_dto import CreateAsaAccountsBatchItemDto
    from .create_authorize_data_policy_dto import CreateAuthorizeDataPolicyDto
    from .create_data_policy_dto import CreateDataPolicyDto
    from .create_data_policy_resp_dto import CreateDataPolicyRespDto
    from .create_data_resource_dto import CreateDataResourceDto, CreateDataResourceDtoType
    from .create_data_resource_resp_dto import CreateDataResourceRespDto, CreateDataResourceRespDtoType
    from .create_department_req_dto import CreateDepartmentReqDto, CreateDepartmentReqDtoDepartmentIdType
    from .create_department_tree_req_dto import CreateDepartmentTreeReqDto
    from .create_dnef_req import CreateDnefReq, CreateDnefReqValueType
    from .create_event_app_dto import CreateEventAppDto
    from .create_ext_idp_conn_dto import CreateExtIdpConnDto, CreateExtIdpConnDtoType
    from .create_ext_idp_dto import CreateExtIdpDto, CreateExtIdpDtoType
    from .create_function_model_dto import CreateFunctionModelDto, CreateFunctionModelDtoDataType, CreateFunctionModelDtoType
    from .create_function_model_field_dto import CreateFunctionModelFieldDto, CreateFunctionModelFieldDtoType
    from .create_group_batch_req_dto import CreateGroupBatchReqDto
    from .create_group_req_dto import CreateGroupReqDto
    from .create_identity_dto import CreateIdentityDto, CreateIdentityDtoProvider
    from .create_invitation_policy_dto import CreateInvitationPolicyDto, CreateInvitationPolicyDtoInviteMethod, CreateInvitationPolicyDtoSendVerifyCodeMethod
    from .create_invitation_roster_dto import CreateInvitationRosterDto
    from .create_multiple_tenant_admin_dto import CreateMultipleTenantAdminDto
    from .create_namespace_dto import CreateNamespaceDto
    from .create_namespaces_batch_dto import CreateNamespacesBatchDto
    from .create_namespaces_batch_item_dto import CreateNamespacesBatchItemDto
    from .create_operate_model_dto import CreateOperateModelDto
    from .create_or_update_group_data_dto import CreateOrUpdateGroupDataDto
    from .create_or_update_group_req_dto import CreateOrUpdateGroupReqDto
    from .create_organization_req_dto import CreateOrganizationReqDto
    from .create_permission_namespace_dto import CreatePermissionNamespaceDto
    from .create_permission_namespace_resp_dto import CreatePermissionNamespaceRespDto
    from .create_permission_namespaces_batch_dto import CreatePermissionNamespacesBatchDto
    from .create_permission_namespaces_batch_item_dto import CreatePermissionNamespacesBatchItemDto
    from .create_pipeline_function_dto import CreatePipelineFunctionDto, CreatePipelineFunctionDtoScene
    from .create_post_dto import CreatePostDto
    from .create_public_account_batch_req_dto import CreatePublicAccountBatchReqDto
    from .create_public_account_from_user_dto import CreatePublicAccountFromUserDto
    from .create_public_account_options_dto import CreatePublicAccountOptionsDto, CreatePublicAccountOptionsDtoDepartmentIdType, CreatePublicAccountOptionsDtoPasswordEncryptType
    from .create_public_account_otp_dto import CreatePublicAccountOtpDto
    from .create_public_account_req_dto import CreatePublicAccountReqDto, CreatePublicAccountReqDtoGender, CreatePublicAccountReqDtoStatus
    from .create_relation_value_dto import CreateRelationValueDto
    from .create_resource_batch_item_dto import CreateResourceBatchItemDto, CreateResourceBatchItemDtoType
    from .create_resource_dto import CreateResourceDto, CreateResourceDtoType
    from .create_resources_batch_dto import CreateResourcesBatchDto
    from .create_role_dto import CreateRoleDto
    from .create_roles_batch import CreateRolesBatch
    from .create_row_dto import CreateRowDto
    from .create_string_data_resource_dto import CreateStringDataResourceDto
    from .create_string_data_resource_resp_dto import CreateStringDataResourceRespDto, CreateStringDataResourceRespDtoType
    from .create_sync_task_dto import CreateSyncTaskDto, CreateSyncTaskDtoSyncTaskFlow, CreateSyncTaskDtoSyncTaskTrigger, CreateSyncTaskDtoSyncTaskType
    from .create_tenant_cooperator_dto import CreateTenantCooperatorDto
    from .create_tenant_dto import CreateTenantDto
    from .create_tenant_enterprise_certification_body_dto import CreateTenantEnterpriseCertificationBodyDto
    from .create_tenant_user_options_dto import CreateTenantUserOptionsDto, CreateTenantUserOptionsDtoPasswordEncryptType
    from .create_tenant_user_req_dto import CreateTenantUserReqDto, CreateTenantUserReqDtoGender
    from .create_terminal_dto import CreateTerminalDto, CreateTerminalDtoType
    from .create_tree_data_resource_dto import CreateTreeDataResourceDto
    from .create_tree_data_resource_resp_dto import CreateTreeDataResourceRespDto, CreateTreeDataResourceRespDtoType
    from .create_ueba_dto import CreateUEBADto
    from .create_user_batch_req_dto import CreateUserBatchReqDto
    from .create_user_info_dto import CreateUserInfoDto, CreateUserInfoDtoGender, CreateUserInfoDtoStatus
    from .create_user_options_dto import CreateUserOptionsDto, CreateUserOptionsDtoDepartmentIdType, CreateUserOptionsDtoPasswordEncryptType
    from .create_user_otp_dto import CreateUserOtpDto
    from .create_user_req_dto import CreateUserReqDto, CreateUserReqDtoGender, CreateUserReqDtoStatus
    from .create_webhook_dto import CreateWebhookDto, CreateWebhookDtoContentType, CreateWebhookDtoEvents
    from .current_usage_dto import CurrentUsageDto
    from .current_usage_resp_dto import CurrentUsageRespDto
    from .custom_field_dto import CustomFieldDto, CustomFieldDtoDataType, CustomFieldDtoTargetType
    from .custom_field_i18n import CustomFieldI18n
    from .custom_field_select_option import CustomFieldSelectOption
    from .data_policies_paginated_resp_dto import DataPoliciesPaginatedRespDto
    from .data_policies_simple_paginated_resp_dto import DataPoliciesSimplePaginatedRespDto
    from .data_resource_simple_resp_dto import DataResourceSimpleRespDto
    from .data_resource_tree_structs import DataResourceTreeStructs
    from .data_resources_paginated_resp_dto import DataResourcesPaginatedRespDto
    from .data_statement_permission_dto import DataStatementPermissionDto, DataStatementPermissionDtoEffect
    from .data_subject_resp_dto import DataSubjectRespDto, DataSubjectRespDtoTargetType
    from .decrypt_douyin_mini_program_data_dto import DecryptDouyinMiniProgramDataDto
    from .decrypt_wechat_mini_program_data_dto import DecryptWechatMiniProgramDataDto
    from .default_password_config_dto import DefaultPasswordConfigDto, DefaultPasswordConfigDtoType
    from .define_event_dto import DefineEventDto
    from .delete_access_key_dto import DeleteAccessKeyDto
    from .delete_accoun_dto import DeleteAccounDto
    from .delete_account_by_email_pass_code_dto import DeleteAccountByEmailPassCodeDto
    from .delete_account_by_password_dto import DeleteAccountByPasswordDto, DeleteAccountByPasswordDtoPasswordEncryptType
    from .delete_account_by_phone_pass_code_dto import DeleteAccountByPhonePassCodeDto
    from .delete_admin_role_dto import DeleteAdminRoleDto
    from .delete_application_dto import DeleteApplicationDto
    from .delete_application_permission_record_item import DeleteApplicationPermissionRecordItem, DeleteApplicationPermissionRecordItemTargetType
    from .delete_asa_account_batch_dto import DeleteAsaAccountBatchDto
    from .delete_asa_account_dto import DeleteAsaAccountDto
    from .delete_authorize_data_policy_dto import DeleteAuthorizeDataPolicyDto, DeleteAuthorizeDataPolicyDtoTargetType
    from .delete_common_resources_batch_dto import DeleteCommonResourcesBatchDto
    from .delete_custom_field_dto import DeleteCustomFieldDto, DeleteCustomFieldDtoTargetType
    from .delete_custom_fields_req_dto import DeleteCustomFieldsReqDto
    from .delete_data_policy_dto import DeleteDataPolicyDto
    from .delete_data_resource_dto import DeleteDataResourceDto
    from .delete_department_req_dto import DeleteDepartmentReqDto, DeleteDepartmentReqDtoDepartmentIdType
    from .delete_department_sync_relation_req_dto import DeleteDepartmentSyncRelationReqDto, DeleteDepartmentSyncRelationReqDtoDepartmentIdType
    from .delete_device_exclusive_valid_scope_settings_by_ids_dto import DeleteDeviceExclusiveValidScopeSettingsByIdsDto
    from .delete_dnef_req import DeleteDnefReq
    from .delete_ext_idp_conn_dto import DeleteExtIdpConnDto
    from .delete_ext_idp_dto import DeleteExtIdpDto
    from .delete_groups_req_dto import DeleteGroupsReqDto
    from .delete_invitation_policy_by_ids_dto import DeleteInvitationPolicyByIdsDto
    from .delete_invitation_roster_batch_dto import DeleteInvitationRosterBatchDto
    from .delete_invitation_roster_dto import DeleteInvitationRosterDto
    from .delete_namespace_dto import DeleteNamespaceDto
    from .delete_namespaces_batch_dto import DeleteNamespacesBatchDto
    from .delete_organization_req_dto import DeleteOrganizationReqDto
    from .delete_permission_namespace_dto import DeletePermissionNamespaceDto
    from .delete_permission_namespaces_batch_dto import DeletePermissionNamespacesBatchDto
    from .delete_pipeline_function_dto import DeletePipelineFunctionDto
    from .delete_public_accounts_batch_dto import DeletePublicAccountsBatchDto
    from .delete_public_accounts_batch_options_dto import DeletePublicAccountsBatchOptionsDto, DeletePublicAccountsBatchOptionsDtoUserIdType
    from .delete_resource_dto import DeleteResourceDto
    from .delete_resources_batch_dto import DeleteResourcesBatchDto
    from .delete_role_batch_dto import DeleteRoleBatchDto
    from .delete_role_dto import DeleteRoleDto
    from .delete_roster_users_dto import DeleteRosterUsersDto
    from .delete_tenant_dto import DeleteTenantDto
    from .delete_terminal_user_dto import DeleteTerminalUserDto
    from .delete_user_sync_relation_req_dto import DeleteUserSyncRelationReqDto, DeleteUserSyncRelationReqDtoUserIdType
    from .delete_users_batch_dto import DeleteUsersBatchDto
    from .delete_users_batch_options_dto import DeleteUsersBatchOptionsDto, DeleteUsersBatchOptionsDtoUserIdType
    from .delete_webhook_dto import DeleteWebhookDto
    from .delete_whitelist_dto import DeleteWhitelistDto, DeleteWhitelistDtoType
    from .delete_whitelist_of_app_dto import DeleteWhitelistOfAppDto, DeleteWhitelistOfAppDtoType
    from .department_dto import DepartmentDto
    from .department_i18n_dto import DepartmentI18nDto
    from .department_paging_dto import DepartmentPagingDto
    from .department_sorting_dto import DepartmentSortingDto, DepartmentSortingDtoField, DepartmentSortingDtoOrder
    from .detail_auth_subject_params import DetailAuthSubjectParamsTargetType
    from .device_exclusive_valid_scope_app_data_dto import DeviceExclusiveValidScopeAppDataDto
    from .device_info import DeviceInfo, DeviceInfoStatus, DeviceInfoType
    from .device_rule_dto import DeviceRuleDto
    from .device_status_response_data_dto import DeviceStatusResponseDataDto, DeviceStatusResponseDataDtoStatus
    from .dnef_paginated_resp_dto import DnefPaginatedRespDto
    from .drop_down_item_dto import DropDownItemDto
    from .email_provider_dto import EmailProviderDto, EmailProviderDtoType
    from .email_template_category_dto import EmailTemplateCategoryDto
    from .email_template_dto import EmailTemplateDto, EmailTemplateDtoTplEngine, EmailTemplateDtoType
    from .email_template_query_dto import EmailTemplateQueryDto, EmailTemplateQueryDtoScene
    from .enable_permission_apply_application import EnablePermissionApplyApplication, EnablePermissionApplyApplicationAppType
    from .enable_permission_apply_application_list import EnablePermissionApplyApplicationList
    from .enable_permission_apply_role import EnablePermissionApplyRole
    from .enable_permission_apply_role_page_list import EnablePermissionApplyRolePageList
    from .enroll_factor_dto import EnrollFactorDto, EnrollFactorDtoFactorType
    from .enroll_factor_enrollment_data_dto import EnrollFactorEnrollmentDataDto
    from .err_msg_i18n_dto import ErrMsgI18nDto
    from .error_email_msg import errorEmailMsg
    from .event_app_dto import EventAppDto
    from .event_app_paging_dto import EventAppPagingDto
    from .exchange_token_set_with_q_rcode_ticket_dto import ExchangeTokenSetWithQRcodeTicketDto
    from .expand import Expand
    from .export_metadata_dto import ExportMetadataDto
    from .export_model_dto import ExportModelDto
    from .export_users_dto import ExportUsersDto
    from .ext_idp_conn_detail import ExtIdpConnDetail, ExtIdpConnDetailAssociationMode, ExtIdpConnDetailType
    from .ext_idp_conn_state_by_apps_params import ExtIdpConnStateByAppsParamsType
    from .ext_idp_detail import ExtIdpDetail
    from .ext_idp_dto import ExtIdpDto
    from .ext_idp_info_dto import ExtIdpInfoDto, ExtIdpInfoDtoExtIdpType, ExtIdpInfoDtoType
    from .ext_idp_list_paging_dto import ExtIdpListPagingDto
    from .extend_field import ExtendField, ExtendFieldValueType
    from .extends_field_dto import ExtendsFieldDto, ExtendsFieldDtoInputType, ExtendsFieldDtoSource, ExtendsFieldDtoType
    from .extra_params import ExtraParams
    from .factor_dto import FactorDto, FactorDtoFactorType
    from .factor_profile import FactorProfile
    from .factor_to_enroll_dto import FactorToEnrollDto, FactorToEnrollDtoFactorType
    from .fastpass_qr_code_relation_app_dto import FastpassQRCodeRelationAppDto
    from .fastpass_user_info_dto import FastpassUserInfoDto
    from .filter_dto import FilterDto
    from .finalize_web_authn_login_dto import FinalizeWebAuthnLoginDto
    from .find_ip_list_params import FindIpListParamsIpType
    from .find_risk_list_policy_params import FindRiskListPolicyParamsOptObject
    from .find_user_list_params import FindUserListParamsUserListType
    from .function_model_dto import FunctionModelDto, FunctionModelDtoDataType, FunctionModelDtoType
    from .function_model_field_dto import FunctionModelFieldDto
    from .function_model_field_id_dto import FunctionModelFieldIdDto
    from .function_model_id_dto import FunctionModelIdDto
    from .function_model_operate_id_dto import FunctionModelOperateIdDto
    from .function_model_value_list_dto import FunctionModelValueListDto
    from .gene_fastpass_qr_code_info_dto import GeneFastpassQRCodeInfoDto
    from .gene_push_code_data_dto import GenePushCodeDataDto
    from .gene_qr_code_data_dto import GeneQRCodeDataDto
    from .generate_bind_ext_idp_link_data_dto import GenerateBindExtIdpLinkDataDto
    from .generate_invitation_link_dto import GenerateInvitationLinkDto
    from .generate_invite_tenant_user_link import GenerateInviteTenantUserLink
    from .generate_invitee_token_dto import GenerateInviteeTokenDto
    from .generate_qrcode_dto import GenerateQrcodeDto, GenerateQrcodeDtoType
    from .geo_ip import GeoIp
    from .geo_ip_location import GeoIpLocation
    from .get_access_key_resp_dto import GetAccessKeyRespDto
    from .get_admin_audit_logs_dto import GetAdminAuditLogsDto
    from .get_all_departments_params import GetAllDepartmentsParamsDepartmentIdType
    from .get_all_row_by_scrollid_dto import GetAllRowByScrollidDto
    from .get_all_row_dto import GetAllRowDto
    from .get_all_row_vy_scrollid_dto import GetAllRowVyScrollidDto
    from .get_application_permission_strategy_data_dto import GetApplicationPermissionStrategyDataDto, GetApplicationPermissionStrategyDataDtoPermissionStrategy
    from .get_application_secret_data_dto import GetApplicationSecretDataDto
    from .get_asa_account_assigned_target_data_dto import GetAsaAccountAssignedTargetDataDto
    from .get_asa_account_batch_dto import GetAsaAccountBatchDto
    from .get_assigned_account_params import GetAssignedAccountParamsTargetType
    from .get_authorized_resources_params import GetAuthorizedResourcesParamsResourceType, GetAuthorizedResourcesParamsTargetType
    from .get_captcha_code_data_dto import GetCaptchaCodeDataDto
    from .get_custom_data_params import GetCustomDataParamsTargetType
    from .get_custom_fields_params import GetCustomFieldsParamsTargetType
    from .get_data_policy_resp_dto import GetDataPolicyRespDto
    from .get_data_resource_resp_dto import GetDataResourceRespDto, GetDataResourceRespDtoType
    from .get_department_by_id_req_dto import GetDepartmentByIdReqDto
    from .get_department_list_params import GetDepartmentListParamsOrderBy, GetDepartmentListParamsSortBy
    from .get_department_params import GetDepartmentParamsDepartmentIdType
    from .get_department_sync_relations_params import GetDepartmentSyncRelationsParamsDepartmentIdType
    from .get_device_exclusive_rule_data_dto import GetDeviceExclusiveRuleDataDto, GetDeviceExclusiveRuleDataDtoRule
    from .get_device_exclusive_valid_scope_data_dto import GetDeviceExclusiveValidScopeDataDto
    from .get_device_exclusive_white_list_data_dto import GetDeviceExclusiveWhiteListDataDto, GetDeviceExclusiveWhiteListDataDtoTargetType
    from .get_email_templates_data_dto import GetEmailTemplatesDataDto
    from .get_ext_idp_params import GetExtIdpParamsType
    from .get_extends_fields_dto import GetExtendsFieldsDto
    from .get_external_user_resource_struct_data_dto import GetExternalUserResourceStructDataDto, GetExternalUserResourceStructDataDtoResourceType
    from .get_external_user_resource_struct_dto import GetExternalUserResourceStructDto
    from .get_fastpass_qr_code_relation_apps_dto import GetFastpassQRCodeRelationAppsDto
    from .get_group_authorized_resources_params import GetGroupAuthorizedResourcesParamsResourceType
    from .get_groups_of_public_account_params import GetGroupsOfPublicAccountParamsUserIdType
    from .get_invitation_policy_dto import GetInvitationPolicyDto
    from .get_mfa_info_data_dto import GetMfaInfoDataDto
    from .get_mfa_trigger_data_params import GetMfaTriggerDataParamsUserIdType
    from .get_orders_res import GetOrdersRes
    from .get_otp_secret_by_user_params import GetOtpSecretByUserParamsUserIdType
    from .get_parent_department_params import GetParentDepartmentParamsDepartmentIdType
    from .get_permission_namespace_resp_dto import GetPermissionNamespaceRespDto
    from .get_post_by_id_list_dto import GetPostByIdListDto
    from .get_public_account_batch_params import GetPublicAccountBatchParamsUserIdType
    from .get_public_account_departments_params import GetPublicAccountDepartmentsParamsOrderBy, GetPublicAccountDepartmentsParamsSortBy, GetPublicAccountDepartmentsParamsUserIdType
    from .get_public_account_params import GetPublicAccountParamsUserIdType
    from .get_public_account_roles_params import GetPublicAccountRolesParamsUserIdType
    from .get_push_code_relation_apps_data_dto import GetPushCodeRelationAppsDataDto
    from .get_push_code_relation_apps_dto import GetPushCodeRelationAppsDto
    from .get_relation_info_dto import GetRelationInfoDto
    from .get_resource_authorized_target_data_dto import GetResourceAuthorizedTargetDataDto
    from .get_resource_authorized_targets_dto import GetResourceAuthorizedTargetsDto, GetResourceAuthorizedTargetsDtoTargetType
    from .get_role_authorized_resources_params import GetRoleAuthorizedResourcesParamsResourceType
    from .get_row_batch_dto import GetRowBatchDto
    from .get_security_info_dto import GetSecurityInfoDto
    from .get_subject_auth_data_dto import GetSubjectAuthDataDto, GetSubjectAuthDataDtoAuthType, GetSubjectAuthDataDtoReqTargetType, GetSubjectAuthDataDtoTargetType
    from .get_tenant_user_dto import GetTenantUserDto
    from .get_universal_invitation_dto import GetUniversalInvitationDto
    from .get_user_accessible_apps_params import GetUserAccessibleAppsParamsUserIdType
    from .get_user_action_logs_dto import GetUserActionLogsDto
    from .get_user_auth_resource_list_data_dto import GetUserAuthResourceListDataDto
    from .get_user_auth_resource_permission_list import GetUserAuthResourcePermissionList
    from .get_user_auth_resource_permission_list_data_dto import GetUserAuthResourcePermissionListDataDto
    from .get_user_auth_resource_permission_list_dto import GetUserAuthResourcePermissionListDto
    from .get_user_auth_resource_struct_data_dto import GetUserAuthResourceStructDataDto, GetUserAuthResourceStructDataDtoResourceType
    from .get_user_auth_resource_struct_dto import GetUserAuthResourceStructDto
    from .get_user_authorized_apps_params import GetUserAuthorizedAppsParamsUserIdType
    from .get_user_authorized_resources_params import GetUserAuthorizedResourcesParamsResourceType, GetUserAuthorizedResourcesParamsUserIdType
    from .get_user_batch_params import GetUserBatchParamsUserIdType
    from .get_user_departments_params import GetUserDepartmentsParamsOrderBy, GetUserDepartmentsParamsSortBy, GetUserDepartmentsParamsUserIdType
    from .get_user_encrypt_password_batch_data_dto import GetUserEncryptPasswordBatchDataDto
    from .get_user_encrypt_password_batch_dto import GetUserEncryptPasswordBatchDto
    from .get_user_groups_params import GetUserGroupsParamsUserIdType
    from .get_user_identities_params import GetUserIdentitiesParamsUserIdType
    from .get_user_loggedin_apps_params import GetUserLoggedinAppsParamsUserIdType
    from .get_user_loggedin_identities_params import GetUserLoggedinIdentitiesParamsUserIdType
    from .get_user_login_history_params import GetUserLoginHistoryParamsUserIdType
    from .get_user_mfa_info_params import GetUserMfaInfoParamsUserIdType
    from .get_user_mfa_status_params import GetUserMfaStatusParamsUserIdType
    from .get_user_params import GetUserParamsUserIdType
    from .get_user_password_ciphertext_data_dto import GetUserPasswordCiphertextDataDto
    from .get_user_password_ciphertext_dto import GetUserPasswordCiphertextDto, GetUserPasswordCiphertextDtoUserIdType
    from .get_user_permission_list_data_dto import GetUserPermissionListDataDto
    from .get_user_permission_list_dto import GetUserPermissionListDto
    from .get_user_principal_authentication_info_params import GetUserPrincipalAuthenticationInfoParamsUserIdType
    from .get_user_resource_permission_list import GetUserResourcePermissionList
    from .get_user_resource_permission_list_data_dto import GetUserResourcePermissionListDataDto
    from .get_user_resource_permission_list_dto import GetUserResourcePermissionListDto
    from .get_user_resource_struct_data_dto import GetUserResourceStructDataDto, GetUserResourceStructDataDtoResourceType
    from .get_user_resource_struct_dto import GetUserResourceStructDto
    from .get_user_roles_params import GetUserRolesParamsUserIdType
    from .get_user_select_login_public_accounts_data_dto import GetUserSelectLoginPublicAccountsDataDto
    from .get_user_select_login_public_accounts_origin_user_dto import GetUserSelectLoginPublicAccountsOriginUserDto, GetUserSelectLoginPublicAccountsOriginUserDtoUsertype
    from .get_user_sync_relations_params import GetUserSyncRelationsParamsUserIdType
    from .get_webhooks_data import GetWebhooksData
    from .get_wechat_access_token_data_dto import GetWechatAccessTokenDataDto
    from .get_wechat_access_token_dto import GetWechatAccessTokenDto
    from .goods_package_dto import GoodsPackageDto
    from .group_bo import GroupBo
    from .group_dto import GroupDto
    from .group_paging_dto import GroupPagingDto
    from .has_any_role_dto import HasAnyRoleDto
    from .has_any_role_options_dto import HasAnyRoleOptionsDto, HasAnyRoleOptionsDtoUserIdType
    from .has_any_role_req_dto import HasAnyRoleReqDto
    from .has_role_roles_dto import HasRoleRolesDto
    from .i_sso_page_customization_settings_dto import ISsoPageCustomizationSettingsDto
    from .identity_dto import IdentityDto, IdentityDtoProvider
    from .import_export_template_resp_dto import ImportExportTemplateRespDto
    from .import_invitee_dto import ImportInviteeDto
    from .import_metadata_dto import ImportMetadataDto
    from .import_model_dto import ImportModelDto
    from .import_otp_item_data_dto import ImportOtpItemDataDto
    from .import_otp_item_dto import ImportOtpItemDto
    from .import_otp_req_dto import ImportOtpReqDto
    from .import_tenant_data_dto import ImportTenantDataDto
    from .import_tenant_dto import ImportTenantDto
    from .import_tenant_history_data_dto import ImportTenantHistoryDataDto
    from .import_tenant_notify_use_data_dto import ImportTenantNotifyUseDataDto
    from .import_users_dto import ImportUsersDto
    from .initiated_approval import InitiatedApproval, InitiatedApprovalObjectType, InitiatedApprovalStatus
    from .initiated_approval_page_list import InitiatedApprovalPageList
    from .initiated_list_params import InitiatedListParamsObjectType
    from .invitation_config_dto import InvitationConfigDto
    from .invitation_department_resp_dto import InvitationDepartmentRespDto
    from .invitation_link_config_dto import InvitationLinkConfigDto, InvitationLinkConfigDtoInviteLinkDisuseRule, InvitationLinkConfigDtoLinkExpiredTimeUnit, InvitationLinkConfigDtoPageExpiredTimeUnit
    from .invitation_link_dto import InvitationLinkDto
    from .invitation_policy_user_attribution_list_dto import InvitationPolicyUserAttributionListDto, InvitationPolicyUserAttributionListDtoTargetType
    from .invitation_post_resp_dto import InvitationPostRespDto
    from .invitation_roster_dto import InvitationRosterDto, InvitationRosterDtoStatus
    from .invitation_roster_pagination_dto import InvitationRosterPaginationDto
    from .invitation_user_dto import InvitationUserDto, InvitationUserDtoSource, InvitationUserDtoStatus
    from .invitation_user_pagination_dto import InvitationUserPaginationDto
    from .invite_tenant_user_record import InviteTenantUserRecord
    from .invite_tenant_user_record_list_dto import InviteTenantUserRecordListDto
    from .invite_tenant_users_dto import InviteTenantUsersDto
    from .invitee_context_dto import InviteeContextDto, InviteeContextDtoSendVerifyCodeMethod
    from .invitee_profile_dto import InviteeProfileDto, InviteeProfileDtoGender
    from .inviter_detail_dto import InviterDetailDto
    from .ip_list_create_dto import IpListCreateDto
    from .ip_list_paging_dto import IpListPagingDto
    from .ip_list_resp_dto import IpListRespDto
    from .ip_rule_dto import IPRuleDto
    from .is_action_allowed_data_dto import IsActionAllowedDataDto
    from .is_action_allowed_dto import IsActionAllowedDto
    from .is_success_dto import IsSuccessDto
    from .is_user_exists_dto import IsUserExistsDto
    from .is_user_exists_req_dto import IsUserExistsReqDto
    from .is_user_in_department_data_dto import IsUserInDepartmentDataDto
    from .is_user_in_department_params import IsUserInDepartmentParamsDepartmentIdType
    from .kick_public_accounts_dto import KickPublicAccountsDto
    from .kick_public_accounts_options_dto import KickPublicAccountsOptionsDto, KickPublicAccountsOptionsDtoUserIdType
    from .kick_users_dto import KickUsersDto
    from .kick_users_options_dto import KickUsersOptionsDto, KickUsersOptionsDtoUserIdType
    from .lang_object import LangObject
    from .lang_unit import LangUnit
    from .language_coinfig_dto import LanguageCoinfigDto
    from .language_coinfig_global_dto import LanguageCoinfigGlobalDto
    from .last_execute_status import LastExecuteStatus
    from .ldap_config_info_dto import LdapConfigInfoDto
    from .ldap_log_dto import LdapLogDto
    from .ldap_save_dto import LdapSaveDto
    from .ldap_set_enabled_flag_dto import LdapSetEnabledFlagDto
    from .ldap_update_dto import LdapUpdateDto
    from .link_identity_data_dto import LinkIdentityDataDto
    from .link_identity_dto import LinkIdentityDto
    from .list_access_key_resp_dto import ListAccessKeyRespDto
    from .list_application_active_users_dto import ListApplicationActiveUsersDto
    from .list_application_active_users_options_dto import ListApplicationActiveUsersOptionsDto
    from .list_application_auth_data_dto import ListApplicationAuthDataDto, ListApplicationAuthDataDtoEffect, ListApplicationAuthDataDtoPermissionType, ListApplicationAuthDataDtoTargetType
    from .list_application_auth_dto import ListApplicationAuthDto, ListApplicationAuthDtoEffect
    from .list_application_auth_paginated_data_dto import ListApplicationAuthPaginatedDataDto
    from .list_application_subject_data_dto import ListApplicationSubjectDataDto, ListApplicationSubjectDataDtoAppType, ListApplicationSubjectDataDtoEffect
    from .list_application_subject_data_list_dto import ListApplicationSubjectDataListDto
    from .list_archived_users_resp_dto import ListArchivedUsersRespDto
    from .list_auth_subject_dto import ListAuthSubjectDto, ListAuthSubjectDtoTargetType
    from .list_children_departments_params import ListChildrenDepartmentsParamsDepartmentIdType
    from .list_cust_fields_params import ListCustFieldsParamsDataType, ListCustFieldsParamsTargetType
    from .list_custom_fields_dto import ListCustomFieldsDto
    from .list_data_policies_resp_dto import ListDataPoliciesRespDto
    from .list_data_policy_subject_page_dto import ListDataPolicySubjectPageDto
    from .list_data_policy_targets_params import ListDataPolicyTargetsParamsTargetType
    from .list_data_resources_resp_dto import ListDataResourcesRespDto, ListDataResourcesRespDtoType
    from .list_department_member_ids_params import ListDepartmentMemberIdsParamsDepartmentIdType
    from .list_department_members_params import ListDepartmentMembersParamsDepartmentIdType, ListDepartmentMembersParamsOrderBy, ListDepartmentMembersParamsSortBy
    from .list_device_credential_dto import ListDeviceCredentialDto
    from .list_invitation_roster_by_policy_id_dto import ListInvitationRosterByPolicyIdDto
    from .list_invitation_roster_dto import ListInvitationRosterDto
    from .list_invitation_user_dto import ListInvitationUserDto
    from .list_permission_view_dto import ListPermissionViewDto
    from .list_permission_view_paginated_resp_dto import ListPermissionViewPaginatedRespDto
    from .list_permission_view_resp_dto import ListPermissionViewRespDto
    from .list_pipeline_functions_params import ListPipelineFunctionsParamsScene
    from .list_policy_user_attribution_detail_params import ListPolicyUserAttributionDetailParamsTargetType
    from .list_post_batch_dto import ListPostBatchDto
    from .list_public_account_data_dto import ListPublicAccountDataDto, ListPublicAccountDataDtoUsertype
    from .list_public_accounts_advanced_filter_item_dto import ListPublicAccountsAdvancedFilterItemDto, ListPublicAccountsAdvancedFilterItemDtoOperator
    from .list_public_accounts_options_dto import ListPublicAccountsOptionsDto, ListPublicAccountsOptionsDtoFuzzySearchOn
    from .list_public_accounts_request_dto import ListPublicAccountsRequestDto
    from .list_resource_targets_data_dto import ListResourceTargetsDataDto
    from .list_resource_targets_dto import ListResourceTargetsDto
    from .list_resource_targets_dto_resp import ListResourceTargetsDtoResp
    from .list_resources_params import ListResourcesParamsType
    from .list_role_assignments_params import ListRoleAssignmentsParamsTargetType
    from .list_simple_data_policies_resp_dto import ListSimpleDataPoliciesRespDto
    from .list_sync_job_logs_params import ListSyncJobLogsParamsAction, ListSyncJobLogsParamsObjectType
    from .list_sync_jobs_params import ListSyncJobsParamsSyncTrigger
    from .list_sync_risk_operations_params import ListSyncRiskOperationsParamsObjectType, ListSyncRiskOperationsParamsStatus
    from .list_tenant_admin_dto import ListTenantAdminDto
    from .list_tenant_ext_idp_params import ListTenantExtIdpParamsType
    from .list_tenant_user_dto import ListTenantUserDto
    from .list_tenant_users_options_dto import ListTenantUsersOptionsDto
    from .list_user_base_fields_params import ListUserBaseFieldsParamsDataType, ListUserBaseFieldsParamsTargetType
    from .list_users_advanced_filter_item_dto import ListUsersAdvancedFilterItemDto, ListUsersAdvancedFilterItemDtoOperator
    from .list_users_legacy_params import ListUsersLegacyParamsStatus
    from .list_users_options_dto import ListUsersOptionsDto, ListUsersOptionsDtoFuzzySearchOn
    from .list_users_request_dto import ListUsersRequestDto
    from .list_web_authn_authenticator_device_data_dto import ListWebAuthnAuthenticatorDeviceDataDto
    from .list_webhook_logs import ListWebhookLogs
    from .list_webhook_logs_data import ListWebhookLogsData
    from .list_webhooks_dto import ListWebhooksDto
    from .list_whitelists_of_app_params import ListWhitelistsOfAppParamsType
    from .list_whitelists_params import ListWhitelistsParamsType
    from .log_list_params import LogListParamsObjectType
    from .logged_in_apps_dto import LoggedInAppsDto
    from .login_anomaly_detection_config_dto import LoginAnomalyDetectionConfigDto, LoginAnomalyDetectionConfigDtoLoginFailStrategy
    from .login_fail_check_config_dto import LoginFailCheckConfigDto
    from .login_history_dto import LoginHistoryDto
    from .login_history_paginated_resp_dto import LoginHistoryPaginatedRespDto
    from .login_ip_whitelist_check_config_dto import LoginIpWhitelistCheckConfigDto
    from .login_passowrd_fail_check_config_dto import LoginPassowrdFailCheckConfigDto
    from .login_token_response_data_dto import LoginTokenResponseDataDto
    from .mau_period_usage_history import MauPeriodUsageHistory
    from .mau_period_usage_history_dto import MauPeriodUsageHistoryDto
    from .metadata_group_dto import MetadataGroupDto
    from .mfa_disable_settings_dto import MFADisableSettingsDto, MfaDisableSettingsDtoDisableFactors
    from .mfa_otp_verity_dto import MfaOtpVerityDto
    from .mfa_settings_dto import MFASettingsDto, MfaSettingsDtoEnabledFactors
    from .mfa_token_introspect_endpoint_params import MfaTokenIntrospectEndpointParams
    from .mfa_token_introspect_response import MfaTokenIntrospectResponse
    from .multiple_tenant_admin_dto import MultipleTenantAdminDto
    from .multiple_tenant_admin_list_paging_dto import MultipleTenantAdminListPagingDto
    from .namespace_dto import NamespaceDto
    from .namespace_list_paging_dto import NamespaceListPagingDto
    from .namespace_roles_list_resp_dto import NamespaceRolesListRespDto
    from .namespaces_list_resp_dto import NamespacesListRespDto
    from .node import Node
    from .node_bo import NodeBo
    from .oauth_idp_config import OauthIdpConfig
    from .oidc_config import OIDCConfig
    from .open_event_dto import OpenEventDto
    from .open_event_paging_dto import OpenEventPagingDto
    from .open_resource import OpenResource, OpenResourceResourceType
    from .operate_model_dto import OperateModelDto
    from .option import Option
    from .order_item import OrderItem
    from .organization_dto import OrganizationDto
    from .organization_name_i18n_dto import OrganizationNameI18nDto
    from .organization_paging_dto import OrganizationPagingDto
    from .otp_secret_resp_dto import OtpSecretRespDto
    from .otp_verity_resp_dto import OtpVerityRespDto
    from .pagination_dto import PaginationDto
    from .pagination_invitation_policy_data_dto import PaginationInvitationPolicyDataDto
    from .pagination_invitation_policy_query_dto import PaginationInvitationPolicyQueryDto
    from .pagination_universal_invitation_applicant_data_dto import PaginationUniversalInvitationApplicantDataDto
    from .pagination_universal_invitation_applicant_query_dto import PaginationUniversalInvitationApplicantQueryDto
    from .parsed_user_agent import ParsedUserAgent
    from .pend_list_params import PendListParamsObjectType
    from .permission_namespace_list_paging_dto import PermissionNamespaceListPagingDto
    from .permission_namespace_roles_list_paging_dto import PermissionNamespaceRolesListPagingDto
    from .permission_namespace_roles_list_resp_dto import PermissionNamespaceRolesListRespDto
    from .permission_namespaces_list_resp_dto import PermissionNamespacesListRespDto
    from .pipeline_function_dto import PipelineFunctionDto, PipelineFunctionDtoScene, PipelineFunctionDtoStatus
    from .pipeline_function_paging_dto import PipelineFunctionPagingDto
    from .policy_bo import PolicyBo
    from .policy_condition import PolicyCondition, PolicyConditionOperator, PolicyConditionParam
    from .policy_extends_fields_dto import PolicyExtendsFieldsDto
    from .policy_invite_joined_options_dto import PolicyInviteJoinedOptionsDto
    from .policy_invitee_joined_dto import PolicyInviteeJoinedDto, PolicyInviteeJoinedDtoReceiverType
    from .post_dto import PostDto
    from .post_info_dto import PostInfoDto
    from .post_item_dto import PostItemDto
    from .post_paging_dto import PostPagingDto
    from .pre_check_code_data_dto import PreCheckCodeDataDto
    from .pre_check_code_dto import PreCheckCodeDto, PreCheckCodeDtoCodeType
    from .pre_check_email_code_dto import PreCheckEmailCodeDto, PreCheckEmailCodeDtoChannel
    from .pre_check_sms_code_dto import PreCheckSmsCodeDto, PreCheckSmsCodeDtoChannel
    from .preview_email_template_data_dto import PreviewEmailTemplateDataDto
    from .preview_email_template_dto import PreviewEmailTemplateDto, PreviewEmailTemplateDtoTplEngine, PreviewEmailTemplateDtoType
    from .principal_authentication_info_dto import PrincipalAuthenticationInfoDto
    from .principal_authentication_info_paging_dto import PrincipalAuthenticationInfoPagingDto
    from .pub_event_dto import PubEventDto
    from .pub_event_resp_data_dto import PubEventRespDataDto
    from .public_account_dto import PublicAccountDto, PublicAccountDtoGender, PublicAccountDtoStatus, PublicAccountDtoUserSourceType, PublicAccountDtoWorkStatus
    from .public_account_paging_dto import PublicAccountPagingDto
    from .public_account_switch_login_dto import PublicAccountSwitchLoginDto
    from .public_key_credential_creation_options_dto import PublicKeyCredentialCreationOptionsDto
    from .public_key_credential_descriptor_dto import PublicKeyCredentialDescriptorDto
    from .public_key_credential_parameters_dto import PublicKeyCredentialParametersDto
    from .public_key_credential_request_options_dto import PublicKeyCredentialRequestOptionsDto
    from .public_key_credential_rp_entity_dto import PublicKeyCredentialRpEntityDto
    from .public_key_credential_user_entity_dto import PublicKeyCredentialUserEntityDto
    from .qr_code_status_brief_user_info_dto import QRCodeStatusBriefUserInfoDto
    from .qrcode_login_strategy_dto import QrcodeLoginStrategyDto
    from .query_terminal_apps_dto import QueryTerminalAppsDto
    from .quick_filter_invitation_user_dto import QuickFilterInvitationUserDto
    from .quick_filter_invitee_pagination_dto import QuickFilterInviteePaginationDto
    from .quick_filter_invitee_record_dto import QuickFilterInviteeRecordDto, QuickFilterInviteeRecordDtoInviteeSource, QuickFilterInviteeRecordDtoInviteeStatus
    from .re_upload_pipeline_function_dto import ReUploadPipelineFunctionDto
    from .refresh_application_secret_data_dto import RefreshApplicationSecretDataDto
    from .refresh_application_secret_dto import RefreshApplicationSecretDto
    from .register_anomaly_detection_config_dto import RegisterAnomalyDetectionConfigDto
    from .registration_credential_dto import RegistrationCredentialDto
    from .registration_options_dto import RegistrationOptionsDto
    from .relation_optional_range import RelationOptionalRange
    from .relation_search_dto import RelationSearchDto
    from .relation_value_list_dto import RelationValueListDto
    from .remove_department_members_req_dto import RemoveDepartmentMembersReqDto, RemoveDepartmentMembersReqDtoDepartmentIdType
    from .remove_device_credential_dto import RemoveDeviceCredentialDto
    from .remove_group_members_req_dto import RemoveGroupMembersReqDto
    from .remove_invitation_policy_user_attribution_dto import RemoveInvitationPolicyUserAttributionDto, RemoveInvitationPolicyUserAttributionDtoTargetType
    from .remove_invitation_policy_user_attribution_main_department_dto import RemoveInvitationPolicyUserAttributionMainDepartmentDto
    from .remove_invitation_policy_user_attributions_batch_dto import RemoveInvitationPolicyUserAttributionsBatchDto
    from .remove_post_dto import RemovePostDto
    from .remove_relation_value_dto import RemoveRelationValueDto
    from .remove_row_dto import RemoveRowDto
    from .remove_tenant_department_members_req_dto import RemoveTenantDepartmentMembersReqDto, RemoveTenantDepartmentMembersReqDtoDepartmentIdType
    from .remove_tenant_users_dto import RemoveTenantUsersDto
    from .res_group_dto import ResGroupDto
    from .reset_factor_dto import ResetFactorDto
    from .reset_password_by_email_pass_code_dto import ResetPasswordByEmailPassCodeDto
    from .reset_password_by_phone_pass_code_dto import ResetPasswordByPhonePassCodeDto
    from .reset_password_dto import ResetPasswordDto, ResetPasswordDtoPasswordEncryptType
    from .reset_password_verify import ResetPasswordVerify
    from .reset_user_principal_authentication_info_dto import ResetUserPrincipalAuthenticationInfoDto
    from .reset_user_principal_authentication_info_options_dto import ResetUserPrincipalAuthenticationInfoOptionsDto, ResetUserPrincipalAuthenticationInfoOptionsDtoUserIdType
    from .resign_user_batch_req_dto import ResignUserBatchReqDto, ResignUserBatchReqDtoUserIdType
    from .resign_user_data_dto import ResignUserDataDto
    from .resign_user_req_dto import ResignUserReqDto, ResignUserReqDtoUserIdType
    from .resource_action import ResourceAction
    from .resource_authorized_target_dto import ResourceAuthorizedTargetDto, ResourceAuthorizedTargetDtoTargetType
    from .resource_dto import ResourceDto, ResourceDtoType
    from .resource_item_dto import ResourceItemDto, ResourceItemDtoResourceType
    from .resource_paging_dto import ResourcePagingDto
    from .result import Result
    from .revert_roster_invitation_batch_dto import RevertRosterInvitationBatchDto
    from .revert_roster_invitation_dto import RevertRosterInvitationDto
    from .review_tenant_enterprise_certification_body_dto import ReviewTenantEnterpriseCertificationBodyDto, ReviewTenantEnterpriseCertificationBodyDtoEnterpriseCertificationStatus
    from .revoke_application_access_dto import RevokeApplicationAccessDto
    from .revoke_device_session_dto import RevokeDeviceSessionDto
    from .revoke_role_batch_dto import RevokeRoleBatchDto
    from .revoke_role_dto import RevokeRoleDto
    from .right_item_dto import RightItemDto
    from .right_item_res import RightItemRes
    from .risk_list_item_dto import RiskListItemDto
    from .risk_list_policy_create_dto import RiskListPolicyCreateDto, RiskListPolicyCreateDtoAction, RiskListPolicyCreateDtoEventStateType, RiskListPolicyCreateDtoIpCond, RiskListPolicyCreateDtoIpRange, RiskListPolicyCreateDtoLimitList, RiskListPolicyCreateDtoOptObject, RiskListPolicyCreateDtoRemoveType, RiskListPolicyCreateDtoUserCond, RiskListPolicyCreateDtoUserRange
    from .risk_list_policy_paging_dto import RiskListPolicyPagingDto
    from .risk_list_policy_resp_dto import RiskListPolicyRespDto, RiskListPolicyRespDtoAction, RiskListPolicyRespDtoEventStateType, RiskListPolicyRespDtoIpCond, RiskListPolicyRespDtoIpRange, RiskListPolicyRespDtoLimitList, RiskListPolicyRespDtoOptObject, RiskListPolicyRespDtoRemoveType, RiskListPolicyRespDtoUserCond, RiskListPolicyRespDtoUserRange
    from .role_authorized_resource_paging_dto import RoleAuthorizedResourcePagingDto
    from .role_authorized_resources_resp_dto import RoleAuthorizedResourcesRespDto, RoleAuthorizedResourcesRespDtoResourceType
    from .role_bo import RoleBo
    from .role_code_and_namespace_dto import RoleCodeAndNamespaceDto
    from .role_code_dto import RoleCodeDto
    from .role_department_list_paging_dto import RoleDepartmentListPagingDto
    from .role_department_resp_dto import RoleDepartmentRespDto
    from .role_dto import RoleDto
    from .role_list_item import RoleListItem
    from .role_list_page_dto import RoleListPageDto
    from .role_paging_dto import RolePagingDto
    from .role_permission_apply_approval_object import RolePermissionApplyApprovalObject
    from .role_permission_list_dto import RolePermissionListDto
    from .row_dto import RowDto
    from .saml_idp_config import SamlIdpConfig
    from .save_device_exclusive_valid_scope_settings_dto import SaveDeviceExclusiveValidScopeSettingsDto
    from .scope_dto import ScopeDto
    from .search_department_members_params import SearchDepartmentMembersParamsDepartmentIdType
    from .search_departments_filter_item_dto import SearchDepartmentsFilterItemDto, SearchDepartmentsFilterItemDtoOperator
    from .search_departments_list_req_dto import SearchDepartmentsListReqDto, SearchDepartmentsListReqDtoOrderBy, SearchDepartmentsListReqDtoSortBy
    from .search_departments_req_dto import SearchDepartmentsReqDto
    from .security_settings_dto import SecuritySettingsDto
    from .self_unlock_account_config_dto import SelfUnlockAccountConfigDto, SelfUnlockAccountConfigDtoStrategy
    from .send_create_account_notification_dto import SendCreateAccountNotificationDto
    from .send_email_batch_data_dto import SendEmailBatchDataDto
    from .send_email_dto import SendEmailDto, SendEmailDtoChannel
    from .send_enroll_factor_request_data_dto import SendEnrollFactorRequestDataDto
    from .send_enroll_factor_request_dto import SendEnrollFactorRequestDto, SendEnrollFactorRequestDtoFactorType
    from .send_enroll_factor_request_otp_data_dto import SendEnrollFactorRequestOtpDataDto
    from .send_grid_email_provider_config import SendGridEmailProviderConfig
    from .send_grid_email_provider_config_input import SendGridEmailProviderConfigInput
    from .send_invite_tenant_user_email_dto import SendInviteTenantUserEmailDto
    from .send_many_tenant_email_dto import SendManyTenantEmailDto
    from .send_many_tenant_sms_dto import SendManyTenantSmsDto
    from .send_reset_password_notification_dto import SendResetPasswordNotificationDto
    from .send_roster_invitation_batch_dto import SendRosterInvitationBatchDto
    from .send_roster_invitation_dto import SendRosterInvitationDto
    from .send_sms_batch_data_dto import SendSmsBatchDataDto
    from .send_sms_dto import SendSMSDto, SendSmsDtoChannel
    from .send_tenant_email_dto import SendTenantEmailDto
    from .send_tenant_sms_dto import SendTenantSmsDto
    from .set_custom_data_dto import SetCustomDataDto
    from .set_custom_data_req_dto import SetCustomDataReqDto, SetCustomDataReqDtoTargetType
    from .set_custom_field_dto import SetCustomFieldDto, SetCustomFieldDtoDataType, SetCustomFieldDtoTargetType
    from .set_custom_fields_req_dto import SetCustomFieldsReqDto
    from .set_invitation_policy_user_attribution_main_department_dto import SetInvitationPolicyUserAttributionMainDepartmentDto
    from .set_mfa_status_dto import SetMfaStatusDto, SetMfaStatusDtoUserIdType
    from .set_public_account_batch_req_dto import SetPublicAccountBatchReqDto
    from .set_user_base_field_dto import SetUserBaseFieldDto
    from .set_user_base_fields_req_dto import SetUserBaseFieldsReqDto
    from .set_user_department_dto import SetUserDepartmentDto
    from .set_user_departments_dto import SetUserDepartmentsDto
    from .set_user_departments_options_dto import SetUserDepartmentsOptionsDto, SetUserDepartmentsOptionsDtoUserIdType
    from .set_user_groups_dto import SetUserGroupsDto
    from .set_user_of_public_account_batch_req_dto import SetUserOfPublicAccountBatchReqDto
    from .set_user_posts_dto import SetUserPostsDto
    from .set_user_roles_dto import SetUserRolesDto
    from .sign_in_by_ad_payload_dto import SignInByAdPayloadDto
    from .sign_in_by_alipay_payload_dto import SignInByAlipayPayloadDto
    from .sign_in_by_amazon_payload_dto import SignInByAmazonPayloadDto
    from .sign_in_by_apple_payload_dto import SignInByApplePayloadDto
    from .sign_in_by_baidu_payload_dto import SignInByBaiduPayloadDto
    from .sign_in_by_ding_talk_payload_dto import SignInByDingTalkPayloadDto
    from .sign_in_by_douyin_mini_program_code_and_phone_payload_dto import SignInByDouyinMiniProgramCodeAndPhonePayloadDto
    from .sign_in_by_douyin_mini_program_code_payload_dto import SignInByDouyinMiniProgramCodePayloadDto
    from .sign_in_by_douyin_mini_program_phone_info_payload_dto import SignInByDouyinMiniProgramPhoneInfoPayloadDto
    from .sign_in_by_douyin_payload_dto import SignInByDouyinPayloadDto
    from .sign_in_by_facebook_payload_dto import SignInByFacebookPayloadDto
    from .sign_in_by_gitee_payload_dto import SignInByGiteePayloadDto
    from .sign_in_by_github_payload_dto import SignInByGithubPayloadDto
    from .sign_in_by_gitlab_payload_dto import SignInByGitlabPayloadDto
    from .sign_in_by_google_payload_dto import SignInByGooglePayloadDto
    from .sign_in_by_huawei_payload_dto import SignInByHuaweiPayloadDto
    from .sign_in_by_kuaishou_payload_dto import SignInByKuaishouPayloadDto
    from .sign_in_by_lark_block_payload_dto import SignInByLarkBlockPayloadDto
    from .sign_in_by_lark_internal_payload_dto import SignInByLarkInternalPayloadDto
    from .sign_in_by_lark_public_payload_dto import SignInByLarkPublicPayloadDto
    from .sign_in_by_ldap_payload_dto import SignInByLdapPayloadDto
    from .sign_in_by_line_payload_dto import SignInByLinePayloadDto
    from .sign_in_by_linked_in_payload_dto import SignInByLinkedInPayloadDto
    from .sign_in_by_mobile_options_dto import SignInByMobileOptionsDto
    from .sign_in_by_oppo_payload_dto import SignInByOPPOPayloadDto
    from .sign_in_by_pass_code_payload_dto import SignInByPassCodePayloadDto
    from .sign_in_by_password_payload_dto import SignInByPasswordPayloadDto
    from .sign_in_by_push_dto import SignInByPushDto
    from .sign_in_by_push_options_dto import SignInByPushOptionsDto
    from .sign_in_by_qq_payload_dto import SignInByQQPayloadDto
    from .sign_in_by_slack_payload_dto import SignInBySlackPayloadDto
    from .sign_in_by_switch_options_dto import SignInBySwitchOptionsDto
    from .sign_in_by_web_authn_options_dto import SignInByWebAuthnOptionsDto
    from .sign_in_by_wechat_mini_program_code_and_phone_payload_dto import SignInByWechatMiniProgramCodeAndPhonePayloadDto
    from .sign_in_by_wechat_mini_program_code_payload_dto import SignInByWechatMiniProgramCodePayloadDto
    from .sign_in_by_wechat_mini_program_phone_info_payload_dto import SignInByWechatMiniProgramPhoneInfoPayloadDto
    from .sign_in_by_wechat_mini_program_phone_payload_dto import SignInByWechatMiniProgramPhonePayloadDto
    from .sign_in_by_wechat_payload_dto import SignInByWechatPayloadDto
    from .sign_in_by_wechatwork_agency_payload_dto import SignInByWechatworkAgencyPayloadDto
    from .sign_in_by_wechatwork_dto import SignInByWechatworkDto
    from .sign_in_by_weibo_payload_dto import SignInByWeiboPayloadDto
    from .sign_in_by_xiaomi_payload_dto import SignInByXiaomiPayloadDto
    from .sign_in_by_yidun_payload_dto import SignInByYidunPayloadDto
    from .sign_in_fastpass_dto import SignInFastpassDto
    from .sign_in_fastpass_options_dto import SignInFastpassOptionsDto
    from .sign_in_options_dto import SignInOptionsDto, SignInOptionsDtoPasswordEncryptType
    from .sign_up_by_pass_code_dto import SignUpByPassCodeDto
    from .sign_up_by_password_dto import SignUpByPasswordDto
    from .sign_up_dto import SignUpDto, SignUpDtoConnection
    from .sign_up_options_dto import SignUpOptionsDto, SignUpOptionsDtoPasswordEncryptType
    from .sign_up_profile_dto import SignUpProfileDto, SignUpProfileDtoGender
    from .signin_by_credentials_dto import SigninByCredentialsDto, SigninByCredentialsDtoConnection
    from .signin_by_mobile_dto import SigninByMobileDto, SigninByMobileDtoConnection
    from .smtp_email_provider_config import SMTPEmailProviderConfig
    from .smtp_email_provider_config_input import SMTPEmailProviderConfigInput
    from .sorting_dto import SortingDto, SortingDtoField, SortingDtoOrder
    from .str_authorize import StrAuthorize
    from .str_resource_auth_action import StrResourceAuthAction
    from .subject_dto import SubjectDto, SubjectDtoType
    from .subject_resp_dto import SubjectRespDto, SubjectRespDtoType
    from .suspend_terminal_user_dto import SuspendTerminalUserDto
    from .sync_job_dto import SyncJobDto, SyncJobDtoSyncFlow, SyncJobDtoSyncStatus, SyncJobDtoSyncTrigger
    from .sync_job_paging_dto import SyncJobPagingDto
    from .sync_risk_operation_dto import SyncRiskOperationDto, SyncRiskOperationDtoObjectType, SyncRiskOperationDtoStatus
    from .sync_risk_operation_paging_dto import SyncRiskOperationPagingDto
    from .sync_task_active_directory_client_config import SyncTaskActiveDirectoryClientConfig
    from .sync_task_client_config import SyncTaskClientConfig
    from .sync_task_dingtalk_client_config import SyncTaskDingtalkClientConfig
    from .sync_task_dto import SyncTaskDto, SyncTaskDtoLastSyncStatus, SyncTaskDtoSyncFlow, SyncTaskDtoSyncTaskType, SyncTaskDtoSyncTrigger
    from .sync_task_field_mapping import SyncTaskFieldMapping
    from .sync_task_fxiaoke_client_config import SyncTaskFxiaokeClientConfig
    from .sync_task_italent_client_config import SyncTaskItalentClientConfig
    from .sync_task_kayang_client_config import SyncTaskKayangClientConfig
    from .sync_task_lark_client_config import SyncTaskLarkClientConfig
    from .sync_task_ldap_client_config import SyncTaskLdapClientConfig
    from .sync_task_maycur_client_config import SyncTaskMaycurClientConfig
    from .sync_task_moka_client_config import SyncTaskMokaClientConfig
    from .sync_task_paging_dto import SyncTaskPagingDto
    from .sync_task_provisioning_scope import SyncTaskProvisioningScope
    from .sync_task_scim_client_config import SyncTaskScimClientConfig
    from .sync_task_timed_scheduler import SyncTaskTimedScheduler, SyncTaskTimedSchedulerCycle
    from .sync_task_wechatwork_client_config import SyncTaskWechatworkClientConfig
    from .sync_task_xiaoshouyi_client_config import SyncTaskXiaoshouyiClientConfig
    from .system_info_resp import SystemInfoResp
    from .systme_info_rsa_config import SystmeInfoRSAConfig
    from .systme_info_sm2_config import SystmeInfoSM2Config
    from .systme_info_version import SystmeInfoVersion
    from .tab_config_dto import TabConfigDto
    from .target_dto import TargetDto, TargetDtoTargetType
    from .tenant_application_dto import TenantApplicationDto
    from .tenant_application_list_paging_dto import TenantApplicationListPagingDto
    from .tenant_cooperator_dto import TenantCooperatorDto
    from .tenant_cooperator_list_paging_dto import TenantCooperatorListPagingDto
    from .tenant_cooperator_single_dto import TenantCooperatorSingleDto
    from .tenant_dto import TenantDto
    from .tenant_enterprise_certification_resp_dto import TenantEnterpriseCertificationRespDto, TenantEnterpriseCertificationRespDtoEnterpriseCertificationStatus
    from .tenant_list_paging_dto import TenantListPagingDto
    from .tenant_resp_dto import TenantRespDto
    from .tenant_user_dto import TenantUserDto, TenantUserDtoGender
    from .tenant_user_list_paging_dto import TenantUserListPagingDto
    from .tencent_exmail_email_provider_config import TencentExmailEmailProviderConfig
    from .tencent_exmail_email_provider_config_input import TencentExmailEmailProviderConfigInput
    from .terminal_base_dto import TerminalBaseDto
    from .terminal_info_dto import TerminalInfoDto
    from .terminal_session_dto import TerminalSessionDto
    from .tree_auth_bo import TreeAuthBo
    from .tree_authorize import TreeAuthorize
    from .tree_resource_auth_action import TreeResourceAuthAction
    from .tree_structs import TreeStructs
    from .trigger_sync_risk_operation_dto import TriggerSyncRiskOperationDto
    from .trigger_sync_risk_operations_data_dto import TriggerSyncRiskOperationsDataDto
    from .trigger_sync_task_data_dto import TriggerSyncTaskDataDto
    from .trigger_sync_task_dto import TriggerSyncTaskDto
    from .trigger_webhook_data import TriggerWebhookData
    from .trigger_webhook_dto import TriggerWebhookDto
    from .unbind_device_dto import UnbindDeviceDto
    from .unbind_email_dto import UnbindEmailDto
    from .unbind_phone_dto import UnbindPhoneDto
    from .unbind_public_account_batch_req_dto import UnbindPublicAccountBatchReqDto
    from .universal_invitation_applicant_data import UniversalInvitationApplicantData, UniversalInvitationApplicantDataChannel, UniversalInvitationApplicantDataStatus
    from .universal_invitation_join_resp_dto import UniversalInvitationJoinRespDto, UniversalInvitationJoinRespDtoStatus
    from .universal_invitation_public_config_dto import UniversalInvitationPublicConfigDto
    from .universal_invitation_user_join_dto import UniversalInvitationUserJoinDto
    from .universal_invitee_profile_dto import UniversalInviteeProfileDto
    from .unlink_ext_idp_dto import UnlinkExtIdpDto
    from .unlink_identity import UnlinkIdentity
    from .unlink_identity_data_dto import UnlinkIdentityDataDto
    from .unused.access_token_dto import AccessTokenDto
    from .unused.access_token_res_dto import AccessTokenResDto
    from .unused.add_application_permission_record import AddApplicationPermissionRecord
    from .unused.admin import Admin
    from .unused.admin_audit_log_resp_dto import AdminAuditLogRespDto
    from .unused.all_operate_dto import AllOperateDto
    from .unused.app_list_resp_dto import AppListRespDto
    from .unused.application_paginated_resp_dto import ApplicationPaginatedRespDto
    from .unused.application_simple_info_paginated_resp_dto import ApplicationSimpleInfoPaginatedRespDto
    from .unused.application_simple_info_single_resp_dto import ApplicationSimpleInfoSingleRespDto
    from .unused.application_single_resp_dto import ApplicationSingleRespDto
    from .unused.applications_permission_applicable_dto import ApplicationsPermissionApplicableDto
    from .unused.approval_closed_list_dto import ApprovalClosedListDto
    from .unused.approval_detail_res import ApprovalDetailRes
    from .unused.approval_dto import ApprovalDto
    from .unused.approval_initiated_list_dto import ApprovalInitiatedListDto
    from .unused.approval_list_res import ApprovalListRes
    from .unused.approval_log_list_dto import ApprovalLogListDto
    from .unused.approval_pending_list_dto import ApprovalPendingListDto
    from .unused.approval_user import ApprovalUser
    from .unused.array_or_string_action_dto import ArrayOrStringActionDto
    from .unused.asa_account_list_resp_dto import AsaAccountListRespDto
    from .unused.asa_account_paginated_resp_dto import AsaAccountPaginatedRespDto
    from .unused.asa_account_single_nullable_resp_dto import AsaAccountSingleNullableRespDto
    from .unused.asa_account_single_resp_dto import AsaAccountSingleRespDto
    from .unused.association_ext_idp_dto import AssociationExtIdpDto
    from .unused.association_resource_dto import AssociationResourceDto
    from .unused.authenticate_by_ad_dto import AuthenticateByADDto
    from .unused.authenticate_by_alipay_dto import AuthenticateByAlipayDto
    from .unused.authenticate_by_google_dto import AuthenticateByGoogleDto
    from .unused.authenticate_by_lark_internal_dto import AuthenticateByLarkInternalDto
    from .unused.authenticate_by_lark_public_dto import AuthenticateByLarkPublicDto
    from .unused.authenticate_by_ldap_dto import AuthenticateByLDAPDto
    from .unused.authenticate_by_pass_code_dto import AuthenticateByPassCodeDto
    from .unused.authenticate_by_password_dto import AuthenticateByPasswordDto
    from .unused.authenticate_by_wechat_dto import AuthenticateByWechatDto
    from .unused.authenticate_by_wechat_mini_program_code_dto import AuthenticateByWechatMiniProgramCodeDto
    from .unused.authenticate_by_wechat_mini_program_phone_dto import AuthenticateByWechatMiniProgramPhoneDto
    from .unused.authenticate_by_wechatwork_agency_dto import AuthenticateByWechatworkAgencyDto
    from .unused.authenticate_by_wechatwork_dto import AuthenticateByWechatworkDto
    from .unused.authenticate_by_yidun_dto import AuthenticateByYidunDto
    from .unused.authorized_resource_list_resp_dto import AuthorizedResourceListRespDto
    from .unused.authorized_resource_paginated_resp_dto import AuthorizedResourcePaginatedRespDto
    from .unused.batch_applications_auth_dto import BatchApplicationsAuthDto
    from .unused.cancel_sync_risk_operations_resp_dto import CancelSyncRiskOperationsRespDto
    from .unused.captcha_code_dto import CaptchaCodeDto
    from .unused.check_data_policy_exists_dto import CheckDataPolicyExistsDto
    from .unused.check_data_resource_exists_dto import CheckDataResourceExistsDto
    from .unused.check_domain_available_secret_resp_dto import CheckDomainAvailableSecretRespDto
    from .unused.check_external_user_permission_resp_dto import CheckExternalUserPermissionRespDto
    from .unused.check_params_data_policy_response_dto import CheckParamsDataPolicyResponseDto
    from .unused.check_params_data_resource_response_dto import CheckParamsDataResourceResponseDto
    from .unused.check_permission_resp_dto import CheckPermissionRespDto
    from .unused.check_push_code_status_resp_dto import CheckPushCodeStatusRespDto
    from .unused.check_pushcode_status_dto import CheckPushcodeStatusDto
    from .unused.check_qr_code_status_resp_dto import CheckQRCodeStatusRespDto
    from .unused.check_qrcode_status_dto import CheckQrcodeStatusDto
    from .unused.check_resource_permissions_resp_dto import CheckResourcePermissionsRespDto
    from .unused.check_role_mutual_exclusion_resp_dto import CheckRoleMutualExclusionRespDto
    from .unused.check_session_status_resp_dto import CheckSessionStatusRespDto
    from .unused.check_user_same_level_permission_response_dto import CheckUserSameLevelPermissionResponseDto
    from .unused.click_cost_contact_dto import ClickCostContactDto
    from .unused.common_resource_paginated_resp_dto import CommonResourcePaginatedRespDto
    from .unused.common_response_dto import CommonResponseDto
    from .unused.cost_get_all_right_item_resp_dto import CostGetAllRightItemRespDto
    from .unused.cost_get_current_package_resp_dto import CostGetCurrentPackageRespDto
    from .unused.cost_get_current_usage_resp_dto import CostGetCurrentUsageRespDto
    from .unused.cost_get_mau_period_usage_history_resp_dto import CostGetMauPeriodUsageHistoryRespDto
    from .unused.cost_get_order_detail_resp_dto import CostGetOrderDetailRespDto
    from .unused.cost_get_order_pay_detail_resp_dto import CostGetOrderPayDetailRespDto
    from .unused.cost_get_orders_resp_dto import CostGetOrdersRespDto
    from .unused.count_custom_fields_dto import CountCustomFieldsDto
    from .unused.create_access_key_response_dto import CreateAccessKeyResponseDto
    from .unused.create_application_resp_dto import CreateApplicationRespDto
    from .unused.create_approval_res import CreateApprovalRes
    from .unused.create_array_data_resource_response_dto import CreateArrayDataResourceResponseDto
    from .unused.create_data_policy_response_dto import CreateDataPolicyResponseDto
    from .unused.create_data_resource_response_dto import CreateDataResourceResponseDto
    from .unused.create_department_tree_resp_dto import CreateDepartmentTreeRespDto
    from .unused.create_or_update_group_resp_dto import CreateOrUpdateGroupRespDto
    from .unused.create_permission_namespace_response_dto import CreatePermissionNamespaceResponseDto
    from .unused.create_post_resp_dto import CreatePostRespDto
    from .unused.create_roster_user_info_dto import CreateRosterUserInfoDto
    from .unused.create_string_data_resource_response_dto import CreateStringDataResourceResponseDto
    from .unused.create_tenant_resp_dto import CreateTenantRespDto
    from .unused.create_tree_data_resource_response_dto import CreateTreeDataResourceResponseDto
    from .unused.create_ueba_resp_dto import CreateUEBARespDto
    from .unused.create_webhook_resp_dto import CreateWebhookRespDto
    from .unused.credentials import Credentials
    from .unused.credentials_dto import CredentialsDto
    from .unused.custom_field_list_resp_dto import CustomFieldListRespDto
    from .unused.data_resource_action_list_dto import DataResourceActionListDto
    from .unused.data_resource_policy_array_structs import DataResourcePolicyArrayStructs
    from .unused.data_resource_policy_string_structs import DataResourcePolicyStringStructs
    from .unused.data_resource_policy_tree_structs import DataResourcePolicyTreeStructs
    from .unused.decrypt_douyin_mini_program_data_resp_dto import DecryptDouyinMiniProgramDataRespDto
    from .unused.decrypt_douyin_mini_program_phone_data_dto import DecryptDouyinMiniProgramPhoneDataDto
    from .unused.decrypt_douyin_mini_program_phone_dto import DecryptDouyinMiniProgramPhoneDto
    from .unused.decrypt_douyin_mini_program_phone_resp_dto import DecryptDouyinMiniProgramPhoneRespDto
    from .unused.decrypt_wechat_mini_program_data_resp_dto import DecryptWechatMiniProgramDataRespDto
    from .unused.delete_application_permission_record import DeleteApplicationPermissionRecord
    from .unused.delete_device_exclusive_white_list_settings_by_ids_dto import DeleteDeviceExclusiveWhiteListSettingsByIdsDto, DeleteDeviceExclusiveWhiteListSettingsByIdsDtoTargetType
    from .unused.delete_multiple_tenant_admin_body_dto import DeleteMultipleTenantAdminBodyDto
    from .unused.delete_tenant_cooperator_body_dto import DeleteTenantCooperatorBodyDto
    from .unused.delete_tenant_users_dto import DeleteTenantUsersDto
    from .unused.delete_terminal_dto import DeleteTerminalDto
    from .unused.delete_webhook_resp_dto import DeleteWebhookRespDto
    from .unused.department_list_resp_dto import DepartmentListRespDto
    from .unused.department_paginated_resp_dto import DepartmentPaginatedRespDto
    from .unused.department_single_resp_dto import DepartmentSingleRespDto
    from .unused.device_status_resp_dto import DeviceStatusRespDto
    from .unused.email_provider_resp_dto import EmailProviderRespDto
    from .unused.email_template_single_item_resp_dto import EmailTemplateSingleItemRespDto
    from .unused.enable_ext_idp_conn_dto import EnableExtIdpConnDto
    from .unused.enable_permission_apply_application_list_res import EnablePermissionApplyApplicationListRes
    from .unused.enable_permission_apply_role_list_res import EnablePermissionApplyRoleListRes
    from .unused.enroll_factor_resp_dto import EnrollFactorRespDto
    from .unused.event_app_paginated_resp_dto import EventAppPaginatedRespDto
    from .unused.ext_idp_conn_apps_dto import ExtIdpConnAppsDto
    from .unused.ext_idp_conn_detail_single_resp_dto import ExtIdpConnDetailSingleRespDto
    from .unused.ext_idp_detail_single_resp_dto import ExtIdpDetailSingleRespDto
    from .unused.ext_idp_list_paginated_resp_dto import ExtIdpListPaginatedRespDto
    from .unused.ext_idp_single_resp_dto import ExtIdpSingleRespDto
    from .unused.finish_login_params import FinishLoginParams
    from .unused.function_field_list_res_dto import FunctionFieldListResDto
    from .unused.function_model_field_res_dto import FunctionModelFieldResDto
    from .unused.function_model_list_dto import FunctionModelListDto
    from .unused.function_model_res_dto import FunctionModelResDto
    from .unused.function_model_value_list_res_dto import FunctionModelValueListResDto
    from .unused.function_model_value_res_dto import FunctionModelValueResDto
    from .unused.gene_fastpass_qr_code_resp_dto import GeneFastpassQRCodeRespDto
    from .unused.gene_push_code_resp_dto import GenePushCodeRespDto
    from .unused.gene_qr_code_resp_dto import GeneQRCodeRespDto
    from .unused.generate_bind_ext_idp_link_resp_dto import GenerateBindExtIdpLinkRespDto
    from .unused.generate_invitation_link_resp_dto import GenerateInvitationLinkRespDto
    from .unused.generate_invitee_token_resp_dto import GenerateInviteeTokenRespDto
    from .unused.generate_link_extidp_url_dto import GenerateLinkExtidpUrlDto
    from .unused.get_access_key_dto import GetAccessKeyDto
    from .unused.get_access_key_response_dto import GetAccessKeyResponseDto
    from .unused.get_accessible_apps_resp_dto import GetAccessibleAppsRespDto
    from .unused.get_alipay_auth_info_resp_dto import GetAlipayAuthInfoRespDto
    from .unused.get_alipay_authinfo_dto import GetAlipayAuthinfoDto
    from .unused.get_all_departments_dto import GetAllDepartmentsDto
    from .unused.get_all_groups_dto import GetAllGroupsDto
    from .unused.get_all_row_by_scrollid_res_dto import GetAllRowByScrollidResDto
    from .unused.get_app_login_qrcode_status_dto import GetAppLoginQrcodeStatusDto
    from .unused.get_application_dto import GetApplicationDto
    from .unused.get_application_permission_strategy_dto import GetApplicationPermissionStrategyDto
    from .unused.get_application_permission_strategy_resp_dto import GetApplicationPermissionStrategyRespDto
    from .unused.get_application_public_config_dto import GetApplicationPublicConfigDto
    from .unused.get_application_secret_dto import GetApplicationSecretDto
    from .unused.get_application_secret_resp_dto import GetApplicationSecretRespDto
    from .unused.get_application_simple_info_dto import GetApplicationSimpleInfoDto
    from .unused.get_asa_account_assigned_target_resp_dto import GetAsaAccountAssignedTargetRespDto
    from .unused.get_asa_account_assigned_targets_dto import GetAsaAccountAssignedTargetsDto
    from .unused.get_asa_account_dto import GetAsaAccountDto
    from .unused.get_assigned_account_dto import GetAssignedAccountDto
    from .unused.get_authentication_options_resp_dto import GetAuthenticationOptionsRespDto
    from .unused.get_authorized_resource_action_dto import GetAuthorizedResourceActionDto, GetAuthorizedResourceActionDtoOp
    from .unused.get_authorized_resources_dto import GetAuthorizedResourcesDto
    from .unused.get_authorized_target_data_dto import GetAuthorizedTargetDataDto
    from .unused.get_authorized_target_resp_dto import GetAuthorizedTargetRespDto
    from .unused.get_authorized_targets_dto import GetAuthorizedTargetsDto, GetAuthorizedTargetsDtoResourceType, GetAuthorizedTargetsDtoTargetType
    from .unused.get_captcha_code_resp_dto import GetCaptchaCodeRespDto
    from .unused.get_country_list_resp_dto import GetCountryListRespDto
    from .unused.get_custom_data_dto import GetCustomDataDto
    from .unused.get_custom_data_resp_dto import GetCustomDataRespDto
    from .unused.get_custom_fields_dto import GetCustomFieldsDto
    from .unused.get_data_policy_dto import GetDataPolicyDto
    from .unused.get_data_policy_response_dto import GetDataPolicyResponseDto
    from .unused.get_data_resource_dto import GetDataResourceDto
    from .unused.get_data_resource_response_dto import GetDataResourceResponseDto
    from .unused.get_department_by_id_dto import GetDepartmentByIdDto
    from .unused.get_department_dto import GetDepartmentDto
    from .unused.get_department_list_dto import GetDepartmentListDto
    from .unused.get_department_sync_relations_dto import GetDepartmentSyncRelationsDto
    from .unused.get_departments_of_public_account_dto import GetDepartmentsOfPublicAccountDto
    from .unused.get_device_exclusive_rule_resp_dto import GetDeviceExclusiveRuleRespDto
    from .unused.get_device_exclusive_valid_scope_app_resp_dto import GetDeviceExclusiveValidScopeAppRespDto
    from .unused.get_device_exclusive_valid_scope_resp_dto import GetDeviceExclusiveValidScopeRespDto
    from .unused.get_device_exclusive_white_list_resp_dto import GetDeviceExclusiveWhiteListRespDto
    from .unused.get_email_template_resp_dto import GetEmailTemplateRespDto
    from .unused.get_email_templates_resp_dto import GetEmailTemplatesRespDto
    from .unused.get_ext_idp_dto import GetExtIdpDto
    from .unused.get_ext_idps_resp_dto import GetExtIdpsRespDto
    from .unused.get_extends_fields_resp_dto import GetExtendsFieldsRespDto
    from .unused.get_external_user_resource_struct_resp_dto import GetExternalUserResourceStructRespDto
    from .unused.get_factor_dto import GetFactorDto
    from .unused.get_factor_resp_dto import GetFactorRespDto
    from .unused.get_fastpass_client_apps_dto import GetFastpassClientAppsDto
    from .unused.get_fastpass_qr_code_relation_apps_resp_dto import GetFastpassQRCodeRelationAppsRespDto
    from .unused.get_group_authorized_resources_dto import GetGroupAuthorizedResourcesDto
    from .unused.get_group_dto import GetGroupDto
    from .unused.get_groups_of_public_account_dto import GetGroupsOfPublicAccountDto
    from .unused.get_identities_resp_dto import GetIdentitiesRespDto
    from .unused.get_import_export_template_resp_dto import GetImportExportTemplateRespDto
    from .unused.get_import_invitee_resp_dto import GetImportInviteeRespDto
    from .unused.get_import_template_dto import GetImportTemplateDto
    from .unused.get_import_template_res_dto import GetImportTemplateResDto
    from .unused.get_invitation_policy_resp_dto import GetInvitationPolicyRespDto
    from .unused.get_invitation_policy_user_attribution_dto import GetInvitationPolicyUserAttributionDto
    from .unused.get_invitation_policy_user_attribution_main_department_dto import GetInvitationPolicyUserAttributionMainDepartmentDto
    from .unused.get_invitation_roster_dto import GetInvitationRosterDto
    from .unused.get_invitation_user_resp_dto import GetInvitationUserRespDto
    from .unused.get_invitee_context_resp_dto import GetInviteeContextRespDto
    from .unused.get_ldap_server_log_dto import GetLdapServerLogDto
    from .unused.get_ldap_sub_entries_dto import GetLdapSubEntriesDto
    from .unused.get_logged_in_apps_resp_dto import GetLoggedInAppsRespDto
    from .unused.get_login_history_dto import GetLoginHistoryDto
    from .unused.get_login_history_resp_dto import GetLoginHistoryRespDto
    from .unused.get_management_access_token_dto import GetManagementAccessTokenDto
    from .unused.get_management_token_resp_dto import GetManagementTokenRespDto
    from .unused.get_map_info_resp_dto import GetMapInfoRespDto
    from .unused.get_mau_period_usage_history_dto import GetMauPeriodUsageHistoryDto
    from .unused.get_mfa_status_dto import GetMfaStatusDto
    from .unused.get_mfa_trigger_data_dto import GetMfaTriggerDataDto
    from .unused.get_model_dto import GetModelDto
    from .unused.get_multiple_tenant_admin_dto import GetMultipleTenantAdminDto
    from .unused.get_my_authorized_resources_dto import GetMyAuthorizedResourcesDto
    from .unused.get_my_department_list_dto import GetMyDepartmentListDto
    from .unused.get_my_login_history_dto import GetMyLoginHistoryDto
    from .unused.get_my_role_list_dto import GetMyRoleListDto
    from .unused.get_namespace_dto import GetNamespaceDto
    from .unused.get_namespaces_batch_dto import GetNamespacesBatchDto
    from .unused.get_order_detail_dto import GetOrderDetailDto
    from .unused.get_order_pay_detail_dto import GetOrderPayDetailDto
    from .unused.get_orders_dto import GetOrdersDto
    from .unused.get_organization_batch_dto import GetOrganizationBatchDto
    from .unused.get_organization_dto import GetOrganizationDto
    from .unused.get_otp_secret_by_user_dto import GetOtpSecretByUserDto
    from .unused.get_otp_secret_resp_dto import GetOtpSecretRespDto
    from .unused.get_parent_department_dto import GetParentDepartmentDto
    from .unused.get_permission_namespace_dto import GetPermissionNamespaceDto
    from .unused.get_permission_namespace_list_response_dto import GetPermissionNamespaceListResponseDto
    from .unused.get_permission_namespace_response_dto import GetPermissionNamespaceResponseDto
    from .unused.get_permission_namespaces_batch_dto import GetPermissionNamespacesBatchDto
    from .unused.get_pipeline_function_dto import GetPipelineFunctionDto
    from .unused.get_pipeline_logs_dto import GetPipelineLogsDto
    from .unused.get_policy_invitation_context_dto import GetPolicyInvitationContextDto
    from .unused.get_post_dto import GetPostDto
    from .unused.get_post_of_public_account_dto import GetPostOfPublicAccountDto
    from .unused.get_profile_dto import GetProfileDto
    from .unused.get_public_account_batch_dto import GetPublicAccountBatchDto
    from .unused.get_public_account_data_resp_dto import GetPublicAccountDataRespDto
    from .unused.get_public_account_dto import GetPublicAccountDto
    from .unused.get_public_accounts_of_department_dto import GetPublicAccountsOfDepartmentDto
    from .unused.get_public_accounts_of_group_dto import GetPublicAccountsOfGroupDto
    from .unused.get_public_accounts_of_post_dto import GetPublicAccountsOfPostDto
    from .unused.get_public_accounts_of_role_dto import GetPublicAccountsOfRoleDto
    from .unused.get_public_accounts_of_user_dto import GetPublicAccountsOfUserDto
    from .unused.get_push_code_relation_apps_resp_dto import GetPushCodeRelationAppsRespDto
    from .unused.get_qrcode_status_dto import GetQrcodeStatusDto
    from .unused.get_registration_options_resp_dto import GetRegistrationOptionsRespDto
    from .unused.get_resource_authorized_target_resp_dto import GetResourceAuthorizedTargetRespDto
    from .unused.get_resource_dto import GetResourceDto
    from .unused.get_resources_batch_dto import GetResourcesBatchDto
    from .unused.get_role_authorized_resources_dto import GetRoleAuthorizedResourcesDto
    from .unused.get_role_dto import GetRoleDto
    from .unused.get_role_list_dto import GetRoleListDto
    from .unused.get_roles_of_public_account_dto import GetRolesOfPublicAccountDto
    from .unused.get_row_by_value_dto import GetRowByValueDto
    from .unused.get_row_dto import GetRowDto
    from .unused.get_row_relation_dto import GetRowRelationDto
    from .unused.get_security_info_resp_dto import GetSecurityInfoRespDto
    from .unused.get_subject_auth_detail_dto import GetSubjectAuthDetailDto
    from .unused.get_subject_auth_resp_dto import GetSubjectAuthRespDto
    from .unused.get_supported_device_exclusive_apps_dto import GetSupportedDeviceExclusiveAppsDto
    from .unused.get_sync_job_dto import GetSyncJobDto
    from .unused.get_sync_task_dto import GetSyncTaskDto
    from .unused.get_tenant_by_code_dto import GetTenantByCodeDto
    from .unused.get_tenant_cooperator_dto import GetTenantCooperatorDto
    from .unused.get_tenant_cooperator_menu_dto import GetTenantCooperatorMenuDto
    from .unused.get_tenant_dto import GetTenantDto
    from .unused.get_tenant_enterprise_certification_dto import GetTenantEnterpriseCertificationDto
    from .unused.get_tenant_list_resp_dto import GetTenantListRespDto
    from .unused.get_tenant_little_info_dto import GetTenantLittleInfoDto
    from .unused.get_universal_invitation_join_resp_dto import GetUniversalInvitationJoinRespDto
    from .unused.get_universal_invitation_public_config_dto import GetUniversalInvitationPublicConfigDto
    from .unused.get_universal_invitation_public_config_resp_dto import GetUniversalInvitationPublicConfigRespDto
    from .unused.get_universal_invitation_resp_dto import GetUniversalInvitationRespDto
    from .unused.get_universal_invitation_settings_dto import GetUniversalInvitationSettingsDto
    from .unused.get_user_accessible_apps_dto import GetUserAccessibleAppsDto
    from .unused.get_user_auth_resource_list_resp_dto import GetUserAuthResourceListRespDto
    from .unused.get_user_auth_resource_permission_list_resp_dto import GetUserAuthResourcePermissionListRespDto
    from .unused.get_user_auth_resource_struct_resp_dto import GetUserAuthResourceStructRespDto
    from .unused.get_user_authorized_apps_dto import GetUserAuthorizedAppsDto
    from .unused.get_user_authorized_resources_dto import GetUserAuthorizedResourcesDto
    from .unused.get_user_batch_dto import GetUserBatchDto
    from .unused.get_user_departments_dto import GetUserDepartmentsDto
    from .unused.get_user_dto import GetUserDto
    from .unused.get_user_encrypt_password_batch_resp_dto import GetUserEncryptPasswordBatchRespDto
    from .unused.get_user_groups_dto import GetUserGroupsDto
    from .unused.get_user_identities_dto import GetUserIdentitiesDto
    from .unused.get_user_logged_in_identities_dto import GetUserLoggedInIdentitiesDto
    from .unused.get_user_loggedin_apps_dto import GetUserLoggedinAppsDto
    from .unused.get_user_login_history_dto import GetUserLoginHistoryDto
    from .unused.get_user_mfa_info_dto import GetUserMfaInfoDto
    from .unused.get_user_password_ciphertext_resp_dto import GetUserPasswordCiphertextRespDto
    from .unused.get_user_permission_list_resp_dto import GetUserPermissionListRespDto
    from .unused.get_user_post_dto import GetUserPostDto
    from .unused.get_user_posts_dto import GetUserPostsDto
    from .unused.get_user_principal_authentication_info_dto import GetUserPrincipalAuthenticationInfoDto
    from .unused.get_user_resource_permission_list_resp_dto import GetUserResourcePermissionListRespDto
    from .unused.get_user_resource_struct_resp_dto import GetUserResourceStructRespDto
    from .unused.get_user_roles_dto import GetUserRolesDto
    from .unused.get_user_select_login_public_accounts_dto import GetUserSelectLoginPublicAccountsDto
    from .unused.get_user_sync_relations_dto import GetUserSyncRelationsDto
    from .unused.get_users_of_public_account_dto import GetUsersOfPublicAccountDto
    from .unused.get_webhook_dto import GetWebhookDto
    from .unused.get_webhook_resp_dto import GetWebhookRespDto
    from .unused.get_webhooks_resp_dto import GetWebhooksRespDto
    from .unused.get_wechat_access_token_info_resp_dto import GetWechatAccessTokenInfoRespDto
    from .unused.get_wechat_access_token_resp_dto import GetWechatAccessTokenRespDto
    from .unused.get_wechat_mini_program_phone_data_dto import GetWechatMiniProgramPhoneDataDto
    from .unused.get_wechat_mini_program_phone_dto import GetWechatMiniProgramPhoneDto
    from .unused.get_wechat_mini_program_phone_resp_dto import GetWechatMiniProgramPhoneRespDto
    from .unused.group_list_resp_dto import GroupListRespDto
    from .unused.group_paginated_resp_dto import GroupPaginatedRespDto
    from .unused.group_single_resp_dto import GroupSingleRespDto
    from .unused.has_any_role_resp_dto import HasAnyRoleRespDto
    from .unused.i18n_dto import I18nDto
    from .unused.identity_list_resp_dto import IdentityListRespDto
    from .unused.import_tenant_history_dto import ImportTenantHistoryDto
    from .unused.import_tenant_history_resp_dto import ImportTenantHistoryRespDto
    from .unused.import_tenant_notify_user_dto import ImportTenantNotifyUserDto
    from .unused.import_tenant_notify_user_resp_dto import ImportTenantNotifyUserRespDto
    from .unused.import_tenant_resp_dto import ImportTenantRespDto
    from .unused.initiated_approval_list_res import InitiatedApprovalListRes
    from .unused.invitation_roster_pagination_resp_dto import InvitationRosterPaginationRespDto
    from .unused.invitation_roster_single_resp_dto import InvitationRosterSingleRespDto
    from .unused.invitation_user_pagination_resp_dto import InvitationUserPaginationRespDto
    from .unused.invite_tenant_user_record_list_resp_dto import InviteTenantUserRecordListRespDto
    from .unused.invite_tenant_users_resp_dto import InviteTenantUsersRespDto
    from .unused.ip_list_dto import IpListDto
    from .unused.ip_list_paginated_resp_dto import IpListPaginatedRespDto
    from .unused.is_action_allowed_resp_dtp import IsActionAllowedRespDtp
    from .unused.is_success_resp_dto import IsSuccessRespDto
    from .unused.is_user_exists_resp_dto import IsUserExistsRespDto
    from .unused.is_user_in_department_dto import IsUserInDepartmentDto
    from .unused.is_user_in_department_resp_dto import IsUserInDepartmentRespDto
    from .unused.ldap_config_info_resp_dto import LdapConfigInfoRespDto
    from .unused.ldap_get_bind_pwd_resp_dto import LdapGetBindPwdRespDto
    from .unused.ldap_log_resp_dto import LdapLogRespDto
    from .unused.ldap_operate_resp_dto import LdapOperateRespDto
    from .unused.legacy_exchange_token_params import LegacyExchangeTokenParams, LegacyExchangeTokenParamsResponseTokenType
    from .unused.legacy_exchange_token_response import LegacyExchangeTokenResponse
    from .unused.link_extidp_dto import LinkExtidpDto
    from .unused.link_identity import LinkIdentity
    from .unused.link_identity_res_dto import LinkIdentityResDto
    from .unused.list_access_key_dto import ListAccessKeyDto
    from .unused.list_access_key_response_dto import ListAccessKeyResponseDto
    from .unused.list_application_auth_paginated_resp_dto import ListApplicationAuthPaginatedRespDto
    from .unused.list_application_dto import ListApplicationDto
    from .unused.list_application_simple_info_dto import ListApplicationSimpleInfoDto
    from .unused.list_application_subject_resp_dto import ListApplicationSubjectRespDto
    from .unused.list_applications_dto import ListApplicationsDto
    from .unused.list_archived_users_dto import ListArchivedUsersDto
    from .unused.list_archived_users_single_resp_dto import ListArchivedUsersSingleRespDto
    from .unused.list_asa_accounts_dto import ListAsaAccountsDto
    from .unused.list_children_departments_dto import ListChildrenDepartmentsDto
    from .unused.list_cistom_fields_res_dto import ListCistomFieldsResDto
    from .unused.list_common_resource_dto import ListCommonResourceDto
    from .unused.list_data_policies_dto import ListDataPoliciesDto
    from .unused.list_data_policies_paginated_resp_dto import ListDataPoliciesPaginatedRespDto
    from .unused.list_data_policy_subject_paginated_resp_dto import ListDataPolicySubjectPaginatedRespDto
    from .unused.list_data_policy_targets_dto import ListDataPolicyTargetsDto
    from .unused.list_data_resources_dto import ListDataResourcesDto
    from .unused.list_data_resources_paginated_resp_dto import ListDataResourcesPaginatedRespDto
    from .unused.list_department_member_ids_dto import ListDepartmentMemberIdsDto
    from .unused.list_department_members_dto import ListDepartmentMembersDto
    from .unused.list_dnef_dto import ListDnefDto
    from .unused.list_dnef_paginated_resp_dto import ListDnefPaginatedRespDto
    from .unused.list_dto import ListDto
    from .unused.list_enrolled_factors_resp_dto import ListEnrolledFactorsRespDto
    from .unused.list_events_dto import ListEventsDto
    from .unused.list_ext_idp_dto import ListExtIdpDto
    from .unused.list_factors_to_enroll_resp_dto import ListFactorsToEnrollRespDto
    from .unused.list_field_dto import ListFieldDto
    from .unused.list_group_members_dto import ListGroupMembersDto
    from .unused.list_groups_dto import ListGroupsDto
    from .unused.list_invitation_policy_extends_fields_dto import ListInvitationPolicyExtendsFieldsDto
    from .unused.list_invitation_policy_user_attributions_dto import ListInvitationPolicyUserAttributionsDto
    from .unused.list_invite_tenant_user_records_dto import ListInviteTenantUserRecordsDto
    from .unused.list_multiple_tenant_admins_dto import ListMultipleTenantAdminsDto
    from .unused.list_namespace_roles_dto import ListNamespaceRolesDto
    from .unused.list_namespaces_dto import ListNamespacesDto
    from .unused.list_operate_dto import ListOperateDto
    from .unused.list_organizations_dto import ListOrganizationsDto
    from .unused.list_permission_namespace_roles_dto import ListPermissionNamespaceRolesDto
    from .unused.list_permission_namespaces_dto import ListPermissionNamespacesDto
    from .unused.list_permission_view_response_dto import ListPermissionViewResponseDto
    from .unused.list_pipeline_function_dto import ListPipelineFunctionDto
    from .unused.list_pipeline_functions_dto import ListPipelineFunctionsDto
    from .unused.list_post_dto import ListPostDto
    from .unused.list_resource_targets import ListResourceTargets
    from .unused.list_resource_targets_resp_dto import ListResourceTargetsRespDto
    from .unused.list_resources_dto import ListResourcesDto
    from .unused.list_role_assignments_dto import ListRoleAssignmentsDto
    from .unused.list_role_departments_dto import ListRoleDepartmentsDto
    from .unused.list_role_members_dto import ListRoleMembersDto
    from .unused.list_roles_dto import ListRolesDto
    from .unused.list_simple_data_policies_dto import ListSimpleDataPoliciesDto
    from .unused.list_simple_data_policies_paginated_resp_dto import ListSimpleDataPoliciesPaginatedRespDto
    from .unused.list_sync_job_logs_dto import ListSyncJobLogsDto
    from .unused.list_sync_jobs_dto import ListSyncJobsDto
    from .unused.list_sync_risk_operations_dto import ListSyncRiskOperationsDto
    from .unused.list_sync_tasks_dto import ListSyncTasksDto
    from .unused.list_tenant_applications_dto import ListTenantApplicationsDto
    from .unused.list_tenant_cooperators_dto import ListTenantCooperatorsDto
    from .unused.list_tenant_ext_idp_dto import ListTenantExtIdpDto
    from .unused.list_tenants_dto import ListTenantsDto
    from .unused.list_user_base_fields_dto import ListUserBaseFieldsDto
    from .unused.list_users_dto import ListUsersDto
    from .unused.list_users_legacy_dto import ListUsersLegacyDto
    from .unused.list_webhook_logs_resp_dto import ListWebhookLogsRespDto
    from .unused.list_whitelist_dto import ListWhitelistDto
    from .unused.list_whitelist_of_app_dto import ListWhitelistOfAppDto
    from .unused.login_by_credentials_dto import LoginByCredentialsDto, LoginByCredentialsDtoConnection
    from .unused.login_token_resp_dto import LoginTokenRespDto
    from .unused.metadata_list_res_dto import MetadataListResDto
    from .unused.mfa_otp_verity_resp_dto import MfaOtpVerityRespDto
    from .unused.mfa_settings_resp_dto import MFASettingsRespDto
    from .unused.mobile_sign_in_dto import MobileSignInDto, MobileSignInDtoConnection
    from .unused.multiple_tenant_admin_paginated_resp_dto import MultipleTenantAdminPaginatedRespDto
    from .unused.namespace_list_paginated_resp_dto import NamespaceListPaginatedRespDto
    from .unused.namespace_list_resp_dto import NamespaceListRespDto
    from .unused.namespace_resp_dto import NamespaceRespDto
    from .unused.namespace_roles_list_paginated_resp_dto import NamespaceRolesListPaginatedRespDto
    from .unused.oidc_discovery_metadata import OidcDiscoveryMetadata, OidcDiscoveryMetadataResponseTypesSupported
    from .unused.open_event_paginated_resp_dto import OpenEventPaginatedRespDto
    from .unused.organization_list_resp_dto import OrganizationListRespDto
    from .unused.organization_paginated_resp_dto import OrganizationPaginatedRespDto
    from .unused.organization_single_resp_dto import OrganizationSingleRespDto
    from .unused.pagination_invitation_policy_resp_dto import PaginationInvitationPolicyRespDto
    from .unused.pagination_universal_invitation_applicant_resp_dto import PaginationUniversalInvitationApplicantRespDto
    from .unused.password_reset_verify_resp import PasswordResetVerifyResp
    from .unused.permission_namespace_check_exists_resp_dto import PermissionNamespaceCheckExistsRespDto
    from .unused.permission_namespace_list_paginated_resp_dto import PermissionNamespaceListPaginatedRespDto
    from .unused.permission_namespace_roles_list_paginated_resp_dto import PermissionNamespaceRolesListPaginatedRespDto
    from .unused.person import Person
    from .unused.pipeline_function_paginated_resp_dto import PipelineFunctionPaginatedRespDto
    from .unused.pipeline_function_single_resp_dto import PipelineFunctionSingleRespDto
    from .unused.post_list_resp_dto import PostListRespDto
    from .unused.post_paginated_resp_dto import PostPaginatedRespDto
    from .unused.post_resp_dto import PostRespDto
    from .unused.pre_check_code_resp_dto import PreCheckCodeRespDto
    from .unused.preview_email_template_resp_dto import PreviewEmailTemplateRespDto
    from .unused.principal_authentication_info_paginated_resp_dto import PrincipalAuthenticationInfoPaginatedRespDto
    from .unused.pub_event_resp_dto import PubEventRespDto
    from .unused.public_account_list_resp_dto import PublicAccountListRespDto
    from .unused.public_account_paginated_resp_dto import PublicAccountPaginatedRespDto
    from .unused.public_account_single_resp_dto import PublicAccountSingleRespDto
    from .unused.quick_filter_invitee_pagination_resp_dto import QuickFilterInviteePaginationRespDto
    from .unused.refresh_application_secret_resp_dto import RefreshApplicationSecretRespDto
    from .unused.relation_value_list_res_dto import RelationValueListResDto
    from .unused.reset_factor_resp_dto import ResetFactorRespDto
    from .unused.reset_principal_authentication_info_resp_dto import ResetPrincipalAuthenticationInfoRespDto
    from .unused.resign_user_resp_dto import ResignUserRespDto
    from .unused.resource_list_resp_dto import ResourceListRespDto
    from .unused.resource_paginated_resp_dto import ResourcePaginatedRespDto
    from .unused.resource_permission_assignment_dto import ResourcePermissionAssignmentDto, ResourcePermissionAssignmentDtoTargetType
    from .unused.resource_resp_dto import ResourceRespDto
    from .unused.rest_factor_dto import RestFactorDto
    from .unused.risk_list_policy_dto import RiskListPolicyDto
    from .unused.role import Role
    from .unused.role_authorized_resource_paginated_resp_dto import RoleAuthorizedResourcePaginatedRespDto
    from .unused.role_check_params_resp_dto import RoleCheckParamsRespDto
    from .unused.role_department_list_paginated_resp_dto import RoleDepartmentListPaginatedRespDto
    from .unused.role_list_page_resp_dto import RoleListPageRespDto
    from .unused.role_list_resp_dto import RoleListRespDto
    from .unused.role_paginated_resp_dto import RolePaginatedRespDto
    from .unused.role_single_resp_dto import RoleSingleRespDto
    from .unused.roles_dto import RolesDto
    from .unused.roles_permission_applicable_dto import RolesPermissionApplicableDto
    from .unused.save_device_exclusive_white_list_settings_dto import SaveDeviceExclusiveWhiteListSettingsDto
    from .unused.search_department_members_dto import SearchDepartmentMembersDto
    from .unused.search_organizations_dto import SearchOrganizationsDto
    from .unused.security_settings_resp_dto import SecuritySettingsRespDto
    from .unused.send_email_or_phone_notification_dto import SendEmailOrPhoneNotificationDto
    from .unused.send_email_resp_dto import SendEmailRespDto
    from .unused.send_enroll_factor_request_resp_dto import SendEnrollFactorRequestRespDto
    from .unused.send_sms_batch_resp_dto import SendSmsBatchRespDto
    from .unused.send_sms_resp_dto import SendSMSRespDto
    from .unused.set_user_custom_data_dto import SetUserCustomDataDto
    from .unused.set_user_custom_data_resp_dto import SetUserCustomDataRespDto
    from .unused.suspend_terminal_dto import SuspendTerminalDto
    from .unused.sync_job_paginated_resp_dto import SyncJobPaginatedRespDto
    from .unused.sync_job_single_resp_dto import SyncJobSingleRespDto
    from .unused.sync_relation_list_resp_dto import SyncRelationListRespDto
    from .unused.sync_risk_operation_paginated_resp_dto import SyncRiskOperationPaginatedRespDto
    from .unused.sync_task_paginated_resp_dto import SyncTaskPaginatedRespDto
    from .unused.sync_task_single_resp_dto import SyncTaskSingleRespDto
    from .unused.tenant_application_list_paginated_resp_dto import TenantApplicationListPaginatedRespDto
    from .unused.tenant_cooperator_paginated_resp_dto import TenantCooperatorPaginatedRespDto
    from .unused.tenant_cooperator_single_resp_dto import TenantCooperatorSingleRespDto
    from .unused.tenant_list_paginated_resp_dto import TenantListPaginatedRespDto
    from .unused.tenant_single_resp_dto import TenantSingleRespDto
    from .unused.tenant_user_list_paginated_resp_dto import TenantUserListPaginatedRespDto
    from .unused.tenant_user_resp_dto import TenantUserRespDto
    from .unused.tenant_user_single_resp_dto import TenantUserSingleRespDto
    from .unused.terminal_info_resp_dto import TerminalInfoRespDto
    from .unused.terminal_session_resp_dto import TerminalSessionRespDto
    from .unused.token_end_point_params import TokenEndPointParams, TokenEndPointParamsGrantType
    from .unused.token_introspect_endpoint_params import TokenIntrospectEndpointParams
    from .unused.token_introspect_response import TokenIntrospectResponse
    from .unused.token_revocation_endpoint_params import TokenRevocationEndpointParams
    from .unused.tree_permission_dto import TreePermissionDto
    from .unused.trigger_sync_risk_operations_resp_dto import TriggerSyncRiskOperationsRespDto
    from .unused.trigger_sync_task_resp_dto import TriggerSyncTaskRespDto
    from .unused.trigger_webhook_resp_dto import TriggerWebhookRespDto
    from .unused.unbind_ext_idp_dto import UnbindExtIdpDto
    from .unused.unlink_identity_res_dto import UnlinkIdentityResDto
    from .unused.update_biz_email_template_dto import UpdateBizEmailTemplateDto, UpdateBizEmailTemplateDtoTplEngine
    from .unused.update_data_policy_response_dto import UpdateDataPolicyResponseDto
    from .unused.update_data_resource_response_dto import UpdateDataResourceResponseDto
    from .unused.update_email_verify_request_dto import UpdateEmailVerifyRequestDto, UpdateEmailVerifyRequestDtoVerifyMethod
    from .unused.update_multiple_tenant_admin_dto import UpdateMultipleTenantAdminDto
    from .unused.update_namespace_resp_dto import UpdateNamespaceRespDto
    from .unused.update_permission_namespace_response_dto import UpdatePermissionNamespaceResponseDto
    from .unused.update_roster_user_info_dto import UpdateRosterUserInfoDto
    from .unused.update_tenant_cooperator_dto import UpdateTenantCooperatorDto
    from .unused.update_terminal_dto import UpdateTerminalDto
    from .unused.update_webhooks_resp_dto import UpdateWebhooksRespDto
    from .unused.upload_data_dto import UploadDataDto
    from .unused.upload_dto import UploadDto
    from .unused.upload_resp_dto import UploadRespDto
    from .unused.user_action_log_resp_dto import UserActionLogRespDto
    from .unused.user_attribution_main_department_resp_dto import UserAttributionMainDepartmentRespDto
    from .unused.user_attribution_pagination_resp_dto import UserAttributionPaginationRespDto
    from .unused.user_attribution_single_resp_dto import UserAttributionSingleRespDto
    from .unused.user_department_paginated_resp_dto import UserDepartmentPaginatedRespDto
    from .unused.user_field_decrypt_resp_dto import UserFieldDecryptRespDto
    from .unused.user_id_list_resp_dto import UserIdListRespDto
    from .unused.user_list_dto import UserListDto
    from .unused.user_list_paginated_resp_dto import UserListPaginatedRespDto
    from .unused.user_list_policy_paginated_resp_dto import UserListPolicyPaginatedRespDto
    from .unused.user_list_resp_dto import UserListRespDto
    from .unused.user_logged_in_apps_list_resp_dto import UserLoggedInAppsListRespDto
    from .unused.user_logged_in_identities_resp_dto import UserLoggedInIdentitiesRespDto
    from .unused.user_login_history_paginated_resp_dto import UserLoginHistoryPaginatedRespDto
    from .unused.user_mfa_single_resp_dto import UserMfaSingleRespDto
    from .unused.user_paginated_resp_dto import UserPaginatedRespDto
    from .unused.user_permission_resource_dto import UserPermissionResourceDto
    from .unused.user_permission_resource_other_dto import UserPermissionResourceOtherDto
    from .unused.user_pool_tenant_config_dto_resp_dto import UserPoolTenantConfigDtoRespDto
    from .unused.user_single_resp_dto import UserSingleRespDto
    from .unused.validate_password_resp_dto import ValidatePasswordRespDto
    from .unused.validate_pem_key_dto import ValidatePEMKeyDto
    from .unused.verify_authentication_result_resp_dto import VerifyAuthenticationResultRespDto
    from .unused.verify_config_app_dto import VerifyConfigAppDto
    from .unused.verify_config_data_dto import VerifyConfigDataDto
    from .unused.verify_config_info_resp_dto import VerifyConfigInfoRespDto
    from .unused.verify_delete_account_request_resp_dto import VerifyDeleteAccountRequestRespDto
    from .unused.verify_registration_result_resp_dto import VerifyRegistrationResultRespDto
    from .unused.verify_update_email_request_resp_dto import VerifyUpdateEmailRequestRespDto
    from .unused.verify_update_phone_request_resp_dto import VerifyUpdatePhoneRequestRespDto
    from .unused.web_authn_check_valid_credentials_by_cred_ids_resp_dto import WebAuthnCheckValidCredentialsByCredIdsRespDto
    from .unused.webhook_event_list_resp_dto import WebhookEventListRespDto
    from .unused.wechat_identity_resolve_resp_data_dto import WechatIdentityResolveRespDataDto
    from .unused.wechat_identity_resolve_resp_dto import WechatIdentityResolveRespDto
    from .unused.wechat_mobile_auth_by_code_input import WechatMobileAuthByCodeInput
    from .unused.white_list_settings_data_dto import WhiteListSettingsDataDto, WhiteListSettingsDataDtoTargetType
    from .unused.whitelist_list_resp_dto import WhitelistListRespDto
    from .update_access_key_dto import UpdateAccessKeyDto
    from .update_application_dto import UpdateApplicationDto, UpdateApplicationDtoDefaultProtocol
    from .update_application_login_config_input_dto import UpdateApplicationLoginConfigInputDto, UpdateApplicationLoginConfigInputDtoEnabledBasicLoginMethods
    from .update_application_mfa_settings_dto import UpdateApplicationMfaSettingsDto, UpdateApplicationMfaSettingsDtoDisabledFactors, UpdateApplicationMfaSettingsDtoEnabledFactors
    from .update_application_permission_strategy_data_dto import UpdateApplicationPermissionStrategyDataDto, UpdateApplicationPermissionStrategyDataDtoPermissionStrategy
    from .update_asa_account_dto import UpdateAsaAccountDto
    from .update_auth_enabled_dto import UpdateAuthEnabledDto
    from .update_data_policy_dto import UpdateDataPolicyDto
    from .update_data_policy_resp_dto import UpdateDataPolicyRespDto
    from .update_data_resource_dto import UpdateDataResourceDto
    from .update_data_resource_resp_dto import UpdateDataResourceRespDto, UpdateDataResourceRespDtoType
    from .update_department_req_dto import UpdateDepartmentReqDto, UpdateDepartmentReqDtoDepartmentIdType
    from .update_department_status_req_dto import UpdateDepartmentStatusReqDto
    from .update_device_exclusive_rule_dto import UpdateDeviceExclusiveRuleDto, UpdateDeviceExclusiveRuleDtoRule
    from .update_dnef_req import UpdateDnefReq
    from .update_email_by_email_pass_code_dto import UpdateEmailByEmailPassCodeDto
    from .update_email_dto import UpdateEmailDto
    from .update_email_template_dto import UpdateEmailTemplateDto, UpdateEmailTemplateDtoTplEngine, UpdateEmailTemplateDtoType
    from .update_ext_idp_conn_dto import UpdateExtIdpConnDto
    from .update_ext_idp_dto import UpdateExtIdpDto
    from .update_extends_field_dto import UpdateExtendsFieldDto, UpdateExtendsFieldDtoInputType, UpdateExtendsFieldDtoType
    from .update_function_model_dto import UpdateFunctionModelDto, UpdateFunctionModelDtoType
    from .update_function_model_field_dto import UpdateFunctionModelFieldDto
    from .update_group_req_dto import UpdateGroupReqDto
    from .update_invitation_policy_dto import UpdateInvitationPolicyDto, UpdateInvitationPolicyDtoInviteMethod, UpdateInvitationPolicyDtoSendVerifyCodeMethod
    from .update_invitation_roster_dto import UpdateInvitationRosterDto
    from .update_login_config import UpdateLoginConfig
    from .update_login_config_dto import UpdateLoginConfigDto
    from .update_namespace_dto import UpdateNamespaceDto
    from .update_operate_model_dto import UpdateOperateModelDto
    from .update_organization_req_dto import UpdateOrganizationReqDto
    from .update_organization_status_req_dto import UpdateOrganizationStatusReqDto
    from .update_passkey_dto import UpdatePasskeyDto
    from .update_password_dto import UpdatePasswordDto, UpdatePasswordDtoPasswordEncryptType
    from .update_permission_namespace_dto import UpdatePermissionNamespaceDto
    from .update_permission_namespace_resp_dto import UpdatePermissionNamespaceRespDto
    from .update_phone_by_phone_pass_code_dto import UpdatePhoneByPhonePassCodeDto
    from .update_phone_dto import UpdatePhoneDto
    from .update_pipeline_function_dto import UpdatePipelineFunctionDto
    from .update_pipeline_order_dto import UpdatePipelineOrderDto, UpdatePipelineOrderDtoScene
    from .update_public_account_batch_options_dto import UpdatePublicAccountBatchOptionsDto, UpdatePublicAccountBatchOptionsDtoPasswordEncryptType
    from .update_public_account_batch_req_dto import UpdatePublicAccountBatchReqDto
    from .update_public_account_info_dto import UpdatePublicAccountInfoDto, UpdatePublicAccountInfoDtoGender, UpdatePublicAccountInfoDtoStatus
    from .update_public_account_options_dto import UpdatePublicAccountOptionsDto, UpdatePublicAccountOptionsDtoPasswordEncryptType, UpdatePublicAccountOptionsDtoUserIdType
    from .update_public_account_req_dto import UpdatePublicAccountReqDto, UpdatePublicAccountReqDtoGender, UpdatePublicAccountReqDtoStatus
    from .update_resource_dto import UpdateResourceDto, UpdateResourceDtoType
    from .update_role_dto import UpdateRoleDto
    from .update_row_dto import UpdateRowDto
    from .update_security_settings_dto import UpdateSecuritySettingsDto
    from .update_sync_task_dto import UpdateSyncTaskDto, UpdateSyncTaskDtoSyncTaskFlow, UpdateSyncTaskDtoSyncTaskTrigger, UpdateSyncTaskDtoSyncTaskType
    from .update_tenant_appqrcode_state import UpdateTenantAppqrcodeState
    from .update_tenant_dto import UpdateTenantDto
    from .update_tenant_user_dto import UpdateTenantUserDto
    from .update_terminal_user_dto import UpdateTerminalUserDto
    from .update_universal_invitation_dto import UpdateUniversalInvitationDto
    from .update_user_batch_options_dto import UpdateUserBatchOptionsDto, UpdateUserBatchOptionsDtoPasswordEncryptType
    from .update_user_batch_req_dto import UpdateUserBatchReqDto
    from .update_user_info_dto import UpdateUserInfoDto, UpdateUserInfoDtoGender, UpdateUserInfoDtoStatus
    from .update_user_options_dto import UpdateUserOptionsDto, UpdateUserOptionsDtoPasswordEncryptType, UpdateUserOptionsDtoUserIdType
    from .update_user_pool_tenant_login_config_dto import UpdateUserPoolTenantLoginConfigDto
    from .update_user_profile_dto import UpdateUserProfileDto, UpdateUserProfileDtoGender
    from .update_user_req_dto import UpdateUserReqDto, UpdateUserReqDtoGender, UpdateUserReqDtoStatus
    from .update_webhook_dto import UpdateWebhookDto, UpdateWebhookDtoContentType, UpdateWebhookDtoEvents
    from .user import User
    from .user_action_log_dto import UserActionLogDto, UserActionLogDtoEventType
    from .user_action_log_resp_data import UserActionLogRespData
    from .user_attribution_dto import UserAttributionDto, UserAttributionDtoTargetType
    from .user_attribution_main_department_dto import UserAttributionMainDepartmentDto
    from .user_attribution_pagination_dto import UserAttributionPaginationDto
    from .user_auth_resource_list_dto import UserAuthResourceListDto
    from .user_connection_post_dto import UserConnectionPostDto
    from .user_department_paging_dto import UserDepartmentPagingDto
    from .user_department_resp_dto import UserDepartmentRespDto
    from .user_dto import UserDto, UserDtoGender, UserDtoStatus, UserDtoUserSourceType, UserDtoWorkStatus
    from .user_field_decrypt_req_dto import UserFieldDecryptReqDto
    from .user_field_decrypt_req_item_dto import UserFieldDecryptReqItemDto
    from .user_field_decrypt_resp_item_dto import UserFieldDecryptRespItemDto
    from .user_info_dto import UserInfoDto, UserInfoDtoGender
    from .user_list_create_dto import UserListCreateDto
    from .user_list_paging_dto import UserListPagingDto
    from .user_logged_in_apps_dto import UserLoggedInAppsDto
    from .user_logged_in_identities_dto import UserLoggedInIdentitiesDto
    from .user_login_history_dto import UserLoginHistoryDto
    from .user_login_history_paging_dto import UserLoginHistoryPagingDto
    from .user_mfa_resp_dto import UserMfaRespDto
    from .user_paging_dto import UserPagingDto
    from .user_permission_list_dto import UserPermissionListDto
    from .user_pool_public_config_dto import UserPoolPublicConfigDto
    from .user_pool_tenant_config_dto import UserPoolTenantConfigDto, UserPoolTenantConfigDtoEnableSwitchType
    from .user_sync_relation_dto import UserSyncRelationDto
    from .user_tenant_list_dto import UserTenantListDto
    from .validate_password_dto import ValidatePasswordDto, ValidatePasswordDtoPasswordEncryptType
    from .validate_password_result_dto import ValidatePasswordResultDto
    from .verify_authentication_dto import VerifyAuthenticationDto
    from .verify_authentication_result_dto import VerifyAuthenticationResultDto
    from .verify_delete_account_request_data_dto import VerifyDeleteAccountRequestDataDto
    from .verify_delete_account_request_dto import VerifyDeleteAccountRequestDto, VerifyDeleteAccountRequestDtoVerifyMethod
    from .verify_invite_code_dto import VerifyInviteCodeDto, VerifyInviteCodeDtoReceiverType
    from .verify_registration_dto import VerifyRegistrationDto, VerifyRegistrationDtoAuthenticatorCode
    from .verify_registration_result_dto import VerifyRegistrationResultDto
    from .verify_reset_password_request_dto import VerifyResetPasswordRequestDto, VerifyResetPasswordRequestDtoVerifyMethod
    from .verify_update_email_request_data import VerifyUpdateEmailRequestData
    from .verify_update_email_request_dto import VerifyUpdateEmailRequestDto, VerifyUpdateEmailRequestDtoVerifyMethod
    from .verify_update_phone_request_data import VerifyUpdatePhoneRequestData
    from .verify_update_phone_request_dto import VerifyUpdatePhoneRequestDto, VerifyUpdatePhoneRequestDtoVerifyMethod
    from .web_authn_remove_credential_dto import WebAuthnRemoveCredentialDto
    from .webhook_category_dto import WebhookCategoryDto
    from .webhook_dto import WebhookDto, WebhookDtoContentType, WebhookDtoEvents
    from .webhook_event_dto import WebhookEventDto
    from .webhook_event_list_data import WebhookEventListData
    from .webhook_log_dto import WebhookLogDto
    from .webhook_retry_config_v3_dto import WebhookRetryConfigV3Dto, WebhookRetryConfigV3DtoDelayUnit
    from .wechat_login_token_resp_dto import WechatLoginTokenRespDto
    from .wechat_mobile_auth_by_code_identity_input import WechatMobileAuthByCodeIdentityInput
    from .whitelist_resp_dto import WhitelistRespDto

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
    "AuthenticateByPasswordDto", "AuthenticateByWechatDto",
    "AuthenticateByWechatMiniProgramCodeDto", "AuthenticateByWechatMiniProgramPhoneDto",
    "AuthenticateByWechatworkAgencyDto", "AuthenticateByWechatworkDto", "AuthenticateByYidunDto",
    "AuthenticationCredentialDto", "AuthenticationOptionsDto", "AuthenticatorAssertionResponseDto",
    "AuthenticatorAttestationResponseDto", "AuthorizeApplicationAccessDto",
    "AuthorizeResourceItem", "AuthorizeResourceItemTargetType", "AuthorizeResourcesDto",
    "AuthorizedResourceDto", "AuthorizedResourceDtoEffect", "AuthorizedResourceDtoResourceType",
    "AuthorizedResourceListRespDto", "AuthorizedResourcePaginatedRespDto",
    "AuthorizedResourcePagingDto", "BatchApplicationsAuthDto", "BatchBindPolicy",
    "BatchCreateApprovalReq", "BatchCreateApprovalReqObjectType", "BatchCreateDnefReq",
    "BatchUnbindPolicy", "BindByAccountIdInputApi", "BindByAccountInputApi",
    "BindByAccountsInputApi", "BindByEmailCodeInputApi", "BindByPhoneCodeInputApi",
    "BindByRegiserInputApi", "BindEmailDto", "BindPhoneDto", "CancelSyncRiskOperationDto",
    "CancelSyncRiskOperationsDataDto", "CancelSyncRiskOperationsRespDto", "CaptchaCodeDto",
    "CasIdPConfig", "CellDto", "ChangeEmailStrategyDto", "ChangeExtIdpAssociationStateDto",
    "ChangeExtIdpConnStateDto", "ChangePhoneStrategyDto", "ChangePushCodeStatusDto",
    "ChangePushCodeStatusDtoAction", "ChangeQRCodeStatusDto", "ChangeQrCodeStatusDtoAction",
    "ChangeUserPoolTenantExtIdpConnDto", "CheckDataPolicyExistsDto", "CheckDataResourceExistsDto",
    "CheckDeviceCredentialIdDto", "CheckDomainAvailable", "CheckDomainAvailableDataDto",
    "CheckDomainAvailableSecretRespDto", "CheckExternalUserPermissionDataDto",
    "CheckExternalUserPermissionDto", "CheckExternalUserPermissionRespDto",
    "CheckExternalUserPermissionsRespDto", "CheckParamsDataPolicyRespDto",
    "CheckParamsDataPolicyResponseDto", "CheckParamsDataResourceRespDto",
    "CheckParamsDataResourceResponseDto", "CheckPermissionArrayResourceDto",
    "CheckPermissionDataDto", "CheckPermissionDto", "CheckPermissionNamespaceExistsDto",
    "CheckPermissionNamespaceExistsRespDto", "CheckPermissionRespDto",
    "CheckPermissionStringResourceDto", "CheckPermissionTreeResourceDto",
    "CheckPermissionsRespDto", "CheckPushCodeStatusDataDto", "CheckPushCodeStatusDataDtoStatus",
    "CheckPushCodeStatusRespDto", "CheckPushcodeStatusDto", "CheckQRCodeStatusDataDto",
    "CheckQRCodeStatusRespDto", "CheckQrCodeStatusDataDtoStatus", "CheckQrcodeStatusDto",
    "CheckResourcePermissionDataDto", "CheckResourcePermissionRespDto",
    "CheckResourcePermissionsRespDto", "CheckRoleMutualExclusionReqDto",
    "CheckRoleMutualExclusionRespDto", "CheckRoleMutualExclusionResultDto", "CheckRoleParamsDto",
    "CheckRoleParamsRespDto", "CheckSessionStatusDataDto", "CheckSessionStatusDto",
    "CheckSessionStatusRespDto", "CheckUserSameLevelPermissionDataDto",
    "CheckUserSameLevelPermissionDto", "CheckUserSameLevelPermissionRespDto",
    "CheckUserSameLevelPermissionResponseDto", "ClickCostContactDto", "ClosedListParamsObjectType",
    "CombineFilterItemDto", "CombineFilterItemDtoOperator", "CombineFiltersBaseDto",
    "CombineFiltersBaseDtoType", "CommonResourceDto", "CommonResourceDtoType",
    "CommonResourcePaginatedRespDto", "CommonResourcePagingDto", "CommonResponseDto",
    "CommonUserDto", "Condition", "Config", "ConfigEmailProviderDto", "ConfigEmailProviderDtoType",
    "CookieSettingsDto", "CopyInvitationPolicyDto", "CopyRowRelationDto", "CostCurrentPackageInfo",
    "CostGetAllRightItemRespDto", "CostGetCurrentPackageRespDto", "CostGetCurrentUsageRespDto",
    "CostGetMauPeriodUsageHistoryRespDto", "CostGetOrderDetailRespDto", "CostGetOrderPayDetail",
    "CostGetOrderPayDetailRespDto", "CostGetOrdersRespDto", "CountCustomFieldsDto",
    "CountryDetailInfo", "CreateAccessKeyDto", "CreateAccessKeyRespDto",
    "CreateAccessKeyResponseDto", "CreateAdminRoleDto", "CreateApplicationDto",
    "CreateApplicationDtoAppType", "CreateApplicationDtoDefaultProtocol",
    "CreateApplicationRespDataDto", "CreateApplicationRespDataDtoAppType",
    "CreateApplicationRespDataDtoDefaultProtocol", "CreateApplicationRespDto", "CreateApprovalDto",
    "CreateApprovalReq", "CreateApprovalReqObjectType", "CreateApprovalRes",
    "CreateArrayDataResourceDto", "CreateArrayDataResourceRespDto",
    "CreateArrayDataResourceRespDtoType", "CreateArrayDataResourceResponseDto",
    "CreateAsaAccountDto", "CreateAsaAccountsBatchDto", "CreateAsaAccountsBatchItemDto",
    "CreateAuthorizeDataPolicyDto", "CreateDataPolicyDto", "CreateDataPolicyRespDto",
    "CreateDataPolicyResponseDto", "CreateDataResourceDto", "CreateDataResourceDtoType",
    "CreateDataResourceRespDto", "CreateDataResourceRespDtoType", "CreateDataResourceResponseDto",
    "CreateDepartmentReqDto", "CreateDepartmentReqDtoDepartmentIdType",
    "CreateDepartmentTreeReqDto", "CreateDepartmentTreeRespDto", "CreateDnefReq",
    "CreateDnefReqValueType", "CreateEventAppDto", "CreateExtIdpConnDto",
    "CreateExtIdpConnDtoType", "CreateExtIdpDto", "CreateExtIdpDtoType", "CreateFunctionModelDto",
    "CreateFunctionModelDtoDataType", "CreateFunctionModelDtoType", "CreateFunctionModelFieldDto",
    "CreateFunctionModelFieldDtoType", "CreateGroupBatchReqDto", "CreateGroupReqDto",
    "CreateIdentityDto", "CreateIdentityDtoProvider", "CreateInvitationPolicyDto",
    "CreateInvitationPolicyDtoInviteMethod", "CreateInvitationPolicyDtoSendVerifyCodeMethod",
    "CreateInvitationRosterDto", "CreateMultipleTenantAdminDto", "CreateNamespaceDto",
    "CreateNamespacesBatchDto", "CreateNamespacesBatchItemDto", "CreateOperateModelDto",
    "CreateOrUpdateGroupDataDto", "CreateOrUpdateGroupReqDto", "CreateOrUpdateGroupRespDto",
    "CreateOrganizationReqDto", "CreatePermissionNamespaceDto", "CreatePermissionNamespaceRespDto",
    "CreatePermissionNamespaceResponseDto", "CreatePermissionNamespacesBatchDto",
    "CreatePermissionNamespacesBatchItemDto", "CreatePipelineFunctionDto",
    "CreatePipelineFunctionDtoScene", "CreatePostDto", "CreatePostRespDto",
    "CreatePublicAccountBatchReqDto", "CreatePublicAccountFromUserDto",
    "CreatePublicAccountOptionsDto", "CreatePublicAccountOptionsDtoDepartmentIdType",
    "CreatePublicAccountOptionsDtoPasswordEncryptType", "CreatePublicAccountOtpDto",
    "CreatePublicAccountReqDto", "CreatePublicAccountReqDtoGender",
    "CreatePublicAccountReqDtoStatus", "CreateRelationValueDto", "CreateResourceBatchItemDto",
    "CreateResourceBatchItemDtoType", "CreateResourceDto", "CreateResourceDtoType",
    "CreateResourcesBatchDto", "CreateRoleDto", "CreateRolesBatch", "CreateRosterUserInfoDto",
    "CreateRowDto", "CreateStringDataResourceDto", "CreateStringDataResourceRespDto",
    "CreateStringDataResourceRespDtoType", "CreateStringDataResourceResponseDto",
    "CreateSyncTaskDto", "CreateSyncTaskDtoSyncTaskFlow", "CreateSyncTaskDtoSyncTaskTrigger",
    "CreateSyncTaskDtoSyncTaskType", "CreateTenantCooperatorDto", "CreateTenantDto",
    "CreateTenantEnterpriseCertificationBodyDto", "CreateTenantRespDto",
    "CreateTenantUserOptionsDto", "CreateTenantUserOptionsDtoPasswordEncryptType",
    "CreateTenantUserReqDto", "CreateTenantUserReqDtoGender", "CreateTerminalDto",
    "CreateTerminalDtoType", "CreateTreeDataResourceDto", "CreateTreeDataResourceRespDto",
    "CreateTreeDataResourceRespDtoType", "CreateTreeDataResourceResponseDto", "CreateUEBADto",
    "CreateUEBARespDto", "CreateUserBatchReqDto", "CreateUserInfoDto", "CreateUserInfoDtoGender",
    "CreateUserInfoDtoStatus", "CreateUserOptionsDto", "CreateUserOptionsDtoDepartmentIdType",
    "CreateUserOptionsDtoPasswordEncryptType", "CreateUserOtpDto", "CreateUserReqDto",
    "CreateUserReqDtoGender", "CreateUserReqDtoStatus", "CreateWebhookDto",
    "CreateWebhookDtoContentType", "CreateWebhookDtoEvents", "CreateWebhookRespDto", "Credentials",
    "CredentialsDto", "CurrentUsageDto", "CurrentUsageRespDto", "CustomFieldDto",
    "CustomFieldDtoDataType", "CustomFieldDtoTargetType", "CustomFieldI18n",
    "CustomFieldListRespDto", "CustomFieldSelectOption", "DataPoliciesPaginatedRespDto",
    "DataPoliciesSimplePaginatedRespDto", "DataResourceActionListDto",
    "DataResourcePolicyArrayStructs", "DataResourcePolicyStringStructs",
    "DataResourcePolicyTreeStructs", "DataResourceSimpleRespDto", "DataResourceTreeStructs",
    "DataResourcesPaginatedRespDto", "DataStatementPermissionDto",
    "DataStatementPermissionDtoEffect", "DataSubjectRespDto", "DataSubjectRespDtoTargetType",
    "DecryptDouyinMiniProgramDataDto", "DecryptDouyinMiniProgramDataRespDto",
    "DecryptDouyinMiniProgramPhoneDataDto", "DecryptDouyinMiniProgramPhoneDto",
    "DecryptDouyinMiniProgramPhoneRespDto", "DecryptWechatMiniProgramDataDto",
    "DecryptWechatMiniProgramDataRespDto", "DefaultPasswordConfigDto",
    "DefaultPasswordConfigDtoType", "DefineEventDto", "DeleteAccessKeyDto", "DeleteAccounDto",
    "DeleteAccountByEmailPassCodeDto", "DeleteAccountByPasswordDto",
    "DeleteAccountByPasswordDtoPasswordEncryptType", "DeleteAccountByPhonePassCodeDto",
    "DeleteAdminRoleDto", "DeleteApplicationDto", "DeleteApplicationPermissionRecord",
    "DeleteApplicationPermissionRecordItem", "DeleteApplicationPermissionRecordItemTargetType",
    "DeleteAsaAccountBatchDto", "DeleteAsaAccountDto", "DeleteAuthorizeDataPolicyDto",
    "DeleteAuthorizeDataPolicyDtoTargetType", "DeleteCommonResourcesBatchDto",
    "DeleteCustomFieldDto", "DeleteCustomFieldDtoTargetType", "DeleteCustomFieldsReqDto",
    "DeleteDataPolicyDto", "DeleteDataResourceDto", "DeleteDepartmentReqDto",
    "DeleteDepartmentReqDtoDepartmentIdType", "DeleteDepartmentSyncRelationReqDto",
    "DeleteDepartmentSyncRelationReqDtoDepartmentIdType",
    "DeleteDeviceExclusiveValidScopeSettingsByIdsDto",
    "DeleteDeviceExclusiveWhiteListSettingsByIdsDto",
    "DeleteDeviceExclusiveWhiteListSettingsByIdsDtoTargetType", "DeleteDnefReq",
    "DeleteExtIdpConnDto", "DeleteExtIdpDto", "DeleteGroupsReqDto",
    "DeleteInvitationPolicyByIdsDto", "DeleteInvitationRosterBatchDto",
    "DeleteInvitationRosterDto", "DeleteMultipleTenantAdminBodyDto", "DeleteNamespaceDto",
    "DeleteNamespacesBatchDto", "DeleteOrganizationReqDto", "DeletePermissionNamespaceDto",
    "DeletePermissionNamespacesBatchDto", "DeletePipelineFunctionDto",
    "DeletePublicAccountsBatchDto", "DeletePublicAccountsBatchOptionsDto",
    "DeletePublicAccountsBatchOptionsDtoUserIdType", "DeleteResourceDto",
    "DeleteResourcesBatchDto", "DeleteRoleBatchDto", "DeleteRoleDto", "DeleteRosterUsersDto",
    "DeleteTenantCooperatorBodyDto", "DeleteTenantDto", "DeleteTenantUsersDto",
    "DeleteTerminalDto", "DeleteTerminalUserDto", "DeleteUserSyncRelationReqDto",
    "DeleteUserSyncRelationReqDtoUserIdType", "DeleteUsersBatchDto", "DeleteUsersBatchOptionsDto",
    "DeleteUsersBatchOptionsDtoUserIdType", "DeleteWebhookDto", "DeleteWebhookRespDto",
    "DeleteWhitelistDto", "DeleteWhitelistDtoType", "DeleteWhitelistOfAppDto",
    "DeleteWhitelistOfAppDtoType", "DepartmentDto", "DepartmentI18nDto", "DepartmentListRespDto",
    "DepartmentPaginatedRespDto", "DepartmentPagingDto", "DepartmentSingleRespDto",
    "DepartmentSortingDto", "DepartmentSortingDtoField", "DepartmentSortingDtoOrder",
    "DetailAuthSubjectParamsTargetType", "DeviceExclusiveValidScopeAppDataDto", "DeviceInfo",
    "DeviceInfoStatus", "DeviceInfoType", "DeviceRuleDto", "DeviceStatusRespDto",
    "DeviceStatusResponseDataDto", "DeviceStatusResponseDataDtoStatus", "DnefPaginatedRespDto",
    "DropDownItemDto", "EmailProviderDto", "EmailProviderDtoType", "EmailProviderRespDto",
    "EmailTemplateCategoryDto", "EmailTemplateDto", "EmailTemplateDtoTplEngine",
    "EmailTemplateDtoType", "EmailTemplateQueryDto", "EmailTemplateQueryDtoScene",
    "EmailTemplateSingleItemRespDto", "EnableExtIdpConnDto", "EnablePermissionApplyApplication",
    "EnablePermissionApplyApplicationAppType", "EnablePermissionApplyApplicationList",
    "EnablePermissionApplyApplicationListRes", "EnablePermissionApplyRole",
    "EnablePermissionApplyRoleListRes", "EnablePermissionApplyRolePageList", "EnrollFactorDto",
    "EnrollFactorDtoFactorType", "EnrollFactorEnrollmentDataDto", "EnrollFactorRespDto",
    "ErrMsgI18nDto", "EventAppDto", "EventAppPaginatedRespDto", "EventAppPagingDto",
    "ExchangeTokenSetWithQRcodeTicketDto", "Expand", "ExportMetadataDto", "ExportModelDto",
    "ExportUsersDto", "ExtIdpConnAppsDto", "ExtIdpConnDetail", "ExtIdpConnDetailAssociationMode",
    "ExtIdpConnDetailSingleRespDto", "ExtIdpConnDetailType", "ExtIdpConnStateByAppsParamsType",
    "ExtIdpDetail", "ExtIdpDetailSingleRespDto", "ExtIdpDto", "ExtIdpInfoDto",
    "ExtIdpInfoDtoExtIdpType", "ExtIdpInfoDtoType", "ExtIdpListPaginatedRespDto",
    "ExtIdpListPagingDto", "ExtIdpSingleRespDto", "ExtendField", "ExtendFieldValueType",
    "ExtendsFieldDto", "ExtendsFieldDtoInputType", "ExtendsFieldDtoSource", "ExtendsFieldDtoType",
    "ExtraParams", "FactorDto", "FactorDtoFactorType", "FactorProfile", "FactorToEnrollDto",
    "FactorToEnrollDtoFactorType", "FastpassQRCodeRelationAppDto", "FastpassUserInfoDto",
    "FilterDto", "FinalizeWebAuthnLoginDto", "FindIpListParamsIpType",
    "FindRiskListPolicyParamsOptObject", "FindUserListParamsUserListType", "FinishLoginParams",
    "FunctionFieldListResDto", "FunctionModelDto", "FunctionModelDtoDataType",
    "FunctionModelDtoType", "FunctionModelFieldDto", "FunctionModelFieldIdDto",
    "FunctionModelFieldResDto", "FunctionModelIdDto", "FunctionModelListDto",
    "FunctionModelOperateIdDto", "FunctionModelResDto", "FunctionModelValueListDto",
    "FunctionModelValueListResDto", "FunctionModelValueResDto", "GeneFastpassQRCodeInfoDto",
    "GeneFastpassQRCodeRespDto", "GenePushCodeDataDto", "GenePushCodeRespDto", "GeneQRCodeDataDto",
    "GeneQRCodeRespDto", "GenerateBindExtIdpLinkDataDto", "GenerateBindExtIdpLinkRespDto",
    "GenerateInvitationLinkDto", "GenerateInvitationLinkRespDto", "GenerateInviteTenantUserLink",
    "GenerateInviteeTokenDto", "GenerateInviteeTokenRespDto", "GenerateLinkExtidpUrlDto",
    "GenerateQrcodeDto", "GenerateQrcodeDtoType", "GeoIp", "GeoIpLocation", "GetAccessKeyDto",
    "GetAccessKeyRespDto", "GetAccessKeyResponseDto", "GetAccessibleAppsRespDto",
    "GetAdminAuditLogsDto", "GetAlipayAuthInfoRespDto", "GetAlipayAuthinfoDto",
    "GetAllDepartmentsDto", "GetAllDepartmentsParamsDepartmentIdType", "GetAllGroupsDto",
    "GetAllRowByScrollidDto", "GetAllRowByScrollidResDto", "GetAllRowDto",
    "GetAllRowVyScrollidDto", "GetAppLoginQrcodeStatusDto", "GetApplicationDto",
    "GetApplicationPermissionStrategyDataDto",
    "GetApplicationPermissionStrategyDataDtoPermissionStrategy",
    "GetApplicationPermissionStrategyDto", "GetApplicationPermissionStrategyRespDto",
    "GetApplicationPublicConfigDto", "GetApplicationSecretDataDto", "GetApplicationSecretDto",
    "GetApplicationSecretRespDto", "GetApplicationSimpleInfoDto",
    "GetAsaAccountAssignedTargetDataDto", "GetAsaAccountAssignedTargetRespDto",
    "GetAsaAccountAssignedTargetsDto", "GetAsaAccountBatchDto", "GetAsaAccountDto",
    "GetAssignedAccountDto", "GetAssignedAccountParamsTargetType",
    "GetAuthenticationOptionsRespDto", "GetAuthorizedResourceActionDto",
    "GetAuthorizedResourceActionDtoOp", "GetAuthorizedResourcesDto",
    "GetAuthorizedResourcesParamsResourceType", "GetAuthorizedResourcesParamsTargetType",
    "GetAuthorizedTargetDataDto", "GetAuthorizedTargetRespDto", "GetAuthorizedTargetsDto",
    "GetAuthorizedTargetsDtoResourceType", "GetAuthorizedTargetsDtoTargetType",
    "GetCaptchaCodeDataDto", "GetCaptchaCodeRespDto", "GetCountryListRespDto", "GetCustomDataDto",
    "GetCustomDataParamsTargetType", "GetCustomDataRespDto", "GetCustomFieldsDto",
    "GetCustomFieldsParamsTargetType", "GetDataPolicyDto", "GetDataPolicyRespDto",
    "GetDataPolicyResponseDto", "GetDataResourceDto", "GetDataResourceRespDto",
    "GetDataResourceRespDtoType", "GetDataResourceResponseDto", "GetDepartmentByIdDto",
    "GetDepartmentByIdReqDto", "GetDepartmentDto", "GetDepartmentListDto",
    "GetDepartmentListParamsOrderBy", "GetDepartmentListParamsSortBy",
    "GetDepartmentParamsDepartmentIdType", "GetDepartmentSyncRelationsDto",
    "GetDepartmentSyncRelationsParamsDepartmentIdType", "GetDepartmentsOfPublicAccountDto",
    "GetDeviceExclusiveRuleDataDto", "GetDeviceExclusiveRuleDataDtoRule",
    "GetDeviceExclusiveRuleRespDto", "GetDeviceExclusiveValidScopeAppRespDto",
    "GetDeviceExclusiveValidScopeDataDto", "GetDeviceExclusiveValidScopeRespDto",
    "GetDeviceExclusiveWhiteListDataDto", "GetDeviceExclusiveWhiteListDataDtoTargetType",
    "GetDeviceExclusiveWhiteListRespDto", "GetEmailTemplateRespDto", "GetEmailTemplatesDataDto",
    "GetEmailTemplatesRespDto", "GetExtIdpDto", "GetExtIdpParamsType", "GetExtIdpsRespDto",
    "GetExtendsFieldsDto", "GetExtendsFieldsRespDto", "GetExternalUserResourceStructDataDto",
    "GetExternalUserResourceStructDataDtoResourceType", "GetExternalUserResourceStructDto",
    "GetExternalUserResourceStructRespDto", "GetFactorDto", "GetFactorRespDto",
    "GetFastpassClientAppsDto", "GetFastpassQRCodeRelationAppsDto",
    "GetFastpassQRCodeRelationAppsRespDto", "GetGroupAuthorizedResourcesDto",
    "GetGroupAuthorizedResourcesParamsResourceType", "GetGroupDto", "GetGroupsOfPublicAccountDto",
    "GetGroupsOfPublicAccountParamsUserIdType", "GetIdentitiesRespDto",
    "GetImportExportTemplateRespDto", "GetImportInviteeRespDto", "GetImportTemplateDto",
    "GetImportTemplateResDto", "GetInvitationPolicyDto", "GetInvitationPolicyRespDto",
    "GetInvitationPolicyUserAttributionDto", "GetInvitationPolicyUserAttributionMainDepartmentDto",
    "GetInvitationRosterDto", "GetInvitationUserRespDto", "GetInviteeContextRespDto",
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
    "GetUserLoggedInIdentitiesDto", "GetUserLoggedinAppsDto",
    "GetUserLoggedinAppsParamsUserIdType", "GetUserLoggedinIdentitiesParamsUserIdType",
    "GetUserLoginHistoryDto", "GetUserLoginHistoryParamsUserIdType", "GetUserMfaInfoDto",
    "GetUserMfaInfoParamsUserIdType", "GetUserMfaStatusParamsUserIdType",
    "GetUserParamsUserIdType", "GetUserPasswordCiphertextDataDto", "GetUserPasswordCiphertextDto",
    "GetUserPasswordCiphertextDtoUserIdType", "GetUserPasswordCiphertextRespDto",
    "GetUserPermissionListDataDto", "GetUserPermissionListDto", "GetUserPermissionListRespDto",
    "GetUserPostDto", "GetUserPostsDto", "GetUserPrincipalAuthenticationInfoDto",
    "GetUserPrincipalAuthenticationInfoParamsUserIdType", "GetUserResourcePermissionList",
    "GetUserResourcePermissionListDataDto", "GetUserResourcePermissionListDto",
    "GetUserResourcePermissionListRespDto", "GetUserResourceStructDataDto",
    "GetUserResourceStructDataDtoResourceType", "GetUserResourceStructDto",
    "GetUserResourceStructRespDto", "GetUserRolesDto", "GetUserRolesParamsUserIdType",
    "GetUserSelectLoginPublicAccountsDataDto", "GetUserSelectLoginPublicAccountsDto",
    "GetUserSelectLoginPublicAccountsOriginUserDto",
    "GetUserSelectLoginPublicAccountsOriginUserDtoUsertype", "GetUserSyncRelationsDto",
    "GetUserSyncRelationsParamsUserIdType", "GetUsersOfPublicAccountDto", "GetWebhookDto",
    "GetWebhookRespDto", "GetWebhooksData", "GetWebhooksRespDto", "GetWechatAccessTokenDataDto",
    "GetWechatAccessTokenDto", "GetWechatAccessTokenInfoRespDto", "GetWechatAccessTokenRespDto",
    "GetWechatMiniProgramPhoneDataDto", "GetWechatMiniProgramPhoneDto",
    "GetWechatMiniProgramPhoneRespDto", "GoodsPackageDto", "GroupBo", "GroupDto",
    "GroupListRespDto", "GroupPaginatedRespDto", "GroupPagingDto", "GroupSingleRespDto",
    "HasAnyRoleDto", "HasAnyRoleOptionsDto", "HasAnyRoleOptionsDtoUserIdType", "HasAnyRoleReqDto",
    "HasAnyRoleRespDto", "HasRoleRolesDto", "I18nDto", "IPRuleDto",
    "ISsoPageCustomizationSettingsDto", "IdentityDto", "IdentityDtoProvider",
    "IdentityListRespDto", "ImportExportTemplateRespDto", "ImportInviteeDto", "ImportMetadataDto",
    "ImportModelDto", "ImportOtpItemDataDto", "ImportOtpItemDto", "ImportOtpReqDto",
    "ImportTenantDataDto", "ImportTenantDto", "ImportTenantHistoryDataDto",
    "ImportTenantHistoryDto", "ImportTenantHistoryRespDto", "ImportTenantNotifyUseDataDto",
    "ImportTenantNotifyUserDto", "ImportTenantNotifyUserRespDto", "ImportTenantRespDto",
    "ImportUsersDto", "InitiatedApproval", "InitiatedApprovalListRes",
    "InitiatedApprovalObjectType", "InitiatedApprovalPageList", "InitiatedApprovalStatus",
    "InitiatedListParamsObjectType", "InvitationConfigDto", "InvitationDepartmentRespDto",
    "InvitationLinkConfigDto", "InvitationLinkConfigDtoInviteLinkDisuseRule",
    "InvitationLinkConfigDtoLinkExpiredTimeUnit", "InvitationLinkConfigDtoPageExpiredTimeUnit",
    "InvitationLinkDto", "InvitationPolicyUserAttributionListDto",
    "InvitationPolicyUserAttributionListDtoTargetType", "InvitationPostRespDto",
    "InvitationRosterDto", "InvitationRosterDtoStatus", "InvitationRosterPaginationDto",
    "InvitationRosterPaginationRespDto", "InvitationRosterSingleRespDto", "InvitationUserDto",
    "InvitationUserDtoSource", "InvitationUserDtoStatus", "InvitationUserPaginationDto",
    "InvitationUserPaginationRespDto", "InviteTenantUserRecord", "InviteTenantUserRecordListDto",
    "InviteTenantUserRecordListRespDto", "InviteTenantUsersDto", "InviteTenantUsersRespDto",
    "InviteeContextDto", "InviteeContextDtoSendVerifyCodeMethod", "InviteeProfileDto",
    "InviteeProfileDtoGender", "InviterDetailDto", "IpListCreateDto", "IpListDto",
    "IpListPaginatedRespDto", "IpListPagingDto", "IpListRespDto", "IsActionAllowedDataDto",
    "IsActionAllowedDto", "IsActionAllowedRespDtp", "IsSuccessDto", "IsSuccessRespDto",
    "IsUserExistsDto", "IsUserExistsReqDto", "IsUserExistsRespDto", "IsUserInDepartmentDataDto",
    "IsUserInDepartmentDto", "IsUserInDepartmentParamsDepartmentIdType",
    "IsUserInDepartmentRespDto", "KickPublicAccountsDto", "KickPublicAccountsOptionsDto",
    "KickPublicAccountsOptionsDtoUserIdType", "KickUsersDto", "KickUsersOptionsDto",
    "KickUsersOptionsDtoUserIdType", "LangObject", "LangUnit", "LanguageCoinfigDto",
    "LanguageCoinfigGlobalDto", "LastExecuteStatus", "LdapConfigInfoDto", "LdapConfigInfoRespDto",
    "LdapGetBindPwdRespDto", "LdapLogDto", "LdapLogRespDto", "LdapOperateRespDto", "LdapSaveDto",
    "LdapSetEnabledFlagDto", "LdapUpdateDto", "LegacyExchangeTokenParams",
    "LegacyExchangeTokenParamsResponseTokenType", "LegacyExchangeTokenResponse", "LinkExtidpDto",
    "LinkIdentity", "LinkIdentityDataDto", "LinkIdentityDto", "LinkIdentityResDto",
    "ListAccessKeyDto", "ListAccessKeyRespDto", "ListAccessKeyResponseDto",
    "ListApplicationActiveUsersDto", "ListApplicationActiveUsersOptionsDto",
    "ListApplicationAuthDataDto", "ListApplicationAuthDataDtoEffect",
    "ListApplicationAuthDataDtoPermissionType", "ListApplicationAuthDataDtoTargetType",
    "ListApplicationAuthDto", "ListApplicationAuthDtoEffect",
    "ListApplicationAuthPaginatedDataDto", "ListApplicationAuthPaginatedRespDto",
    "ListApplicationDto", "ListApplicationSimpleInfoDto", "ListApplicationSubjectDataDto",
    "ListApplicationSubjectDataDtoAppType", "ListApplicationSubjectDataDtoEffect",
    "ListApplicationSubjectDataListDto", "ListApplicationSubjectRespDto", "ListApplicationsDto",
    "ListArchivedUsersDto", "ListArchivedUsersRespDto", "ListArchivedUsersSingleRespDto",
    "ListAsaAccountsDto", "ListAuthSubjectDto", "ListAuthSubjectDtoTargetType",
    "ListChildrenDepartmentsDto", "ListChildrenDepartmentsParamsDepartmentIdType",
    "ListCistomFieldsResDto", "ListCommonResourceDto", "ListCustFieldsParamsDataType",
    "ListCustFieldsParamsTargetType", "ListCustomFieldsDto", "ListDataPoliciesDto",
    "ListDataPoliciesPaginatedRespDto", "ListDataPoliciesRespDto", "ListDataPolicySubjectPageDto",
    "ListDataPolicySubjectPaginatedRespDto", "ListDataPolicyTargetsDto",
    "ListDataPolicyTargetsParamsTargetType", "ListDataResourcesDto",
    "ListDataResourcesPaginatedRespDto", "ListDataResourcesRespDto",
    "ListDataResourcesRespDtoType", "ListDepartmentMemberIdsDto",
    "ListDepartmentMemberIdsParamsDepartmentIdType", "ListDepartmentMembersDto",
    "ListDepartmentMembersParamsDepartmentIdType", "ListDepartmentMembersParamsOrderBy",
    "ListDepartmentMembersParamsSortBy", "ListDeviceCredentialDto", "ListDnefDto",
    "ListDnefPaginatedRespDto", "ListDto", "ListEnrolledFactorsRespDto", "ListEventsDto",
    "ListExtIdpDto", "ListFactorsToEnrollRespDto", "ListFieldDto", "ListGroupMembersDto",
    "ListGroupsDto", "ListInvitationPolicyExtendsFieldsDto",
    "ListInvitationPolicyUserAttributionsDto", "ListInvitationRosterByPolicyIdDto",
    "ListInvitationRosterDto", "ListInvitationUserDto", "ListInviteTenantUserRecordsDto",
    "ListMultipleTenantAdminsDto", "ListNamespaceRolesDto", "ListNamespacesDto", "ListOperateDto",
    "ListOrganizationsDto", "ListPermissionNamespaceRolesDto", "ListPermissionNamespacesDto",
    "ListPermissionViewDto", "ListPermissionViewPaginatedRespDto", "ListPermissionViewRespDto",
    "ListPermissionViewResponseDto", "ListPipelineFunctionDto", "ListPipelineFunctionsDto",
    "ListPipelineFunctionsParamsScene", "ListPolicyUserAttributionDetailParamsTargetType",
    "ListPostBatchDto", "ListPostDto", "ListPublicAccountDataDto",
    "ListPublicAccountDataDtoUsertype", "ListPublicAccountsAdvancedFilterItemDto",
    "ListPublicAccountsAdvancedFilterItemDtoOperator", "ListPublicAccountsOptionsDto",
    "ListPublicAccountsOptionsDtoFuzzySearchOn", "ListPublicAccountsRequestDto",
    "ListResourceTargets", "ListResourceTargetsDataDto", "ListResourceTargetsDto",
    "ListResourceTargetsDtoResp", "ListResourceTargetsRespDto", "ListResourcesDto",
    "ListResourcesParamsType", "ListRoleAssignmentsDto", "ListRoleAssignmentsParamsTargetType",
    "ListRoleDepartmentsDto", "ListRoleMembersDto", "ListRolesDto", "ListSimpleDataPoliciesDto",
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
    "MFADisableSettingsDto", "MFASettingsDto", "MFASettingsRespDto", "MauPeriodUsageHistory",
    "MauPeriodUsageHistoryDto", "MetadataGroupDto", "MetadataListResDto",
    "MfaDisableSettingsDtoDisableFactors", "MfaOtpVerityDto", "MfaOtpVerityRespDto",
    "MfaSettingsDtoEnabledFactors", "MfaTokenIntrospectEndpointParams",
    "MfaTokenIntrospectResponse", "MobileSignInDto", "MobileSignInDtoConnection",
    "MultipleTenantAdminDto", "MultipleTenantAdminListPagingDto",
    "MultipleTenantAdminPaginatedRespDto", "NamespaceDto", "NamespaceListPaginatedRespDto",
    "NamespaceListPagingDto", "NamespaceListRespDto", "NamespaceRespDto",
    "NamespaceRolesListPaginatedRespDto", "NamespaceRolesListRespDto", "NamespacesListRespDto",
    "Node", "NodeBo", "OIDCConfig", "OauthIdpConfig", "OidcDiscoveryMetadata",
    "OidcDiscoveryMetadataResponseTypesSupported", "OpenEventDto", "OpenEventPaginatedRespDto",
    "OpenEventPagingDto", "OpenResource", "OpenResourceResourceType", "OperateModelDto", "Option",
    "OrderItem", "OrganizationDto", "OrganizationListRespDto", "OrganizationNameI18nDto",
    "OrganizationPaginatedRespDto", "OrganizationPagingDto", "OrganizationSingleRespDto",
    "OtpSecretRespDto", "OtpVerityRespDto", "PaginationDto", "PaginationInvitationPolicyDataDto",
    "PaginationInvitationPolicyQueryDto", "PaginationInvitationPolicyRespDto",
    "PaginationUniversalInvitationApplicantDataDto",
    "PaginationUniversalInvitationApplicantQueryDto",
    "PaginationUniversalInvitationApplicantRespDto", "ParsedUserAgent", "PasswordResetVerifyResp",
    "PendListParamsObjectType", "PermissionNamespaceCheckExistsRespDto",
    "PermissionNamespaceListPaginatedRespDto", "PermissionNamespaceListPagingDto",
    "PermissionNamespaceRolesListPaginatedRespDto", "PermissionNamespaceRolesListPagingDto",
    "PermissionNamespaceRolesListRespDto", "PermissionNamespacesListRespDto", "Person",
    "PipelineFunctionDto", "PipelineFunctionDtoScene", "PipelineFunctionDtoStatus",
    "PipelineFunctionPaginatedRespDto", "PipelineFunctionPagingDto",
    "PipelineFunctionSingleRespDto", "PolicyBo", "PolicyCondition", "PolicyConditionOperator",
    "PolicyConditionParam", "PolicyExtendsFieldsDto", "PolicyInviteJoinedOptionsDto",
    "PolicyInviteeJoinedDto", "PolicyInviteeJoinedDtoReceiverType", "PostDto", "PostInfoDto",
    "PostItemDto", "PostListRespDto", "PostPaginatedRespDto", "PostPagingDto", "PostRespDto",
    "PreCheckCodeDataDto", "PreCheckCodeDto", "PreCheckCodeDtoCodeType", "PreCheckCodeRespDto",
    "PreCheckEmailCodeDto", "PreCheckEmailCodeDtoChannel", "PreCheckSmsCodeDto",
    "PreCheckSmsCodeDtoChannel", "PreviewEmailTemplateDataDto", "PreviewEmailTemplateDto",
    "PreviewEmailTemplateDtoTplEngine", "PreviewEmailTemplateDtoType",
    "PreviewEmailTemplateRespDto", "PrincipalAuthenticationInfoDto",
    "PrincipalAuthenticationInfoPaginatedRespDto", "PrincipalAuthenticationInfoPagingDto",
    "PubEventDto", "PubEventRespDataDto", "PubEventRespDto", "PublicAccountDto",
    "PublicAccountDtoGender", "PublicAccountDtoStatus", "PublicAccountDtoUserSourceType",
    "PublicAccountDtoWorkStatus", "PublicAccountListRespDto", "PublicAccountPaginatedRespDto",
    "PublicAccountPagingDto", "PublicAccountSingleRespDto", "PublicAccountSwitchLoginDto",
    "PublicKeyCredentialCreationOptionsDto", "PublicKeyCredentialDescriptorDto",
    "PublicKeyCredentialParametersDto", "PublicKeyCredentialRequestOptionsDto",
    "PublicKeyCredentialRpEntityDto", "PublicKeyCredentialUserEntityDto",
    "QRCodeStatusBriefUserInfoDto", "QrcodeLoginStrategyDto", "QueryTerminalAppsDto",
    "QuickFilterInvitationUserDto", "QuickFilterInviteePaginationDto",
    "QuickFilterInviteePaginationRespDto", "QuickFilterInviteeRecordDto",
    "QuickFilterInviteeRecordDtoInviteeSource", "QuickFilterInviteeRecordDtoInviteeStatus",
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
    "SMTPEmailProviderConfig", "SMTPEmailProviderConfigInput", "SamlIdpConfig",
    "SaveDeviceExclusiveValidScopeSettingsDto", "SaveDeviceExclusiveWhiteListSettingsDto",
    "ScopeDto", "SearchDepartmentMembersDto", "SearchDepartmentMembersParamsDepartmentIdType",
    "SearchDepartmentsFilterItemDto", "SearchDepartmentsFilterItemDtoOperator",
    "SearchDepartmentsListReqDto", "SearchDepartmentsListReqDtoOrderBy",
    "SearchDepartmentsListReqDtoSortBy", "SearchDepartmentsReqDto", "SearchOrganizationsDto",
    "SecuritySettingsDto", "SecuritySettingsRespDto", "SelfUnlockAccountConfigDto",
    "SelfUnlockAccountConfigDtoStrategy", "SendCreateAccountNotificationDto",
    "SendEmailBatchDataDto", "SendEmailDto", "SendEmailDtoChannel",
    "SendEmailOrPhoneNotificationDto", "SendEmailRespDto", "SendEnrollFactorRequestDataDto",
    "SendEnrollFactorRequestDto", "SendEnrollFactorRequestDtoFactorType",
    "SendEnrollFactorRequestOtpDataDto", "SendEnrollFactorRequestRespDto",
    "SendGridEmailProviderConfig", "SendGridEmailProviderConfigInput",
    "SendInviteTenantUserEmailDto", "SendManyTenantEmailDto", "SendManyTenantSmsDto",
    "SendResetPasswordNotificationDto", "SendRosterInvitationBatchDto", "SendRosterInvitationDto",
    "SendSMSDto", "SendSMSRespDto", "SendSmsBatchDataDto", "SendSmsBatchRespDto",
    "SendSmsDtoChannel", "SendTenantEmailDto", "SendTenantSmsDto", "SetCustomDataDto",
    "SetCustomDataReqDto", "SetCustomDataReqDtoTargetType", "SetCustomFieldDto",
    "SetCustomFieldDtoDataType", "SetCustomFieldDtoTargetType", "SetCustomFieldsReqDto",
    "SetInvitationPolicyUserAttributionMainDepartmentDto", "SetMfaStatusDto",
    "SetMfaStatusDtoUserIdType", "SetPublicAccountBatchReqDto", "SetUserBaseFieldDto",
    "SetUserBaseFieldsReqDto", "SetUserCustomDataDto", "SetUserCustomDataRespDto",
    "SetUserDepartmentDto", "SetUserDepartmentsDto", "SetUserDepartmentsOptionsDto",
    "SetUserDepartmentsOptionsDtoUserIdType", "SetUserGroupsDto",
    "SetUserOfPublicAccountBatchReqDto", "SetUserPostsDto", "SetUserRolesDto",
    "SignInByAdPayloadDto", "SignInByAlipayPayloadDto", "SignInByAmazonPayloadDto",
    "SignInByApplePayloadDto", "SignInByBaiduPayloadDto", "SignInByDingTalkPayloadDto",
    "SignInByDouyinMiniProgramCodeAndPhonePayloadDto", "SignInByDouyinMiniProgramCodePayloadDto",
    "SignInByDouyinMiniProgramPhoneInfoPayloadDto", "SignInByDouyinPayloadDto",
    "SignInByFacebookPayloadDto", "SignInByGiteePayloadDto", "SignInByGithubPayloadDto",
    "SignInByGitlabPayloadDto", "SignInByGooglePayloadDto", "SignInByHuaweiPayloadDto",
    "SignInByKuaishouPayloadDto", "SignInByLarkBlockPayloadDto", "SignInByLarkInternalPayloadDto",
    "SignInByLarkPublicPayloadDto", "SignInByLdapPayloadDto", "SignInByLinePayloadDto",
    "SignInByLinkedInPayloadDto", "SignInByMobileOptionsDto", "SignInByOPPOPayloadDto",
    "SignInByPassCodePayloadDto", "SignInByPasswordPayloadDto", "SignInByPushDto",
    "SignInByPushOptionsDto", "SignInByQQPayloadDto", "SignInBySlackPayloadDto",
    "SignInBySwitchOptionsDto", "SignInByWebAuthnOptionsDto",
    "SignInByWechatMiniProgramCodeAndPhonePayloadDto", "SignInByWechatMiniProgramCodePayloadDto",
    "SignInByWechatMiniProgramPhoneInfoPayloadDto", "SignInByWechatMiniProgramPhonePayloadDto",
    "SignInByWechatPayloadDto", "SignInByWechatworkAgencyPayloadDto", "SignInByWechatworkDto",
    "SignInByWeiboPayloadDto", "SignInByXiaomiPayloadDto", "SignInByYidunPayloadDto",
    "SignInFastpassDto", "SignInFastpassOptionsDto", "SignInOptionsDto",
    "SignInOptionsDtoPasswordEncryptType", "SignUpByPassCodeDto", "SignUpByPasswordDto",
    "SignUpDto", "SignUpDtoConnection", "SignUpOptionsDto", "SignUpOptionsDtoPasswordEncryptType",
    "SignUpProfileDto", "SignUpProfileDtoGender", "SigninByCredentialsDto",
    "SigninByCredentialsDtoConnection", "SigninByMobileDto", "SigninByMobileDtoConnection",
    "SortingDto", "SortingDtoField", "SortingDtoOrder", "StrAuthorize", "StrResourceAuthAction",
    "SubjectDto", "SubjectDtoType", "SubjectRespDto", "SubjectRespDtoType", "SuspendTerminalDto",
    "SuspendTerminalUserDto", "SyncJobDto", "SyncJobDtoSyncFlow", "SyncJobDtoSyncStatus",
    "SyncJobDtoSyncTrigger", "SyncJobPaginatedRespDto", "SyncJobPagingDto", "SyncJobSingleRespDto",
    "SyncRelationListRespDto", "SyncRiskOperationDto", "SyncRiskOperationDtoObjectType",
    "SyncRiskOperationDtoStatus", "SyncRiskOperationPaginatedRespDto",
    "SyncRiskOperationPagingDto", "SyncTaskActiveDirectoryClientConfig", "SyncTaskClientConfig",
    "SyncTaskDingtalkClientConfig", "SyncTaskDto", "SyncTaskDtoLastSyncStatus",
    "SyncTaskDtoSyncFlow", "SyncTaskDtoSyncTaskType", "SyncTaskDtoSyncTrigger",
    "SyncTaskFieldMapping", "SyncTaskFxiaokeClientConfig", "SyncTaskItalentClientConfig",
    "SyncTaskKayangClientConfig", "SyncTaskLarkClientConfig", "SyncTaskLdapClientConfig",
    "SyncTaskMaycurClientConfig", "SyncTaskMokaClientConfig", "SyncTaskPaginatedRespDto",
    "SyncTaskPagingDto", "SyncTaskProvisioningScope", "SyncTaskScimClientConfig",
    "SyncTaskSingleRespDto", "SyncTaskTimedScheduler", "SyncTaskTimedSchedulerCycle",
    "SyncTaskWechatworkClientConfig", "SyncTaskXiaoshouyiClientConfig", "SystemInfoResp",
    "SystmeInfoRSAConfig", "SystmeInfoSM2Config", "SystmeInfoVersion", "TabConfigDto", "TargetDto",
    "TargetDtoTargetType", "TenantApplicationDto", "TenantApplicationListPaginatedRespDto",
    "TenantApplicationListPagingDto", "TenantCooperatorDto", "TenantCooperatorListPagingDto",
    "TenantCooperatorPaginatedRespDto", "TenantCooperatorSingleDto",
    "TenantCooperatorSingleRespDto", "TenantDto", "TenantEnterpriseCertificationRespDto",
    "TenantEnterpriseCertificationRespDtoEnterpriseCertificationStatus",
    "TenantListPaginatedRespDto", "TenantListPagingDto", "TenantRespDto", "TenantSingleRespDto",
    "TenantUserDto", "TenantUserDtoGender", "TenantUserListPaginatedRespDto",
    "TenantUserListPagingDto", "TenantUserRespDto", "TenantUserSingleRespDto",
    "TencentExmailEmailProviderConfig", "TencentExmailEmailProviderConfigInput", "TerminalBaseDto",
    "TerminalInfoDto", "TerminalInfoRespDto", "TerminalSessionDto", "TerminalSessionRespDto",
    "TokenEndPointParams", "TokenEndPointParamsGrantType", "TokenIntrospectEndpointParams",
    "TokenIntrospectResponse", "TokenRevocationEndpointParams", "TreeAuthBo", "TreeAuthorize",
    "TreePermissionDto", "TreeResourceAuthAction", "TreeStructs", "TriggerSyncRiskOperationDto",
    "TriggerSyncRiskOperationsDataDto", "TriggerSyncRiskOperationsRespDto",
    "TriggerSyncTaskDataDto", "TriggerSyncTaskDto", "TriggerSyncTaskRespDto", "TriggerWebhookData",
    "TriggerWebhookDto", "TriggerWebhookRespDto", "UnbindDeviceDto", "UnbindEmailDto",
    "UnbindExtIdpDto", "UnbindPhoneDto", "UnbindPublicAccountBatchReqDto",
    "UniversalInvitationApplicantData", "UniversalInvitationApplicantDataChannel",
    "UniversalInvitationApplicantDataStatus", "UniversalInvitationJoinRespDto",
    "UniversalInvitationJoinRespDtoStatus", "UniversalInvitationPublicConfigDto",
    "UniversalInvitationUserJoinDto", "UniversalInviteeProfileDto", "UnlinkExtIdpDto",
    "UnlinkIdentity", "UnlinkIdentityDataDto", "UnlinkIdentityResDto", "UpdateAccessKeyDto",
    "UpdateApplicationDto", "UpdateApplicationDtoDefaultProtocol",
    "UpdateApplicationLoginConfigInputDto",
    "UpdateApplicationLoginConfigInputDtoEnabledBasicLoginMethods",
    "UpdateApplicationMfaSettingsDto", "UpdateApplicationMfaSettingsDtoDisabledFactors",
    "UpdateApplicationMfaSettingsDtoEnabledFactors", "UpdateApplicationPermissionStrategyDataDto",
    "UpdateApplicationPermissionStrategyDataDtoPermissionStrategy", "UpdateAsaAccountDto",
    "UpdateAuthEnabledDto", "UpdateBizEmailTemplateDto", "UpdateBizEmailTemplateDtoTplEngine",
    "UpdateDataPolicyDto", "UpdateDataPolicyRespDto", "UpdateDataPolicyResponseDto",
    "UpdateDataResourceDto", "UpdateDataResourceRespDto", "UpdateDataResourceRespDtoType",
    "UpdateDataResourceResponseDto", "UpdateDepartmentReqDto",
    "UpdateDepartmentReqDtoDepartmentIdType", "UpdateDepartmentStatusReqDto",
    "UpdateDeviceExclusiveRuleDto", "UpdateDeviceExclusiveRuleDtoRule", "UpdateDnefReq",
    "UpdateEmailByEmailPassCodeDto", "UpdateEmailDto", "UpdateEmailTemplateDto",
    "UpdateEmailTemplateDtoTplEngine", "UpdateEmailTemplateDtoType", "UpdateEmailVerifyRequestDto",
    "UpdateEmailVerifyRequestDtoVerifyMethod", "UpdateExtIdpConnDto", "UpdateExtIdpDto",
    "UpdateExtendsFieldDto", "UpdateExtendsFieldDtoInputType", "UpdateExtendsFieldDtoType",
    "UpdateFunctionModelDto", "UpdateFunctionModelDtoType", "UpdateFunctionModelFieldDto",
    "UpdateGroupReqDto", "UpdateInvitationPolicyDto", "UpdateInvitationPolicyDtoInviteMethod",
    "UpdateInvitationPolicyDtoSendVerifyCodeMethod", "UpdateInvitationRosterDto",
    "UpdateLoginConfig", "UpdateLoginConfigDto", "UpdateMultipleTenantAdminDto",
    "UpdateNamespaceDto", "UpdateNamespaceRespDto", "UpdateOperateModelDto",
    "UpdateOrganizationReqDto", "UpdateOrganizationStatusReqDto", "UpdatePasskeyDto",
    "UpdatePasswordDto", "UpdatePasswordDtoPasswordEncryptType", "UpdatePermissionNamespaceDto",
    "UpdatePermissionNamespaceRespDto", "UpdatePermissionNamespaceResponseDto",
    "UpdatePhoneByPhonePassCodeDto", "UpdatePhoneDto", "UpdatePipelineFunctionDto",
    "UpdatePipelineOrderDto", "UpdatePipelineOrderDtoScene", "UpdatePublicAccountBatchOptionsDto",
    "UpdatePublicAccountBatchOptionsDtoPasswordEncryptType", "UpdatePublicAccountBatchReqDto",
    "UpdatePublicAccountInfoDto", "UpdatePublicAccountInfoDtoGender",
    "UpdatePublicAccountInfoDtoStatus", "UpdatePublicAccountOptionsDto",
    "UpdatePublicAccountOptionsDtoPasswordEncryptType", "UpdatePublicAccountOptionsDtoUserIdType",
    "UpdatePublicAccountReqDto", "UpdatePublicAccountReqDtoGender",
    "UpdatePublicAccountReqDtoStatus", "UpdateResourceDto", "UpdateResourceDtoType",
    "UpdateRoleDto", "UpdateRosterUserInfoDto", "UpdateRowDto", "UpdateSecuritySettingsDto",
    "UpdateSyncTaskDto", "UpdateSyncTaskDtoSyncTaskFlow", "UpdateSyncTaskDtoSyncTaskTrigger",
    "UpdateSyncTaskDtoSyncTaskType", "UpdateTenantAppqrcodeState", "UpdateTenantCooperatorDto",
    "UpdateTenantDto", "UpdateTenantUserDto", "UpdateTerminalDto", "UpdateTerminalUserDto",
    "UpdateUniversalInvitationDto", "UpdateUserBatchOptionsDto",
    "UpdateUserBatchOptionsDtoPasswordEncryptType", "UpdateUserBatchReqDto", "UpdateUserInfoDto",
    "UpdateUserInfoDtoGender", "UpdateUserInfoDtoStatus", "UpdateUserOptionsDto",
    "UpdateUserOptionsDtoPasswordEncryptType", "UpdateUserOptionsDtoUserIdType",
    "UpdateUserPoolTenantLoginConfigDto", "UpdateUserProfileDto", "UpdateUserProfileDtoGender",
    "UpdateUserReqDto", "UpdateUserReqDtoGender", "UpdateUserReqDtoStatus", "UpdateWebhookDto",
    "UpdateWebhookDtoContentType", "UpdateWebhookDtoEvents", "UpdateWebhooksRespDto",
    "UploadDataDto", "UploadDto", "UploadRespDto", "User", "UserActionLogDto",
    "UserActionLogDtoEventType", "UserActionLogRespData", "UserActionLogRespDto",
    "UserAttributionDto", "UserAttributionDtoTargetType", "UserAttributionMainDepartmentDto",
    "UserAttributionMainDepartmentRespDto", "UserAttributionPaginationDto",
    "UserAttributionPaginationRespDto", "UserAttributionSingleRespDto", "UserAuthResourceListDto",
    "UserConnectionPostDto", "UserDepartmentPaginatedRespDto", "UserDepartmentPagingDto",
    "UserDepartmentRespDto", "UserDto", "UserDtoGender", "UserDtoStatus", "UserDtoUserSourceType",
    "UserDtoWorkStatus", "UserFieldDecryptReqDto", "UserFieldDecryptReqItemDto",
    "UserFieldDecryptRespDto", "UserFieldDecryptRespItemDto", "UserIdListRespDto", "UserInfoDto",
    "UserInfoDtoGender", "UserListCreateDto", "UserListDto", "UserListPaginatedRespDto",
    "UserListPagingDto", "UserListPolicyPaginatedRespDto", "UserListRespDto",
    "UserLoggedInAppsDto", "UserLoggedInAppsListRespDto", "UserLoggedInIdentitiesDto",
    "UserLoggedInIdentitiesRespDto", "UserLoginHistoryDto", "UserLoginHistoryPaginatedRespDto",
    "UserLoginHistoryPagingDto", "UserMfaRespDto", "UserMfaSingleRespDto", "UserPaginatedRespDto",
    "UserPagingDto", "UserPermissionListDto", "UserPermissionResourceDto",
    "UserPermissionResourceOtherDto", "UserPoolPublicConfigDto", "UserPoolTenantConfigDto",
    "UserPoolTenantConfigDtoEnableSwitchType", "UserPoolTenantConfigDtoRespDto",
    "UserSingleRespDto", "UserSyncRelationDto", "UserTenantListDto", "ValidatePEMKeyDto",
    "ValidatePasswordDto", "ValidatePasswordDtoPasswordEncryptType", "ValidatePasswordRespDto",
    "ValidatePasswordResultDto", "VerifyAuthenticationDto", "VerifyAuthenticationResultDto",
    "VerifyAuthenticationResultRespDto", "VerifyConfigAppDto", "VerifyConfigDataDto",
    "VerifyConfigInfoRespDto", "VerifyDeleteAccountRequestDataDto",
    "VerifyDeleteAccountRequestDto", "VerifyDeleteAccountRequestDtoVerifyMethod",
    "VerifyDeleteAccountRequestRespDto", "VerifyInviteCodeDto", "VerifyInviteCodeDtoReceiverType",
    "VerifyRegistrationDto", "VerifyRegistrationDtoAuthenticatorCode",
    "VerifyRegistrationResultDto", "VerifyRegistrationResultRespDto",
    "VerifyResetPasswordRequestDto", "VerifyResetPasswordRequestDtoVerifyMethod",
    "VerifyUpdateEmailRequestData", "VerifyUpdateEmailRequestDto",
    "VerifyUpdateEmailRequestDtoVerifyMethod", "VerifyUpdateEmailRequestRespDto",
    "VerifyUpdatePhoneRequestData", "VerifyUpdatePhoneRequestDto",
    "VerifyUpdatePhoneRequestDtoVerifyMethod", "VerifyUpdatePhoneRequestRespDto",
    "WebAuthnCheckValidCredentialsByCredIdsRespDto", "WebAuthnRemoveCredentialDto",
    "WebhookCategoryDto", "WebhookDto", "WebhookDtoContentType", "WebhookDtoEvents",
    "WebhookEventDto", "WebhookEventListData", "WebhookEventListRespDto", "WebhookLogDto",
    "WebhookRetryConfigV3Dto", "WebhookRetryConfigV3DtoDelayUnit",
    "WechatIdentityResolveRespDataDto", "WechatIdentityResolveRespDto", "WechatLoginTokenRespDto",
    "WechatMobileAuthByCodeIdentityInput", "WechatMobileAuthByCodeInput",
    "WhiteListSettingsDataDto", "WhiteListSettingsDataDtoTargetType", "WhitelistListRespDto",
    "WhitelistRespDto", "errorEmailMsg",
]


def _table() -> Any:
    from ._index import MODULE_OF

    return MODULE_OF


__getattr__, __dir__ = lazy_attributes(globals(), _table, submodules=True)
