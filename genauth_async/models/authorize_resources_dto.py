# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AuthorizeResourcesDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .authorize_resource_item import AuthorizeResourceItem

__all__ = ["AuthorizeResourcesDto"]


@_attrs.define(kw_only=True, slots=True)
class AuthorizeResourcesDto:
    """Wire model ``AuthorizeResourcesDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[AuthorizeResourceItem], required
        namespace: ``namespace``, str, optional
    """

    list: List[AuthorizeResourceItem] = _attrs.field(metadata={"wire": "list"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
