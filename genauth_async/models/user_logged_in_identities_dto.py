# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserLoggedInIdentitiesDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UserLoggedInIdentitiesDto"]


@_attrs.define(kw_only=True, slots=True)
class UserLoggedInIdentitiesDto:
    """Wire model ``UserLoggedInIdentitiesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        identity_id: ``identityId``, str, required
        idp_name: ``idpName``, str, required
        idp_name_en: ``idpNameEn``, str, required
        idp_logo: ``idpLogo``, str, required
        idp_id: ``idpId``, str, required
    """

    identity_id: str = _attrs.field(metadata={"wire": "identityId"})
    idp_name: str = _attrs.field(metadata={"wire": "idpName"})
    idp_name_en: str = _attrs.field(metadata={"wire": "idpNameEn"})
    idp_logo: str = _attrs.field(metadata={"wire": "idpLogo"})
    idp_id: str = _attrs.field(metadata={"wire": "idpId"})
