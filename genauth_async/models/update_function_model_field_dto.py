# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateFunctionModelFieldDto``."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from .relation_optional_range import RelationOptionalRange

__all__ = ["UpdateFunctionModelFieldDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateFunctionModelFieldDto:
    """Wire model ``UpdateFunctionModelFieldDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_visible: ``userVisible``, bool, required
        relation_optional_range: ``relationOptionalRange``, RelationOptionalRange, required
        relation_show_key: ``relationShowKey``, str, required
        for_login: ``forLogin``, bool, required
        fuzzy_search: ``fuzzySearch``, bool, required
        drop_down: ``dropDown``, list[str], required
        format: ``format``, int, required
        regexp: ``regexp``, str, required
        min: ``min``, int, required
        max: ``max``, int, required
        max_length: ``maxLength``, int, required
        unique: ``unique``, bool, required
        require: ``require``, bool, required
        default: ``default``, Any, required
        help: ``help``, str, required
        editable: ``editable``, bool, required
        show: ``show``, bool, required
        name: ``name``, str, required
        model_id: ``modelId``, str, required
        id: ``id``, str, required
    """

    user_visible: bool = _attrs.field(metadata={"wire": "userVisible"})
    relation_optional_range: RelationOptionalRange = _attrs.field(metadata={"wire": "relationOptionalRange"})
    relation_show_key: str = _attrs.field(metadata={"wire": "relationShowKey"})
    for_login: bool = _attrs.field(metadata={"wire": "forLogin"})
    fuzzy_search: bool = _attrs.field(metadata={"wire": "fuzzySearch"})
    drop_down: List[str] = _attrs.field(metadata={"wire": "dropDown"})
    format: int = _attrs.field(metadata={"wire": "format"})
    regexp: str = _attrs.field(metadata={"wire": "regexp"})
    min: int = _attrs.field(metadata={"wire": "min"})
    max: int = _attrs.field(metadata={"wire": "max"})
    max_length: int = _attrs.field(metadata={"wire": "maxLength"})
    unique: bool = _attrs.field(metadata={"wire": "unique"})
    require: bool = _attrs.field(metadata={"wire": "require"})
    default: Any = _attrs.field(metadata={"wire": "default"})
    help: str = _attrs.field(metadata={"wire": "help"})
    editable: bool = _attrs.field(metadata={"wire": "editable"})
    show: bool = _attrs.field(metadata={"wire": "show"})
    name: str = _attrs.field(metadata={"wire": "name"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    id: str = _attrs.field(metadata={"wire": "id"})
