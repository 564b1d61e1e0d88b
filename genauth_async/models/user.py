# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``User``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["User"]


@_attrs.define(kw_only=True, slots=True)
class User:
    """Wire model ``User`` (response side; optional fields default to None)."""
