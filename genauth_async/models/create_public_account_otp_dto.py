# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreatePublicAccountOtpDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["CreatePublicAccountOtpDto"]


@_attrs.define(kw_only=True, slots=True)
class CreatePublicAccountOtpDto:
    """Wire model ``CreatePublicAccountOtpDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        secret: ``secret``, str, required
        recovery_code: ``recoveryCode``, str, optional
    """

    secret: str = _attrs.field(repr=_masked, metadata={"wire": "secret"})
    recovery_code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "recoveryCode"})
