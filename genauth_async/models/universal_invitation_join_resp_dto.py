# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UniversalInvitationJoinRespDto`` and its enum (UniversalInvitationJoinRespDtoStatus)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["UniversalInvitationJoinRespDto", "UniversalInvitationJoinRespDtoStatus"]


@_attrs.define(kw_only=True, slots=True)
class UniversalInvitationJoinRespDto:
    """Wire model ``UniversalInvitationJoinRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status: ``status``, UniversalInvitationJoinRespDtoStatus, required
    """

    status: UniversalInvitationJoinRespDtoStatus = _attrs.field(metadata={"wire": "status"})


class UniversalInvitationJoinRespDtoStatus(WireEnum):
    """Enum of ``UniversalInvitationJoinRespDto.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    PASSED = "PASSED"
