# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AlipayAuthInfoDataDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["AlipayAuthInfoDataDto"]


@_attrs.define(kw_only=True, slots=True)
class AlipayAuthInfoDataDto:
    """Wire model ``AlipayAuthInfoDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        auth_info: ``authInfo``, str, required
    """

    auth_info: str = _attrs.field(metadata={"wire": "authInfo"})
