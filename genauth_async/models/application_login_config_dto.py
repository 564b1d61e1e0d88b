# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApplicationLoginConfigDto`` and its enum (ApplicationLoginConfigDtoEnabledBasicLoginMethods)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .application_default_login_method import ApplicationDefaultLoginMethod
from .application_enabled_ext_idp_conn_dto import ApplicationEnabledExtIdpConnDto

__all__ = ["ApplicationLoginConfigDto", "ApplicationLoginConfigDtoEnabledBasicLoginMethods"]


@_attrs.define(kw_only=True, slots=True)
class ApplicationLoginConfigDto(WireBacked):
    """Wire model ``ApplicationLoginConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        merge_login_and_register_page: ``mergeLoginAndRegisterPage``, bool, required
        enabled_basic_login_methods: ``enabledBasicLoginMethods``, list[ApplicationLoginConfigDtoEnabledBasicLoginMethods], required
        default_login_method: ``defaultLoginMethod``, ApplicationDefaultLoginMethod, required
        enabled_ext_idp_conns: ``enabledExtIdpConns``, list[ApplicationEnabledExtIdpConnDto], required
        show_authorization_page: ``showAuthorizationPage``, bool, required
    """

    merge_login_and_register_page: bool = _attrs.field(metadata={"wire": "mergeLoginAndRegisterPage"})
    enabled_basic_login_methods: List[ApplicationLoginConfigDtoEnabledBasicLoginMethods] = _attrs.field(metadata={"wire": "enabledBasicLoginMethods"})
    default_login_method: ApplicationDefaultLoginMethod = _attrs.field(metadata={"wire": "defaultLoginMethod"})
    enabled_ext_idp_conns: List[ApplicationEnabledExtIdpConnDto] = _attrs.field(metadata={"wire": "enabledExtIdpConns"})
    show_authorization_page: bool = _attrs.field(metadata={"wire": "showAuthorizationPage"})


class ApplicationLoginConfigDtoEnabledBasicLoginMethods(WireEnum):
    """Enum of ``ApplicationLoginConfigDto.enabledBasicLoginMethods`` (unknown wire values are kept, not rejected)."""

    PHONE_CODE = "PHONE_CODE"
    EMAIL_CODE = "EMAIL_CODE"
    PHONE_PASSWORD = "PHONE_PASSWORD"
    EMAIL_PASSWORD = "EMAIL_PASSWORD"
    USERNAME_PASSWORD = "USERNAME_PASSWORD"
    SELF_BUILT_APP_QRCODE = "SELF_BUILT_APP_QRCODE"
