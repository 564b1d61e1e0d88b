# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``StrAuthorize``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["StrAuthorize"]


@_attrs.define(kw_only=True, slots=True)
class StrAuthorize:
    """Wire model ``StrAuthorize`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        value: ``value``, str, required
        actions: ``actions``, list[str], required
    """

    value: str = _attrs.field(metadata={"wire": "value"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
