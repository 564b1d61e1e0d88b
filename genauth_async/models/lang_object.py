# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LangObject``."""

from __future__ import annotations

import attrs as _attrs

from .lang_unit import LangUnit

__all__ = ["LangObject"]


@_attrs.define(kw_only=True, slots=True)
class LangObject:
    """Wire model ``LangObject`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        zh_cn: ``zh-CN``, LangUnit, required
        en_us: ``en-US``, LangUnit, required
        zh_tw: ``zh-TW``, LangUnit, required
        ja_jp: ``ja-JP``, LangUnit, required
    """

    zh_cn: LangUnit = _attrs.field(metadata={"wire": "zh-CN"})
    en_us: LangUnit = _attrs.field(metadata={"wire": "en-US"})
    zh_tw: LangUnit = _attrs.field(metadata={"wire": "zh-TW"})
    ja_jp: LangUnit = _attrs.field(metadata={"wire": "ja-JP"})
