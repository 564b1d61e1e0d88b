# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignInByBaiduPayloadDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["SignInByBaiduPayloadDto"]


@_attrs.define(kw_only=True, slots=True)
class SignInByBaiduPayloadDto:
    """Wire model ``SignInByBaiduPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
        access_token: ``access_token``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "code"})
    access_token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "access_token"})
