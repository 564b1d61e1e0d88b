# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckSessionStatusDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CheckSessionStatusDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckSessionStatusDto:
    """Wire model ``CheckSessionStatusDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        user_id: ``userId``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
