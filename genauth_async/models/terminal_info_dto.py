# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TerminalInfoDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["TerminalInfoDto"]


@_attrs.define(kw_only=True, slots=True)
class TerminalInfoDto:
    """Wire model ``TerminalInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        device_unique_id: ``deviceUniqueId``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    device_unique_id: str = _attrs.field(metadata={"wire": "deviceUniqueId"})
