# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Authentication API endpoints, area ``invitations``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
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

_EP_BATCH_CREATE_APPROVAL = Endpoint(
    "batch_create_approval",
    "POST",
    "/api/v3/approval-batch",
    (
        Param("object_type", "objectType", "json", True, "str", "any", ("APP_PERMISSION_APPLY", "ROLE_PERMISSION_APPLY")),
        Param("object_ids", "objectIds", "json", True, "list", "str"),
        Param("extra_params", "extraParams", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_CLEAR_MY_ALL_UNIVERSAL_INVITATION_LINKS = Endpoint(
    "clear_my_all_universal_invitation_links",
    "POST",
    "/api/v3/clear-my-all-invitation-links",
    (),
    idempotent=False,
)

_EP_CREATE_APPROVAL = Endpoint(
    "create_approval",
    "POST",
    "/api/v3/approval",
    (
        Param("object_type", "objectType", "json", True, "str", "any", ("APP_PERMISSION_APPLY", "ROLE_PERMISSION_APPLY")),
        Param("object_id", "objectId", "json", True, "str"),
        Param("extra_params", "extraParams", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_GENERATE_INVITE_TOKEN = Endpoint(
    "generate_invite_token",
    "POST",
    "/api/v3/generate-policy-invitation-token",
    (
        Param("signature", "signature", "json", True, "str"),
        Param("identifier", "identifier", "json", True, "str"),
        Param("with_invitee_info", "withInviteeInfo", "json", False, "bool"),
        Param("with_invitation_settings", "withInvitationSettings", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_GENERATE_UNIVERSAL_INVITATION_BY_MEMBER = Endpoint(
    "generate_universal_invitation_by_member",
    "POST",
    "/api/v3/generate-universal-invitation-link-by-member",
    (),
    idempotent=False,
)

_EP_GET_DETAIL = Endpoint(
    "get_detail",
    "GET",
    "/api/v3/approval",
    (
        Param("number", "number", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_INVITE_CODE_CONTEXT = Endpoint(
    "get_invite_code_context",
    "GET",
    "/api/v3/get-policy-invitation-context",
    (
        Param("token", "token", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_UNIVERSAL_INVITATION_PUBLIC_CONFIG = Endpoint(
    "get_universal_invitation_public_config",
    "GET",
    "/api/v3/get-universal-invitation-public-config",
    (
        Param("identifier", "identifier", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_INITIATED_LIST = Endpoint(
    "initiated_list",
    "GET",
    "/api/v3/approval-initiated-list",
    (
        Param("page_no", "pageNo", "query", False, "int"),
        Param("page_size", "pageSize", "query", False, "int"),
        Param("object_type", "objectType", "query", False, "str", "any", ("APP_PERMISSION_APPLY", "ROLE_PERMISSION_APPLY")),
        Param("keyword", "keyword", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_SIGNUP_BY_POLICY = Endpoint(
    "signup_by_policy",
    "POST",
    "/api/v3/join-by-invitation",
    (
        Param("token", "token", "json", True, "str"),
        Param("code", "code", "json", False, "str"),
        Param("receiver_type", "receiverType", "json", False, "str", "any", ("smsCode", "emailCode")),
        Param("profile", "profile", "json", False, "dict"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_SIGNUP_BY_UNIVERSAL = Endpoint(
    "signup_by_universal",
    "POST",
    "/api/v3/signup-by-invitation",
    (
        Param("email_code", "emailCode", "json", True, "str"),
        Param("identifier", "identifier", "json", True, "str"),
        Param("profile", "profile", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_VERIFY_INVITE_CODE = Endpoint(
    "verify_invite_code",
    "POST",
    "/api/v3/verify-invite-code",
    (
        Param("receiver_type", "receiverType", "json", True, "str", "any", ("smsCode", "emailCode")),
        Param("code", "code", "json", True, "str"),
        Param("token", "token", "json", True, "str"),
    ),
    idempotent=False,
)


class InvitationsMixin(_Caller):
    """Authentication API, area ``invitations``: 12 endpoints."""

    __slots__ = ()

    async def batch_create_approval(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_BATCH_CREATE_APPROVAL,
            (
                object_type,
                object_ids,
                extra_params,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def clear_my_all_universal_invitation_links(
        self,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/clear-my-all-invitation-links`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``clearMyAllUniversalInvitationLinks``; area ``invitations``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CLEAR_MY_ALL_UNIVERSAL_INVITATION_LINKS,
            (),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def create_approval(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_APPROVAL,
            (
                object_type,
                object_id,
                extra_params,
            ),
            "CreateApprovalDto",
            _request_options(call_options),
        )

    async def generate_invite_token(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GENERATE_INVITE_TOKEN,
            (
                signature,
                identifier,
                with_invitee_info,
                with_invitation_settings,
            ),
            "GenerateInviteeTokenDto",
            _request_options(call_options),
        )

    async def generate_universal_invitation_by_member(
        self,
        **call_options: Unpack[CallOptions],
    ) -> GenerateInvitationLinkDto:
        """``POST /api/v3/generate-universal-invitation-link-by-member`` -> ``GenerateInvitationLinkDto``.

        Node-only endpoint, Node ``generateUniversalInvitationByMember``; area ``invitations``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GENERATE_UNIVERSAL_INVITATION_BY_MEMBER,
            (),
            "GenerateInvitationLinkDto",
            _request_options(call_options),
        )

    async def get_detail(
        self,
        number: str,
        **call_options: Unpack[CallOptions],
    ) -> ApprovalDetailDto:
        """``GET /api/v3/approval`` -> ``ApprovalDetailDto``.

        Node-only endpoint, Node ``getDetail``; area ``invitations``.

        Parameters (name: wire name, location):
            number: ``number``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_DETAIL,
            (number,),
            "ApprovalDetailDto",
            _request_options(call_options),
        )

    async def get_invite_code_context(
        self,
        token: str,
        **call_options: Unpack[CallOptions],
    ) -> InviteeContextDto:
        """``GET /api/v3/get-policy-invitation-context`` -> ``InviteeContextDto``.

        Node-only endpoint, Node ``getInviteCodeContext``; area ``invitations``.

        Parameters (name: wire name, location):
            token: ``token``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_INVITE_CODE_CONTEXT,
            (token,),
            "InviteeContextDto",
            _request_options(call_options),
        )

    async def get_universal_invitation_public_config(
        self,
        identifier: str,
        **call_options: Unpack[CallOptions],
    ) -> UniversalInvitationPublicConfigDto:
        """``GET /api/v3/get-universal-invitation-public-config`` -> ``UniversalInvitationPublicConfigDto``.

        Node-only endpoint, Node ``getUniversalInvitationPublicConfig``; area ``invitations``.

        Parameters (name: wire name, location):
            identifier: ``identifier``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_UNIVERSAL_INVITATION_PUBLIC_CONFIG,
            (identifier,),
            "UniversalInvitationPublicConfigDto",
            _request_options(call_options),
        )

    async def initiated_list(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_INITIATED_LIST,
            (
                page_no,
                page_size,
                object_type,
                keyword,
            ),
            "InitiatedApprovalPageList",
            _request_options(call_options),
        )

    async def signup_by_policy(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_SIGNUP_BY_POLICY,
            (
                token,
                code,
                receiver_type,
                profile,
                options,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def signup_by_universal(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_SIGNUP_BY_UNIVERSAL,
            (
                email_code,
                identifier,
                profile,
            ),
            "UniversalInvitationJoinRespDto",
            _request_options(call_options),
        )

    async def verify_invite_code(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_VERIFY_INVITE_CODE,
            (
                receiver_type,
                code,
                token,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )
