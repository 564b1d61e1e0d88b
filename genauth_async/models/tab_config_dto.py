# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TabConfigDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["TabConfigDto"]


@_attrs.define(kw_only=True, slots=True)
class TabConfigDto:
    """Wire model ``TabConfigDto`` (request side; optional fields default to UNSET)."""
