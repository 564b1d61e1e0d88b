# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``IpListRespDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["IpListRespDto"]


@_attrs.define(kw_only=True, slots=True)
class IpListRespDto:
    """Wire model ``IpListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        ip: ``ip``, str, required
        ip_type: ``ipType``, str, required
        add_type: ``addType``, str, required
        remove_type: ``removeType``, str, required
        limit_list: ``limitList``, list[str], required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    ip: str = _attrs.field(metadata={"wire": "ip"})
    ip_type: str = _attrs.field(metadata={"wire": "ipType"})
    add_type: str = _attrs.field(metadata={"wire": "addType"})
    remove_type: str = _attrs.field(metadata={"wire": "removeType"})
    limit_list: List[str] = _attrs.field(metadata={"wire": "limitList"})
