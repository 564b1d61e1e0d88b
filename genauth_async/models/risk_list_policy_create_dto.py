# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RiskListPolicyCreateDto`` and its enums (RiskListPolicyCreateDtoAction, RiskListPolicyCreateDtoEventStateType, RiskListPolicyCreateDtoIpCond, RiskListPolicyCreateDtoIpRange, RiskListPolicyCreateDtoLimitList, RiskListPolicyCreateDtoOptObject, RiskListPolicyCreateDtoRemoveType, RiskListPolicyCreateDtoUserCond, RiskListPolicyCreateDtoUserRange)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["RiskListPolicyCreateDto", "RiskListPolicyCreateDtoAction", "RiskListPolicyCreateDtoEventStateType", "RiskListPolicyCreateDtoIpCond", "RiskListPolicyCreateDtoIpRange", "RiskListPolicyCreateDtoLimitList", "RiskListPolicyCreateDtoOptObject", "RiskListPolicyCreateDtoRemoveType", "RiskListPolicyCreateDtoUserCond", "RiskListPolicyCreateDtoUserRange"]


@_attrs.define(kw_only=True, slots=True)
class RiskListPolicyCreateDto:
    """Wire model ``RiskListPolicyCreateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        limit_list: ``limitList``, RiskListPolicyCreateDtoLimitList, required
        action: ``action``, RiskListPolicyCreateDtoAction, required
        remove_type: ``removeType``, RiskListPolicyCreateDtoRemoveType, required
        event_state_type: ``eventStateType``, RiskListPolicyCreateDtoEventStateType, required
        count_thr: ``countThr``, int, required
        time_range: ``timeRange``, int, required
        user_cond: ``userCond``, RiskListPolicyCreateDtoUserCond, required
        ip_cond: ``ipCond``, RiskListPolicyCreateDtoIpCond, required
        user_range: ``userRange``, RiskListPolicyCreateDtoUserRange, required
        ip_range: ``ipRange``, RiskListPolicyCreateDtoIpRange, required
        opt_object: ``optObject``, RiskListPolicyCreateDtoOptObject, required
    """

    limit_list: RiskListPolicyCreateDtoLimitList = _attrs.field(metadata={"wire": "limitList"})
    action: RiskListPolicyCreateDtoAction = _attrs.field(metadata={"wire": "action"})
    remove_type: RiskListPolicyCreateDtoRemoveType = _attrs.field(metadata={"wire": "removeType"})
    event_state_type: RiskListPolicyCreateDtoEventStateType = _attrs.field(metadata={"wire": "eventStateType"})
    count_thr: int = _attrs.field(metadata={"wire": "countThr"})
    time_range: int = _attrs.field(metadata={"wire": "timeRange"})
    user_cond: RiskListPolicyCreateDtoUserCond = _attrs.field(metadata={"wire": "userCond"})
    ip_cond: RiskListPolicyCreateDtoIpCond = _attrs.field(metadata={"wire": "ipCond"})
    user_range: RiskListPolicyCreateDtoUserRange = _attrs.field(metadata={"wire": "userRange"})
    ip_range: RiskListPolicyCreateDtoIpRange = _attrs.field(metadata={"wire": "ipRange"})
    opt_object: RiskListPolicyCreateDtoOptObject = _attrs.field(metadata={"wire": "optObject"})


class RiskListPolicyCreateDtoAction(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.action`` (unknown wire values are kept, not rejected)."""

    ADD_IP_BLACK_LIST = "ADD_IP_BLACK_LIST"
    ADD_USER_BLACK_LIST = "ADD_USER_BLACK_LIST"


class RiskListPolicyCreateDtoEventStateType(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.eventStateType`` (unknown wire values are kept, not rejected)."""

    PASSWORD_WRONG = "password_wrong"
    ACCOUNT_WRONG = "account_wrong"


class RiskListPolicyCreateDtoIpCond(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.ipCond`` (unknown wire values are kept, not rejected)."""

    NO_LIMIT = "NO_LIMIT"
    ONE = "ONE"


class RiskListPolicyCreateDtoIpRange(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.ipRange`` (unknown wire values are kept, not rejected)."""

    ALL = "ALL"
    NOT_IN_WHITE_LIST = "NOT_IN_WHITE_LIST"


class RiskListPolicyCreateDtoLimitList(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.limitList`` (unknown wire values are kept, not rejected)."""

    FORBID_LOGIN = "FORBID_LOGIN"
    FORBID_REGISTER = "FORBID_REGISTER"


class RiskListPolicyCreateDtoOptObject(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.optObject`` (unknown wire values are kept, not rejected)."""

    IP = "IP"
    USER = "USER"


class RiskListPolicyCreateDtoRemoveType(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.removeType`` (unknown wire values are kept, not rejected)."""

    MANUAL = "MANUAL"
    SCHEDULE = "SCHEDULE"


class RiskListPolicyCreateDtoUserCond(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.userCond`` (unknown wire values are kept, not rejected)."""

    NO_LIMIT = "NO_LIMIT"
    ONE = "ONE"


class RiskListPolicyCreateDtoUserRange(WireEnum):
    """Enum of ``RiskListPolicyCreateDto.userRange`` (unknown wire values are kept, not rejected)."""

    ALL = "ALL"
    NOT_IN_WHITE_LIST = "NOT_IN_WHITE_LIST"
