# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignInByApplePayloadDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["SignInByApplePayloadDto"]


@_attrs.define(kw_only=True, slots=True)
class SignInByApplePayloadDto:
    """Wire model ``SignInByApplePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "code"})
