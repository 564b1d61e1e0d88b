# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``StrResourceAuthAction``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["StrResourceAuthAction"]


@_attrs.define(kw_only=True, slots=True)
class StrResourceAuthAction:
    """Wire model ``StrResourceAuthAction`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        value: ``value``, str, optional
        actions: ``actions``, list[str], optional
    """

    value: str | None = _attrs.field(default=None, metadata={"wire": "value"})
    actions: List[str] | None = _attrs.field(default=None, metadata={"wire": "actions"})
