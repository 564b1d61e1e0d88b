# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckPermissionDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .check_permissions_resp_dto import CheckPermissionsRespDto

__all__ = ["CheckPermissionDataDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionDataDto(WireBacked):
    """Wire model ``CheckPermissionDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        check_result_list: ``checkResultList``, list[CheckPermissionsRespDto], required
    """

    check_result_list: List[CheckPermissionsRespDto] = _attrs.field(metadata={"wire": "checkResultList"})
