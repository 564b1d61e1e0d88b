# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``invitations``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        DefaultPasswordConfigDto, EmailTemplateDto, GetExtendsFieldsDto, GetInvitationPolicyDto,
        GetUniversalInvitationDto, ImportExportTemplateRespDto, InvitationLinkConfigDto,
        InvitationRosterDto, IsSuccessDto, UpdateEmailTemplateDtoTplEngine,
        UpdateEmailTemplateDtoType, UpdateExtendsFieldDto, UpdateInvitationPolicyDtoInviteMethod,
        UpdateInvitationPolicyDtoSendVerifyCodeMethod,
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


class Invitations2Mixin(_Caller):
    """Management API, area ``invitations``: 10 endpoints."""

    __slots__ = ()

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
