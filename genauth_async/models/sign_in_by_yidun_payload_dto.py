# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignInByYidunPayloadDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["SignInByYidunPayloadDto"]


@_attrs.define(kw_only=True, slots=True)
class SignInByYidunPayloadDto:
    """Wire model ``SignInByYidunPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        token: ``token``, str, optional
        access_token: ``accessToken``, str, optional
    """

    token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "token"})
    access_token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "accessToken"})
