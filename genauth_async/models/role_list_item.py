# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RoleListItem``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["RoleListItem"]


@_attrs.define(kw_only=True, slots=True)
class RoleListItem:
    """Wire model ``RoleListItem`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, optional
        description: ``description``, str, optional
        namespace: ``namespace``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
