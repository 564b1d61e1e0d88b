# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListResourceTargetsDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .list_resource_targets_dto_resp import ListResourceTargetsDtoResp

__all__ = ["ListResourceTargetsDataDto"]


@_attrs.define(kw_only=True, slots=True)
class ListResourceTargetsDataDto(WireBacked):
    """Wire model ``ListResourceTargetsDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        auth_user_list: ``authUserList``, list[ListResourceTargetsDtoResp], required
    """

    auth_user_list: List[ListResourceTargetsDtoResp] = _attrs.field(metadata={"wire": "authUserList"})
