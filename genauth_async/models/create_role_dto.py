# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateRoleDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["CreateRoleDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateRoleDto:
    """Wire model ``CreateRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, optional
        namespace: ``namespace``, str, optional
        description: ``description``, str, optional
        disable_time: ``disableTime``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    disable_time: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "disableTime"})
