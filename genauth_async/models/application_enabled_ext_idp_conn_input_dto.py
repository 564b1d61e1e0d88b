# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApplicationEnabledExtIdpConnInputDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ApplicationEnabledExtIdpConnInputDto"]


@_attrs.define(kw_only=True, slots=True)
class ApplicationEnabledExtIdpConnInputDto:
    """Wire model ``ApplicationEnabledExtIdpConnInputDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ext_idp_conn_id: ``extIdpConnId``, str, required
    """

    ext_idp_conn_id: str = _attrs.field(metadata={"wire": "extIdpConnId"})
