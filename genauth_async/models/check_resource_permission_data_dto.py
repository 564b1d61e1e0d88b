# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckResourcePermissionDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .check_resource_permission_resp_dto import CheckResourcePermissionRespDto

__all__ = ["CheckResourcePermissionDataDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckResourcePermissionDataDto(WireBacked):
    """Wire model ``CheckResourcePermissionDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        check_result_list: ``checkResultList``, list[CheckResourcePermissionRespDto], required
    """

    check_result_list: List[CheckResourcePermissionRespDto] = _attrs.field(metadata={"wire": "checkResultList"})
