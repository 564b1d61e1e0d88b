# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteAccountByEmailPassCodeDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["DeleteAccountByEmailPassCodeDto"]


@_attrs.define(kw_only=True, slots=True)
class DeleteAccountByEmailPassCodeDto:
    """Wire model ``DeleteAccountByEmailPassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        email: ``email``, str, optional
        pass_code: ``passCode``, str, required
    """

    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "passCode"})
