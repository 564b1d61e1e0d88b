# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateOrUpdateGroupDataDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from .group_dto import GroupDto

__all__ = ["CreateOrUpdateGroupDataDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateOrUpdateGroupDataDto(WireBacked):
    """Wire model ``CreateOrUpdateGroupDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        created: ``created``, bool, required
        data: ``data``, GroupDto, required
    """

    created: bool = _attrs.field(metadata={"wire": "created"})
    data: GroupDto = _attrs.field(metadata={"wire": "data"})
