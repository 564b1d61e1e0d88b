# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UniversalInviteeProfileDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UniversalInviteeProfileDto"]


@_attrs.define(kw_only=True, slots=True)
class UniversalInviteeProfileDto:
    """Wire model ``UniversalInviteeProfileDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        email: ``email``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    email: str = _attrs.field(metadata={"wire": "email"})
