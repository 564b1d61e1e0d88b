# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ImportTenantHistoryDataDto``."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

__all__ = ["ImportTenantHistoryDataDto"]


@_attrs.define(kw_only=True, slots=True)
class ImportTenantHistoryDataDto:
    """Wire model ``ImportTenantHistoryDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[Any], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[Any] = _attrs.field(metadata={"wire": "list"})
