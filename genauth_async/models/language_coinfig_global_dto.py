# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LanguageCoinfigGlobalDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["LanguageCoinfigGlobalDto"]


@_attrs.define(kw_only=True, slots=True)
class LanguageCoinfigGlobalDto:
    """Wire model ``LanguageCoinfigGlobalDto`` (request side; optional fields default to UNSET)."""
