# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RiskListPolicyRespDto`` and its enums (RiskListPolicyRespDtoAction, RiskListPolicyRespDtoEventStateType, RiskListPolicyRespDtoIpCond, RiskListPolicyRespDtoIpRange, RiskListPolicyRespDtoLimitList, RiskListPolicyRespDtoOptObject, RiskListPolicyRespDtoRemoveType, RiskListPolicyRespDtoUserCond, RiskListPolicyRespDtoUserRange)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["RiskListPolicyRespDto", "RiskListPolicyRespDtoAction", "RiskListPolicyRespDtoEventStateType", "RiskListPolicyRespDtoIpCond", "RiskListPolicyRespDtoIpRange", "RiskListPolicyRespDtoLimitList", "RiskListPolicyRespDtoOptObject", "RiskListPolicyRespDtoRemoveType", "RiskListPolicyRespDtoUserCond", "RiskListPolicyRespDtoUserRange"]


@_attrs.define(kw_only=True, slots=True)
class RiskListPolicyRespDto:
    """Wire model ``RiskListPolicyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        opt_object: ``optObject``, RiskListPolicyRespDtoOptObject, required
        ip_range: ``ipRange``, RiskListPolicyRespDtoIpRange, required
        user_range: ``userRange``, RiskListPolicyRespDtoUserRange, required
        ip_cond: ``ipCond``, RiskListPolicyRespDtoIpCond, required
        user_cond: ``userCond``, RiskListPolicyRespDtoUserCond, required
        time_range: ``timeRange``, int, required
        count_thr: ``countThr``, int, required
        event_state_type: ``eventStateType``, RiskListPolicyRespDtoEventStateType, required
        remove_type: ``removeType``, RiskListPolicyRespDtoRemoveType, required
        action: ``action``, RiskListPolicyRespDtoAction, required
        limit_list: ``limitList``, RiskListPolicyRespDtoLimitList, required
        created_at: ``createdAt``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    opt_object: RiskListPolicyRespDtoOptObject = _attrs.field(metadata={"wire": "optObject"})
    ip_range: RiskListPolicyRespDtoIpRange = _attrs.field(metadata={"wire": "ipRange"})
    user_range: RiskListPolicyRespDtoUserRange = _attrs.field(metadata={"wire": "userRange"})
    ip_cond: RiskListPolicyRespDtoIpCond = _attrs.field(metadata={"wire": "ipCond"})
    user_cond: RiskListPolicyRespDtoUserCond = _attrs.field(metadata={"wire": "userCond"})
    time_range: int = _attrs.field(metadata={"wire": "timeRange"})
    count_thr: int = _attrs.field(metadata={"wire": "countThr"})
    event_state_type: RiskListPolicyRespDtoEventStateType = _attrs.field(metadata={"wire": "eventStateType"})
    remove_type: RiskListPolicyRespDtoRemoveType = _attrs.field(metadata={"wire": "removeType"})
    action: RiskListPolicyRespDtoAction = _attrs.field(metadata={"wire": "action"})
    limit_list: RiskListPolicyRespDtoLimitList = _attrs.field(metadata={"wire": "limitList"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})


class RiskListPolicyRespDtoAction(WireEnum):
    """Enum of ``RiskListPolicyRespDto.action`` (unknown wire values are kept, not rejected)."""

    ADD_IP_BLACK_LIST = "ADD_IP_BLACK_LIST"
    ADD_USER_BLACK_LIST = "ADD_USER_BLACK_LIST"


class RiskListPolicyRespDtoEventStateType(WireEnum):
    """Enum of ``RiskListPolicyRespDto.eventStateType`` (unknown wire values are kept, not rejected)."""

    PASSWORD_WRONG = "password_wrong"
    ACCOUNT_WRONG = "account_wrong"


class RiskListPolicyRespDtoIpCond(WireEnum):
    """Enum of ``RiskListPolicyRespDto.ipCond`` (unknown wire values are kept, not rejected)."""

    NO_LIMIT = "NO_LIMIT"
    ONE = "ONE"


class RiskListPolicyRespDtoIpRange(WireEnum):
    """Enum of ``RiskListPolicyRespDto.ipRange`` (unknown wire values are kept, not rejected)."""

    ALL = "ALL"
    NOT_IN_WHITE_LIST = "NOT_IN_WHITE_LIST"


class RiskListPolicyRespDtoLimitList(WireEnum):
    """Enum of ``RiskListPolicyRespDto.limitList`` (unknown wire values are kept, not rejected)."""

    FORBID_LOGIN = "FORBID_LOGIN"
    FORBID_REGISTER = "FORBID_REGISTER"


class RiskListPolicyRespDtoOptObject(WireEnum):
    """Enum of ``RiskListPolicyRespDto.optObject`` (unknown wire values are kept, not rejected)."""

    IP = "IP"
    USER = "USER"


class RiskListPolicyRespDtoRemoveType(WireEnum):
    """Enum of ``RiskListPolicyRespDto.removeType`` (unknown wire values are kept, not rejected)."""

    MANUAL = "MANUAL"
    SCHEDULE = "SCHEDULE"


class RiskListPolicyRespDtoUserCond(WireEnum):
    """Enum of ``RiskListPolicyRespDto.userCond`` (unknown wire values are kept, not rejected)."""

    NO_LIMIT = "NO_LIMIT"
    ONE = "ONE"


class RiskListPolicyRespDtoUserRange(WireEnum):
    """Enum of ``RiskListPolicyRespDto.userRange`` (unknown wire values are kept, not rejected)."""

    ALL = "ALL"
    NOT_IN_WHITE_LIST = "NOT_IN_WHITE_LIST"
