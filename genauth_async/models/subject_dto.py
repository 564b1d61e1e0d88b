# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SubjectDto`` and its enum (SubjectDtoType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["SubjectDto", "SubjectDtoType"]


@_attrs.define(kw_only=True, slots=True)
class SubjectDto:
    """Wire model ``SubjectDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        type: ``type``, SubjectDtoType, required
        name: ``name``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    type: SubjectDtoType = _attrs.field(metadata={"wire": "type"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})


class SubjectDtoType(WireEnum):
    """Enum of ``SubjectDto.type`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ORG = "ORG"
    GROUP = "GROUP"
    ROLE = "ROLE"
