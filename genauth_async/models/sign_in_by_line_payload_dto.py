# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignInByLinePayloadDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["SignInByLinePayloadDto"]


@_attrs.define(kw_only=True, slots=True)
class SignInByLinePayloadDto:
    """Wire model ``SignInByLinePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, required
        id_token: ``id_token``, str, optional
    """

    access_token: str = _attrs.field(repr=_masked, metadata={"wire": "access_token"})
    id_token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "id_token"})
