# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeletePublicAccountsBatchDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .delete_public_accounts_batch_options_dto import DeletePublicAccountsBatchOptionsDto

__all__ = ["DeletePublicAccountsBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class DeletePublicAccountsBatchDto:
    """Wire model ``DeletePublicAccountsBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        options: ``options``, DeletePublicAccountsBatchOptionsDto, optional
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    options: DeletePublicAccountsBatchOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
