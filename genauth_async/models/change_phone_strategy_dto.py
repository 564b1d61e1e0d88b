# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ChangePhoneStrategyDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ChangePhoneStrategyDto"]


@_attrs.define(kw_only=True, slots=True)
class ChangePhoneStrategyDto:
    """Wire model ``ChangePhoneStrategyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        verify_old_phone: ``verifyOldPhone``, bool, required
    """

    verify_old_phone: bool = _attrs.field(metadata={"wire": "verifyOldPhone"})
