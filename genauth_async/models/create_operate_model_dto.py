# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateOperateModelDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["CreateOperateModelDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateOperateModelDto:
    """Wire model ``CreateOperateModelDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        show: ``show``, bool, required
        icon: ``icon``, str, required
        config: ``config``, Any, required
        operate_name: ``operateName``, str, required
        operate_key: ``operateKey``, str, required
        model_id: ``modelId``, str, required
    """

    show: bool = _attrs.field(metadata={"wire": "show"})
    icon: str = _attrs.field(metadata={"wire": "icon"})
    config: Any = _attrs.field(metadata={"wire": "config"})
    operate_name: str = _attrs.field(metadata={"wire": "operateName"})
    operate_key: str = _attrs.field(metadata={"wire": "operateKey"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
