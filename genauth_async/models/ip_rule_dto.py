# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``IPRuleDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["IPRuleDto"]


@_attrs.define(kw_only=True, slots=True)
class IPRuleDto:
    """Wire model ``IPRuleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        max_online_i_ps: ``maxOnlineIPs``, int, required
    """

    max_online_i_ps: int = _attrs.field(metadata={"wire": "maxOnlineIPs"})
