# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ArrayOrStringActionDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ArrayOrStringActionDto"]


@_attrs.define(kw_only=True, slots=True)
class ArrayOrStringActionDto:
    """Wire model ``ArrayOrStringActionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        action: ``action``, str, required
        enabled: ``enabled``, bool, required
    """

    action: str = _attrs.field(metadata={"wire": "action"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
