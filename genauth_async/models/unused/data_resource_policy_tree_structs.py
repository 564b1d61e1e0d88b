# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DataResourcePolicyTreeStructs``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["DataResourcePolicyTreeStructs"]


@_attrs.define(kw_only=True, slots=True)
class DataResourcePolicyTreeStructs:
    """Wire model ``DataResourcePolicyTreeStructs`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        value: ``value``, str, optional
        name: ``name``, str, required
        action: ``action``, str, required
        enabled: ``enabled``, bool, required
        children: ``children``, list[str], optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    value: str | None = _attrs.field(default=None, metadata={"wire": "value"})
    name: str = _attrs.field(metadata={"wire": "name"})
    action: str = _attrs.field(metadata={"wire": "action"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    children: List[str] | None = _attrs.field(default=None, metadata={"wire": "children"})
