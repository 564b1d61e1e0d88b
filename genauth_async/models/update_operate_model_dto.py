# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateOperateModelDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["UpdateOperateModelDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateOperateModelDto:
    """Wire model ``UpdateOperateModelDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        icon: ``icon``, str, required
        config: ``config``, Any, required
        operate_name: ``operateName``, str, required
        operate_key: ``operateKey``, str, required
        show: ``show``, bool, required
        model_id: ``modelId``, str, required
        id: ``id``, str, required
        field_id: ``fieldId``, str, optional
    """

    icon: str = _attrs.field(metadata={"wire": "icon"})
    config: Any = _attrs.field(metadata={"wire": "config"})
    operate_name: str = _attrs.field(metadata={"wire": "operateName"})
    operate_key: str = _attrs.field(metadata={"wire": "operateKey"})
    show: bool = _attrs.field(metadata={"wire": "show"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    id: str = _attrs.field(metadata={"wire": "id"})
    field_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fieldId"})
