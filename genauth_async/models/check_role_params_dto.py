# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckRoleParamsDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["CheckRoleParamsDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckRoleParamsDto:
    """Wire model ``CheckRoleParamsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        namespace: ``namespace``, str, required
        name: ``name``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str = _attrs.field(metadata={"wire": "namespace"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
