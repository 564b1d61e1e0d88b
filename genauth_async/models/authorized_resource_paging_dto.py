# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AuthorizedResourcePagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .authorized_resource_dto import AuthorizedResourceDto

__all__ = ["AuthorizedResourcePagingDto"]


@_attrs.define(kw_only=True, slots=True)
class AuthorizedResourcePagingDto(WireBacked):
    """Wire model ``AuthorizedResourcePagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[AuthorizedResourceDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[AuthorizedResourceDto] = _attrs.field(metadata={"wire": "list"})
