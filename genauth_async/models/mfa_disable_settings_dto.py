# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``MFADisableSettingsDto`` and its enum (MfaDisableSettingsDtoDisableFactors)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["MFADisableSettingsDto", "MfaDisableSettingsDtoDisableFactors"]


@_attrs.define(kw_only=True, slots=True)
class MFADisableSettingsDto:
    """Wire model ``MFADisableSettingsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        disable_factors: ``disableFactors``, list[MfaDisableSettingsDtoDisableFactors], required
    """

    disable_factors: List[MfaDisableSettingsDtoDisableFactors] = _attrs.field(metadata={"wire": "disableFactors"})


class MfaDisableSettingsDtoDisableFactors(WireEnum):
    """Enum of ``MFADisableSettingsDto.disableFactors`` (unknown wire values are kept, not rejected)."""

    OTP = "OTP"
    SMS = "SMS"
    EMAIL = "EMAIL"
    FACE = "FACE"
