# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``IsActionAllowedDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["IsActionAllowedDto"]


@_attrs.define(kw_only=True, slots=True)
class IsActionAllowedDto:
    """Wire model ``IsActionAllowedDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        action: ``action``, str, required
        resource: ``resource``, str, required
        namespace: ``namespace``, str, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    action: str = _attrs.field(metadata={"wire": "action"})
    resource: str = _attrs.field(metadata={"wire": "resource"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
