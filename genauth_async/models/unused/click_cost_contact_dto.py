# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ClickCostContactDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ClickCostContactDto"]


@_attrs.define(kw_only=True, slots=True)
class ClickCostContactDto:
    """Wire model ``ClickCostContactDto`` (response side; optional fields default to None)."""
