# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateUserBatchReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .create_user_info_dto import CreateUserInfoDto
from .create_user_options_dto import CreateUserOptionsDto

__all__ = ["CreateUserBatchReqDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateUserBatchReqDto:
    """Wire model ``CreateUserBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreateUserInfoDto], required
        options: ``options``, CreateUserOptionsDto, optional
    """

    list: List[CreateUserInfoDto] = _attrs.field(metadata={"wire": "list"})
    options: CreateUserOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
