# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (DecryptDouyinMiniProgramDataRespDto, ..., DeleteAccountByPasswordDtoPasswordEncryptType)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = [
    "DecryptDouyinMiniProgramDataRespDto", "DecryptDouyinMiniProgramPhoneDataDto",
    "DecryptDouyinMiniProgramPhoneDto", "DecryptDouyinMiniProgramPhoneRespDto",
    "DecryptWechatMiniProgramDataDto", "DecryptWechatMiniProgramDataRespDto",
    "DefaultPasswordConfigDto", "DefaultPasswordConfigDtoType", "DefineEventDto",
    "DeleteAccessKeyDto", "DeleteAccounDto", "DeleteAccountByEmailPassCodeDto",
    "DeleteAccountByPasswordDto", "DeleteAccountByPasswordDtoPasswordEncryptType",
]


@_attrs.define(kw_only=True, slots=True)
class DecryptDouyinMiniProgramDataRespDto:
    """Wire model ``DecryptDouyinMiniProgramDataRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, Any, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: Any = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class DecryptDouyinMiniProgramPhoneDataDto:
    """Wire model ``DecryptDouyinMiniProgramPhoneDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        phone_number: ``phoneNumber``, str, required
        pure_phone_number: ``purePhoneNumber``, str, required
        country_code: ``countryCode``, str, required
    """

    phone_number: str = _attrs.field(metadata={"wire": "phoneNumber"})
    pure_phone_number: str = _attrs.field(metadata={"wire": "purePhoneNumber"})
    country_code: str = _attrs.field(metadata={"wire": "countryCode"})


@_attrs.define(kw_only=True, slots=True)
class DecryptDouyinMiniProgramPhoneDto:
    """Wire model ``DecryptDouyinMiniProgramPhoneDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_connidentifier: ``extIdpConnidentifier``, str, required
        encrypted_data: ``encryptedData``, str, required
        iv: ``iv``, str, required
        code: ``code``, str, required
    """

    ext_idp_connidentifier: str = _attrs.field(metadata={"wire": "extIdpConnidentifier"})
    encrypted_data: str = _attrs.field(metadata={"wire": "encryptedData"})
    iv: str = _attrs.field(metadata={"wire": "iv"})
    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class DecryptDouyinMiniProgramPhoneRespDto(WireBacked):
    """Wire model ``DecryptDouyinMiniProgramPhoneRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, DecryptDouyinMiniProgramPhoneDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: DecryptDouyinMiniProgramPhoneDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class DecryptWechatMiniProgramDataDto:
    """Wire model ``DecryptWechatMiniProgramDataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        iv: ``iv``, str, required
        encrypted_data: ``encryptedData``, str, required
        ext_idp_connidentifier: ``extIdpConnidentifier``, str, required
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
    iv: str = _attrs.field(metadata={"wire": "iv"})
    encrypted_data: str = _attrs.field(metadata={"wire": "encryptedData"})
    ext_idp_connidentifier: str = _attrs.field(metadata={"wire": "extIdpConnidentifier"})


@_attrs.define(kw_only=True, slots=True)
class DecryptWechatMiniProgramDataRespDto:
    """Wire model ``DecryptWechatMiniProgramDataRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, Any, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: Any = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class DefaultPasswordConfigDto:
    """Wire model ``DefaultPasswordConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, DefaultPasswordConfigDtoType, required
        custom: ``custom``, str, optional
    """

    type: DefaultPasswordConfigDtoType = _attrs.field(metadata={"wire": "type"})
    custom: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "custom"})


class DefaultPasswordConfigDtoType(WireEnum):
    """Enum of ``DefaultPasswordConfigDto.type`` (unknown wire values are kept, not rejected)."""

    RANDOM = "random"
    CUSTOM = "custom"


@_attrs.define(kw_only=True, slots=True)
class DefineEventDto:
    """Wire model ``DefineEventDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        event_description: ``eventDescription``, str, required
        event_type: ``eventType``, str, required
    """

    event_description: str = _attrs.field(metadata={"wire": "eventDescription"})
    event_type: str = _attrs.field(metadata={"wire": "eventType"})


@_attrs.define(kw_only=True, slots=True)
class DeleteAccessKeyDto:
    """Wire model ``DeleteAccessKeyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        access_key_id: ``accessKeyId``, str, required
    """

    access_key_id: str = _attrs.field(metadata={"wire": "accessKeyId"})


@_attrs.define(kw_only=True, slots=True)
class DeleteAccounDto:
    """Wire model ``DeleteAccounDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        delete_account_token: ``deleteAccountToken``, str, required
    """

    delete_account_token: str = _attrs.field(repr=_masked, metadata={"wire": "deleteAccountToken"})


@_attrs.define(kw_only=True, slots=True)
class DeleteAccountByEmailPassCodeDto:
    """Wire model ``DeleteAccountByEmailPassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        email: ``email``, str, optional
        pass_code: ``passCode``, str, required
    """

    email: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "email"})
    pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "passCode"})


@_attrs.define(kw_only=True, slots=True)
class DeleteAccountByPasswordDto:
    """Wire model ``DeleteAccountByPasswordDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        password_encrypt_type: ``passwordEncryptType``, DeleteAccountByPasswordDtoPasswordEncryptType, optional
    """

    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})
    password_encrypt_type: DeleteAccountByPasswordDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})


class DeleteAccountByPasswordDtoPasswordEncryptType(WireEnum):
    """Enum of ``DeleteAccountByPasswordDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"
