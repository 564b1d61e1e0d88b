# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CommonResourcePaginatedRespDto, ..., CostCurrentPackageInfo)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a3 import (
        AliExmailEmailProviderConfigInput,
    )
    from ._c5 import (
        CommonResourceDto,
    )
    from ._g25 import (
        GoodsPackageDto,
    )
    from ._o1 import (
        Option,
    )
    from ._s1 import (
        SMTPEmailProviderConfigInput,
    )
    from ._s3 import (
        SendGridEmailProviderConfigInput,
    )
    from ._t3 import (
        TencentExmailEmailProviderConfigInput,
    )

__all__ = [
    "CommonResourcePaginatedRespDto", "CommonResourcePagingDto", "CommonResponseDto",
    "CommonUserDto", "Condition", "Config", "ConfigEmailProviderDto", "ConfigEmailProviderDtoType",
    "CookieSettingsDto", "CopyInvitationPolicyDto", "CopyRowRelationDto", "CostCurrentPackageInfo",
]


@_attrs.define(kw_only=True, slots=True)
class CommonResourcePaginatedRespDto(WireBacked):
    """Wire model ``CommonResourcePaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CommonResourcePagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CommonResourcePagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CommonResourcePagingDto(WireBacked):
    """Wire model ``CommonResourcePagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        total_count: ``totalCount``, int, required
        list: ``list``, list[CommonResourceDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[CommonResourceDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class CommonResponseDto:
    """Wire model ``CommonResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})


@_attrs.define(kw_only=True, slots=True)
class CommonUserDto:
    """Wire model ``CommonUserDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        display_name: ``displayName``, str, optional
        photo: ``photo``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    display_name: str | None = _attrs.field(default=None, metadata={"wire": "displayName"})
    photo: str | None = _attrs.field(default=None, metadata={"wire": "photo"})


@_attrs.define(kw_only=True, slots=True)
class Condition:
    """Wire model ``Condition`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        value: ``value``, Any, required
        operator: ``operator``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    value: Any = _attrs.field(metadata={"wire": "value"})
    operator: str = _attrs.field(metadata={"wire": "operator"})


@_attrs.define(kw_only=True, slots=True)
class Config:
    """Wire model ``Config`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        options: ``options``, list[Option], required
    """

    options: List[Option] = _attrs.field(metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class ConfigEmailProviderDto:
    """Wire model ``ConfigEmailProviderDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, ConfigEmailProviderDtoType, required
        enabled: ``enabled``, bool, required
        smtp_config: ``smtpConfig``, SMTPEmailProviderConfigInput, optional
        send_grid_config: ``sendGridConfig``, SendGridEmailProviderConfigInput, optional
        ali_exmail_config: ``aliExmailConfig``, AliExmailEmailProviderConfigInput, optional
        tencent_exmail_config: ``tencentExmailConfig``, TencentExmailEmailProviderConfigInput, optional
    """

    type: ConfigEmailProviderDtoType = _attrs.field(metadata={"wire": "type"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    smtp_config: SMTPEmailProviderConfigInput | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "smtpConfig"})
    send_grid_config: SendGridEmailProviderConfigInput | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendGridConfig"})
    ali_exmail_config: AliExmailEmailProviderConfigInput | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "aliExmailConfig"})
    tencent_exmail_config: TencentExmailEmailProviderConfigInput | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tencentExmailConfig"})


class ConfigEmailProviderDtoType(WireEnum):
    """Enum of ``ConfigEmailProviderDto.type`` (unknown wire values are kept, not rejected)."""

    ALI = "ali"
    QQ = "qq"
    SENDGRID = "sendgrid"
    CUSTOM = "custom"


@_attrs.define(kw_only=True, slots=True)
class CookieSettingsDto:
    """Wire model ``CookieSettingsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        cookie_expires_in: ``cookieExpiresIn``, int, required
        cookie_expires_on_browser_session: ``cookieExpiresOnBrowserSession``, bool, required
    """

    cookie_expires_in: int = _attrs.field(metadata={"wire": "cookieExpiresIn"})
    cookie_expires_on_browser_session: bool = _attrs.field(metadata={"wire": "cookieExpiresOnBrowserSession"})


@_attrs.define(kw_only=True, slots=True)
class CopyInvitationPolicyDto:
    """Wire model ``CopyInvitationPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})


@_attrs.define(kw_only=True, slots=True)
class CopyRowRelationDto:
    """Wire model ``CopyRowRelationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        relation_row_id: ``relationRowId``, str, required
        row_id: ``rowId``, str, required
        model_id: ``modelId``, str, required
    """

    relation_row_id: str = _attrs.field(metadata={"wire": "relationRowId"})
    row_id: str = _attrs.field(metadata={"wire": "rowId"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class CostCurrentPackageInfo(WireBacked):
    """Wire model ``CostCurrentPackageInfo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        end_time: ``endTime``, str, required
        overdue_days: ``overdueDays``, str, required
        goods_package: ``goodsPackage``, GoodsPackageDto, required
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    end_time: str = _attrs.field(metadata={"wire": "endTime"})
    overdue_days: str = _attrs.field(metadata={"wire": "overdueDays"})
    goods_package: GoodsPackageDto = _attrs.field(metadata={"wire": "goodsPackage"})
