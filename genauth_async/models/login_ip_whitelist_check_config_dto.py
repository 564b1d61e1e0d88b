# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LoginIpWhitelistCheckConfigDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["LoginIpWhitelistCheckConfigDto"]


@_attrs.define(kw_only=True, slots=True)
class LoginIpWhitelistCheckConfigDto:
    """Wire model ``LoginIpWhitelistCheckConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        ip_whitelist: ``ipWhitelist``, str, required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    ip_whitelist: str = _attrs.field(metadata={"wire": "ipWhitelist"})
