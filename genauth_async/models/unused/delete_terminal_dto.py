# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteTerminalDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["DeleteTerminalDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteTerminalDto:
    """Wire model ``DeleteTerminalDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
