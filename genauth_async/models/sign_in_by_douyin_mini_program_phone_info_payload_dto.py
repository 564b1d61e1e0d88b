# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SignInByDouyinMiniProgramPhoneInfoPayloadDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["SignInByDouyinMiniProgramPhoneInfoPayloadDto"]


@_attrs.define(kw_only=True, slots=True)
class SignInByDouyinMiniProgramPhoneInfoPayloadDto:
    """Wire model ``SignInByDouyinMiniProgramPhoneInfoPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        iv: ``iv``, str, optional
        encrypted_data: ``encryptedData``, str, optional
    """

    iv: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "iv"})
    encrypted_data: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "encryptedData"})
