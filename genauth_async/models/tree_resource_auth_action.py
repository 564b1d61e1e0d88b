# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TreeResourceAuthAction``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .tree_structs import TreeStructs

__all__ = ["TreeResourceAuthAction"]


@_attrs.define(kw_only=True, slots=True)
class TreeResourceAuthAction(WireBacked):
    """Wire model ``TreeResourceAuthAction`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        node_auth_action_list: ``nodeAuthActionList``, list[TreeStructs], optional
    """

    node_auth_action_list: List[TreeStructs] | None = _attrs.field(default=None, metadata={"wire": "nodeAuthActionList"})
