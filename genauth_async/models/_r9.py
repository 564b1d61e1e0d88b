# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (RolesDto, ..., RowDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked

if TYPE_CHECKING:
    from ._c1 import (
        CellDto,
    )

__all__ = [
    "RolesDto", "RolesPermissionApplicableDto", "RowDto",
]


@_attrs.define(kw_only=True, slots=True)
class RolesDto:
    """Wire model ``RolesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        description: ``description``, str, required
        code: ``code``, str, required
        namespace: ``namespace``, str, required
    """

    description: str = _attrs.field(metadata={"wire": "description"})
    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str = _attrs.field(metadata={"wire": "namespace"})


@_attrs.define(kw_only=True, slots=True)
class RolesPermissionApplicableDto:
    """Wire model ``RolesPermissionApplicableDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        keyword: ``keyword``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})


@_attrs.define(kw_only=True, slots=True)
class RowDto(WireBacked):
    """Wire model ``RowDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        row_id: ``rowId``, str, required
        cell_list: ``cellList``, list[CellDto], required
    """

    row_id: str = _attrs.field(metadata={"wire": "rowId"})
    cell_list: List[CellDto] = _attrs.field(metadata={"wire": "cellList"})
