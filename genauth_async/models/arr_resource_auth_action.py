# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ArrResourceAuthAction``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["ArrResourceAuthAction"]


@_attrs.define(kw_only=True, slots=True)
class ArrResourceAuthAction:
    """Wire model ``ArrResourceAuthAction`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        values: ``values``, list[str], optional
        actions: ``actions``, list[str], optional
    """

    values: List[str] | None = _attrs.field(default=None, metadata={"wire": "values"})
    actions: List[str] | None = _attrs.field(default=None, metadata={"wire": "actions"})
