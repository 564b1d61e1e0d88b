# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApplicationLoginConfigInputDto`` and its enum (ApplicationLoginConfigInputDtoEnabledBasicLoginMethods)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .application_default_login_method_input import ApplicationDefaultLoginMethodInput
from .application_enabled_ext_idp_conn_input_dto import ApplicationEnabledExtIdpConnInputDto

__all__ = ["ApplicationLoginConfigInputDto", "ApplicationLoginConfigInputDtoEnabledBasicLoginMethods"]


@_attrs.define(kw_only=True, slots=True)
class ApplicationLoginConfigInputDto:
    """Wire model ``ApplicationLoginConfigInputDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        merge_login_and_register_page: ``mergeLoginAndRegisterPage``, bool, optional
        enabled_basic_login_methods: ``enabledBasicLoginMethods``, list[ApplicationLoginConfigInputDtoEnabledBasicLoginMethods], optional
        default_login_method: ``defaultLoginMethod``, ApplicationDefaultLoginMethodInput, optional
        enabled_ext_idp_conn_ids: ``enabledExtIdpConnIds``, list[ApplicationEnabledExtIdpConnInputDto], optional
        enabled_all_ext_idp_conns: ``enabledAllExtIdpConns``, bool, optional
        show_authorization_page: ``showAuthorizationPage``, bool, required
    """

    merge_login_and_register_page: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mergeLoginAndRegisterPage"})
    enabled_basic_login_methods: List[ApplicationLoginConfigInputDtoEnabledBasicLoginMethods] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledBasicLoginMethods"})
    default_login_method: ApplicationDefaultLoginMethodInput | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "defaultLoginMethod"})
    enabled_ext_idp_conn_ids: List[ApplicationEnabledExtIdpConnInputDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledExtIdpConnIds"})
    enabled_all_ext_idp_conns: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledAllExtIdpConns"})
    show_authorization_page: bool = _attrs.field(metadata={"wire": "showAuthorizationPage"})


class ApplicationLoginConfigInputDtoEnabledBasicLoginMethods(WireEnum):
    """Enum of ``ApplicationLoginConfigInputDto.enabledBasicLoginMethods`` (unknown wire values are kept, not rejected)."""

    PHONE_CODE = "PHONE_CODE"
    EMAIL_CODE = "EMAIL_CODE"
    PHONE_PASSWORD = "PHONE_PASSWORD"
    EMAIL_PASSWORD = "EMAIL_PASSWORD"
    USERNAME_PASSWORD = "USERNAME_PASSWORD"
    SELF_BUILT_APP_QRCODE = "SELF_BUILT_APP_QRCODE"
