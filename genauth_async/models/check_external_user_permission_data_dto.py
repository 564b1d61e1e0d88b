# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckExternalUserPermissionDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .check_external_user_permissions_resp_dto import CheckExternalUserPermissionsRespDto

__all__ = ["CheckExternalUserPermissionDataDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckExternalUserPermissionDataDto(WireBacked):
    """Wire model ``CheckExternalUserPermissionDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        check_result_list: ``checkResultList``, list[CheckExternalUserPermissionsRespDto], required
    """

    check_result_list: List[CheckExternalUserPermissionsRespDto] = _attrs.field(metadata={"wire": "checkResultList"})
