# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateFunctionModelFieldDto`` and its enum (CreateFunctionModelFieldDtoType)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import WireEnum

from .condition import Condition
from .drop_down_item_dto import DropDownItemDto

__all__ = ["CreateFunctionModelFieldDto", "CreateFunctionModelFieldDtoType"]


@_attrs.define(kw_only=True, slots=True)
class CreateFunctionModelFieldDto:
    """Wire model ``CreateFunctionModelFieldDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_visible: ``userVisible``, bool, required
        relation_optional_range: ``relationOptionalRange``, Condition, required
        relation_show_key: ``relationShowKey``, str, required
        relation_multiple: ``relationMultiple``, bool, required
        relation_type: ``relationType``, str, required
        for_login: ``forLogin``, bool, required
        fuzzy_search: ``fuzzySearch``, bool, required
        drop_down: ``dropDown``, DropDownItemDto, required
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
        type: ``type``, CreateFunctionModelFieldDtoType, required
        key: ``key``, str, required
        name: ``name``, str, required
        model_id: ``modelId``, str, required
    """

    user_visible: bool = _attrs.field(metadata={"wire": "userVisible"})
    relation_optional_range: Condition = _attrs.field(metadata={"wire": "relationOptionalRange"})
    relation_show_key: str = _attrs.field(metadata={"wire": "relationShowKey"})
    relation_multiple: bool = _attrs.field(metadata={"wire": "relationMultiple"})
    relation_type: str = _attrs.field(metadata={"wire": "relationType"})
    for_login: bool = _attrs.field(metadata={"wire": "forLogin"})
    fuzzy_search: bool = _attrs.field(metadata={"wire": "fuzzySearch"})
    drop_down: DropDownItemDto = _attrs.field(metadata={"wire": "dropDown"})
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
    type: CreateFunctionModelFieldDtoType = _attrs.field(metadata={"wire": "type"})
    key: str = _attrs.field(metadata={"wire": "key"})
    name: str = _attrs.field(metadata={"wire": "name"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})


class CreateFunctionModelFieldDtoType(WireEnum):
    """Enum of ``CreateFunctionModelFieldDto.type`` (unknown wire values are kept, not rejected)."""

    TEXT = "Text"
    TEXTAREA = "Textarea"
    NUMBER = "Number"
    BOOLEAN = "Boolean"
    DATE = "Date"
    ENUM = "Enum"
    RELATION = "Relation"
    REVERSE_RELATION = "ReverseRelation"
    ARRAY = "Array"
