# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``IsUserExistsReqDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["IsUserExistsReqDto"]


@_attrs.define(kw_only=True, slots=True)
class IsUserExistsReqDto:
    """Wire model ``IsUserExistsReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        username: ``username``, str, optional
        email: ``email``, str, optional
        phone: ``phone``, str, optional
        external_id: ``externalId``, str, optional
    """

    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
    external_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "externalId"})
