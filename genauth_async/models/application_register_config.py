# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApplicationRegisterConfig`` and its enums (ApplicationRegisterConfigDefaultRegisterMethod, ApplicationRegisterConfigEnabledBasicRegisterMethods)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["ApplicationRegisterConfig", "ApplicationRegisterConfigDefaultRegisterMethod", "ApplicationRegisterConfigEnabledBasicRegisterMethods"]


@_attrs.define(kw_only=True, slots=True)
class ApplicationRegisterConfig:
    """Wire model ``ApplicationRegisterConfig`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        enabled_basic_register_methods: ``enabledBasicRegisterMethods``, list[ApplicationRegisterConfigEnabledBasicRegisterMethods], required
        default_register_method: ``defaultRegisterMethod``, ApplicationRegisterConfigDefaultRegisterMethod, required
    """

    enabled_basic_register_methods: List[ApplicationRegisterConfigEnabledBasicRegisterMethods] = _attrs.field(metadata={"wire": "enabledBasicRegisterMethods"})
    default_register_method: ApplicationRegisterConfigDefaultRegisterMethod = _attrs.field(metadata={"wire": "defaultRegisterMethod"})


class ApplicationRegisterConfigDefaultRegisterMethod(WireEnum):
    """Enum of ``ApplicationRegisterConfig.defaultRegisterMethod`` (unknown wire values are kept, not rejected)."""

    PASSCODE = "PASSCODE"
    PASSWORD = "PASSWORD"


class ApplicationRegisterConfigEnabledBasicRegisterMethods(WireEnum):
    """Enum of ``ApplicationRegisterConfig.enabledBasicRegisterMethods`` (unknown wire values are kept, not rejected)."""

    PHONE_CODE = "PHONE_CODE"
    EMAIL_CODE = "EMAIL_CODE"
    EMAIL_PASSWORD = "EMAIL_PASSWORD"
