# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``FilterDto``."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .condition import Condition
from .expand import Expand
from .scope_dto import ScopeDto

__all__ = ["FilterDto"]


@_attrs.define(kw_only=True, slots=True)
class FilterDto:
    """Wire model ``FilterDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, str, required
        keywords: ``keywords``, str, optional
        conjunction: ``conjunction``, str, optional
        conditions: ``conditions``, list[Condition], optional
        sort: ``sort``, list[Any], optional
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        fetch_all: ``fetchAll``, bool, optional
        with_path: ``withPath``, bool, optional
        show_field_id: ``showFieldId``, bool, optional
        preview_relation: ``previewRelation``, bool, optional
        get_relation_field_detail: ``getRelationFieldDetail``, bool, optional
        scope: ``scope``, ScopeDto, optional
        filter_relation: ``filterRelation``, ScopeDto, optional
        expand: ``expand``, list[Expand], optional
        get_nest_data: ``getNestData``, bool, optional
    """

    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    conjunction: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "conjunction"})
    conditions: List[Condition] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "conditions"})
    sort: List[Any] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sort"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    fetch_all: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fetchAll"})
    with_path: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withPath"})
    show_field_id: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showFieldId"})
    preview_relation: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "previewRelation"})
    get_relation_field_detail: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "getRelationFieldDetail"})
    scope: ScopeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scope"})
    filter_relation: ScopeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "filterRelation"})
    expand: List[Expand] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "expand"})
    get_nest_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "getNestData"})
