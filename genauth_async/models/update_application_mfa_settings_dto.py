# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateApplicationMfaSettingsDto`` and its enums (UpdateApplicationMfaSettingsDtoDisabledFactors, UpdateApplicationMfaSettingsDtoEnabledFactors)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["UpdateApplicationMfaSettingsDto", "UpdateApplicationMfaSettingsDtoDisabledFactors", "UpdateApplicationMfaSettingsDtoEnabledFactors"]


@_attrs.define(kw_only=True, slots=True)
class UpdateApplicationMfaSettingsDto:
    """Wire model ``UpdateApplicationMfaSettingsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        enabled_factors: ``enabledFactors``, list[UpdateApplicationMfaSettingsDtoEnabledFactors], optional
        disabled_factors: ``disabledFactors``, list[UpdateApplicationMfaSettingsDtoDisabledFactors], optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    enabled_factors: List[UpdateApplicationMfaSettingsDtoEnabledFactors] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledFactors"})
    disabled_factors: List[UpdateApplicationMfaSettingsDtoDisabledFactors] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "disabledFactors"})


class UpdateApplicationMfaSettingsDtoDisabledFactors(WireEnum):
    """Enum of ``UpdateApplicationMfaSettingsDto.disabledFactors`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"


class UpdateApplicationMfaSettingsDtoEnabledFactors(WireEnum):
    """Enum of ``UpdateApplicationMfaSettingsDto.enabledFactors`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"
