# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PolicyInviteJoinedOptionsDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["PolicyInviteJoinedOptionsDto"]


@_attrs.define(kw_only=True, slots=True)
class PolicyInviteJoinedOptionsDto:
    """Wire model ``PolicyInviteJoinedOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        phone_pass_code_for_information_completion: ``phonePassCodeForInformationCompletion``, str, optional
        email_pass_code_for_information_completion: ``emailPassCodeForInformationCompletion``, str, optional
    """

    phone_pass_code_for_information_completion: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "phonePassCodeForInformationCompletion"})
    email_pass_code_for_information_completion: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "emailPassCodeForInformationCompletion"})
