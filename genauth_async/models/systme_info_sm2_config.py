# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SystmeInfoSM2Config``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["SystmeInfoSM2Config"]


@_attrs.define(kw_only=True, slots=True)
class SystmeInfoSM2Config:
    """Wire model ``SystmeInfoSM2Config`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        public_key: ``publicKey``, str, required
    """

    public_key: str = _attrs.field(metadata={"wire": "publicKey"})
