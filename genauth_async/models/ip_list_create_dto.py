# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``IpListCreateDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["IpListCreateDto"]


@_attrs.define(kw_only=True, slots=True)
class IpListCreateDto:
    """Wire model ``IpListCreateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        expire_at: ``expireAt``, str, required
        limit_list: ``limitList``, list[str], required
        remove_type: ``removeType``, str, required
        add_type: ``addType``, str, required
        ip_type: ``ipType``, str, required
        ips: ``ips``, str, required
    """

    expire_at: str = _attrs.field(metadata={"wire": "expireAt"})
    limit_list: List[str] = _attrs.field(metadata={"wire": "limitList"})
    remove_type: str = _attrs.field(metadata={"wire": "removeType"})
    add_type: str = _attrs.field(metadata={"wire": "addType"})
    ip_type: str = _attrs.field(metadata={"wire": "ipType"})
    ips: str = _attrs.field(metadata={"wire": "ips"})
