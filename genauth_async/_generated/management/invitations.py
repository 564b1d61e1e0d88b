# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``invitations``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        AddInvitationPolicyUserAttributionDtoTargetType, CombineFiltersBaseDto,
        CreateInvitationPolicyDtoInviteMethod, CreateInvitationPolicyDtoSendVerifyCodeMethod,
        DefaultPasswordConfigDto, EmailTemplateDto, EmailTemplateQueryDtoScene,
        GenerateInvitationLinkDto, GetExtendsFieldsDto, GetInvitationPolicyDto,
        GetUniversalInvitationDto, ImportExportTemplateRespDto, ImportInviteeDto,
        InvitationLinkConfigDto, InvitationPolicyUserAttributionListDto, InvitationRosterDto,
        InvitationRosterPaginationDto, InvitationUserDto, InvitationUserPaginationDto,
        InviteTenantUserRecord, InviteTenantUserRecordListDto, InviteTenantUsersDto, IsSuccessDto,
        ListPolicyUserAttributionDetailParamsTargetType, PaginationInvitationPolicyDataDto,
        PaginationUniversalInvitationApplicantDataDto, QuickFilterInviteePaginationDto,
        QuickFilterInviteeRecordDto, RemoveInvitationPolicyUserAttributionDtoTargetType,
        UniversalInvitationApplicantData, UpdateEmailTemplateDtoTplEngine,
        UpdateEmailTemplateDtoType, UpdateExtendsFieldDto, UpdateInvitationPolicyDtoInviteMethod,
        UpdateInvitationPolicyDtoSendVerifyCodeMethod, UserAttributionDto,
        UserAttributionMainDepartmentDto, UserAttributionPaginationDto,
    )

