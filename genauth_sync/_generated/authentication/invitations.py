# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Authentication API endpoints, area ``invitations`` (sync facade)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import AuthenticationClient as _AsyncAuthenticationClient  # noqa: F401
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
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def clear_my_all_universal_invitation_links(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> IsSuccessDto:
        """``POST /api/v3/clear-my-all-invitation-links`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``clearMyAllUniversalInvitationLinks``; area ``invitations``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "clear_my_all_universal_invitation_links",
            (),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def create_approval(
        self,
        object_type: CreateApprovalReqObjectType | str,
        object_id: str,
        extra_params: ExtraParams | Mapping[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def generate_invite_token(
        self,
        signature: str,
        identifier: str,
        with_invitee_info: bool | None = None,
        with_invitation_settings: bool | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def generate_universal_invitation_by_member(
        self,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> GenerateInvitationLinkDto:
        """``POST /api/v3/generate-universal-invitation-link-by-member`` -> ``GenerateInvitationLinkDto``.

        Node-only endpoint, Node ``generateUniversalInvitationByMember``; area ``invitations``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "generate_universal_invitation_by_member",
            (),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def get_detail(
        self,
        number: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> ApprovalDetailDto:
        """``GET /api/v3/approval`` -> ``ApprovalDetailDto``.

        Node-only endpoint, Node ``getDetail``; area ``invitations``.

        Parameters (name: wire name, location):
            number: ``number``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_detail",
            (number,),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def get_invite_code_context(
        self,
        token: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> InviteeContextDto:
        """``GET /api/v3/get-policy-invitation-context`` -> ``InviteeContextDto``.

        Node-only endpoint, Node ``getInviteCodeContext``; area ``invitations``.

        Parameters (name: wire name, location):
            token: ``token``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_invite_code_context",
            (token,),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def get_universal_invitation_public_config(
        self,
        identifier: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
    ) -> UniversalInvitationPublicConfigDto:
        """``GET /api/v3/get-universal-invitation-public-config`` -> ``UniversalInvitationPublicConfigDto``.

        Node-only endpoint, Node ``getUniversalInvitationPublicConfig``; area ``invitations``.

        Parameters (name: wire name, location):
            identifier: ``identifier``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_universal_invitation_public_config",
            (identifier,),
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def initiated_list(
        self,
        page_no: int | None = None,
        page_size: int | None = None,
        object_type: InitiatedListParamsObjectType | str | None = None,
        keyword: str | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def signup_by_policy(
        self,
        token: str,
        code: str | None = None,
        receiver_type: PolicyInviteeJoinedDtoReceiverType | str | None = None,
        profile: InviteeProfileDto | Mapping[str, Any] | None = None,
        options: PolicyInviteJoinedOptionsDto | Mapping[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def signup_by_universal(
        self,
        email_code: str,
        identifier: str,
        profile: UniversalInviteeProfileDto | Mapping[str, Any] | None = None,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )

    def verify_invite_code(
        self,
        receiver_type: VerifyInviteCodeDtoReceiverType | str,
        code: str,
        token: str,
        *,
        request_timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_on_post: bool | None = None,
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
            {
                "request_timeout": request_timeout,
                "max_retries": max_retries,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "retry_on_post": retry_on_post,
            },
        )
