# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``EnablePermissionApplyRolePageList``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .enable_permission_apply_role import EnablePermissionApplyRole

__all__ = ["EnablePermissionApplyRolePageList"]


@_attrs.define(kw_only=True, slots=True)
class EnablePermissionApplyRolePageList(WireBacked):
    """Wire model ``EnablePermissionApplyRolePageList`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[EnablePermissionApplyRole], required
        total_count: ``totalCount``, int, required
    """

    list: List[EnablePermissionApplyRole] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
