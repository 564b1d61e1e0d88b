# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApplicationMfaDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ApplicationMfaDto"]


@_attrs.define(kw_only=True, slots=True)
class ApplicationMfaDto:
    """Wire model ``ApplicationMfaDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        mfa_policy: ``mfaPolicy``, str, required
        status: ``status``, int, required
        sort: ``sort``, int, required
    """

    mfa_policy: str = _attrs.field(metadata={"wire": "mfaPolicy"})
    status: int = _attrs.field(metadata={"wire": "status"})
    sort: int = _attrs.field(metadata={"wire": "sort"})
