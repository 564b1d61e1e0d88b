# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SubjectRespDto`` and its enum (SubjectRespDtoType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["SubjectRespDto", "SubjectRespDtoType"]


@_attrs.define(kw_only=True, slots=True)
class SubjectRespDto:
    """Wire model ``SubjectRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        type: ``type``, SubjectRespDtoType, required
        name: ``name``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    type: SubjectRespDtoType = _attrs.field(metadata={"wire": "type"})
    name: str = _attrs.field(metadata={"wire": "name"})


class SubjectRespDtoType(WireEnum):
    """Enum of ``SubjectRespDto.type`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ORG = "ORG"
    GROUP = "GROUP"
    ROLE = "ROLE"
