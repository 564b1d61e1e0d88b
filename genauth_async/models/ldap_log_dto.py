# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LdapLogDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["LdapLogDto"]


@_attrs.define(kw_only=True, slots=True)
class LdapLogDto:
    """Wire model ``LdapLogDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, Any, required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: Any = _attrs.field(metadata={"wire": "list"})
