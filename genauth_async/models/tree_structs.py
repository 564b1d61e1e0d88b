# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TreeStructs``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

__all__ = ["TreeStructs"]


@_attrs.define(kw_only=True, slots=True)
class TreeStructs(WireBacked):
    """Wire model ``TreeStructs`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        value: ``value``, str, optional
        actions: ``actions``, list[str], optional
        children: ``children``, list[TreeStructs], optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    value: str | None = _attrs.field(default=None, metadata={"wire": "value"})
    actions: List[str] | None = _attrs.field(default=None, metadata={"wire": "actions"})
    children: List[TreeStructs] | None = _attrs.field(default=None, metadata={"wire": "children"})
