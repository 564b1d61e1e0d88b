# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListApplicationAuthPaginatedDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .list_application_auth_data_dto import ListApplicationAuthDataDto

__all__ = ["ListApplicationAuthPaginatedDataDto"]


@_attrs.define(kw_only=True, slots=True)
class ListApplicationAuthPaginatedDataDto(WireBacked):
    """Wire model ``ListApplicationAuthPaginatedDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[ListApplicationAuthDataDto], required
        total_count: ``totalCount``, int, required
    """

    list: List[ListApplicationAuthDataDto] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
