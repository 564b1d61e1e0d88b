# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreatePublicAccountBatchReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .create_public_account_options_dto import CreatePublicAccountOptionsDto
from .create_public_account_req_dto import CreatePublicAccountReqDto

__all__ = ["CreatePublicAccountBatchReqDto"]


@_attrs.define(kw_only=True, slots=True)
class CreatePublicAccountBatchReqDto:
    """Wire model ``CreatePublicAccountBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreatePublicAccountReqDto], required
        options: ``options``, CreatePublicAccountOptionsDto, optional
    """

    list: List[CreatePublicAccountReqDto] = _attrs.field(metadata={"wire": "list"})
    options: CreatePublicAccountOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
