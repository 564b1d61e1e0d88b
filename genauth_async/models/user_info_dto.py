# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserInfoDto`` and its enum (UserInfoDtoGender)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["UserInfoDto", "UserInfoDtoGender"]


@_attrs.define(kw_only=True, slots=True)
class UserInfoDto:
    """Wire model ``UserInfoDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        username: ``username``, str, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        phone_country_code: ``phoneCountryCode``, str, optional
        name: ``name``, str, optional
        gender: ``gender``, UserInfoDtoGender, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
    """

    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    gender: UserInfoDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})


class UserInfoDtoGender(WireEnum):
    """Enum of ``UserInfoDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"
