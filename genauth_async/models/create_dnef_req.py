# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateDnefReq`` and its enum (CreateDnefReqValueType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .config import Config

__all__ = ["CreateDnefReq", "CreateDnefReqValueType"]


@_attrs.define(kw_only=True, slots=True)
class CreateDnefReq:
    """Wire model ``CreateDnefReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        namespace_code: ``namespaceCode``, str, required
        label: ``label``, str, required
        value_type: ``valueType``, CreateDnefReqValueType, required
        key: ``key``, str, required
        description: ``description``, str, optional
        config: ``config``, Config, optional
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    label: str = _attrs.field(metadata={"wire": "label"})
    value_type: CreateDnefReqValueType = _attrs.field(metadata={"wire": "valueType"})
    key: str = _attrs.field(metadata={"wire": "key"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    config: Config | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "config"})


class CreateDnefReqValueType(WireEnum):
    """Enum of ``CreateDnefReq.valueType`` (unknown wire values are kept, not rejected)."""

    STRING = "STRING"
    SELECT = "SELECT"
