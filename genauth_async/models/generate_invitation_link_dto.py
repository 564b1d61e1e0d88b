# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GenerateInvitationLinkDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["GenerateInvitationLinkDto"]


@_attrs.define(kw_only=True, slots=True)
class GenerateInvitationLinkDto:
    """Wire model ``GenerateInvitationLinkDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        link: ``link``, str, required
    """

    link: str = _attrs.field(metadata={"wire": "link"})
