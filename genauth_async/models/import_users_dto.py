# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ImportUsersDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ImportUsersDto"]


@_attrs.define(kw_only=True, slots=True)
class ImportUsersDto:
    """Wire model ``ImportUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        file: ``file``, str, required
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    file: str = _attrs.field(metadata={"wire": "file"})
