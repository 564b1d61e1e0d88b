# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``FunctionModelOperateIdDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["FunctionModelOperateIdDto"]


@_attrs.define(kw_only=True, slots=True)
class FunctionModelOperateIdDto:
    """Wire model ``FunctionModelOperateIdDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        custom_config: ``customConfig``, Any, required
        model_id: ``modelId``, str, required
        id: ``id``, str, required
        field_id: ``fieldId``, str, optional
    """

    custom_config: Any = _attrs.field(metadata={"wire": "customConfig"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    id: str = _attrs.field(metadata={"wire": "id"})
    field_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fieldId"})
