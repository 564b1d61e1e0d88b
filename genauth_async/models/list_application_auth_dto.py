# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListApplicationAuthDto`` and its enum (ListApplicationAuthDtoEffect)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["ListApplicationAuthDto", "ListApplicationAuthDtoEffect"]


@_attrs.define(kw_only=True, slots=True)
class ListApplicationAuthDto:
    """Wire model ``ListApplicationAuthDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        target_name: ``targetName``, str, optional
        target_type_list: ``targetTypeList``, list[str], optional
        effect: ``effect``, ListApplicationAuthDtoEffect, optional
        enabled: ``enabled``, bool, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    target_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "targetName"})
    target_type_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "targetTypeList"})
    effect: ListApplicationAuthDtoEffect | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "effect"})
    enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabled"})


class ListApplicationAuthDtoEffect(WireEnum):
    """Enum of ``ListApplicationAuthDto.effect`` (unknown wire values are kept, not rejected)."""

    ALLOW = "ALLOW"
    DENY = "DENY"
