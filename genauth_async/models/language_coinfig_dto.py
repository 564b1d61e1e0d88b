# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LanguageCoinfigDto``."""

from __future__ import annotations

import attrs as _attrs

from .language_coinfig_global_dto import LanguageCoinfigGlobalDto

__all__ = ["LanguageCoinfigDto"]


@_attrs.define(kw_only=True, slots=True)
class LanguageCoinfigDto:
    """Wire model ``LanguageCoinfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        global_: ``global``, LanguageCoinfigGlobalDto, required
    """

    global_: LanguageCoinfigGlobalDto = _attrs.field(metadata={"wire": "global"})
