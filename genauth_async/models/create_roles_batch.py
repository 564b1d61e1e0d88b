# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateRolesBatch``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .role_list_item import RoleListItem

__all__ = ["CreateRolesBatch"]


@_attrs.define(kw_only=True, slots=True)
class CreateRolesBatch:
    """Wire model ``CreateRolesBatch`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[RoleListItem], required
    """

    list: List[RoleListItem] = _attrs.field(metadata={"wire": "list"})
