# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UniversalInvitationUserJoinDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

from .universal_invitee_profile_dto import UniversalInviteeProfileDto

__all__ = ["UniversalInvitationUserJoinDto"]


@_attrs.define(kw_only=True, slots=True)
class UniversalInvitationUserJoinDto:
    """Wire model ``UniversalInvitationUserJoinDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        email_code: ``emailCode``, str, required
        identifier: ``identifier``, str, required
        profile: ``profile``, UniversalInviteeProfileDto, optional
    """

    email_code: str = _attrs.field(repr=_masked, metadata={"wire": "emailCode"})
    identifier: str = _attrs.field(metadata={"wire": "identifier"})
    profile: UniversalInviteeProfileDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})
