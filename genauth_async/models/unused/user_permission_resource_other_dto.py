# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserPermissionResourceOtherDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["UserPermissionResourceOtherDto"]


@_attrs.define(kw_only=True, slots=True)
class UserPermissionResourceOtherDto:
    """Wire model ``UserPermissionResourceOtherDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        action_list: ``actionList``, list[str], required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    action_list: List[str] = _attrs.field(metadata={"wire": "actionList"})
