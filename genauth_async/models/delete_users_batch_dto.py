# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteUsersBatchDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .delete_users_batch_options_dto import DeleteUsersBatchOptionsDto

__all__ = ["DeleteUsersBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteUsersBatchDto:
    """Wire model ``DeleteUsersBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, list[str], required
        options: ``options``, DeleteUsersBatchOptionsDto, optional
    """

    user_ids: List[str] = _attrs.field(metadata={"wire": "userIds"})
    options: DeleteUsersBatchOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
