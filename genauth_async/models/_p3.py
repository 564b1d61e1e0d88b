# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (PipelineFunctionSingleRespDto, ..., PostInfoDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._i6 import (
        InviteeProfileDto,
    )
    from ._p2 import (
        PipelineFunctionDto,
    )
    from ._u5 import (
        UpdateExtendsFieldDto,
    )

__all__ = [
    "PipelineFunctionSingleRespDto", "PolicyBo", "PolicyCondition", "PolicyConditionOperator",
    "PolicyConditionParam", "PolicyExtendsFieldsDto", "PolicyInviteJoinedOptionsDto",
    "PolicyInviteeJoinedDto", "PolicyInviteeJoinedDtoReceiverType", "PostDto", "PostInfoDto",
]


@_attrs.define(kw_only=True, slots=True)
class PipelineFunctionSingleRespDto(WireBacked):
    """Wire model ``PipelineFunctionSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, PipelineFunctionDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: PipelineFunctionDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class PolicyBo:
    """Wire model ``PolicyBo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        data_policy_id: ``dataPolicyId``, str, required
        data_policy_name: ``dataPolicyName``, str, required
    """

    data_policy_id: str = _attrs.field(metadata={"wire": "dataPolicyId"})
    data_policy_name: str = _attrs.field(metadata={"wire": "dataPolicyName"})


@_attrs.define(kw_only=True, slots=True)
class PolicyCondition:
    """Wire model ``PolicyCondition`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        param: ``param``, PolicyConditionParam, required
        operator: ``operator``, PolicyConditionOperator, required
        value: ``value``, str, required
    """

    param: PolicyConditionParam = _attrs.field(metadata={"wire": "param"})
    operator: PolicyConditionOperator = _attrs.field(metadata={"wire": "operator"})
    value: str = _attrs.field(metadata={"wire": "value"})


class PolicyConditionOperator(WireEnum):
    """Enum of ``PolicyCondition.operator`` (unknown wire values are kept, not rejected)."""

    BOOL = "Bool"
    DATE_EQUALS = "DateEquals"
    DATE_NOT_EQUALS = "DateNotEquals"
    DATE_LESS_THAN = "DateLessThan"
    DATE_LESS_THAN_EQUALS = "DateLessThanEquals"
    DATE_GREATER_THAN = "DateGreaterThan"
    DATE_GREATER_THAN_EQUALS = "DateGreaterThanEquals"
    IP_ADDRESS = "IpAddress"
    NOT_IP_ADDRESS = "NotIpAddress"
    NUMERIC_EQUALS = "NumericEquals"
    NUMERIC_NOT_EQUALS = "NumericNotEquals"
    NUMERIC_LESS_THAN = "NumericLessThan"
    NUMERIC_LESS_THAN_EQUALS = "NumericLessThanEquals"
    NUMERIC_GREATER_THAN = "NumericGreaterThan"
    NUMERIC_GREATER_THAN_EQUALS = "NumericGreaterThanEquals"
    STRING_EQUALS = "StringEquals"
    STRING_NOT_EQUALS = "StringNotEquals"
    STRING_EQUALS_IGNORE_CASE = "StringEqualsIgnoreCase"
    STRING_NOT_EQUALS_IGNORE_CASE = "StringNotEqualsIgnoreCase"
    STRING_LIKE = "StringLike"
    STRING_NOT_LIKE = "StringNotLike"
    LIST_CONTAINS = "ListContains"


class PolicyConditionParam(WireEnum):
    """Enum of ``PolicyCondition.param`` (unknown wire values are kept, not rejected)."""

    USER_POOL_ID = "UserPoolId"
    APP_ID = "AppId"
    REQUEST_FROM = "RequestFrom"
    USER_ID = "UserId"
    USER_ARN = "UserArn"
    CURRENT_TIME = "CurrentTime"
    EPOCH_TIME = "EpochTime"
    SOURCE_IP = "SourceIp"
    USER = "User"
    MULTI_FACTOR_AUTH_PRESENT = "MultiFactorAuthPresent"
    MULTI_FACTOR_AUTH_AGE = "MultiFactorAuthAge"
    USER_AGENT = "UserAgent"
    REFERER = "Referer"
    DEVICE = "Device"
    OS = "OS"
    COUNTRY = "Country"
    PROVINCE = "Province"
    CITY = "City"
    DEVICE_CHANGED = "DeviceChanged"
    DEVICE_UNTRUSTED = "DeviceUntrusted"
    PROXY_UNTRUSTED = "ProxyUntrusted"
    LOGGED_IN_APPS = "LoggedInApps"
    NAMESPACE = "Namespace"


@_attrs.define(kw_only=True, slots=True)
class PolicyExtendsFieldsDto:
    """Wire model ``PolicyExtendsFieldsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        extends_field: ``extendsField``, UpdateExtendsFieldDto, required
        action: ``action``, str, required
        policy_id: ``policyId``, str, required
        new_order: ``newOrder``, list[str], optional
    """

    extends_field: UpdateExtendsFieldDto = _attrs.field(metadata={"wire": "extendsField"})
    action: str = _attrs.field(metadata={"wire": "action"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    new_order: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "newOrder"})


@_attrs.define(kw_only=True, slots=True)
class PolicyInviteJoinedOptionsDto:
    """Wire model ``PolicyInviteJoinedOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        phone_pass_code_for_information_completion: ``phonePassCodeForInformationCompletion``, str, optional
        email_pass_code_for_information_completion: ``emailPassCodeForInformationCompletion``, str, optional
    """

    phone_pass_code_for_information_completion: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "phonePassCodeForInformationCompletion"})
    email_pass_code_for_information_completion: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "emailPassCodeForInformationCompletion"})


@_attrs.define(kw_only=True, slots=True)
class PolicyInviteeJoinedDto:
    """Wire model ``PolicyInviteeJoinedDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        token: ``token``, str, required
        code: ``code``, str, optional
        receiver_type: ``receiverType``, PolicyInviteeJoinedDtoReceiverType, optional
        profile: ``profile``, InviteeProfileDto, optional
        options: ``options``, PolicyInviteJoinedOptionsDto, optional
    """

    token: str = _attrs.field(repr=_masked, metadata={"wire": "token"})
    code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "code"})
    receiver_type: PolicyInviteeJoinedDtoReceiverType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "receiverType"})
    profile: InviteeProfileDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})
    options: PolicyInviteJoinedOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


class PolicyInviteeJoinedDtoReceiverType(WireEnum):
    """Enum of ``PolicyInviteeJoinedDto.receiverType`` (unknown wire values are kept, not rejected)."""

    SMS_CODE = "smsCode"
    EMAIL_CODE = "emailCode"


@_attrs.define(kw_only=True, slots=True)
class PostDto:
    """Wire model ``PostDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, optional
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    id: str | None = _attrs.field(default=None, metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class PostInfoDto:
    """Wire model ``PostInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, optional
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
        department_id_list: ``departmentIdList``, list[str], required
    """

    id: str | None = _attrs.field(default=None, metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    department_id_list: List[str] = _attrs.field(metadata={"wire": "departmentIdList"})
