# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CreateFunctionModelDtoType, ..., CreateIdentityDtoProvider)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._c6 import (
        Condition,
    )
    from ._d8 import (
        DropDownItemDto,
    )

__all__ = [
    "CreateFunctionModelDtoType", "CreateFunctionModelFieldDto", "CreateFunctionModelFieldDtoType",
    "CreateGroupBatchReqDto", "CreateGroupReqDto", "CreateIdentityDto",
    "CreateIdentityDtoProvider",
]


class CreateFunctionModelDtoType(WireEnum):
    """Enum of ``CreateFunctionModelDto.type`` (unknown wire values are kept, not rejected)."""

    UEBA = "ueba"
    USER = "user"
    POST = "post"
    GROUP = "group"
    DEPARTMENT = "department"
    ORGANIZATION = "organization"
    DEVICE = "device"
    DEVICE_RELY = "device_rely"
    CUSTOM = "custom"


@_attrs.define(kw_only=True, slots=True)
class CreateFunctionModelFieldDto:
    """Wire model ``CreateFunctionModelFieldDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_visible: ``userVisible``, bool, required
        relation_optional_range: ``relationOptionalRange``, Condition, required
        relation_show_key: ``relationShowKey``, str, required
        relation_multiple: ``relationMultiple``, bool, required
        relation_type: ``relationType``, str, required
        for_login: ``forLogin``, bool, required
        fuzzy_search: ``fuzzySearch``, bool, required
        drop_down: ``dropDown``, DropDownItemDto, required
        format: ``format``, int, required
        regexp: ``regexp``, str, required
        min: ``min``, int, required
        max: ``max``, int, required
        max_length: ``maxLength``, int, required
        unique: ``unique``, bool, required
        require: ``require``, bool, required
        default: ``default``, Any, required
        help: ``help``, str, required
        editable: ``editable``, bool, required
        show: ``show``, bool, required
        type: ``type``, CreateFunctionModelFieldDtoType, required
        key: ``key``, str, required
        name: ``name``, str, required
        model_id: ``modelId``, str, required
    """

    user_visible: bool = _attrs.field(metadata={"wire": "userVisible"})
    relation_optional_range: Condition = _attrs.field(metadata={"wire": "relationOptionalRange"})
    relation_show_key: str = _attrs.field(metadata={"wire": "relationShowKey"})
    relation_multiple: bool = _attrs.field(metadata={"wire": "relationMultiple"})
    relation_type: str = _attrs.field(metadata={"wire": "relationType"})
    for_login: bool = _attrs.field(metadata={"wire": "forLogin"})
    fuzzy_search: bool = _attrs.field(metadata={"wire": "fuzzySearch"})
    drop_down: DropDownItemDto = _attrs.field(metadata={"wire": "dropDown"})
    format: int = _attrs.field(metadata={"wire": "format"})
    regexp: str = _attrs.field(metadata={"wire": "regexp"})
    min: int = _attrs.field(metadata={"wire": "min"})
    max: int = _attrs.field(metadata={"wire": "max"})
    max_length: int = _attrs.field(metadata={"wire": "maxLength"})
    unique: bool = _attrs.field(metadata={"wire": "unique"})
    require: bool = _attrs.field(metadata={"wire": "require"})
    default: Any = _attrs.field(metadata={"wire": "default"})
    help: str = _attrs.field(metadata={"wire": "help"})
    editable: bool = _attrs.field(metadata={"wire": "editable"})
    show: bool = _attrs.field(metadata={"wire": "show"})
    type: CreateFunctionModelFieldDtoType = _attrs.field(metadata={"wire": "type"})
    key: str = _attrs.field(metadata={"wire": "key"})
    name: str = _attrs.field(metadata={"wire": "name"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})


class CreateFunctionModelFieldDtoType(WireEnum):
    """Enum of ``CreateFunctionModelFieldDto.type`` (unknown wire values are kept, not rejected)."""

    TEXT = "Text"
    TEXTAREA = "Textarea"
    NUMBER = "Number"
    BOOLEAN = "Boolean"
    DATE = "Date"
    ENUM = "Enum"
    RELATION = "Relation"
    REVERSE_RELATION = "ReverseRelation"
    ARRAY = "Array"


@_attrs.define(kw_only=True, slots=True)
class CreateGroupBatchReqDto:
    """Wire model ``CreateGroupBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreateGroupReqDto], required
    """

    list: List[CreateGroupReqDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class CreateGroupReqDto:
    """Wire model ``CreateGroupReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, str, required
        description: ``description``, str, required
        name: ``name``, str, required
        code: ``code``, str, required
        custom_data: ``customData``, Any, optional
    """

    type: str = _attrs.field(metadata={"wire": "type"})
    description: str = _attrs.field(metadata={"wire": "description"})
    name: str = _attrs.field(metadata={"wire": "name"})
    code: str = _attrs.field(metadata={"wire": "code"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})


@_attrs.define(kw_only=True, slots=True)
class CreateIdentityDto:
    """Wire model ``CreateIdentityDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ext_idp_id: ``extIdpId``, str, required
        provider: ``provider``, CreateIdentityDtoProvider, required
        type: ``type``, str, required
        user_id_in_idp: ``userIdInIdp``, str, required
        user_info_in_idp: ``userInfoInIdp``, Any, required
        access_token: ``accessToken``, str, optional
        refresh_token: ``refreshToken``, str, optional
        origin_conn_ids: ``originConnIds``, list[str], required
    """

    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    provider: CreateIdentityDtoProvider = _attrs.field(metadata={"wire": "provider"})
    type: str = _attrs.field(metadata={"wire": "type"})
    user_id_in_idp: str = _attrs.field(metadata={"wire": "userIdInIdp"})
    user_info_in_idp: Any = _attrs.field(metadata={"wire": "userInfoInIdp"})
    access_token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "accessToken"})
    refresh_token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "refreshToken"})
    origin_conn_ids: List[str] = _attrs.field(metadata={"wire": "originConnIds"})


class CreateIdentityDtoProvider(WireEnum):
    """Enum of ``CreateIdentityDto.provider`` (unknown wire values are kept, not rejected)."""

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
