# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``OtpSecretRespDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["OtpSecretRespDto"]


@_attrs.define(kw_only=True, slots=True)
class OtpSecretRespDto:
    """Wire model ``OtpSecretRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        secret: ``secret``, str, required
    """

    secret: str = _attrs.field(repr=_masked, metadata={"wire": "secret"})
