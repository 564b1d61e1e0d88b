# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``invitations`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
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


class InvitationsMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``invitations``: 49 endpoints."""

    def add_policy_user_attribution(
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
        return self._run_method(  # type: ignore[no-any-return]
            "add_policy_user_attribution",
            (
                target_type,
                target_identifier,
                policy_id,
                namespace,
            ),
            call_options,
        )

    def add_policy_user_attributions_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "add_policy_user_attributions_batch",
            (
                targets,
                policy_id,
            ),
            call_options,
        )

    def approval(
        self,
        applicant_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/batch-approval-universal-invitation-applicants`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``approval``; area ``invitations``.

        Parameters (name: wire name, location):
            applicant_ids: ``applicantIds``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "approval",
            (applicant_ids,),
            call_options,
        )

    def batch_bind_policy(
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
        return self._run_method(  # type: ignore[no-any-return]
            "batch_bind_policy",
            (
                roster_ids,
                policy_id,
            ),
            call_options,
        )

    def batch_delete_invitation_policies(
        self,
        policy_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-invitation-policies-batch`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``batchDeleteInvitationPolicies``; area ``invitations``.

        Parameters (name: wire name, location):
            policy_ids: ``policyIds``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "batch_delete_invitation_policies",
            (policy_ids,),
            call_options,
        )

    def batch_unbind_policy(
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
        return self._run_method(  # type: ignore[no-any-return]
            "batch_unbind_policy",
            (
                roster_ids,
                policy_id,
            ),
            call_options,
        )

    def copy_invitation_policy_by_id(
        self,
        policy_id: str,
        **call_options: Unpack[CallOptions],
    ) -> GetInvitationPolicyDto:
        """``POST /api/v3/copy-invitation-policy-by-id`` -> ``GetInvitationPolicyDto``.

        Node-only endpoint, Node ``copyInvitationPolicyById``; area ``invitations``.

        Parameters (name: wire name, location):
            policy_id: ``policyId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "copy_invitation_policy_by_id",
            (policy_id,),
            call_options,
        )

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
        return self._run_method(  # type: ignore[no-any-return]
            "create_invitation_policy",
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
            call_options,
        )

    def create_invitation_roster(
        self,
        name: str,
        **call_options: Unpack[CallOptions],
    ) -> InvitationRosterDto:
        """``POST /api/v3/create-invitation-roster`` -> ``InvitationRosterDto``.

        Node-only endpoint, Node ``createInvitationRoster``; area ``invitations``.

        Parameters (name: wire name, location):
            name: ``name``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_invitation_roster",
            (name,),
            call_options,
        )

    def delete_invitation_roster(
        self,
        id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-invitation-roster`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``deleteInvitationRoster``; area ``invitations``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_invitation_roster",
            (id,),
            call_options,
        )

    def delete_invitation_roster_batch(
        self,
        ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-invitation-rosters-batch`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``deleteInvitationRosterBatch``; area ``invitations``.

        Parameters (name: wire name, location):
            ids: ``ids``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_invitation_roster_batch",
            (ids,),
            call_options,
        )

    def delete_invitees(
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
        return self._run_method(  # type: ignore[no-any-return]
            "delete_invitees",
            (
                invitee_ids,
                roster_id,
            ),
            call_options,
        )

    def export_users(
        self,
        roster_id: str,
        **call_options: Unpack[CallOptions],
    ) -> ImportExportTemplateRespDto:
        """``POST /api/v3/invitation-invitee/export`` -> ``ImportExportTemplateRespDto``.

        Node-only endpoint, Node ``exportUsers``; area ``invitations``.

        Parameters (name: wire name, location):
            roster_id: ``rosterId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "export_users",
            (roster_id,),
            call_options,
        )

    def filter(
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
        return self._run_method(  # type: ignore[no-any-return]
            "filter",
            (
                page,
                limit,
                keywords,
                filter,
                with_invitor_detail,
                with_operator_detail,
            ),
            call_options,
        )

    def iter_filter(
        self,
        limit: int | None = None,
        keywords: str | None = None,
        filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
        with_invitor_detail: bool | None = None,
        with_operator_detail: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[UniversalInvitationApplicantData]:
        """Every item of ``filter``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_filter",
            (
                limit,
                keywords,
                filter,
                with_invitor_detail,
                with_operator_detail,
            ),
            call_options,
        )

    def filter_users(
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
        return self._run_method(  # type: ignore[no-any-return]
            "filter_users",
            (
                roster_id,
                page,
                limit,
                keywords,
                filter,
                with_creator_detail,
            ),
            call_options,
        )

    def iter_filter_users(
        self,
        roster_id: str,
        limit: int | None = None,
        keywords: str | None = None,
        filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[InvitationUserDto]:
        """Every item of ``filter_users``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_filter_users",
            (
                roster_id,
                limit,
                keywords,
                filter,
                with_creator_detail,
            ),
            call_options,
        )

    def generate_invite_tenant_user_link(
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
        return self._run_method(  # type: ignore[no-any-return]
            "generate_invite_tenant_user_link",
            (
                validity_term,
                emails,
                app_id,
                tenant_id,
            ),
            call_options,
        )

    def generate_universal_invitation(
        self,
        **call_options: Unpack[CallOptions],
    ) -> GenerateInvitationLinkDto:
        """``POST /api/v3/generate-universal-invitation-link`` -> ``GenerateInvitationLinkDto``.

        Node-only endpoint, Node ``generateUniversalInvitation``; area ``invitations``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "generate_universal_invitation",
            (),
            call_options,
        )

    def get_invitation_roster(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_invitation_roster",
            (
                roster_id,
                with_creator_detail,
                with_user_count,
                with_assigned_policy,
            ),
            call_options,
        )

    def get_invite_email_template(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_invite_email_template",
            (
                scene,
                policy_id,
                roster_id,
                template_type,
            ),
            call_options,
        )

    def get_policy_detail_by_id(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_policy_detail_by_id",
            (
                policy_id,
                roster_id,
                with_creator_detail,
            ),
            call_options,
        )

    def get_policy_user_attribution_detail(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_policy_user_attribution_detail",
            (
                id,
                with_target_detail,
                with_department_ext_info,
            ),
            call_options,
        )

    def get_universal_invitation(
        self,
        with_department_detail: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GetUniversalInvitationDto:
        """``GET /api/v3/get-universal-invitation-settings`` -> ``GetUniversalInvitationDto``.

        Node-only endpoint, Node ``getUniversalInvitation``; area ``invitations``.

        Parameters (name: wire name, location):
            with_department_detail: ``withDepartmentDetail``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_universal_invitation",
            (with_department_detail,),
            call_options,
        )

    def get_user_attribution_main_department(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_attribution_main_department",
            (
                policy_id,
                with_department_detail,
            ),
            call_options,
        )

    def import_template(
        self,
        **call_options: Unpack[CallOptions],
    ) -> ImportExportTemplateRespDto:
        """``GET /api/v3/invitation-invitee/template`` -> ``ImportExportTemplateRespDto``.

        Node-only endpoint, Node ``importTemplate``; area ``invitations``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "import_template",
            (),
            call_options,
        )

    def import_users(
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
        return self._run_method(  # type: ignore[no-any-return]
            "import_users",
            (
                roster_id,
                file,
            ),
            call_options,
        )

    def list_invitation_policies(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_invitation_policies",
            (
                page,
                limit,
                keywords,
                filter,
                with_creator_detail,
            ),
            call_options,
        )

    def iter_list_invitation_policies(
        self,
        limit: int | None = None,
        keywords: str | None = None,
        filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
        with_creator_detail: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[GetInvitationPolicyDto]:
        """Every item of ``list_invitation_policies``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_invitation_policies",
            (
                limit,
                keywords,
                filter,
                with_creator_detail,
            ),
            call_options,
        )

    def list_invitation_roster(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_invitation_roster",
            (
                page,
                limit,
                keywords,
                filter,
                with_creator_detail,
                with_user_count,
                with_assigned_policy,
            ),
            call_options,
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
    ) -> Iterator[InvitationRosterDto]:
        """Every item of ``list_invitation_roster``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_invitation_roster",
            (
                limit,
                keywords,
                filter,
                with_creator_detail,
                with_user_count,
                with_assigned_policy,
            ),
            call_options,
        )

    def list_invitation_rosters_by_non_policy_id(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_invitation_rosters_by_non_policy_id",
            (
                page,
                limit,
                keywords,
                filter,
                with_creator_detail,
                with_user_count,
                with_assigned_policy,
            ),
            call_options,
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
    ) -> Iterator[InvitationRosterDto]:
        """Every item of ``list_invitation_rosters_by_non_policy_id``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_invitation_rosters_by_non_policy_id",
            (
                limit,
                keywords,
                filter,
                with_creator_detail,
                with_user_count,
                with_assigned_policy,
            ),
            call_options,
        )

    def list_invitation_rosters_by_policy_id(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_invitation_rosters_by_policy_id",
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
            call_options,
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
    ) -> Iterator[InvitationRosterDto]:
        """Every item of ``list_invitation_rosters_by_policy_id``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_invitation_rosters_by_policy_id",
            (
                policy_id,
                limit,
                keywords,
                filter,
                with_creator_detail,
                with_user_count,
                with_assigned_policy,
            ),
            call_options,
        )

    def list_invite_tennat_user_records(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_invite_tennat_user_records",
            (
                keywords,
                page,
                limit,
            ),
            call_options,
        )

    def list_invite_tenant_user_records(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_invite_tenant_user_records",
            (
                keywords,
                page,
                limit,
            ),
            call_options,
        )

    def iter_list_invite_tennat_user_records(
        self,
        keywords: str,
        limit: str,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[InviteTenantUserRecord]:
        """Every item of ``list_invite_tennat_user_records``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_invite_tennat_user_records",
            (
                keywords,
                limit,
            ),
            call_options,
        )

    def list_policy_user_attribution_detail(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_policy_user_attribution_detail",
            (
                policy_id,
                target_type,
                page,
                limit,
                with_target_detail,
                with_department_ext_info,
            ),
            call_options,
        )

    def list_register_extends_fields(
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
        return self._run_method(  # type: ignore[no-any-return]
            "list_register_extends_fields",
            (
                policy_id,
                roster_id,
            ),
            call_options,
        )

    def quick_filter_invitee_list(
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
        return self._run_method(  # type: ignore[no-any-return]
            "quick_filter_invitee_list",
            (
                page,
                limit,
                keywords,
                filter,
            ),
            call_options,
        )

    def iter_quick_filter_invitee_list(
        self,
        limit: int | None = None,
        keywords: str | None = None,
        filter: CombineFiltersBaseDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[QuickFilterInviteeRecordDto]:
        """Every item of ``quick_filter_invitee_list``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_quick_filter_invitee_list",
            (
                limit,
                keywords,
                filter,
            ),
            call_options,
        )

    def reject(
        self,
        applicant_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/batch-reject-universal-invitation-applicant`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``reject``; area ``invitations``.

        Parameters (name: wire name, location):
            applicant_ids: ``applicantIds``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "reject",
            (applicant_ids,),
            call_options,
        )

    def remove_policy_user_attribution(
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
        return self._run_method(  # type: ignore[no-any-return]
            "remove_policy_user_attribution",
            (
                target_type,
                target_identifier,
                policy_id,
                namespace,
            ),
            call_options,
        )

    def remove_policy_user_attributions_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "remove_policy_user_attributions_batch",
            (
                targets,
                policy_id,
            ),
            call_options,
        )

    def remove_user_attribution_main_department(
        self,
        policy_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/remove-invitation-policy-user-attribution-main-department`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``removeUserAttributionMainDepartment``; area ``invitations``.

        Parameters (name: wire name, location):
            policy_id: ``policyId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "remove_user_attribution_main_department",
            (policy_id,),
            call_options,
        )

    def revert_roster_invitation(
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
        return self._run_method(  # type: ignore[no-any-return]
            "revert_roster_invitation",
            (
                invitee_id,
                roster_id,
            ),
            call_options,
        )

    def revert_roster_invitation_batch(
        self,
        invitee_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/revert-roster-invitation-batch`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``revertRosterInvitationBatch``; area ``invitations``.

        Parameters (name: wire name, location):
            invitee_ids: ``inviteeIds``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "revert_roster_invitation_batch",
            (invitee_ids,),
            call_options,
        )

    def send_invite_tenant_user_email(
        self,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/send-invite-tenant-user-email`` -> ``IsSuccessDto``.

        Official python name, Node ``sendInviteTenantUserEmail``; area ``invitations``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "send_invite_tenant_user_email",
            (),
            call_options,
        )

    def send_roster_invitation(
        self,
        roster_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/send-roster-invitation`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``sendRosterInvitation``; area ``invitations``.

        Parameters (name: wire name, location):
            roster_id: ``rosterId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "send_roster_invitation",
            (roster_id,),
            call_options,
        )

    def send_roster_invitation_batch(
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
        return self._run_method(  # type: ignore[no-any-return]
            "send_roster_invitation_batch",
            (
                invitee_ids,
                roster_id,
            ),
            call_options,
        )

    def set_user_attribution_main_department(
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
        return self._run_method(  # type: ignore[no-any-return]
            "set_user_attribution_main_department",
            (
                policy_id,
                department_id,
            ),
            call_options,
        )

    def update_invitation_policy(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_invitation_policy",
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
            call_options,
        )

    def update_invitation_roster(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_invitation_roster",
            (
                roster_id,
                name,
                policy_id,
            ),
            call_options,
        )

    def update_invite_email_template(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_invite_email_template",
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
            call_options,
        )

    def update_register_extends_fields(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_register_extends_fields",
            (
                extends_field,
                action,
                policy_id,
                new_order,
            ),
            call_options,
        )

    def update_universal_invitation(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_universal_invitation",
            (
                admin_invitation_config,
                member_invitation_config,
                enabled_member_invitation,
            ),
            call_options,
        )

    def upload(
        self,
        private: bool,
        **call_options: Unpack[CallOptions],
    ) -> ImportExportTemplateRespDto:
        """``POST /api/v3/invitation-invitee/upload`` -> ``ImportExportTemplateRespDto``.

        Node-only endpoint, Node ``upload``; area ``invitations``.

        Parameters (name: wire name, location):
            private: ``private``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "upload",
            (private,),
            call_options,
        )
