# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateUserBatchReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .update_user_batch_options_dto import UpdateUserBatchOptionsDto
from .update_user_info_dto import UpdateUserInfoDto

__all__ = ["UpdateUserBatchReqDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateUserBatchReqDto:
    """Wire model ``UpdateUserBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[UpdateUserInfoDto], required
        options: ``options``, UpdateUserBatchOptionsDto, optional
    """

    list: List[UpdateUserInfoDto] = _attrs.field(metadata={"wire": "list"})
    options: UpdateUserBatchOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
