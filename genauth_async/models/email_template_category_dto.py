# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``EmailTemplateCategoryDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["EmailTemplateCategoryDto"]


@_attrs.define(kw_only=True, slots=True)
class EmailTemplateCategoryDto:
    """Wire model ``EmailTemplateCategoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        title: ``title``, str, required
        title_en: ``titleEn``, str, required
        desc: ``desc``, str, required
        desc_en: ``descEn``, str, required
    """

    title: str = _attrs.field(metadata={"wire": "title"})
    title_en: str = _attrs.field(metadata={"wire": "titleEn"})
    desc: str = _attrs.field(metadata={"wire": "desc"})
    desc_en: str = _attrs.field(metadata={"wire": "descEn"})
