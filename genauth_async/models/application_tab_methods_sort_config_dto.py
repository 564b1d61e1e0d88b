# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApplicationTabMethodsSortConfigDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ApplicationTabMethodsSortConfigDto"]


@_attrs.define(kw_only=True, slots=True)
class ApplicationTabMethodsSortConfigDto:
    """Wire model ``ApplicationTabMethodsSortConfigDto`` (request side; optional fields default to UNSET)."""