_EP_ADD_POLICY_USER_ATTRIBUTION = Endpoint(
    "add_policy_user_attribution",
    "POST",
    "/api/v3/add-invitation-policy-user-attribution",
    (
        Param("target_type", "targetType", "json", True, "str", "any", ("department", "post", "role", "group")),
        Param("target_identifier", "targetIdentifier", "json", True, "str"),
        Param("policy_id", "policyId", "json", True, "str"),
        Param("namespace", "namespace", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_ADD_POLICY_USER_ATTRIBUTIONS_BATCH = Endpoint(
    "add_policy_user_attributions_batch",
    "POST",
    "/api/v3/add-invitation-policy-user-attributions-batch",
    (
        Param("targets", "targets", "json", True, "list", "dict"),
        Param("policy_id", "policyId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_APPROVAL = Endpoint(
    "approval",
    "POST",
    "/api/v3/batch-approval-universal-invitation-applicants",
    (
        Param("applicant_ids", "applicantIds", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_BATCH_BIND_POLICY = Endpoint(
    "batch_bind_policy",
    "POST",
    "/api/v3/update-invitation-roster-batch-bind-policy",
    (
        Param("roster_ids", "rosterIds", "json", True, "list", "str"),
        Param("policy_id", "policyId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_BATCH_DELETE_INVITATION_POLICIES = Endpoint(
    "batch_delete_invitation_policies",
    "POST",
    "/api/v3/delete-invitation-policies-batch",
    (
        Param("policy_ids", "policyIds", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_BATCH_UNBIND_POLICY = Endpoint(
    "batch_unbind_policy",
    "POST",
    "/api/v3/update-invitation-roster-batch-unbind-policy",
    (
        Param("roster_ids", "rosterIds", "json", True, "list", "str"),
        Param("policy_id", "policyId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_COPY_INVITATION_POLICY_BY_ID = Endpoint(
    "copy_invitation_policy_by_id",
    "POST",
    "/api/v3/copy-invitation-policy-by-id",
    (
        Param("policy_id", "policyId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_INVITATION_POLICY = Endpoint(
    "create_invitation_policy",
    "POST",
    "/api/v3/create-invitation-policy",
    (
        Param("name", "name", "json", True, "str"),
        Param("invite_method", "inviteMethod", "json", False, "str", "any", ("email",)),
        Param("invite_link_config", "inviteLinkConfig", "json", False, "dict"),
        Param("default_password_config", "defaultPasswordConfig", "json", False, "dict"),
        Param("show_password_in_invite_email", "showPasswordInInviteEmail", "json", False, "bool"),
        Param("enabled_identifier_verify", "enabledIdentifierVerify", "json", False, "bool"),
        Param("send_verify_code_method", "sendVerifyCodeMethod", "json", False, "str", "any", ("prioritySMS", "priorityEmail")),
        Param("enabled_info_fill", "enabledInfoFill", "json", False, "bool"),
        Param("register_info_fill_msg", "registerInfoFillMsg", "json", False, "str"),
        Param("enabled_ext_idp", "enabledExtIdp", "json", False, "bool"),
        Param("allow_skip_bind_ext_idp", "allowSkipBindExtIdp", "json", False, "bool"),
        Param("ext_idp_bind_msg", "extIdpBindMsg", "json", False, "str"),
        Param("ext_idp_conn_ids", "extIdpConnIds", "json", False, "list", "str"),
        Param("extends_fields", "extendsFields", "json", False, "list", "str"),
    ),
    idempotent=False,
)

_EP_CREATE_INVITATION_ROSTER = Endpoint(
    "create_invitation_roster",
    "POST",
    "/api/v3/create-invitation-roster",
    (
        Param("name", "name", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_INVITATION_ROSTER = Endpoint(
    "delete_invitation_roster",
    "POST",
    "/api/v3/delete-invitation-roster",
    (
        Param("id", "id", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_INVITATION_ROSTER_BATCH = Endpoint(
    "delete_invitation_roster_batch",
    "POST",
    "/api/v3/delete-invitation-rosters-batch",
    (
        Param("ids", "ids", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_DELETE_INVITEES = Endpoint(
    "delete_invitees",
    "POST",
    "/api/v3/batch-delete-invitation-invitees",
    (
        Param("invitee_ids", "inviteeIds", "json", True, "list", "str"),
        Param("roster_id", "rosterId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_EXPORT_USERS = Endpoint(
    "export_users",
    "POST",
    "/api/v3/invitation-invitee/export",
    (
        Param("roster_id", "rosterId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_FILTER = Endpoint(
    "filter",
    "POST",
    "/api/v3/filter-universal-invitation-applicants",
    (
        Param("page", "page", "json", False, "int"),
        Param("limit", "limit", "json", False, "int"),
        Param("keywords", "keywords", "json", False, "str"),
        Param("filter", "filter", "json", False, "dict"),
        Param("with_invitor_detail", "withInvitorDetail", "json", False, "bool"),
        Param("with_operator_detail", "withOperatorDetail", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_FILTER_USERS = Endpoint(
    "filter_users",
    "POST",
    "/api/v3/list-invitation-invitees",
    (
        Param("roster_id", "rosterId", "json", True, "str"),
        Param("page", "page", "json", False, "int"),
        Param("limit", "limit", "json", False, "int"),
        Param("keywords", "keywords", "json", False, "str"),
        Param("filter", "filter", "json", False, "dict"),
        Param("with_creator_detail", "withCreatorDetail", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_GENERATE_INVITE_TENANT_USER_LINK = Endpoint(
    "generate_invite_tenant_user_link",
    "POST",
    "/api/v3/generate-invite-tenant-user-link",
    (
        Param("validity_term", "validityTerm", "json", True, "str"),
        Param("emails", "emails", "json", True, "list", "str"),
        Param("app_id", "appId", "json", True, "str"),
        Param("tenant_id", "tenantId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_GENERATE_UNIVERSAL_INVITATION = Endpoint(
    "generate_universal_invitation",
    "POST",
    "/api/v3/generate-universal-invitation-link",
    (),
    idempotent=False,
)

_EP_GET_INVITATION_ROSTER = Endpoint(
    "get_invitation_roster",
    "GET",
    "/api/v3/get-invitation-roster",
    (
        Param("roster_id", "rosterId", "query", True, "str"),
        Param("with_creator_detail", "withCreatorDetail", "query", False, "bool"),
        Param("with_user_count", "withUserCount", "query", False, "bool"),
        Param("with_assigned_policy", "withAssignedPolicy", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_GET_INVITE_EMAIL_TEMPLATE = Endpoint(
    "get_invite_email_template",
    "POST",
    "/api/v3/get-invitation-policy-email-template",
    (
        Param("scene", "scene", "json", True, "str", "any", ("INVITE", "WELCOME")),
        Param("policy_id", "policyId", "json", True, "str"),
        Param("roster_id", "rosterId", "json", False, "str"),
        Param("template_type", "templateType", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_GET_POLICY_DETAIL_BY_ID = Endpoint(
    "get_policy_detail_by_id",
    "GET",
    "/api/v3/get-invitation-policy",
    (
        Param("policy_id", "policyId", "query", True, "str"),
        Param("roster_id", "rosterId", "query", False, "str"),
        Param("with_creator_detail", "withCreatorDetail", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_GET_POLICY_USER_ATTRIBUTION_DETAIL = Endpoint(
    "get_policy_user_attribution_detail",
    "GET",
    "/api/v3/get-invitation-policy-user-attribution",
    (
        Param("id", "id", "query", True, "str"),
        Param("with_target_detail", "withTargetDetail", "query", False, "bool"),
        Param("with_department_ext_info", "withDepartmentExtInfo", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_GET_UNIVERSAL_INVITATION = Endpoint(
    "get_universal_invitation",
    "GET",
    "/api/v3/get-universal-invitation-settings",
    (
        Param("with_department_detail", "withDepartmentDetail", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_GET_USER_ATTRIBUTION_MAIN_DEPARTMENT = Endpoint(
    "get_user_attribution_main_department",
    "GET",
    "/api/v3/get-invitation-policy-user-attribution-main-department",
    (
        Param("policy_id", "policyId", "query", True, "str"),
        Param("with_department_detail", "withDepartmentDetail", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_IMPORT_TEMPLATE = Endpoint(
    "import_template",
    "GET",
    "/api/v3/invitation-invitee/template",
    (),
    idempotent=True,
)

_EP_IMPORT_USERS = Endpoint(
    "import_users",
    "POST",
    "/api/v3/invitation-invitee/import",
    (
        Param("roster_id", "rosterId", "json", True, "str"),
        Param("file", "file", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_LIST_INVITATION_POLICIES = Endpoint(
    "list_invitation_policies",
    "POST",
    "/api/v3/list-invitation-policies",
    (
        Param("page", "page", "json", False, "int"),
        Param("limit", "limit", "json", False, "int"),
        Param("keywords", "keywords", "json", False, "str"),
        Param("filter", "filter", "json", False, "dict"),
        Param("with_creator_detail", "withCreatorDetail", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_LIST_INVITATION_ROSTER = Endpoint(
    "list_invitation_roster",
    "POST",
    "/api/v3/list-invitation-rosters",
    (
        Param("page", "page", "json", False, "int"),
        Param("limit", "limit", "json", False, "int"),
        Param("keywords", "keywords", "json", False, "str"),
        Param("filter", "filter", "json", False, "dict"),
        Param("with_creator_detail", "withCreatorDetail", "json", False, "bool"),
        Param("with_user_count", "withUserCount", "json", False, "bool"),
        Param("with_assigned_policy", "withAssignedPolicy", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_LIST_INVITATION_ROSTERS_BY_NON_POLICY_ID = Endpoint(
    "list_invitation_rosters_by_non_policy_id",
    "POST",
    "/api/v3/list-invitation-rosters-by-no-policy-id",
    (
        Param("page", "page", "json", False, "int"),
        Param("limit", "limit", "json", False, "int"),
        Param("keywords", "keywords", "json", False, "str"),
        Param("filter", "filter", "json", False, "dict"),
        Param("with_creator_detail", "withCreatorDetail", "json", False, "bool"),
        Param("with_user_count", "withUserCount", "json", False, "bool"),
        Param("with_assigned_policy", "withAssignedPolicy", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_LIST_INVITATION_ROSTERS_BY_POLICY_ID = Endpoint(
    "list_invitation_rosters_by_policy_id",
    "POST",
    "/api/v3/list-invitation-rosters-by-policy-id",
    (
        Param("policy_id", "policyId", "json", True, "str"),
        Param("page", "page", "json", False, "int"),
        Param("limit", "limit", "json", False, "int"),
        Param("keywords", "keywords", "json", False, "str"),
        Param("filter", "filter", "json", False, "dict"),
        Param("with_creator_detail", "withCreatorDetail", "json", False, "bool"),
        Param("with_user_count", "withUserCount", "json", False, "bool"),
        Param("with_assigned_policy", "withAssignedPolicy", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_LIST_INVITE_TENNAT_USER_RECORDS = Endpoint(
    "list_invite_tennat_user_records",
    "GET",
    "/api/v3/list-invite-tenant-user-records",
    (
        Param("keywords", "keywords", "query", True, "str"),
        Param("page", "page", "query", True, "str"),
        Param("limit", "limit", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_LIST_POLICY_USER_ATTRIBUTION_DETAIL = Endpoint(
    "list_policy_user_attribution_detail",
    "GET",
    "/api/v3/list-invitation-policy-user-attributions",
    (
        Param("policy_id", "policyId", "query", True, "str"),
        Param("target_type", "targetType", "query", True, "str", "any", ("department", "post", "role", "group")),
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("with_target_detail", "withTargetDetail", "query", False, "bool"),
        Param("with_department_ext_info", "withDepartmentExtInfo", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_LIST_REGISTER_EXTENDS_FIELDS = Endpoint(
    "list_register_extends_fields",
    "GET",
    "/api/v3/list-invitation-policy-extends-fields",
    (
        Param("policy_id", "policyId", "query", True, "str"),
        Param("roster_id", "rosterId", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_QUICK_FILTER_INVITEE_LIST = Endpoint(
    "quick_filter_invitee_list",
    "POST",
    "/api/v3/quick-filter-invitees",
    (
        Param("page", "page", "json", False, "int"),
        Param("limit", "limit", "json", False, "int"),
        Param("keywords", "keywords", "json", False, "str"),
        Param("filter", "filter", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_REJECT = Endpoint(
    "reject",
    "POST",
    "/api/v3/batch-reject-universal-invitation-applicant",
    (
        Param("applicant_ids", "applicantIds", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_REMOVE_POLICY_USER_ATTRIBUTION = Endpoint(
    "remove_policy_user_attribution",
    "POST",
    "/api/v3/remove-invitation-policy-user-attribution",
    (
        Param("target_type", "targetType", "json", True, "str", "any", ("department", "post", "role", "group")),
        Param("target_identifier", "targetIdentifier", "json", True, "str"),
        Param("policy_id", "policyId", "json", True, "str"),
        Param("namespace", "namespace", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_REMOVE_POLICY_USER_ATTRIBUTIONS_BATCH = Endpoint(
    "remove_policy_user_attributions_batch",
    "POST",
    "/api/v3/remove-invitation-policy-user-attributions-batch",
    (
        Param("targets", "targets", "json", True, "list", "dict"),
        Param("policy_id", "policyId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_REMOVE_USER_ATTRIBUTION_MAIN_DEPARTMENT = Endpoint(
    "remove_user_attribution_main_department",
    "POST",
    "/api/v3/remove-invitation-policy-user-attribution-main-department",
    (
        Param("policy_id", "policyId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_REVERT_ROSTER_INVITATION = Endpoint(
    "revert_roster_invitation",
    "POST",
    "/api/v3/revert-roster-invitation",
    (
        Param("invitee_id", "inviteeId", "json", True, "str"),
        Param("roster_id", "rosterId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_REVERT_ROSTER_INVITATION_BATCH = Endpoint(
    "revert_roster_invitation_batch",
    "POST",
    "/api/v3/revert-roster-invitation-batch",
    (
        Param("invitee_ids", "inviteeIds", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_SEND_INVITE_TENANT_USER_EMAIL = Endpoint(
    "send_invite_tenant_user_email",
    "POST",
    "/api/v3/send-invite-tenant-user-email",
    (),
    idempotent=False,
)

_EP_SEND_ROSTER_INVITATION = Endpoint(
    "send_roster_invitation",
    "POST",
    "/api/v3/send-roster-invitation",
    (
        Param("roster_id", "rosterId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_SEND_ROSTER_INVITATION_BATCH = Endpoint(
    "send_roster_invitation_batch",
    "POST",
    "/api/v3/send-roster-invitation-batch",
    (
        Param("invitee_ids", "inviteeIds", "json", True, "list", "str"),
        Param("roster_id", "rosterId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_SET_USER_ATTRIBUTION_MAIN_DEPARTMENT = Endpoint(
    "set_user_attribution_main_department",
    "POST",
    "/api/v3/set-invitation-policy-user-attribution-main-department",
    (
        Param("policy_id", "policyId", "json", True, "str"),
        Param("department_id", "departmentId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_INVITATION_POLICY = Endpoint(
    "update_invitation_policy",
    "POST",
    "/api/v3/update-invitation-policy",
    (
        Param("policy_id", "policyId", "json", True, "str"),
        Param("name", "name", "json", False, "str"),
        Param("invite_method", "inviteMethod", "json", False, "str", "any", ("email",)),
        Param("invite_link_config", "inviteLinkConfig", "json", False, "dict"),
        Param("default_password_config", "defaultPasswordConfig", "json", False, "dict"),
        Param("show_password_in_invite_email", "showPasswordInInviteEmail", "json", False, "bool"),
        Param("enabled_identifier_verify", "enabledIdentifierVerify", "json", False, "bool"),
        Param("send_verify_code_method", "sendVerifyCodeMethod", "json", False, "str", "any", ("prioritySMS", "priorityEmail")),
        Param("enabled_info_fill", "enabledInfoFill", "json", False, "bool"),
        Param("register_info_fill_msg", "registerInfoFillMsg", "json", False, "str"),
        Param("enabled_ext_idp", "enabledExtIdp", "json", False, "bool"),
        Param("allow_skip_bind_ext_idp", "allowSkipBindExtIdp", "json", False, "bool"),
        Param("ext_idp_bind_msg", "extIdpBindMsg", "json", False, "str"),
        Param("ext_idp_conn_ids", "extIdpConnIds", "json", False, "list", "str"),
        Param("extends_fields", "extendsFields", "json", False, "list", "str"),
        Param("invite_email_template_type", "inviteEmailTemplateType", "json", False, "str"),
        Param("welcome_email_template_type", "welcomeEmailTemplateType", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_INVITATION_ROSTER = Endpoint(
    "update_invitation_roster",
    "POST",
    "/api/v3/update-invitation-roster",
    (
        Param("roster_id", "rosterId", "json", True, "str"),
        Param("name", "name", "json", False, "str"),
        Param("policy_id", "policyId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_INVITE_EMAIL_TEMPLATE = Endpoint(
    "update_invite_email_template",
    "POST",
    "/api/v3/update-invitation-policy-email-template",
    (
        Param("type", "type", "json", True, "str", "any", ("WELCOME_EMAIL", "FIRST_CREATED_USER", "REGISTER_VERIFY_CODE", "LOGIN_VERIFY_CODE", "MFA_VERIFY_CODE", "INFORMATION_COMPLETION_VERIFY_CODE", "FIRST_EMAIL_LOGIN_VERIFY", "CONSOLE_CONDUCTED_VERIFY", "USER_PASSWORD_UPDATE_REMIND", "ADMIN_RESET_USER_PASSWORD_NOTIFICATION", "USER_PASSWORD_RESET_NOTIFICATION", "RESET_PASSWORD_VERIFY_CODE", "SELF_UNLOCKING_VERIFY_CODE", "EMAIL_BIND_VERIFY_CODE", "EMAIL_UNBIND_VERIFY_CODE")),
        Param("customize_enabled", "customizeEnabled", "json", True, "bool"),
        Param("name", "name", "json", True, "str"),
        Param("subject", "subject", "json", True, "str"),
        Param("sender", "sender", "json", True, "str"),
        Param("content", "content", "json", True, "str"),
        Param("expires_in", "expiresIn", "json", False, "int"),
        Param("redirect_to", "redirectTo", "json", False, "str"),
        Param("tpl_engine", "tplEngine", "json", False, "str", "any", ("handlebar", "ejs")),
    ),
    idempotent=False,
)

_EP_UPDATE_REGISTER_EXTENDS_FIELDS = Endpoint(
    "update_register_extends_fields",
    "POST",
    "/api/v3/update-invitation-policy-extends-fields",
    (
        Param("extends_field", "extendsField", "json", True, "dict"),
        Param("action", "action", "json", True, "str"),
        Param("policy_id", "policyId", "json", True, "str"),
        Param("new_order", "newOrder", "json", False, "list", "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_UNIVERSAL_INVITATION = Endpoint(
    "update_universal_invitation",
    "POST",
    "/api/v3/update-universal-invitation-settings",
    (
        Param("admin_invitation_config", "adminInvitationConfig", "json", False, "bool"),
        Param("member_invitation_config", "memberInvitationConfig", "json", False, "bool"),
        Param("enabled_member_invitation", "enabledMemberInvitation", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_UPLOAD = Endpoint(
    "upload",
    "POST",
    "/api/v3/invitation-invitee/upload",
    (
        Param("private", "private", "query", True, "bool"),
    ),
    idempotent=False,
)


class InvitationsMixin(_Caller):
    """Management API, area ``invitations``: 49 endpoints."""

    __slots__ = ()

    async def add_policy_user_attribution(
        self,
        target_type: AddInvitationPolicyUserAttributionDtoTargetType | str,
        target_identifier: str,
        policy_id: str,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserAttributionDto:
        """``POST /api/v3/add-invitation-policy-user-attribution`` -> ``UserAttributionDto``.

        Node-only endpoint, Node ``addPolicyUserAttribution``; area ``invitations``.

        Parameters (name: wire name, location):
            target_type: ``targetType``, json, required
            target_identifier: ``targetIdentifier``, json, required
            policy_id: ``policyId``, json, required
            namespace: ``namespace``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_ADD_POLICY_USER_ATTRIBUTION,
            (
                target_type,
                target_identifier,
                policy_id,
                namespace,
            ),
            "UserAttributionDto",
            _request_options(call_options),
        )

    async def add_policy_user_attributions_batch(
        self,
        targets: List[InvitationPolicyUserAttributionListDto | Mapping[str, Any]],
        policy_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/add-invitation-policy-user-attributions-batch`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``addPolicyUserAttributionsBatch``; area ``invitations``.

        Parameters (name: wire name, location):
            targets: ``targets``, json, required
            policy_id: ``policyId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_ADD_POLICY_USER_ATTRIBUTIONS_BATCH,
            (
                targets,
                policy_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def approval(
        self,
        applicant_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/batch-approval-universal-invitation-applicants`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``approval``; area ``invitations``.

        Parameters (name: wire name, location):
            applicant_ids: ``applicantIds``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_APPROVAL,
            (applicant_ids,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def batch_bind_policy(
        self,
        roster_ids: List[str],
        policy_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-invitation-roster-batch-bind-policy`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``batchBindPolicy``; area ``invitations``.

        Parameters (name: wire name, location):
            roster_ids: ``rosterIds``, json, required
            policy_id: ``policyId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_BATCH_BIND_POLICY,
            (
                roster_ids,
                policy_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def batch_delete_invitation_policies(
        self,
        policy_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-invitation-policies-batch`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``batchDeleteInvitationPolicies``; area ``invitations``.

        Parameters (name: wire name, location):
            policy_ids: ``policyIds``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_BATCH_DELETE_INVITATION_POLICIES,
            (policy_ids,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def batch_unbind_policy(
        self,
        roster_ids: List[str],
        policy_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-invitation-roster-batch-unbind-policy`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``batchUnbindPolicy``; area ``invitations``.

        Parameters (name: wire name, location):
            roster_ids: ``rosterIds``, json, required
            policy_id: ``policyId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_BATCH_UNBIND_POLICY,
            (
                roster_ids,
                policy_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def copy_invitation_policy_by_id(
        self,
        policy_id: str,
        **call_options: Unpack[CallOptions],
    ) -> GetInvitationPolicyDto:
        """``POST /api/v3/copy-invitation-policy-by-id`` -> ``GetInvitationPolicyDto``.

        Node-only endpoint, Node ``copyInvitationPolicyById``; area ``invitations``.

        Parameters (name: wire name, location):
            policy_id: ``policyId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_COPY_INVITATION_POLICY_BY_ID,
            (policy_id,),
            "GetInvitationPolicyDto",
            _request_options(call_options),
        )

    async def create_invitation_policy(
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
    ) -> GetInvitationPolicyDto:
        """``POST /api/v3/create-invitation-policy`` -> ``GetInvitationPolicyDto``.

        Node-only endpoint, Node ``createInvitationPolicy``; area ``invitations``.

        Parameters (name: wire name, location):
            name: ``name``, json, required
            invite_method: ``inviteMethod``, json
            invite_link_config: ``inviteLinkConfig``, json
            default_password_config: ``defaultPasswordConfig``, json
            show_password_in_invite_email: ``showPasswordInInviteEmail``, json
            enabled_identifier_verify: ``enabledIdentifierVerify``, json
            send_verify_code_method: ``sendVerifyCodeMethod``, json
            enabled_info_fill: ``enabledInfoFill``, json
            register_info_fill_msg: ``registerInfoFillMsg``, json
            enabled_ext_idp: ``enabledExtIdp``, json
            allow_skip_bind_ext_idp: ``allowSkipBindExtIdp``, json
            ext_idp_bind_msg: ``extIdpBindMsg``, json
            ext_idp_conn_ids: ``extIdpConnIds``, json
            extends_fields: ``extendsFields``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_INVITATION_POLICY,
            (
                name,
                invite_method,
                invite_link_config,
                default_password_config,
                show_password_in_invite_email,
                enabled_identifier_verify,
                send_verify_code_method,
                enabled_info_fill,
                register_info_fill_msg,
                enabled_ext_idp,
                allow_skip_bind_ext_idp,
                ext_idp_bind_msg,
                ext_idp_conn_ids,
                extends_fields,
            ),
            "GetInvitationPolicyDto",
            _request_options(call_options),
        )

    async def create_invitation_roster(
        self,
        name: str,
        **call_options: Unpack[CallOptions],
    ) -> InvitationRosterDto:
        """``POST /api/v3/create-invitation-roster`` -> ``InvitationRosterDto``.

        Node-only endpoint, Node ``createInvitationRoster``; area ``invitations``.

        Parameters (name: wire name, location):
            name: ``name``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_INVITATION_ROSTER,
            (name,),
            "InvitationRosterDto",
            _request_options(call_options),
        )

    async def delete_invitation_roster(
        self,
        id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-invitation-roster`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``deleteInvitationRoster``; area ``invitations``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_INVITATION_ROSTER,
            (id,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_invitation_roster_batch(
        self,
        ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-invitation-rosters-batch`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``deleteInvitationRosterBatch``; area ``invitations``.

        Parameters (name: wire name, location):
            ids: ``ids``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_INVITATION_ROSTER_BATCH,
            (ids,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def delete_invitees(
        self,
        invitee_ids: List[str],
        roster_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/batch-delete-invitation-invitees`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``deleteInvitees``; area ``invitations``.

        Parameters (name: wire name, location):
            invitee_ids: ``inviteeIds``, json, required
            roster_id: ``rosterId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_INVITEES,
            (
                invitee_ids,
                roster_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def export_users(
        self,
        roster_id: str,
        **call_options: Unpack[CallOptions],
    ) -> ImportExportTemplateRespDto:
        """``POST /api/v3/invitation-invitee/export`` -> ``ImportExportTemplateRespDto``.

        Node-only endpoint, Node ``exportUsers``; area ``invitations``.

        Parameters (name: wire name, location):
            roster_id: ``rosterId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_EXPORT_USERS,
            (roster_id,),
            "ImportExportTemplateRespDto",
            _request_options(call_options),
        )

    async def filter(
        self,
        page: int | None = None,
        limit: int | None = None,
        keywords: str | None = None,
        filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
        with_invitor_detail: bool | None = None,
        with_operator_detail: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PaginationUniversalInvitationApplicantDataDto:
        """``POST /api/v3/filter-universal-invitation-applicants`` -> ``PaginationUniversalInvitationApplicantDataDto``.

        Node-only endpoint, Node ``filter``; area ``invitations``.

        Parameters (name: wire name, location):
            page: ``page``, json
            limit: ``limit``, json
            keywords: ``keywords``, json
            filter: ``filter``, json
            with_invitor_detail: ``withInvitorDetail``, json
            with_operator_detail: ``withOperatorDetail``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_FILTER,
            (
                page,
                limit,
                keywords,
                filter,
                with_invitor_detail,
                with_operator_detail,
            ),
            "PaginationUniversalInvitationApplicantDataDto",
            _request_options(call_options),
        )

    def iter_filter(
        self,
        limit: int | None = None,
        keywords: str | None = None,
        filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
        with_invitor_detail: bool | None = None,
        with_operator_detail: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[UniversalInvitationApplicantData]:
        """Every item of ``filter``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.filter(
                page=page,
                limit=limit,
                keywords=keywords,
                filter=filter,
                with_invitor_detail=with_invitor_detail,
                with_operator_detail=with_operator_detail,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def filter_users(
        self,
        roster_id: str,
        page: int | None = None,
        limit: int | None = None,
        keywords: str | None = None,
        filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> InvitationUserPaginationDto:
        """``POST /api/v3/list-invitation-invitees`` -> ``InvitationUserPaginationDto``.

        Node-only endpoint, Node ``filterUsers``; area ``invitations``.

        Parameters (name: wire name, location):
            roster_id: ``rosterId``, json, required
            page: ``page``, json
            limit: ``limit``, json
            keywords: ``keywords``, json
            filter: ``filter``, json
            with_creator_detail: ``withCreatorDetail``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_FILTER_USERS,
            (
                roster_id,
                page,
                limit,
                keywords,
                filter,
                with_creator_detail,
            ),
            "InvitationUserPaginationDto",
            _request_options(call_options),
        )

    def iter_filter_users(
        self,
        roster_id: str,
        limit: int | None = None,
        keywords: str | None = None,
        filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[InvitationUserDto]:
        """Every item of ``filter_users``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.filter_users(
                page=page,
                roster_id=roster_id,
                limit=limit,
                keywords=keywords,
                filter=filter,
                with_creator_detail=with_creator_detail,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def generate_invite_tenant_user_link(
        self,
        validity_term: str,
        emails: List[str],
        app_id: str,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> InviteTenantUsersDto:
        """``POST /api/v3/generate-invite-tenant-user-link`` -> ``InviteTenantUsersDto``.

        Official python name, Node ``generateInviteTenantUserLink``; area ``invitations``.

        Parameters (name: wire name, location):
            validity_term: ``validityTerm``, json, required
            emails: ``emails``, json, required
            app_id: ``appId``, json, required
            tenant_id: ``tenantId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GENERATE_INVITE_TENANT_USER_LINK,
            (
                validity_term,
                emails,
                app_id,
                tenant_id,
            ),
            "InviteTenantUsersDto",
            _request_options(call_options),
        )

    async def generate_universal_invitation(
        self,
        **call_options: Unpack[CallOptions],
    ) -> GenerateInvitationLinkDto:
        """``POST /api/v3/generate-universal-invitation-link`` -> ``GenerateInvitationLinkDto``.

        Node-only endpoint, Node ``generateUniversalInvitation``; area ``invitations``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GENERATE_UNIVERSAL_INVITATION,
            (),
            "GenerateInvitationLinkDto",
            _request_options(call_options),
        )

    async def get_invitation_roster(
        self,
        roster_id: str,
        with_creator_detail: bool | None = None,
        with_user_count: bool | None = None,
        with_assigned_policy: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> InvitationRosterDto:
        """``GET /api/v3/get-invitation-roster`` -> ``InvitationRosterDto``.

        Node-only endpoint, Node ``getInvitationRoster``; area ``invitations``.

        Parameters (name: wire name, location):
            roster_id: ``rosterId``, query, required
            with_creator_detail: ``withCreatorDetail``, query
            with_user_count: ``withUserCount``, query
            with_assigned_policy: ``withAssignedPolicy``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_INVITATION_ROSTER,
            (
                roster_id,
                with_creator_detail,
                with_user_count,
                with_assigned_policy,
            ),
            "InvitationRosterDto",
            _request_options(call_options),
        )

    async def get_invite_email_template(
        self,
        scene: EmailTemplateQueryDtoScene | str,
        policy_id: str,
        roster_id: str | None = None,
        template_type: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> EmailTemplateDto:
        """``POST /api/v3/get-invitation-policy-email-template`` -> ``EmailTemplateDto``.

        Node-only endpoint, Node ``getInviteEmailTemplate``; area ``invitations``.

        Parameters (name: wire name, location):
            scene: ``scene``, json, required
            policy_id: ``policyId``, json, required
            roster_id: ``rosterId``, json
            template_type: ``templateType``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_INVITE_EMAIL_TEMPLATE,
            (
                scene,
                policy_id,
                roster_id,
                template_type,
            ),
            "EmailTemplateDto",
            _request_options(call_options),
        )

    async def get_policy_detail_by_id(
        self,
        policy_id: str,
        roster_id: str | None = None,
        with_creator_detail: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GetInvitationPolicyDto:
        """``GET /api/v3/get-invitation-policy`` -> ``GetInvitationPolicyDto``.

        Node-only endpoint, Node ``getPolicyDetailById``; area ``invitations``.

        Parameters (name: wire name, location):
            policy_id: ``policyId``, query, required
            roster_id: ``rosterId``, query
            with_creator_detail: ``withCreatorDetail``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_POLICY_DETAIL_BY_ID,
            (
                policy_id,
                roster_id,
                with_creator_detail,
            ),
            "GetInvitationPolicyDto",
            _request_options(call_options),
        )

    async def get_policy_user_attribution_detail(
        self,
        id: str,
        with_target_detail: bool | None = None,
        with_department_ext_info: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserAttributionDto:
        """``GET /api/v3/get-invitation-policy-user-attribution`` -> ``UserAttributionDto``.

        Node-only endpoint, Node ``getPolicyUserAttributionDetail``; area ``invitations``.

        Parameters (name: wire name, location):
            id: ``id``, query, required
            with_target_detail: ``withTargetDetail``, query
            with_department_ext_info: ``withDepartmentExtInfo``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_POLICY_USER_ATTRIBUTION_DETAIL,
            (
                id,
                with_target_detail,
                with_department_ext_info,
            ),
            "UserAttributionDto",
            _request_options(call_options),
        )

    async def get_universal_invitation(
        self,
        with_department_detail: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GetUniversalInvitationDto:
        """``GET /api/v3/get-universal-invitation-settings`` -> ``GetUniversalInvitationDto``.

        Node-only endpoint, Node ``getUniversalInvitation``; area ``invitations``.

        Parameters (name: wire name, location):
            with_department_detail: ``withDepartmentDetail``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_UNIVERSAL_INVITATION,
            (with_department_detail,),
            "GetUniversalInvitationDto",
            _request_options(call_options),
        )

    async def get_user_attribution_main_department(
        self,
        policy_id: str,
        with_department_detail: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[UserAttributionMainDepartmentDto]:
        """``GET /api/v3/get-invitation-policy-user-attribution-main-department`` -> ``list[UserAttributionMainDepartmentDto]``.

        Node-only endpoint, Node ``getUserAttributionMainDepartment``; area ``invitations``.

        Parameters (name: wire name, location):
            policy_id: ``policyId``, query, required
            with_department_detail: ``withDepartmentDetail``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_ATTRIBUTION_MAIN_DEPARTMENT,
            (
                policy_id,
                with_department_detail,
            ),
            "list[UserAttributionMainDepartmentDto]",
            _request_options(call_options),
        )

    async def import_template(
        self,
        **call_options: Unpack[CallOptions],
    ) -> ImportExportTemplateRespDto:
        """``GET /api/v3/invitation-invitee/template`` -> ``ImportExportTemplateRespDto``.

        Node-only endpoint, Node ``importTemplate``; area ``invitations``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_IMPORT_TEMPLATE,
            (),
            "ImportExportTemplateRespDto",
            _request_options(call_options),
        )

    async def import_users(
        self,
        roster_id: str,
        file: str,
        **call_options: Unpack[CallOptions],
    ) -> ImportInviteeDto:
        """``POST /api/v3/invitation-invitee/import`` -> ``ImportInviteeDto``.

        Node-only endpoint, Node ``importUsers``; area ``invitations``.

        Parameters (name: wire name, location):
            roster_id: ``rosterId``, json, required
            file: ``file``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_IMPORT_USERS,
            (
                roster_id,
                file,
            ),
            "ImportInviteeDto",
            _request_options(call_options),
        )

    async def list_invitation_policies(
        self,
        page: int | None = None,
        limit: int | None = None,
        keywords: str | None = None,
        filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> PaginationInvitationPolicyDataDto:
        """``POST /api/v3/list-invitation-policies`` -> ``PaginationInvitationPolicyDataDto``.

        Node-only endpoint, Node ``listInvitationPolicies``; area ``invitations``.

        Parameters (name: wire name, location):
            page: ``page``, json
            limit: ``limit``, json
            keywords: ``keywords``, json
            filter: ``filter``, json
            with_creator_detail: ``withCreatorDetail``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_INVITATION_POLICIES,
            (
                page,
                limit,
                keywords,
                filter,
                with_creator_detail,
            ),
            "PaginationInvitationPolicyDataDto",
            _request_options(call_options),
        )

    def iter_list_invitation_policies(
        self,
        limit: int | None = None,
        keywords: str | None = None,
        filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[GetInvitationPolicyDto]:
        """Every item of ``list_invitation_policies``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_invitation_policies(
                page=page,
                limit=limit,
                keywords=keywords,
                filter=filter,
                with_creator_detail=with_creator_detail,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

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
    ) -> InvitationRosterPaginationDto:
        """``POST /api/v3/list-invitation-rosters`` -> ``InvitationRosterPaginationDto``.

        Node-only endpoint, Node ``listInvitationRoster``; area ``invitations``.

        Parameters (name: wire name, location):
            page: ``page``, json
            limit: ``limit``, json
            keywords: ``keywords``, json
            filter: ``filter``, json
            with_creator_detail: ``withCreatorDetail``, json
            with_user_count: ``withUserCount``, json
            with_assigned_policy: ``withAssignedPolicy``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_INVITATION_ROSTER,
            (
                page,
                limit,
                keywords,
                filter,
                with_creator_detail,
                with_user_count,
                with_assigned_policy,
            ),
            "InvitationRosterPaginationDto",
            _request_options(call_options),
        )

    def iter_list_invitation_roster(
        self,
        limit: int | None = None,
        keywords: str | None = None,
        filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        with_user_count: bool | None = None,
        with_assigned_policy: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[InvitationRosterDto]:
        """Every item of ``list_invitation_roster``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_invitation_roster(
                page=page,
                limit=limit,
                keywords=keywords,
                filter=filter,
                with_creator_detail=with_creator_detail,
                with_user_count=with_user_count,
                with_assigned_policy=with_assigned_policy,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

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
    ) -> InvitationRosterPaginationDto:
        """``POST /api/v3/list-invitation-rosters-by-no-policy-id`` -> ``InvitationRosterPaginationDto``.

        Node-only endpoint, Node ``listInvitationRostersByNonPolicyId``; area ``invitations``.

        Parameters (name: wire name, location):
            page: ``page``, json
            limit: ``limit``, json
            keywords: ``keywords``, json
            filter: ``filter``, json
            with_creator_detail: ``withCreatorDetail``, json
            with_user_count: ``withUserCount``, json
            with_assigned_policy: ``withAssignedPolicy``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_INVITATION_ROSTERS_BY_NON_POLICY_ID,
            (
                page,
                limit,
                keywords,
                filter,
                with_creator_detail,
                with_user_count,
                with_assigned_policy,
            ),
            "InvitationRosterPaginationDto",
            _request_options(call_options),
        )

    def iter_list_invitation_rosters_by_non_policy_id(
        self,
        limit: int | None = None,
        keywords: str | None = None,
        filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        with_user_count: bool | None = None,
        with_assigned_policy: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[InvitationRosterDto]:
        """Every item of ``list_invitation_rosters_by_non_policy_id``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_invitation_rosters_by_non_policy_id(
                page=page,
                limit=limit,
                keywords=keywords,
                filter=filter,
                with_creator_detail=with_creator_detail,
                with_user_count=with_user_count,
                with_assigned_policy=with_assigned_policy,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

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
    ) -> InvitationRosterPaginationDto:
        """``POST /api/v3/list-invitation-rosters-by-policy-id`` -> ``InvitationRosterPaginationDto``.

        Node-only endpoint, Node ``listInvitationRostersByPolicyId``; area ``invitations``.

        Parameters (name: wire name, location):
            policy_id: ``policyId``, json, required
            page: ``page``, json
            limit: ``limit``, json
            keywords: ``keywords``, json
            filter: ``filter``, json
            with_creator_detail: ``withCreatorDetail``, json
            with_user_count: ``withUserCount``, json
            with_assigned_policy: ``withAssignedPolicy``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_INVITATION_ROSTERS_BY_POLICY_ID,
            (
                policy_id,
                page,
                limit,
                keywords,
                filter,
                with_creator_detail,
                with_user_count,
                with_assigned_policy,
            ),
            "InvitationRosterPaginationDto",
            _request_options(call_options),
        )

    def iter_list_invitation_rosters_by_policy_id(
        self,
        policy_id: str,
        limit: int | None = None,
        keywords: str | None = None,
        filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        with_user_count: bool | None = None,
        with_assigned_policy: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[InvitationRosterDto]:
        """Every item of ``list_invitation_rosters_by_policy_id``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_invitation_rosters_by_policy_id(
                page=page,
                policy_id=policy_id,
                limit=limit,
                keywords=keywords,
                filter=filter,
                with_creator_detail=with_creator_detail,
                with_user_count=with_user_count,
                with_assigned_policy=with_assigned_policy,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_invite_tennat_user_records(
        self,
        keywords: str,
        page: str,
        limit: str,
        **call_options: Unpack[CallOptions],
    ) -> InviteTenantUserRecordListDto:
        """``GET /api/v3/list-invite-tenant-user-records`` -> ``InviteTenantUserRecordListDto``.

        Official python name, Node ``listInviteTennatUserRecords``; area ``invitations``.

        Parameters (name: wire name, location):
            keywords: ``keywords``, query, required
            page: ``page``, query, required
            limit: ``limit``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_INVITE_TENNAT_USER_RECORDS,
            (
                keywords,
                page,
                limit,
            ),
            "InviteTenantUserRecordListDto",
            _request_options(call_options),
        )

    async def list_invite_tenant_user_records(
        self,
        keywords: str,
        page: str,
        limit: str,
        **call_options: Unpack[CallOptions],
    ) -> InviteTenantUserRecordListDto:
        """``GET /api/v3/list-invite-tenant-user-records`` -> ``InviteTenantUserRecordListDto``.

        Correctly spelled alias of ``list_invite_tennat_user_records`` (same endpoint).

        Parameters (name: wire name, location):
            keywords: ``keywords``, query, required
            page: ``page``, query, required
            limit: ``limit``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_INVITE_TENNAT_USER_RECORDS,
            (
                keywords,
                page,
                limit,
            ),
            "InviteTenantUserRecordListDto",
            _request_options(call_options),
        )

    def iter_list_invite_tennat_user_records(
        self,
        keywords: str,
        limit: str,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[InviteTenantUserRecord]:
        """Every item of ``list_invite_tennat_user_records``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_invite_tennat_user_records(
                page=str(page),
                keywords=keywords,
                limit=limit,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_policy_user_attribution_detail(
        self,
        policy_id: str,
        target_type: ListPolicyUserAttributionDetailParamsTargetType | str,
        page: int | None = None,
        limit: int | None = None,
        with_target_detail: bool | None = None,
        with_department_ext_info: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[UserAttributionPaginationDto]:
        """``GET /api/v3/list-invitation-policy-user-attributions`` -> ``list[UserAttributionPaginationDto]``.

        Node-only endpoint, Node ``listPolicyUserAttributionDetail``; area ``invitations``.

        Parameters (name: wire name, location):
            policy_id: ``policyId``, query, required
            target_type: ``targetType``, query, required
            page: ``page``, query
            limit: ``limit``, query
            with_target_detail: ``withTargetDetail``, query
            with_department_ext_info: ``withDepartmentExtInfo``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_POLICY_USER_ATTRIBUTION_DETAIL,
            (
                policy_id,
                target_type,
                page,
                limit,
                with_target_detail,
                with_department_ext_info,
            ),
            "list[UserAttributionPaginationDto]",
            _request_options(call_options),
        )

    async def list_register_extends_fields(
        self,
        policy_id: str,
        roster_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GetExtendsFieldsDto:
        """``GET /api/v3/list-invitation-policy-extends-fields`` -> ``GetExtendsFieldsDto``.

        Node-only endpoint, Node ``listRegisterExtendsFields``; area ``invitations``.

        Parameters (name: wire name, location):
            policy_id: ``policyId``, query, required
            roster_id: ``rosterId``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_REGISTER_EXTENDS_FIELDS,
            (
                policy_id,
                roster_id,
            ),
            "GetExtendsFieldsDto",
            _request_options(call_options),
        )

    async def quick_filter_invitee_list(
        self,
        page: int | None = None,
        limit: int | None = None,
        keywords: str | None = None,
        filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> QuickFilterInviteePaginationDto:
        """``POST /api/v3/quick-filter-invitees`` -> ``QuickFilterInviteePaginationDto``.

        Node-only endpoint, Node ``quickFilterInviteeList``; area ``invitations``.

        Parameters (name: wire name, location):
            page: ``page``, json
            limit: ``limit``, json
            keywords: ``keywords``, json
            filter: ``filter``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_QUICK_FILTER_INVITEE_LIST,
            (
                page,
                limit,
                keywords,
                filter,
            ),
            "QuickFilterInviteePaginationDto",
            _request_options(call_options),
        )

    def iter_quick_filter_invitee_list(
        self,
        limit: int | None = None,
        keywords: str | None = None,
        filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[QuickFilterInviteeRecordDto]:
        """Every item of ``quick_filter_invitee_list``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.quick_filter_invitee_list(
                page=page,
                limit=limit,
                keywords=keywords,
                filter=filter,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def reject(
        self,
        applicant_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/batch-reject-universal-invitation-applicant`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``reject``; area ``invitations``.

        Parameters (name: wire name, location):
            applicant_ids: ``applicantIds``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REJECT,
            (applicant_ids,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def remove_policy_user_attribution(
        self,
        target_type: RemoveInvitationPolicyUserAttributionDtoTargetType | str,
        target_identifier: str,
        policy_id: str,
        namespace: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/remove-invitation-policy-user-attribution`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``removePolicyUserAttribution``; area ``invitations``.

        Parameters (name: wire name, location):
            target_type: ``targetType``, json, required
            target_identifier: ``targetIdentifier``, json, required
            policy_id: ``policyId``, json, required
            namespace: ``namespace``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REMOVE_POLICY_USER_ATTRIBUTION,
            (
                target_type,
                target_identifier,
                policy_id,
                namespace,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def remove_policy_user_attributions_batch(
        self,
        targets: List[InvitationPolicyUserAttributionListDto | Mapping[str, Any]],
        policy_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/remove-invitation-policy-user-attributions-batch`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``removePolicyUserAttributionsBatch``; area ``invitations``.

        Parameters (name: wire name, location):
            targets: ``targets``, json, required
            policy_id: ``policyId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REMOVE_POLICY_USER_ATTRIBUTIONS_BATCH,
            (
                targets,
                policy_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def remove_user_attribution_main_department(
        self,
        policy_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/remove-invitation-policy-user-attribution-main-department`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``removeUserAttributionMainDepartment``; area ``invitations``.

        Parameters (name: wire name, location):
            policy_id: ``policyId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REMOVE_USER_ATTRIBUTION_MAIN_DEPARTMENT,
            (policy_id,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def revert_roster_invitation(
        self,
        invitee_id: str,
        roster_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/revert-roster-invitation`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``revertRosterInvitation``; area ``invitations``.

        Parameters (name: wire name, location):
            invitee_id: ``inviteeId``, json, required
            roster_id: ``rosterId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REVERT_ROSTER_INVITATION,
            (
                invitee_id,
                roster_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def revert_roster_invitation_batch(
        self,
        invitee_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/revert-roster-invitation-batch`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``revertRosterInvitationBatch``; area ``invitations``.

        Parameters (name: wire name, location):
            invitee_ids: ``inviteeIds``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REVERT_ROSTER_INVITATION_BATCH,
            (invitee_ids,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def send_invite_tenant_user_email(
        self,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/send-invite-tenant-user-email`` -> ``IsSuccessDto``.

        Official python name, Node ``sendInviteTenantUserEmail``; area ``invitations``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SEND_INVITE_TENANT_USER_EMAIL,
            (),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def send_roster_invitation(
        self,
        roster_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/send-roster-invitation`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``sendRosterInvitation``; area ``invitations``.

        Parameters (name: wire name, location):
            roster_id: ``rosterId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SEND_ROSTER_INVITATION,
            (roster_id,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def send_roster_invitation_batch(
        self,
        invitee_ids: List[str],
        roster_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/send-roster-invitation-batch`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``sendRosterInvitationBatch``; area ``invitations``.

        Parameters (name: wire name, location):
            invitee_ids: ``inviteeIds``, json, required
            roster_id: ``rosterId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SEND_ROSTER_INVITATION_BATCH,
            (
                invitee_ids,
                roster_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def set_user_attribution_main_department(
        self,
        policy_id: str,
        department_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/set-invitation-policy-user-attribution-main-department`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``setUserAttributionMainDepartment``; area ``invitations``.

        Parameters (name: wire name, location):
            policy_id: ``policyId``, json, required
            department_id: ``departmentId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SET_USER_ATTRIBUTION_MAIN_DEPARTMENT,
            (
                policy_id,
                department_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

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
    ) -> GetInvitationPolicyDto:
        """``POST /api/v3/update-invitation-policy`` -> ``GetInvitationPolicyDto``.

        Node-only endpoint, Node ``updateInvitationPolicy``; area ``invitations``.

        Parameters (name: wire name, location):
            policy_id: ``policyId``, json, required
            name: ``name``, json
            invite_method: ``inviteMethod``, json
            invite_link_config: ``inviteLinkConfig``, json
            default_password_config: ``defaultPasswordConfig``, json
            show_password_in_invite_email: ``showPasswordInInviteEmail``, json
            enabled_identifier_verify: ``enabledIdentifierVerify``, json
            send_verify_code_method: ``sendVerifyCodeMethod``, json
            enabled_info_fill: ``enabledInfoFill``, json
            register_info_fill_msg: ``registerInfoFillMsg``, json
            enabled_ext_idp: ``enabledExtIdp``, json
            allow_skip_bind_ext_idp: ``allowSkipBindExtIdp``, json
            ext_idp_bind_msg: ``extIdpBindMsg``, json
            ext_idp_conn_ids: ``extIdpConnIds``, json
            extends_fields: ``extendsFields``, json
            invite_email_template_type: ``inviteEmailTemplateType``, json
            welcome_email_template_type: ``welcomeEmailTemplateType``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_INVITATION_POLICY,
            (
                policy_id,
                name,
                invite_method,
                invite_link_config,
                default_password_config,
                show_password_in_invite_email,
                enabled_identifier_verify,
                send_verify_code_method,
                enabled_info_fill,
                register_info_fill_msg,
                enabled_ext_idp,
                allow_skip_bind_ext_idp,
                ext_idp_bind_msg,
                ext_idp_conn_ids,
                extends_fields,
                invite_email_template_type,
                welcome_email_template_type,
            ),
            "GetInvitationPolicyDto",
            _request_options(call_options),
        )

    async def update_invitation_roster(
        self,
        roster_id: str,
        name: str | None = None,
        policy_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> InvitationRosterDto:
        """``POST /api/v3/update-invitation-roster`` -> ``InvitationRosterDto``.

        Node-only endpoint, Node ``updateInvitationRoster``; area ``invitations``.

        Parameters (name: wire name, location):
            roster_id: ``rosterId``, json, required
            name: ``name``, json
            policy_id: ``policyId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_INVITATION_ROSTER,
            (
                roster_id,
                name,
                policy_id,
            ),
            "InvitationRosterDto",
            _request_options(call_options),
        )

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
    ) -> EmailTemplateDto:
        """``POST /api/v3/update-invitation-policy-email-template`` -> ``EmailTemplateDto``.

        Node-only endpoint, Node ``updateInviteEmailTemplate``; area ``invitations``.

        Parameters (name: wire name, location):
            type: ``type``, json, required
            customize_enabled: ``customizeEnabled``, json, required
            name: ``name``, json, required
            subject: ``subject``, json, required
            sender: ``sender``, json, required
            content: ``content``, json, required
            expires_in: ``expiresIn``, json
            redirect_to: ``redirectTo``, json
            tpl_engine: ``tplEngine``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_INVITE_EMAIL_TEMPLATE,
            (
                type,
                customize_enabled,
                name,
                subject,
                sender,
                content,
                expires_in,
                redirect_to,
                tpl_engine,
            ),
            "EmailTemplateDto",
            _request_options(call_options),
        )

    async def update_register_extends_fields(
        self,
        extends_field: UpdateExtendsFieldDto | Mapping[str, Any],
        action: str,
        policy_id: str,
        new_order: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GetExtendsFieldsDto:
        """``POST /api/v3/update-invitation-policy-extends-fields`` -> ``GetExtendsFieldsDto``.

        Node-only endpoint, Node ``updateRegisterExtendsFields``; area ``invitations``.

        Parameters (name: wire name, location):
            extends_field: ``extendsField``, json, required
            action: ``action``, json, required
            policy_id: ``policyId``, json, required
            new_order: ``newOrder``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_REGISTER_EXTENDS_FIELDS,
            (
                extends_field,
                action,
                policy_id,
                new_order,
            ),
            "GetExtendsFieldsDto",
            _request_options(call_options),
        )

    async def update_universal_invitation(
        self,
        admin_invitation_config: bool | None = None,
        member_invitation_config: bool | None = None,
        enabled_member_invitation: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GetUniversalInvitationDto:
        """``POST /api/v3/update-universal-invitation-settings`` -> ``GetUniversalInvitationDto``.

        Node-only endpoint, Node ``updateUniversalInvitation``; area ``invitations``.

        Parameters (name: wire name, location):
            admin_invitation_config: ``adminInvitationConfig``, json
            member_invitation_config: ``memberInvitationConfig``, json
            enabled_member_invitation: ``enabledMemberInvitation``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_UNIVERSAL_INVITATION,
            (
                admin_invitation_config,
                member_invitation_config,
                enabled_member_invitation,
            ),
            "GetUniversalInvitationDto",
            _request_options(call_options),
        )

    async def upload(
        self,
        private: bool,
        **call_options: Unpack[CallOptions],
    ) -> ImportExportTemplateRespDto:
        """``POST /api/v3/invitation-invitee/upload`` -> ``ImportExportTemplateRespDto``.

        Node-only endpoint, Node ``upload``; area ``invitations``.

        Parameters (name: wire name, location):
            private: ``private``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPLOAD,
            (private,),
            "ImportExportTemplateRespDto",
            _request_options(call_options),
        )
