# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DataResourceTreeStructs``."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["DataResourceTreeStructs"]


@_attrs.define(kw_only=True, slots=True)
class DataResourceTreeStructs:
    """Wire model ``DataResourceTreeStructs`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        value: ``value``, str, optional
        children: ``children``, list[Any], optional
        extend_field_value: ``extendFieldValue``, Any, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    value: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "value"})
    children: List[Any] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "children"})
    extend_field_value: Any = _attrs.field(default=_UNSET, metadata={"wire": "extendFieldValue"})
