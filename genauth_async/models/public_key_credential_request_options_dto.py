# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PublicKeyCredentialRequestOptionsDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .public_key_credential_descriptor_dto import PublicKeyCredentialDescriptorDto

__all__ = ["PublicKeyCredentialRequestOptionsDto"]


@_attrs.define(kw_only=True, slots=True)
class PublicKeyCredentialRequestOptionsDto(WireBacked):
    """Wire model ``PublicKeyCredentialRequestOptionsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        challenge: ``challenge``, str, required
        allow_credentials: ``allowCredentials``, list[PublicKeyCredentialDescriptorDto], optional
        rp_id: ``rpId``, str, required
        timeout: ``timeout``, int, required
    """

    challenge: str = _attrs.field(metadata={"wire": "challenge"})
    allow_credentials: List[PublicKeyCredentialDescriptorDto] | None = _attrs.field(default=None, metadata={"wire": "allowCredentials"})
    rp_id: str = _attrs.field(metadata={"wire": "rpId"})
    timeout: int = _attrs.field(metadata={"wire": "timeout"})
