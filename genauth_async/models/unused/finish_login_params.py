# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``FinishLoginParams``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["FinishLoginParams"]


@_attrs.define(kw_only=True, slots=True)
class FinishLoginParams:
    """Wire model ``FinishLoginParams`` (response side; optional fields default to None)."""
