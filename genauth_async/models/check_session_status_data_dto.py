# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckSessionStatusDataDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CheckSessionStatusDataDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckSessionStatusDataDto:
    """Wire model ``CheckSessionStatusDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        active: ``active``, bool, required
    """

    active: bool = _attrs.field(metadata={"wire": "active"})
