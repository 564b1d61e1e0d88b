# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PublicKeyCredentialCreationOptionsDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .public_key_credential_descriptor_dto import PublicKeyCredentialDescriptorDto
from .public_key_credential_parameters_dto import PublicKeyCredentialParametersDto
from .public_key_credential_rp_entity_dto import PublicKeyCredentialRpEntityDto
from .public_key_credential_user_entity_dto import PublicKeyCredentialUserEntityDto

__all__ = ["PublicKeyCredentialCreationOptionsDto"]


@_attrs.define(kw_only=True, slots=True)
class PublicKeyCredentialCreationOptionsDto(WireBacked):
    """Wire model ``PublicKeyCredentialCreationOptionsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        challenge: ``challenge``, str, required
        exclude_credentials: ``excludeCredentials``, list[PublicKeyCredentialDescriptorDto], required
        pub_key_cred_params: ``pubKeyCredParams``, list[PublicKeyCredentialParametersDto], required
        rp: ``rp``, PublicKeyCredentialRpEntityDto, required
        timeout: ``timeout``, int, required
        user: ``user``, PublicKeyCredentialUserEntityDto, required
    """

    challenge: str = _attrs.field(metadata={"wire": "challenge"})
    exclude_credentials: List[PublicKeyCredentialDescriptorDto] = _attrs.field(metadata={"wire": "excludeCredentials"})
    pub_key_cred_params: List[PublicKeyCredentialParametersDto] = _attrs.field(metadata={"wire": "pubKeyCredParams"})
    rp: PublicKeyCredentialRpEntityDto = _attrs.field(metadata={"wire": "rp"})
    timeout: int = _attrs.field(metadata={"wire": "timeout"})
    user: PublicKeyCredentialUserEntityDto = _attrs.field(metadata={"wire": "user"})
