# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckUserSameLevelPermissionDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .check_user_same_level_permission_resp_dto import CheckUserSameLevelPermissionRespDto

__all__ = ["CheckUserSameLevelPermissionDataDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckUserSameLevelPermissionDataDto(WireBacked):
    """Wire model ``CheckUserSameLevelPermissionDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        check_level_result_list: ``checkLevelResultList``, list[CheckUserSameLevelPermissionRespDto], required
    """

    check_level_result_list: List[CheckUserSameLevelPermissionRespDto] = _attrs.field(metadata={"wire": "checkLevelResultList"})
