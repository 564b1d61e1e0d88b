# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LdapSaveDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["LdapSaveDto"]


@_attrs.define(kw_only=True, slots=True)
class LdapSaveDto:
    """Wire model ``LdapSaveDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ldap_domain: ``ldapDomain``, str, required
        link_url: ``linkUrl``, str, optional
    """

    ldap_domain: str = _attrs.field(metadata={"wire": "ldapDomain"})
    link_url: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linkUrl"})
