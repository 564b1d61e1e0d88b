# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``OperateModelDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["OperateModelDto"]


@_attrs.define(kw_only=True, slots=True)
class OperateModelDto:
    """Wire model ``OperateModelDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        user_pool_id: ``userPoolId``, str, required
        model_id: ``modelId``, str, required
        operate_name: ``operateName``, str, required
        operate_key: ``operateKey``, str, required
        show: ``show``, bool, required
        is_default: ``isDefault``, bool, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    operate_name: str = _attrs.field(metadata={"wire": "operateName"})
    operate_key: str = _attrs.field(metadata={"wire": "operateKey"})
    show: bool = _attrs.field(metadata={"wire": "show"})
    is_default: bool = _attrs.field(metadata={"wire": "isDefault"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})
