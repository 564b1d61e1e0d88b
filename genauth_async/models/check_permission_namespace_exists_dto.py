# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckPermissionNamespaceExistsDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["CheckPermissionNamespaceExistsDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionNamespaceExistsDto:
    """Wire model ``CheckPermissionNamespaceExistsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
        name: ``name``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
