# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListApplicationActiveUsersDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .list_application_active_users_options_dto import ListApplicationActiveUsersOptionsDto

__all__ = ["ListApplicationActiveUsersDto"]


@_attrs.define(kw_only=True, slots=True)
class ListApplicationActiveUsersDto:
    """Wire model ``ListApplicationActiveUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        options: ``options``, ListApplicationActiveUsersOptionsDto, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    options: ListApplicationActiveUsersOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
