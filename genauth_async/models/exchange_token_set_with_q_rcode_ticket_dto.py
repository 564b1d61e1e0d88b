# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ExchangeTokenSetWithQRcodeTicketDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["ExchangeTokenSetWithQRcodeTicketDto"]


@_attrs.define(kw_only=True, slots=True)
class ExchangeTokenSetWithQRcodeTicketDto:
    """Wire model ``ExchangeTokenSetWithQRcodeTicketDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ticket: ``ticket``, str, required
        client_id: ``client_id``, str, optional
        client_secret: ``client_secret``, str, optional
    """

    ticket: str = _attrs.field(repr=_masked, metadata={"wire": "ticket"})
    client_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "client_id"})
    client_secret: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "client_secret"})
