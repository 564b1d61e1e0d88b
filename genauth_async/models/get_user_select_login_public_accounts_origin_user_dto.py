# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserSelectLoginPublicAccountsOriginUserDto`` and its enum (GetUserSelectLoginPublicAccountsOriginUserDtoUsertype)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["GetUserSelectLoginPublicAccountsOriginUserDto", "GetUserSelectLoginPublicAccountsOriginUserDtoUsertype"]


@_attrs.define(kw_only=True, slots=True)
class GetUserSelectLoginPublicAccountsOriginUserDto:
    """Wire model ``GetUserSelectLoginPublicAccountsOriginUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        avatar: ``avatar``, str, optional
        display_name: ``displayName``, str, optional
        usertype: ``usertype``, GetUserSelectLoginPublicAccountsOriginUserDtoUsertype, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    avatar: str | None = _attrs.field(default=None, metadata={"wire": "avatar"})
    display_name: str | None = _attrs.field(default=None, metadata={"wire": "displayName"})
    usertype: GetUserSelectLoginPublicAccountsOriginUserDtoUsertype | None = _attrs.field(default=None, metadata={"wire": "usertype"})


class GetUserSelectLoginPublicAccountsOriginUserDtoUsertype(WireEnum):
    """Enum of ``GetUserSelectLoginPublicAccountsOriginUserDto.usertype`` (unknown wire values are kept, not rejected)."""

    V_1 = "1"
    V_2 = "2"
