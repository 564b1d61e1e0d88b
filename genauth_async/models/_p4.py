# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (PostItemDto, ..., PreCheckSmsCodeDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._p3 import (
        PostDto,
    )
    from ._p5 import (
        PreCheckSmsCodeDtoChannel,
    )

__all__ = [
    "PostItemDto", "PostListRespDto", "PostPaginatedRespDto", "PostPagingDto", "PostRespDto",
    "PreCheckCodeDataDto", "PreCheckCodeDto", "PreCheckCodeDtoCodeType", "PreCheckCodeRespDto",
    "PreCheckEmailCodeDto", "PreCheckEmailCodeDtoChannel", "PreCheckSmsCodeDto",
]


@_attrs.define(kw_only=True, slots=True)
class PostItemDto:
    """Wire model ``PostItemDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, optional
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
        user_count: ``userCount``, int, required
        department_count: ``departmentCount``, int, required
        metadata_source: ``metadataSource``, list[str], required
    """

    id: str | None = _attrs.field(default=None, metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    user_count: int = _attrs.field(metadata={"wire": "userCount"})
    department_count: int = _attrs.field(metadata={"wire": "departmentCount"})
    metadata_source: List[str] = _attrs.field(metadata={"wire": "metadataSource"})


@_attrs.define(kw_only=True, slots=True)
class PostListRespDto(WireBacked):
    """Wire model ``PostListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[PostDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[PostDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PostPaginatedRespDto(WireBacked):
    """Wire model ``PostPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PostPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PostPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PostPagingDto(WireBacked):
    """Wire model ``PostPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[PostItemDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[PostItemDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class PostRespDto(WireBacked):
    """Wire model ``PostRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PostDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PostDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PreCheckCodeDataDto:
    """Wire model ``PreCheckCodeDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        is_valid: ``isValid``, bool, required
        message: ``message``, str, optional
    """

    is_valid: bool = _attrs.field(metadata={"wire": "isValid"})
    message: str | None = _attrs.field(default=None, metadata={"wire": "message"})


@_attrs.define(kw_only=True, slots=True)
class PreCheckCodeDto:
    """Wire model ``PreCheckCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code_type: ``codeType``, PreCheckCodeDtoCodeType, required
        sms_code_payload: ``smsCodePayload``, PreCheckSmsCodeDto, optional
        email_code_payload: ``emailCodePayload``, PreCheckEmailCodeDto, optional
    """

    code_type: PreCheckCodeDtoCodeType = _attrs.field(metadata={"wire": "codeType"})
    sms_code_payload: PreCheckSmsCodeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "smsCodePayload"})
    email_code_payload: PreCheckEmailCodeDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "emailCodePayload"})


class PreCheckCodeDtoCodeType(WireEnum):
    """Enum of ``PreCheckCodeDto.codeType`` (unknown wire values are kept, not rejected)."""

    SMS = "SMS"
    EMAIL = "EMAIL"


@_attrs.define(kw_only=True, slots=True)
class PreCheckCodeRespDto(WireBacked):
    """Wire model ``PreCheckCodeRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PreCheckCodeDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PreCheckCodeDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PreCheckEmailCodeDto:
    """Wire model ``PreCheckEmailCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        email: ``email``, str, required
        pass_code: ``passCode``, str, required
        channel: ``channel``, PreCheckEmailCodeDtoChannel, required
    """

    email: str = _attrs.field(metadata={"wire": "email"})
    pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "passCode"})
    channel: PreCheckEmailCodeDtoChannel = _attrs.field(metadata={"wire": "channel"})


class PreCheckEmailCodeDtoChannel(WireEnum):
    """Enum of ``PreCheckEmailCodeDto.channel`` (unknown wire values are kept, not rejected)."""

    CHANNEL_LOGIN = "CHANNEL_LOGIN"
    CHANNEL_REGISTER = "CHANNEL_REGISTER"
    CHANNEL_RESET_PASSWORD = "CHANNEL_RESET_PASSWORD"
    CHANNEL_VERIFY_EMAIL_LINK = "CHANNEL_VERIFY_EMAIL_LINK"
    CHANNEL_UPDATE_EMAIL = "CHANNEL_UPDATE_EMAIL"
    CHANNEL_BIND_EMAIL = "CHANNEL_BIND_EMAIL"
    CHANNEL_UNBIND_EMAIL = "CHANNEL_UNBIND_EMAIL"
    CHANNEL_VERIFY_MFA = "CHANNEL_VERIFY_MFA"
    CHANNEL_UNLOCK_ACCOUNT = "CHANNEL_UNLOCK_ACCOUNT"
    CHANNEL_COMPLETE_EMAIL = "CHANNEL_COMPLETE_EMAIL"
    CHANNEL_DELETE_ACCOUNT = "CHANNEL_DELETE_ACCOUNT"


@_attrs.define(kw_only=True, slots=True)
class PreCheckSmsCodeDto:
    """Wire model ``PreCheckSmsCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        phone: ``phone``, str, required
        pass_code: ``passCode``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
        channel: ``channel``, PreCheckSmsCodeDtoChannel, required
    """

    phone: str = _attrs.field(metadata={"wire": "phone"})
    pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "passCode"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
    channel: PreCheckSmsCodeDtoChannel = _attrs.field(metadata={"wire": "channel"})
