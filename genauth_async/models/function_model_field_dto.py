# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``FunctionModelFieldDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from .relation_optional_range import RelationOptionalRange

__all__ = ["FunctionModelFieldDto"]


@_attrs.define(kw_only=True, slots=True)
class FunctionModelFieldDto(WireBacked):
    """Wire model ``FunctionModelFieldDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        model_id: ``modelId``, str, required
        name: ``name``, str, required
        key: ``key``, str, required
        type: ``type``, int, required
        show: ``show``, bool, required
        editable: ``editable``, bool, required
        help: ``help``, str, required
        default: ``default``, str, required
        require: ``require``, bool, required
        unique: ``unique``, bool, required
        max_length: ``maxLength``, int, required
        max: ``max``, int, required
        min: ``min``, int, required
        regexp: ``regexp``, str, required
        format: ``format``, int, required
        drop_down: ``dropDown``, int, required
        relation_type: ``relationType``, str, required
        relation_multiple: ``relationMultiple``, bool, required
        relation_show_key: ``relationShowKey``, str, required
        relation_optional_range: ``relationOptionalRange``, RelationOptionalRange, required
        user_visible: ``userVisible``, bool, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    key: str = _attrs.field(metadata={"wire": "key"})
    type: int = _attrs.field(metadata={"wire": "type"})
    show: bool = _attrs.field(metadata={"wire": "show"})
    editable: bool = _attrs.field(metadata={"wire": "editable"})
    help: str = _attrs.field(metadata={"wire": "help"})
    default: str = _attrs.field(metadata={"wire": "default"})
    require: bool = _attrs.field(metadata={"wire": "require"})
    unique: bool = _attrs.field(metadata={"wire": "unique"})
    max_length: int = _attrs.field(metadata={"wire": "maxLength"})
    max: int = _attrs.field(metadata={"wire": "max"})
    min: int = _attrs.field(metadata={"wire": "min"})
    regexp: str = _attrs.field(metadata={"wire": "regexp"})
    format: int = _attrs.field(metadata={"wire": "format"})
    drop_down: int = _attrs.field(metadata={"wire": "dropDown"})
    relation_type: str = _attrs.field(metadata={"wire": "relationType"})
    relation_multiple: bool = _attrs.field(metadata={"wire": "relationMultiple"})
    relation_show_key: str = _attrs.field(metadata={"wire": "relationShowKey"})
    relation_optional_range: RelationOptionalRange = _attrs.field(metadata={"wire": "relationOptionalRange"})
    user_visible: bool = _attrs.field(metadata={"wire": "userVisible"})
