# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreatePostDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["CreatePostDto"]


@_attrs.define(kw_only=True, slots=True)
class CreatePostDto:
    """Wire model ``CreatePostDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        id: ``id``, str, optional
        description: ``description``, str, optional
        department_id_list: ``departmentIdList``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "id"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    department_id_list: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "departmentIdList"})
