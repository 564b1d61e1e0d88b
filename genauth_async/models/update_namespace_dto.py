# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateNamespaceDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["UpdateNamespaceDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateNamespaceDto:
    """Wire model ``UpdateNamespaceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        description: ``description``, str, optional
        name: ``name``, str, optional
        new_code: ``newCode``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    new_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "newCode"})
