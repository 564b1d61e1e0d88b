# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``PolicyCondition`` and its enums (PolicyConditionOperator, PolicyConditionParam)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["PolicyCondition", "PolicyConditionOperator", "PolicyConditionParam"]


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
