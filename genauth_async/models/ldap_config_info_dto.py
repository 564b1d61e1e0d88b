# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LdapConfigInfoDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["LdapConfigInfoDto"]


@_attrs.define(kw_only=True, slots=True)
class LdapConfigInfoDto:
    """Wire model ``LdapConfigInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, optional
        enabled: ``enabled``, int, required
        user_pool_id: ``userPoolId``, str, required
        link_url: ``linkUrl``, str, required
        ldaps_link_url: ``ldapsLinkUrl``, str, required
        enable_privatization: ``enablePrivatization``, int, required
        bind_dn: ``bindDn``, str, required
        ldap_domain: ``ldapDomain``, str, required
        enable_ssl: ``enableSsl``, int, optional
        base_dn: ``baseDn``, str, required
        bind_pwd: ``bindPwd``, str, required
        visible_org_nodes: ``visibleOrgNodes``, Any, required
        visible_fields: ``visibleFields``, Any, required
        udf_mapping: ``udfMapping``, Any, required
    """

    id: str | None = _attrs.field(default=None, metadata={"wire": "id"})
    enabled: int = _attrs.field(metadata={"wire": "enabled"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    link_url: str = _attrs.field(metadata={"wire": "linkUrl"})
    ldaps_link_url: str = _attrs.field(metadata={"wire": "ldapsLinkUrl"})
    enable_privatization: int = _attrs.field(metadata={"wire": "enablePrivatization"})
    bind_dn: str = _attrs.field(metadata={"wire": "bindDn"})
    ldap_domain: str = _attrs.field(metadata={"wire": "ldapDomain"})
    enable_ssl: int | None = _attrs.field(default=None, metadata={"wire": "enableSsl"})
    base_dn: str = _attrs.field(metadata={"wire": "baseDn"})
    bind_pwd: str = _attrs.field(repr=_masked, metadata={"wire": "bindPwd"})
    visible_org_nodes: Any = _attrs.field(metadata={"wire": "visibleOrgNodes"})
    visible_fields: Any = _attrs.field(metadata={"wire": "visibleFields"})
    udf_mapping: Any = _attrs.field(metadata={"wire": "udfMapping"})
