# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetAuthorizedTargetDataDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from ..unused.resource_permission_assignment_dto import ResourcePermissionAssignmentDto

__all__ = ["GetAuthorizedTargetDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetAuthorizedTargetDataDto(WireBacked):
    """Wire model ``GetAuthorizedTargetDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ResourcePermissionAssignmentDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ResourcePermissionAssignmentDto] = _attrs.field(metadata={"wire": "list"})
