# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Authentication API endpoints, area ``invitations`` (sync facade)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import AuthenticationClient as _AsyncAuthenticationClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        ApprovalDetailDto, BatchCreateApprovalReqObjectType, CreateApprovalDto,
        CreateApprovalReqObjectType, ExtraParams, GenerateInvitationLinkDto,
        GenerateInviteeTokenDto, InitiatedApprovalPageList, InitiatedListParamsObjectType,
        InviteeContextDto, InviteeProfileDto, IsSuccessDto, PolicyInviteJoinedOptionsDto,
        PolicyInviteeJoinedDtoReceiverType, UniversalInvitationJoinRespDto,
        UniversalInvitationPublicConfigDto, UniversalInviteeProfileDto,
        VerifyInviteCodeDtoReceiverType,
    )


class InvitationsMixin(_SyncClient["_AsyncAuthenticationClient"]):
    """Authentication API, area ``invitations``: 12 endpoints."""

    def batch_create_approval(
        self,
        object_type: BatchCreateApprovalReqObjectType | str,
        object_ids: List[str],
        extra_params: ExtraParams | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/approval-batch`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``batchCreateApproval``; area ``invitations``.

        Parameters (name: wire name, location):
            object_type: ``objectType``, json, required
            object_ids: ``objectIds``, json, required
            extra_params: ``extraParams``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "batch_create_approval",
            (
                object_type,
                object_ids,
                extra_params,
            ),
            call_options,
        )

    def clear_my_all_universal_invitation_links(
        self,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/clear-my-all-invitation-links`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``clearMyAllUniversalInvitationLinks``; area ``invitations``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "clear_my_all_universal_invitation_links",
            (),
            call_options,
        )

    def create_approval(
        self,
        object_type: CreateApprovalReqObjectType | str,
        object_id: str,
        extra_params: ExtraParams | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CreateApprovalDto:
        """``POST /api/v3/approval`` -> ``CreateApprovalDto``.

        Node-only endpoint, Node ``createApproval``; area ``invitations``.

        Parameters (name: wire name, location):
            object_type: ``objectType``, json, required
            object_id: ``objectId``, json, required
            extra_params: ``extraParams``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_approval",
            (
                object_type,
                object_id,
                extra_params,
            ),
            call_options,
        )

    def generate_invite_token(
        self,
        signature: str,
        identifier: str,
        with_invitee_info: bool | None = None,
        with_invitation_settings: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GenerateInviteeTokenDto:
        """``POST /api/v3/generate-policy-invitation-token`` -> ``GenerateInviteeTokenDto``.

        Node-only endpoint, Node ``generateInviteToken``; area ``invitations``.

        Parameters (name: wire name, location):
            signature: ``signature``, json, required
            identifier: ``identifier``, json, required
            with_invitee_info: ``withInviteeInfo``, json
            with_invitation_settings: ``withInvitationSettings``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "generate_invite_token",
            (
                signature,
                identifier,
                with_invitee_info,
                with_invitation_settings,
            ),
            call_options,
        )

    def generate_universal_invitation_by_member(
        self,
        **call_options: Unpack[CallOptions],
    ) -> GenerateInvitationLinkDto:
        """``POST /api/v3/generate-universal-invitation-link-by-member`` -> ``GenerateInvitationLinkDto``.

        Node-only endpoint, Node ``generateUniversalInvitationByMember``; area ``invitations``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "generate_universal_invitation_by_member",
            (),
            call_options,
        )

    def get_detail(
        self,
        number: str,
        **call_options: Unpack[CallOptions],
    ) -> ApprovalDetailDto:
        """``GET /api/v3/approval`` -> ``ApprovalDetailDto``.

        Node-only endpoint, Node ``getDetail``; area ``invitations``.

        Parameters (name: wire name, location):
            number: ``number``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_detail",
            (number,),
            call_options,
        )

    def get_invite_code_context(
        self,
        token: str,
        **call_options: Unpack[CallOptions],
    ) -> InviteeContextDto:
        """``GET /api/v3/get-policy-invitation-context`` -> ``InviteeContextDto``.

        Node-only endpoint, Node ``getInviteCodeContext``; area ``invitations``.

        Parameters (name: wire name, location):
            token: ``token``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_invite_code_context",
            (token,),
            call_options,
        )

    def get_universal_invitation_public_config(
        self,
        identifier: str,
        **call_options: Unpack[CallOptions],
    ) -> UniversalInvitationPublicConfigDto:
        """``GET /api/v3/get-universal-invitation-public-config`` -> ``UniversalInvitationPublicConfigDto``.

        Node-only endpoint, Node ``getUniversalInvitationPublicConfig``; area ``invitations``.

        Parameters (name: wire name, location):
            identifier: ``identifier``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_universal_invitation_public_config",
            (identifier,),
            call_options,
        )

    def initiated_list(
        self,
        page_no: int | None = None,
        page_size: int | None = None,
        object_type: InitiatedListParamsObjectType | str | None = None,
        keyword: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> InitiatedApprovalPageList:
        """``GET /api/v3/approval-initiated-list`` -> ``InitiatedApprovalPageList``.

        Node-only endpoint, Node ``initiatedList``; area ``invitations``.

        Parameters (name: wire name, location):
            page_no: ``pageNo``, query
            page_size: ``pageSize``, query
            object_type: ``objectType``, query
            keyword: ``keyword``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "initiated_list",
            (
                page_no,
                page_size,
                object_type,
                keyword,
            ),
            call_options,
        )

    def signup_by_policy(
        self,
        token: str,
        code: str | None = None,
        receiver_type: PolicyInviteeJoinedDtoReceiverType | str | None = None,
        profile: InviteeProfileDto | Mapping[str, Any] | None = None,
        options: PolicyInviteJoinedOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/join-by-invitation`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``signupByPolicy``; area ``invitations``.

        Parameters (name: wire name, location):
            token: ``token``, json, required
            code: ``code``, json
            receiver_type: ``receiverType``, json
            profile: ``profile``, json
            options: ``options``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "signup_by_policy",
            (
                token,
                code,
                receiver_type,
                profile,
                options,
            ),
            call_options,
        )

    def signup_by_universal(
        self,
        email_code: str,
        identifier: str,
        profile: UniversalInviteeProfileDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UniversalInvitationJoinRespDto:
        """``POST /api/v3/signup-by-invitation`` -> ``UniversalInvitationJoinRespDto``.

        Node-only endpoint, Node ``signupByUniversal``; area ``invitations``.

        Parameters (name: wire name, location):
            email_code: ``emailCode``, json, required
            identifier: ``identifier``, json, required
            profile: ``profile``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "signup_by_universal",
            (
                email_code,
                identifier,
                profile,
            ),
            call_options,
        )

    def verify_invite_code(
        self,
        receiver_type: VerifyInviteCodeDtoReceiverType | str,
        code: str,
        token: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/verify-invite-code`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``verifyInviteCode``; area ``invitations``.

        Parameters (name: wire name, location):
            receiver_type: ``receiverType``, json, required
            code: ``code``, json, required
            token: ``token``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "verify_invite_code",
            (
                receiver_type,
                code,
                token,
            ),
            call_options,
        )
