# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListUsersRequestDto``."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .list_users_advanced_filter_item_dto import ListUsersAdvancedFilterItemDto
from .list_users_options_dto import ListUsersOptionsDto

__all__ = ["ListUsersRequestDto"]


@_attrs.define(kw_only=True, slots=True)
class ListUsersRequestDto:
    """Wire model ``ListUsersRequestDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, str, optional
        advanced_filter: ``advancedFilter``, list[ListUsersAdvancedFilterItemDto], optional
        search_query: ``searchQuery``, Any, optional
        options: ``options``, ListUsersOptionsDto, optional
    """

    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    advanced_filter: List[ListUsersAdvancedFilterItemDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "advancedFilter"})
    search_query: Any = _attrs.field(default=_UNSET, metadata={"wire": "searchQuery"})
    options: ListUsersOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
