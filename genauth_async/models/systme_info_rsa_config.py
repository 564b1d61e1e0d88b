# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SystmeInfoRSAConfig``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["SystmeInfoRSAConfig"]


@_attrs.define(kw_only=True, slots=True)
class SystmeInfoRSAConfig:
    """Wire model ``SystmeInfoRSAConfig`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        public_key: ``publicKey``, str, required
    """

    public_key: str = _attrs.field(metadata={"wire": "publicKey"})
