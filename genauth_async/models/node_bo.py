# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``NodeBo``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["NodeBo"]


@_attrs.define(kw_only=True, slots=True)
class NodeBo:
    """Wire model ``NodeBo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        node_id: ``nodeId``, str, required
        node_name: ``nodeName``, str, required
        node_code: ``nodeCode``, str, required
    """

    node_id: str = _attrs.field(metadata={"wire": "nodeId"})
    node_name: str = _attrs.field(metadata={"wire": "nodeName"})
    node_code: str = _attrs.field(metadata={"wire": "nodeCode"})
