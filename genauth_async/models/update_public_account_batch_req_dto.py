# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdatePublicAccountBatchReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .update_public_account_batch_options_dto import UpdatePublicAccountBatchOptionsDto
from .update_public_account_info_dto import UpdatePublicAccountInfoDto

__all__ = ["UpdatePublicAccountBatchReqDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdatePublicAccountBatchReqDto:
    """Wire model ``UpdatePublicAccountBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[UpdatePublicAccountInfoDto], required
        options: ``options``, UpdatePublicAccountBatchOptionsDto, optional
    """

    list: List[UpdatePublicAccountInfoDto] = _attrs.field(metadata={"wire": "list"})
    options: UpdatePublicAccountBatchOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
