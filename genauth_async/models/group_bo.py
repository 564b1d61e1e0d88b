# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GroupBo``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["GroupBo"]


@_attrs.define(kw_only=True, slots=True)
class GroupBo:
    """Wire model ``GroupBo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        group_id: ``groupId``, str, required
        group_name: ``groupName``, str, required
        group_code: ``groupCode``, str, required
    """

    group_id: str = _attrs.field(metadata={"wire": "groupId"})
    group_name: str = _attrs.field(metadata={"wire": "groupName"})
    group_code: str = _attrs.field(metadata={"wire": "groupCode"})
