# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ResGroupDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .user_dto import UserDto

__all__ = ["ResGroupDto"]


@_attrs.define(kw_only=True, slots=True)
class ResGroupDto(WireBacked):
    """Wire model ``ResGroupDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, required
        type: ``type``, str, required
        metadata_source: ``metadataSource``, list[str], required
        members: ``members``, list[UserDto], required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str = _attrs.field(metadata={"wire": "description"})
    type: str = _attrs.field(metadata={"wire": "type"})
    metadata_source: List[str] = _attrs.field(metadata={"wire": "metadataSource"})
    members: List[UserDto] = _attrs.field(metadata={"wire": "members"})
