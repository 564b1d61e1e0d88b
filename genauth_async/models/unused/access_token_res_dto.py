# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AccessTokenResDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["AccessTokenResDto"]


@_attrs.define(kw_only=True, slots=True)
class AccessTokenResDto:
    """Wire model ``AccessTokenResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, required
        expires_in: ``expires_in``, int, required
    """

    access_token: str = _attrs.field(repr=_masked, metadata={"wire": "access_token"})
    expires_in: int = _attrs.field(metadata={"wire": "expires_in"})
