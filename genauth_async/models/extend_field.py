# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ExtendField`` and its enum (ExtendFieldValueType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .config import Config

__all__ = ["ExtendField", "ExtendFieldValueType"]


@_attrs.define(kw_only=True, slots=True)
class ExtendField:
    """Wire model ``ExtendField`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        value_type: ``valueType``, ExtendFieldValueType, required
        description: ``description``, str, optional
        label: ``label``, str, required
        config: ``config``, Config, optional
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    value_type: ExtendFieldValueType = _attrs.field(metadata={"wire": "valueType"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    label: str = _attrs.field(metadata={"wire": "label"})
    config: Config | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "config"})


class ExtendFieldValueType(WireEnum):
    """Enum of ``ExtendField.valueType`` (unknown wire values are kept, not rejected)."""

    STRING = "STRING"
    SELECT = "SELECT"
