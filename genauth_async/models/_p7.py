# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (PublicAccountSingleRespDto, ..., PublicKeyCredentialUserEntityDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked

if TYPE_CHECKING:
    from ._p6 import (
        PublicAccountDto,
    )
    from ._s8 import (
        SignInBySwitchOptionsDto,
    )

__all__ = [
    "PublicAccountSingleRespDto", "PublicAccountSwitchLoginDto",
    "PublicKeyCredentialCreationOptionsDto", "PublicKeyCredentialDescriptorDto",
    "PublicKeyCredentialParametersDto", "PublicKeyCredentialRequestOptionsDto",
    "PublicKeyCredentialRpEntityDto", "PublicKeyCredentialUserEntityDto",
]


@_attrs.define(kw_only=True, slots=True)
class PublicAccountSingleRespDto(WireBacked):
    """Wire model ``PublicAccountSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PublicAccountDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PublicAccountDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PublicAccountSwitchLoginDto:
    """Wire model ``PublicAccountSwitchLoginDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_user_id: ``targetUserId``, str, required
        options: ``options``, SignInBySwitchOptionsDto, optional
    """

    target_user_id: str = _attrs.field(metadata={"wire": "targetUserId"})
    options: SignInBySwitchOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


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


@_attrs.define(kw_only=True, slots=True)
class PublicKeyCredentialDescriptorDto:
    """Wire model ``PublicKeyCredentialDescriptorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        transports: ``transports``, list[str], required
        type: ``type``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    transports: List[str] = _attrs.field(metadata={"wire": "transports"})
    type: str = _attrs.field(metadata={"wire": "type"})


@_attrs.define(kw_only=True, slots=True)
class PublicKeyCredentialParametersDto:
    """Wire model ``PublicKeyCredentialParametersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        alg: ``alg``, int, required
        type: ``type``, str, required
    """

    alg: int = _attrs.field(metadata={"wire": "alg"})
    type: str = _attrs.field(metadata={"wire": "type"})


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


@_attrs.define(kw_only=True, slots=True)
class PublicKeyCredentialRpEntityDto:
    """Wire model ``PublicKeyCredentialRpEntityDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        name: ``name``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})


@_attrs.define(kw_only=True, slots=True)
class PublicKeyCredentialUserEntityDto:
    """Wire model ``PublicKeyCredentialUserEntityDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        name: ``name``, str, required
        display_name: ``displayName``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    display_name: str = _attrs.field(metadata={"wire": "displayName"})
