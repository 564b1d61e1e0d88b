# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListPublicAccountDataDto`` and its enum (ListPublicAccountDataDtoUsertype)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["ListPublicAccountDataDto", "ListPublicAccountDataDtoUsertype"]


@_attrs.define(kw_only=True, slots=True)
class ListPublicAccountDataDto:
    """Wire model ``ListPublicAccountDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        avatar: ``avatar``, str, optional
        display_name: ``displayName``, str, optional
        usertype: ``usertype``, ListPublicAccountDataDtoUsertype, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    avatar: str | None = _attrs.field(default=None, metadata={"wire": "avatar"})
    display_name: str | None = _attrs.field(default=None, metadata={"wire": "displayName"})
    usertype: ListPublicAccountDataDtoUsertype | None = _attrs.field(default=None, metadata={"wire": "usertype"})


class ListPublicAccountDataDtoUsertype(WireEnum):
    """Enum of ``ListPublicAccountDataDto.usertype`` (unknown wire values are kept, not rejected)."""

    V_1 = "1"
    V_2 = "2"
