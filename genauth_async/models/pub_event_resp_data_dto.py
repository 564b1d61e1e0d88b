# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PubEventRespDataDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["PubEventRespDataDto"]


@_attrs.define(kw_only=True, slots=True)
class PubEventRespDataDto:
    """Wire model ``PubEventRespDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
        err_msg: ``errMsg``, bool, optional
    """

    success: bool = _attrs.field(metadata={"wire": "success"})
    err_msg: bool | None = _attrs.field(default=None, metadata={"wire": "errMsg"})
