# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``Option``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["Option"]


@_attrs.define(kw_only=True, slots=True)
class Option:
    """Wire model ``Option`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        value: ``value``, str, required
    """

    value: str = _attrs.field(metadata={"wire": "value"})
