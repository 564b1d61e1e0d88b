# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RoleCodeDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["RoleCodeDto"]


@_attrs.define(kw_only=True, slots=True)
class RoleCodeDto:
    """Wire model ``RoleCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        namespace: ``namespace``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
