# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``HasRoleRolesDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["HasRoleRolesDto"]


@_attrs.define(kw_only=True, slots=True)
class HasRoleRolesDto:
    """Wire model ``HasRoleRolesDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        namespace: ``namespace``, str, optional
        code: ``code``, str, required
    """

    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    code: str = _attrs.field(metadata={"wire": "code"})
