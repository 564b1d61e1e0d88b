# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``Condition``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["Condition"]


@_attrs.define(kw_only=True, slots=True)
class Condition:
    """Wire model ``Condition`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        value: ``value``, Any, required
        operator: ``operator``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    value: Any = _attrs.field(metadata={"wire": "value"})
    operator: str = _attrs.field(metadata={"wire": "operator"})
