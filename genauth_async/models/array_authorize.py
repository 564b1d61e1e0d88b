# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ArrayAuthorize``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["ArrayAuthorize"]


@_attrs.define(kw_only=True, slots=True)
class ArrayAuthorize:
    """Wire model ``ArrayAuthorize`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        values: ``values``, list[str], required
        actions: ``actions``, list[str], required
    """

    values: List[str] = _attrs.field(metadata={"wire": "values"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
