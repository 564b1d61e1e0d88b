# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RestFactorDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["RestFactorDto"]


@_attrs.define(kw_only=True, slots=True)
class RestFactorDto:
    """Wire model ``RestFactorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        factor_id: ``factorId``, str, required
    """

    factor_id: str = _attrs.field(metadata={"wire": "factorId"})
