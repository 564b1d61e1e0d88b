# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ChangeEmailStrategyDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ChangeEmailStrategyDto"]


@_attrs.define(kw_only=True, slots=True)
class ChangeEmailStrategyDto:
    """Wire model ``ChangeEmailStrategyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        verify_old_email: ``verifyOldEmail``, bool, required
    """

    verify_old_email: bool = _attrs.field(metadata={"wire": "verifyOldEmail"})
