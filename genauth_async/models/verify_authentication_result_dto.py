# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``VerifyAuthenticationResultDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from .login_token_response_data_dto import LoginTokenResponseDataDto

__all__ = ["VerifyAuthenticationResultDto"]


@_attrs.define(kw_only=True, slots=True)
class VerifyAuthenticationResultDto(WireBacked):
    """Wire model ``VerifyAuthenticationResultDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        verified: ``verified``, bool, required
        token_set: ``tokenSet``, LoginTokenResponseDataDto, optional
    """

    verified: bool = _attrs.field(metadata={"wire": "verified"})
    token_set: LoginTokenResponseDataDto | None = _attrs.field(default=None, metadata={"wire": "tokenSet"})
