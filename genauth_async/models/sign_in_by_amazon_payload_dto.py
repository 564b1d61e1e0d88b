# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignInByAmazonPayloadDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["SignInByAmazonPayloadDto"]


@_attrs.define(kw_only=True, slots=True)
class SignInByAmazonPayloadDto:
    """Wire model ``SignInByAmazonPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, required
    """

    access_token: str = _attrs.field(repr=_masked, metadata={"wire": "access_token"})
