# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``invitations`` (sync facade)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        DefaultPasswordConfigDto, EmailTemplateDto, GetExtendsFieldsDto, GetInvitationPolicyDto,
        GetUniversalInvitationDto, ImportExportTemplateRespDto, InvitationLinkConfigDto,
        InvitationRosterDto, IsSuccessDto, UpdateEmailTemplateDtoTplEngine,
        UpdateEmailTemplateDtoType, UpdateExtendsFieldDto, UpdateInvitationPolicyDtoInviteMethod,
        UpdateInvitationPolicyDtoSendVerifyCodeMethod,
    )


class Invitations2Mixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``invitations``: 10 endpoints."""

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
