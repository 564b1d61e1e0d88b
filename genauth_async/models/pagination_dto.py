# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PaginationDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["PaginationDto"]


@_attrs.define(kw_only=True, slots=True)
class PaginationDto:
    """Wire model ``PaginationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        page: ``page``, int, optional
        limit: ``limit``, int, optional
    """

    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
