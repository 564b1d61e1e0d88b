# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SelfUnlockAccountConfigDto`` and its enum (SelfUnlockAccountConfigDtoStrategy)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["SelfUnlockAccountConfigDto", "SelfUnlockAccountConfigDtoStrategy"]


@_attrs.define(kw_only=True, slots=True)
class SelfUnlockAccountConfigDto:
    """Wire model ``SelfUnlockAccountConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        strategy: ``strategy``, SelfUnlockAccountConfigDtoStrategy, required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    strategy: SelfUnlockAccountConfigDtoStrategy = _attrs.field(metadata={"wire": "strategy"})


class SelfUnlockAccountConfigDtoStrategy(WireEnum):
    """Enum of ``SelfUnlockAccountConfigDto.strategy`` (unknown wire values are kept, not rejected)."""

    CAPTCHA = "captcha"
    PASSWORD_CAPTCHA = "password-captcha"
