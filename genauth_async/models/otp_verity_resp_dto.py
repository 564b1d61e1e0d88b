# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``OtpVerityRespDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["OtpVerityRespDto"]


@_attrs.define(kw_only=True, slots=True)
class OtpVerityRespDto:
    """Wire model ``OtpVerityRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        verified: ``verified``, bool, required
    """

    verified: bool = _attrs.field(metadata={"wire": "verified"})
