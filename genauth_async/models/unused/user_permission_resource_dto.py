# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserPermissionResourceDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from ..unused.data_resource_action_list_dto import DataResourceActionListDto

__all__ = ["UserPermissionResourceDto"]


@_attrs.define(kw_only=True, slots=True)
class UserPermissionResourceDto(WireBacked):
    """Wire model ``UserPermissionResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        action_list: ``actionList``, list[DataResourceActionListDto], required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    action_list: List[DataResourceActionListDto] = _attrs.field(metadata={"wire": "actionList"})
