# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApplicationDefaultLoginMethodInput`` and its enums (ApplicationDefaultLoginMethodInputConnectionType, ApplicationDefaultLoginMethodInputQrcodeType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["ApplicationDefaultLoginMethodInput", "ApplicationDefaultLoginMethodInputConnectionType", "ApplicationDefaultLoginMethodInputQrcodeType"]


@_attrs.define(kw_only=True, slots=True)
class ApplicationDefaultLoginMethodInput:
    """Wire model ``ApplicationDefaultLoginMethodInput`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        connection_type: ``connectionType``, ApplicationDefaultLoginMethodInputConnectionType, required
        qrcode_type: ``qrcodeType``, ApplicationDefaultLoginMethodInputQrcodeType, optional
        qrcode_ext_idp_conn_id: ``qrcodeExtIdpConnId``, str, optional
        ad_ext_idp_conn_id: ``adExtIdpConnId``, str, optional
        ldap_ext_idp_conn_id: ``ldapExtIdpConnId``, str, optional
    """

    connection_type: ApplicationDefaultLoginMethodInputConnectionType = _attrs.field(metadata={"wire": "connectionType"})
    qrcode_type: ApplicationDefaultLoginMethodInputQrcodeType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "qrcodeType"})
    qrcode_ext_idp_conn_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "qrcodeExtIdpConnId"})
    ad_ext_idp_conn_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "adExtIdpConnId"})
    ldap_ext_idp_conn_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ldapExtIdpConnId"})


class ApplicationDefaultLoginMethodInputConnectionType(WireEnum):
    """Enum of ``ApplicationDefaultLoginMethodInput.connectionType`` (unknown wire values are kept, not rejected)."""

    PASSCODE = "PASSCODE"
    PASSWORD = "PASSWORD"
    QRCODE = "QRCODE"
    LDAP = "LDAP"
    AD = "AD"


class ApplicationDefaultLoginMethodInputQrcodeType(WireEnum):
    """Enum of ``ApplicationDefaultLoginMethodInput.qrcodeType`` (unknown wire values are kept, not rejected)."""

    SELF_BUILT_APP = "SELF_BUILT_APP"
    WECHAT_OFFICIAL_ACCOUNT = "WECHAT_OFFICIAL_ACCOUNT"
    WECHAT_MINI_PROGRAM = "WECHAT_MINI_PROGRAM"
