# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignInByPasswordPayloadDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["SignInByPasswordPayloadDto"]


@_attrs.define(kw_only=True, slots=True)
class SignInByPasswordPayloadDto:
    """Wire model ``SignInByPasswordPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        account: ``account``, str, optional
        email: ``email``, str, optional
        username: ``username``, str, optional
        phone: ``phone``, str, optional
    """

    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})
    account: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "account"})
    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    username: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "username"})
    phone: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phone"})
