# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignInByDouyinMiniProgramCodePayloadDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["SignInByDouyinMiniProgramCodePayloadDto"]


@_attrs.define(kw_only=True, slots=True)
class SignInByDouyinMiniProgramCodePayloadDto:
    """Wire model ``SignInByDouyinMiniProgramCodePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        encrypted_data: ``encryptedData``, str, optional
        iv: ``iv``, str, optional
        code: ``code``, str, required
    """

    encrypted_data: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "encryptedData"})
    iv: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "iv"})
    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
