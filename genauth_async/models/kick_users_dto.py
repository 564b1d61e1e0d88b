# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``KickUsersDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .kick_users_options_dto import KickUsersOptionsDto

__all__ = ["KickUsersDto"]


@_attrs.define(kw_only=True, slots=True)
class KickUsersDto:
    """Wire model ``KickUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_ids: ``appIds``, list[str], required
        user_id: ``userId``, str, required
        options: ``options``, KickUsersOptionsDto, optional
    """

    app_ids: List[str] = _attrs.field(metadata={"wire": "appIds"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    options: KickUsersOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
