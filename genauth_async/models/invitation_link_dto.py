# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``InvitationLinkDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["InvitationLinkDto"]


@_attrs.define(kw_only=True, slots=True)
class InvitationLinkDto:
    """Wire model ``InvitationLinkDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        signature: ``signature``, str, required
        identifier: ``identifier``, str, required
        with_invitee_info: ``withInviteeInfo``, bool, optional
        with_invitation_settings: ``withInvitationSettings``, bool, optional
    """

    signature: str = _attrs.field(repr=_masked, metadata={"wire": "signature"})
    identifier: str = _attrs.field(metadata={"wire": "identifier"})
    with_invitee_info: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withInviteeInfo"})
    with_invitation_settings: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withInvitationSettings"})
