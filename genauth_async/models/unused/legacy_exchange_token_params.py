# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LegacyExchangeTokenParams`` and its enum (LegacyExchangeTokenParamsResponseTokenType).

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = ["LegacyExchangeTokenParams", "LegacyExchangeTokenParamsResponseTokenType"]


@_attrs.define(kw_only=True, slots=True)
class LegacyExchangeTokenParams:
    """Wire model ``LegacyExchangeTokenParams`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, required
        response_token_type: ``response_token_type``, LegacyExchangeTokenParamsResponseTokenType, required
        client_id: ``client_id``, str, required
        client_secret: ``client_secret``, str, optional
        id_token: ``id_token``, str, optional
        access_token: ``access_token``, str, optional
        exchange_token_ctx: ``exchange_token_ctx``, Any, optional
    """

    scope: str = _attrs.field(metadata={"wire": "scope"})
    response_token_type: LegacyExchangeTokenParamsResponseTokenType = _attrs.field(metadata={"wire": "response_token_type"})
    client_id: str = _attrs.field(metadata={"wire": "client_id"})
    client_secret: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "client_secret"})
    id_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "id_token"})
    access_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "access_token"})
    exchange_token_ctx: Any = _attrs.field(default=None, metadata={"wire": "exchange_token_ctx"})


class LegacyExchangeTokenParamsResponseTokenType(WireEnum):
    """Enum of ``LegacyExchangeTokenParams.response_token_type`` (unknown wire values are kept, not rejected)."""

    ID_TOKEN = "id_token"
    ACCESS_TOKEN = "access_token"
