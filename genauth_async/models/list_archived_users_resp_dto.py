# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListArchivedUsersRespDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ListArchivedUsersRespDto"]


@_attrs.define(kw_only=True, slots=True)
class ListArchivedUsersRespDto:
    """Wire model ``ListArchivedUsersRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        archived_at: ``archivedAt``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    archived_at: str = _attrs.field(metadata={"wire": "archivedAt"})
