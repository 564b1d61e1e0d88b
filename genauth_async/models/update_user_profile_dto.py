# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateUserProfileDto`` and its enum (UpdateUserProfileDtoGender)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["UpdateUserProfileDto", "UpdateUserProfileDtoGender"]


@_attrs.define(kw_only=True, slots=True)
class UpdateUserProfileDto:
    """Wire model ``UpdateUserProfileDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, optional
        nickname: ``nickname``, str, optional
        photo: ``photo``, str, optional
        external_id: ``externalId``, str, optional
        birthdate: ``birthdate``, str, optional
        country: ``country``, str, optional
        province: ``province``, str, optional
        city: ``city``, str, optional
        address: ``address``, str, optional
        street_address: ``streetAddress``, str, optional
        postal_code: ``postalCode``, str, optional
        gender: ``gender``, UpdateUserProfileDtoGender, optional
        username: ``username``, str, optional
        company: ``company``, str, optional
        custom_data: ``customData``, Any, optional
        identity_number: ``identityNumber``, str, optional
    """

    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    nickname: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "nickname"})
    photo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "photo"})
    external_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "externalId"})
    birthdate: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "birthdate"})
    country: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "country"})
    province: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "province"})
    city: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "city"})
    address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "address"})
    street_address: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "streetAddress"})
    postal_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postalCode"})
    gender: UpdateUserProfileDtoGender | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "gender"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    company: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "company"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    identity_number: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "identityNumber"})


class UpdateUserProfileDtoGender(WireEnum):
    """Enum of ``UpdateUserProfileDto.gender`` (unknown wire values are kept, not rejected)."""

    M = "M"
    F = "F"
    U = "U"
