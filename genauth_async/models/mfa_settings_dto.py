# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``MFASettingsDto`` and its enum (MfaSettingsDtoEnabledFactors)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["MFASettingsDto", "MfaSettingsDtoEnabledFactors"]


@_attrs.define(kw_only=True, slots=True)
class MFASettingsDto:
    """Wire model ``MFASettingsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled_factors: ``enabledFactors``, list[MfaSettingsDtoEnabledFactors], required
    """

    enabled_factors: List[MfaSettingsDtoEnabledFactors] = _attrs.field(metadata={"wire": "enabledFactors"})


class MfaSettingsDtoEnabledFactors(WireEnum):
    """Enum of ``MFASettingsDto.enabledFactors`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"
