# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListApplicationActiveUsersOptionsDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .pagination_dto import PaginationDto

__all__ = ["ListApplicationActiveUsersOptionsDto"]


@_attrs.define(kw_only=True, slots=True)
class ListApplicationActiveUsersOptionsDto:
    """Wire model ``ListApplicationActiveUsersOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pagination: ``pagination``, PaginationDto, optional
        with_custom_data: ``withCustomData``, bool, optional
        with_identities: ``withIdentities``, bool, optional
        with_department_ids: ``withDepartmentIds``, bool, optional
    """

    pagination: PaginationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "pagination"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
    with_identities: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withIdentities"})
    with_department_ids: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withDepartmentIds"})
