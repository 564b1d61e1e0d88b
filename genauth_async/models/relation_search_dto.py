# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RelationSearchDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["RelationSearchDto"]


@_attrs.define(kw_only=True, slots=True)
class RelationSearchDto:
    """Wire model ``RelationSearchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field_id: ``fieldId``, str, required
        model_id: ``modelId``, str, required
        keywords: ``keywords``, str, optional
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        show_field_id: ``showFieldId``, bool, optional
    """

    field_id: str = _attrs.field(metadata={"wire": "fieldId"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    show_field_id: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showFieldId"})
