# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SuspendTerminalDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["SuspendTerminalDto"]


@_attrs.define(kw_only=True, slots=True)
class SuspendTerminalDto:
    """Wire model ``SuspendTerminalDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        end_time: ``endTime``, int, required
        id: ``id``, str, required
    """

    end_time: int = _attrs.field(metadata={"wire": "endTime"})
    id: str = _attrs.field(metadata={"wire": "id"})
