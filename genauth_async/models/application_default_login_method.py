# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApplicationDefaultLoginMethod`` and its enums (ApplicationDefaultLoginMethodConnectionType, ApplicationDefaultLoginMethodQrcodeType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["ApplicationDefaultLoginMethod", "ApplicationDefaultLoginMethodConnectionType", "ApplicationDefaultLoginMethodQrcodeType"]


@_attrs.define(kw_only=True, slots=True)
class ApplicationDefaultLoginMethod:
    """Wire model ``ApplicationDefaultLoginMethod`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        connection_type: ``connectionType``, ApplicationDefaultLoginMethodConnectionType, required
        qrcode_type: ``qrcodeType``, ApplicationDefaultLoginMethodQrcodeType, required
        qrcode_ext_idp_conn_id: ``qrcodeExtIdpConnId``, str, required
        ad_ext_idp_conn_id: ``adExtIdpConnId``, str, required
        ldap_ext_idp_conn_id: ``ldapExtIdpConnId``, str, required
    """

    connection_type: ApplicationDefaultLoginMethodConnectionType = _attrs.field(metadata={"wire": "connectionType"})
    qrcode_type: ApplicationDefaultLoginMethodQrcodeType = _attrs.field(metadata={"wire": "qrcodeType"})
    qrcode_ext_idp_conn_id: str = _attrs.field(metadata={"wire": "qrcodeExtIdpConnId"})
    ad_ext_idp_conn_id: str = _attrs.field(metadata={"wire": "adExtIdpConnId"})
    ldap_ext_idp_conn_id: str = _attrs.field(metadata={"wire": "ldapExtIdpConnId"})


class ApplicationDefaultLoginMethodConnectionType(WireEnum):
    """Enum of ``ApplicationDefaultLoginMethod.connectionType`` (unknown wire values are kept, not rejected)."""

    PASSCODE = "PASSCODE"
    PASSWORD = "PASSWORD"
    QRCODE = "QRCODE"
    LDAP = "LDAP"
    AD = "AD"


class ApplicationDefaultLoginMethodQrcodeType(WireEnum):
    """Enum of ``ApplicationDefaultLoginMethod.qrcodeType`` (unknown wire values are kept, not rejected)."""

    SELF_BUILT_APP = "SELF_BUILT_APP"
    WECHAT_OFFICIAL_ACCOUNT = "WECHAT_OFFICIAL_ACCOUNT"
    WECHAT_MINI_PROGRAM = "WECHAT_MINI_PROGRAM"
