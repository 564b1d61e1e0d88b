# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``WebhookCategoryDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["WebhookCategoryDto"]


@_attrs.define(kw_only=True, slots=True)
class WebhookCategoryDto:
    """Wire model ``WebhookCategoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        name_en: ``nameEn``, str, required
        value: ``value``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    name_en: str = _attrs.field(metadata={"wire": "nameEn"})
    value: str = _attrs.field(metadata={"wire": "value"})
