# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``NamespaceListPagingDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .namespaces_list_resp_dto import NamespacesListRespDto

__all__ = ["NamespaceListPagingDto"]


@_attrs.define(kw_only=True, slots=True)
class NamespaceListPagingDto(WireBacked):
    """Wire model ``NamespaceListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[NamespacesListRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[NamespacesListRespDto] = _attrs.field(metadata={"wire": "list"})
