# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (ExtIdpInfoDtoType, ..., ExtendsFieldDtoType)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a3 import (
        AppValidateRuleDto,
    )
    from ._c23 import (
        CustomFieldI18n,
    )
    from ._c6 import (
        Config,
    )
    from ._e4 import (
        ExtIdpDto,
    )

__all__ = [
    "ExtIdpInfoDtoType", "ExtIdpListPaginatedRespDto", "ExtIdpListPagingDto",
    "ExtIdpSingleRespDto", "ExtendField", "ExtendFieldValueType", "ExtendsFieldDto",
    "ExtendsFieldDtoInputType", "ExtendsFieldDtoSource", "ExtendsFieldDtoType",
]


class ExtIdpInfoDtoType(WireEnum):
    """Enum of ``ExtIdpInfoDto.type`` (unknown wire values are kept, not rejected)."""

    OIDC = "oidc"
    OAUTH2 = "oauth2"
    SAML = "saml"
    LDAP = "ldap"
    AD = "ad"
    CAS = "cas"
    AZURE_AD = "azure-ad"
    WECHAT = "wechat"
    GOOGLE = "google"
    QQ = "qq"
    WECHATWORK = "wechatwork"
    DINGTALK = "dingtalk"
    WEIBO = "weibo"
    GITHUB = "github"
    ALIPAY = "alipay"
    APPLE = "apple"
    BAIDU = "baidu"
    LARK = "lark"
    GITLAB = "gitlab"
    TWITTER = "twitter"
    FACEBOOK = "facebook"
    SLACK = "slack"
    LINKEDIN = "linkedin"
    YIDUN = "yidun"
    QINGCLOUD = "qingcloud"
    GITEE = "gitee"
    INSTAGRAM = "instagram"
    WELINK = "welink"
    HUAWEI = "huawei"
    HONOR = "honor"
    XIAOMI = "xiaomi"
    OPPO = "oppo"
    AWS = "aws"
    AMAZON = "amazon"
    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    LINE = "line"
    SDBZ = "sdbz"
    ZJZWFW = "zjzwfw"
    ZZDING = "zzding"
    SEEYONA8V5 = "seeyona8v5"


@_attrs.define(kw_only=True, slots=True)
class ExtIdpListPaginatedRespDto(WireBacked):
    """Wire model ``ExtIdpListPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ExtIdpListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ExtIdpListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ExtIdpListPagingDto(WireBacked):
    """Wire model ``ExtIdpListPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ExtIdpDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ExtIdpDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ExtIdpSingleRespDto(WireBacked):
    """Wire model ``ExtIdpSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ExtIdpDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ExtIdpDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ExtendField:
    """Wire model ``ExtendField`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        value_type: ``valueType``, ExtendFieldValueType, required
        description: ``description``, str, optional
        label: ``label``, str, required
        config: ``config``, Config, optional
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    value_type: ExtendFieldValueType = _attrs.field(metadata={"wire": "valueType"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    label: str = _attrs.field(metadata={"wire": "label"})
    config: Config | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "config"})


class ExtendFieldValueType(WireEnum):
    """Enum of ``ExtendField.valueType`` (unknown wire values are kept, not rejected)."""

    STRING = "STRING"
    SELECT = "SELECT"


@_attrs.define(kw_only=True, slots=True)
class ExtendsFieldDto(WireBacked):
    """Wire model ``ExtendsFieldDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        type: ``type``, ExtendsFieldDtoType, required
        id: ``id``, str, required
        name: ``name``, str, required
        label: ``label``, str, required
        show: ``show``, bool, required
        allow_rewrite: ``allowRewrite``, bool, required
        input_type: ``inputType``, ExtendsFieldDtoInputType, required
        required: ``required``, bool, optional
        validate_rules: ``validateRules``, AppValidateRuleDto, optional
        source: ``source``, ExtendsFieldDtoSource, required
        i18n: ``i18n``, CustomFieldI18n, optional
    """

    type: ExtendsFieldDtoType = _attrs.field(metadata={"wire": "type"})
    id: str = _attrs.field(metadata={"wire": "id"})
    name: str = _attrs.field(metadata={"wire": "name"})
    label: str = _attrs.field(metadata={"wire": "label"})
    show: bool = _attrs.field(metadata={"wire": "show"})
    allow_rewrite: bool = _attrs.field(metadata={"wire": "allowRewrite"})
    input_type: ExtendsFieldDtoInputType = _attrs.field(metadata={"wire": "inputType"})
    required: bool | None = _attrs.field(default=None, metadata={"wire": "required"})
    validate_rules: AppValidateRuleDto | None = _attrs.field(default=None, metadata={"wire": "validateRules"})
    source: ExtendsFieldDtoSource = _attrs.field(metadata={"wire": "source"})
    i18n: CustomFieldI18n | None = _attrs.field(default=None, metadata={"wire": "i18n"})


class ExtendsFieldDtoInputType(WireEnum):
    """Enum of ``ExtendsFieldDto.inputType`` (unknown wire values are kept, not rejected)."""

    IMAGE = "image"
    NUMBER = "number"
    DATE = "date"
    DATE_TIME = "dateTime"
    DATETIME = "datetime"
    SELECT = "select"
    DROPDOWN = "dropdown"
    BOOLEAN = "boolean"
    STRING = "string"
    TEXT = "text"
    GENDER = "gender"
    COUNTRY = "country"
    USERNAME = "username"
    PHONE = "phone"
    EMAIL = "email"


class ExtendsFieldDtoSource(WireEnum):
    """Enum of ``ExtendsFieldDto.source`` (unknown wire values are kept, not rejected)."""

    PRESET = "preset"
    MANUAL_ADD = "manual_add"


class ExtendsFieldDtoType(WireEnum):
    """Enum of ``ExtendsFieldDto.type`` (unknown wire values are kept, not rejected)."""

    USER = "user"
    INTERNAL = "internal"
