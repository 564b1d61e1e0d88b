# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SortingDto`` and its enums (SortingDtoField, SortingDtoOrder)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["SortingDto", "SortingDtoField", "SortingDtoOrder"]


@_attrs.define(kw_only=True, slots=True)
class SortingDto:
    """Wire model ``SortingDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, SortingDtoField, required
        order: ``order``, SortingDtoOrder, required
    """

    field: SortingDtoField = _attrs.field(metadata={"wire": "field"})
    order: SortingDtoOrder = _attrs.field(metadata={"wire": "order"})


class SortingDtoField(WireEnum):
    """Enum of ``SortingDto.field`` (unknown wire values are kept, not rejected)."""

    ID = "id"
    CREATED_AT = "createdAt"
    UPDATED_AT = "updatedAt"
    EMAIL = "email"
    USERNAME = "username"
    EXTERNAL_ID = "externalId"
    PHONE = "phone"
    STATUS = "status"
    STATUS_CHANGED_AT = "statusChangedAt"
    PASSWORD_LAST_SET_AT = "passwordLastSetAt"
    LOGINS_COUNT = "loginsCount"
    GENDER = "gender"
    LAST_LOGIN = "lastLogin"
    USER_SOURCE_TYPE = "userSourceType"
    LAST_MFA_TIME = "lastMfaTime"
    PASSWORD_SECURITY_LEVEL = "passwordSecurityLevel"
    PHONE_COUNTRY_CODE = "phoneCountryCode"
    LAST_IP = "lastIp"


class SortingDtoOrder(WireEnum):
    """Enum of ``SortingDto.order`` (unknown wire values are kept, not rejected)."""

    DESC = "desc"
    ASC = "asc"
