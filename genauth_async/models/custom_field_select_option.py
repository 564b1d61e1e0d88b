# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CustomFieldSelectOption``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CustomFieldSelectOption"]


@_attrs.define(kw_only=True, slots=True)
class CustomFieldSelectOption:
    """Wire model ``CustomFieldSelectOption`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        value: ``value``, str, required
        label: ``label``, str, required
    """

    value: str = _attrs.field(metadata={"wire": "value"})
    label: str = _attrs.field(metadata={"wire": "label"})
