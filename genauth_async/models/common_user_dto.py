# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CommonUserDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CommonUserDto"]


@_attrs.define(kw_only=True, slots=True)
class CommonUserDto:
    """Wire model ``CommonUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        display_name: ``displayName``, str, optional
        photo: ``photo``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    display_name: str | None = _attrs.field(default=None, metadata={"wire": "displayName"})
    photo: str | None = _attrs.field(default=None, metadata={"wire": "photo"})
