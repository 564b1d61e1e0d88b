# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserResourcePermissionList``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["GetUserResourcePermissionList"]


@_attrs.define(kw_only=True, slots=True)
class GetUserResourcePermissionList:
    """Wire model ``GetUserResourcePermissionList`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, str, required
        actions: ``actions``, list[str], required
        resource: ``resource``, str, required
    """

    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    resource: str = _attrs.field(metadata={"wire": "resource"})
