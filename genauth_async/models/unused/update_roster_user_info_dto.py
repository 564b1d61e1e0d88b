# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateRosterUserInfoDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UpdateRosterUserInfoDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateRosterUserInfoDto:
    """Wire model ``UpdateRosterUserInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        email: ``email``, str, required
        name: ``name``, str, required
        invitee_id: ``inviteeId``, str, required
        roster_id: ``rosterId``, str, required
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    email: str = _attrs.field(metadata={"wire": "email"})
    name: str = _attrs.field(metadata={"wire": "name"})
    invitee_id: str = _attrs.field(metadata={"wire": "inviteeId"})
    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})
