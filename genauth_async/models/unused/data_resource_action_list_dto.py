# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DataResourceActionListDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["DataResourceActionListDto"]


@_attrs.define(kw_only=True, slots=True)
class DataResourceActionListDto:
    """Wire model ``DataResourceActionListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        node_path: ``nodePath``, str, required
        node_actions: ``nodeActions``, list[str], required
    """

    node_path: str = _attrs.field(metadata={"wire": "nodePath"})
    node_actions: List[str] = _attrs.field(metadata={"wire": "nodeActions"})
