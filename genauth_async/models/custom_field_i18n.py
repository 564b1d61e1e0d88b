# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CustomFieldI18n``."""

from __future__ import annotations

import attrs as _attrs

from .lang_object import LangObject

__all__ = ["CustomFieldI18n"]


@_attrs.define(kw_only=True, slots=True)
class CustomFieldI18n:
    """Wire model ``CustomFieldI18n`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        label: ``label``, LangObject, required
    """

    label: LangObject = _attrs.field(metadata={"wire": "label"})
