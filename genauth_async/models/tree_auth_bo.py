# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TreeAuthBo``."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

__all__ = ["TreeAuthBo"]


@_attrs.define(kw_only=True, slots=True)
class TreeAuthBo:
    """Wire model ``TreeAuthBo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        node_path: ``nodePath``, str, required
        node_name: ``nodeName``, str, required
        node_actions: ``nodeActions``, list[str], required
        node_value: ``nodeValue``, str, optional
        node_extend_field_value: ``nodeExtendFieldValue``, Any, optional
    """

    node_path: str = _attrs.field(metadata={"wire": "nodePath"})
    node_name: str = _attrs.field(metadata={"wire": "nodeName"})
    node_actions: List[str] = _attrs.field(metadata={"wire": "nodeActions"})
    node_value: str | None = _attrs.field(default=None, metadata={"wire": "nodeValue"})
    node_extend_field_value: Any = _attrs.field(default=None, metadata={"wire": "nodeExtendFieldValue"})
