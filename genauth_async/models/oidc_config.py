# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``OIDCConfig``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["OIDCConfig"]


@_attrs.define(kw_only=True, slots=True)
class OIDCConfig:
    """Wire model ``OIDCConfig`` (request side; optional fields default to UNSET)."""
