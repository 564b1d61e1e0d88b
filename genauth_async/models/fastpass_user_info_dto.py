# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``FastpassUserInfoDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["FastpassUserInfoDto"]


@_attrs.define(kw_only=True, slots=True)
class FastpassUserInfoDto:
    """Wire model ``FastpassUserInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        display_name: ``displayName``, str, required
        photo: ``photo``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    display_name: str = _attrs.field(metadata={"wire": "displayName"})
    photo: str = _attrs.field(metadata={"wire": "photo"})
