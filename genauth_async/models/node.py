# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``Node``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["Node"]


@_attrs.define(kw_only=True, slots=True)
class Node:
    """Wire model ``Node`` (response side; optional fields default to None)."""
