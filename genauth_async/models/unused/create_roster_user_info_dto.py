# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateRosterUserInfoDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CreateRosterUserInfoDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateRosterUserInfoDto:
    """Wire model ``CreateRosterUserInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        name: ``name``, str, required
        email: ``email``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
        phone: ``phone``, str, optional
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    name: str = _attrs.field(metadata={"wire": "name"})
    email: str = _attrs.field(metadata={"wire": "email"})
    phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "phoneCountryCode"})
    phone: str | None = _attrs.field(default=None, metadata={"wire": "phone"})
