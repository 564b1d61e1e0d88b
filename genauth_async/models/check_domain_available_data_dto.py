# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckDomainAvailableDataDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CheckDomainAvailableDataDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckDomainAvailableDataDto:
    """Wire model ``CheckDomainAvailableDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        available: ``available``, bool, required
    """

    available: bool = _attrs.field(metadata={"wire": "available"})
