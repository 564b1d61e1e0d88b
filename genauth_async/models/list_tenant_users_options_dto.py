# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListTenantUsersOptionsDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .pagination_dto import PaginationDto

__all__ = ["ListTenantUsersOptionsDto"]


@_attrs.define(kw_only=True, slots=True)
class ListTenantUsersOptionsDto:
    """Wire model ``ListTenantUsersOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pagination: ``pagination``, PaginationDto, optional
    """

    pagination: PaginationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "pagination"})
