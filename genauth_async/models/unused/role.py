# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``Role``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["Role"]


@_attrs.define(kw_only=True, slots=True)
class Role:
    """Wire model ``Role`` (response side; optional fields default to None)."""
