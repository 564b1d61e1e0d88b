# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetExtendsFieldsDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .extends_field_dto import ExtendsFieldDto

__all__ = ["GetExtendsFieldsDto"]


@_attrs.define(kw_only=True, slots=True)
class GetExtendsFieldsDto(WireBacked):
    """Wire model ``GetExtendsFieldsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        extends_fields: ``extendsFields``, list[ExtendsFieldDto], optional
    """

    extends_fields: List[ExtendsFieldDto] | None = _attrs.field(default=None, metadata={"wire": "extendsFields"})
