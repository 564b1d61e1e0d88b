# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApplicationRegisterConfigInputDto`` and its enums (ApplicationRegisterConfigInputDtoDefaultRegisterMethod, ApplicationRegisterConfigInputDtoEnabledBasicRegisterMethods)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["ApplicationRegisterConfigInputDto", "ApplicationRegisterConfigInputDtoDefaultRegisterMethod", "ApplicationRegisterConfigInputDtoEnabledBasicRegisterMethods"]


@_attrs.define(kw_only=True, slots=True)
class ApplicationRegisterConfigInputDto:
    """Wire model ``ApplicationRegisterConfigInputDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled_basic_register_methods: ``enabledBasicRegisterMethods``, list[ApplicationRegisterConfigInputDtoEnabledBasicRegisterMethods], required
        default_register_method: ``defaultRegisterMethod``, ApplicationRegisterConfigInputDtoDefaultRegisterMethod, required
    """

    enabled_basic_register_methods: List[ApplicationRegisterConfigInputDtoEnabledBasicRegisterMethods] = _attrs.field(metadata={"wire": "enabledBasicRegisterMethods"})
    default_register_method: ApplicationRegisterConfigInputDtoDefaultRegisterMethod = _attrs.field(metadata={"wire": "defaultRegisterMethod"})


class ApplicationRegisterConfigInputDtoDefaultRegisterMethod(WireEnum):
    """Enum of ``ApplicationRegisterConfigInputDto.defaultRegisterMethod`` (unknown wire values are kept, not rejected)."""

    PASSCODE = "PASSCODE"
    PASSWORD = "PASSWORD"


class ApplicationRegisterConfigInputDtoEnabledBasicRegisterMethods(WireEnum):
    """Enum of ``ApplicationRegisterConfigInputDto.enabledBasicRegisterMethods`` (unknown wire values are kept, not rejected)."""

    PHONE_CODE = "PHONE_CODE"
    EMAIL_CODE = "EMAIL_CODE"
    EMAIL_PASSWORD = "EMAIL_PASSWORD"
