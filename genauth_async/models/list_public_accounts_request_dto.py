# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListPublicAccountsRequestDto``."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .list_public_accounts_advanced_filter_item_dto import ListPublicAccountsAdvancedFilterItemDto
from .list_public_accounts_options_dto import ListPublicAccountsOptionsDto

__all__ = ["ListPublicAccountsRequestDto"]


@_attrs.define(kw_only=True, slots=True)
class ListPublicAccountsRequestDto:
    """Wire model ``ListPublicAccountsRequestDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, str, optional
        advanced_filter: ``advancedFilter``, list[ListPublicAccountsAdvancedFilterItemDto], optional
        search_query: ``searchQuery``, Any, optional
        options: ``options``, ListPublicAccountsOptionsDto, optional
    """

    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    advanced_filter: List[ListPublicAccountsAdvancedFilterItemDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "advancedFilter"})
    search_query: Any = _attrs.field(default=_UNSET, metadata={"wire": "searchQuery"})
    options: ListPublicAccountsOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
