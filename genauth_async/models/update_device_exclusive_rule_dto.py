# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateDeviceExclusiveRuleDto`` and its enum (UpdateDeviceExclusiveRuleDtoRule)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .device_rule_dto import DeviceRuleDto
from .ip_rule_dto import IPRuleDto

__all__ = ["UpdateDeviceExclusiveRuleDto", "UpdateDeviceExclusiveRuleDtoRule"]


@_attrs.define(kw_only=True, slots=True)
class UpdateDeviceExclusiveRuleDto:
    """Wire model ``UpdateDeviceExclusiveRuleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        rule: ``rule``, UpdateDeviceExclusiveRuleDtoRule, required
        device_rule: ``deviceRule``, DeviceRuleDto, optional
        ip_rule: ``ipRule``, IPRuleDto, optional
    """

    rule: UpdateDeviceExclusiveRuleDtoRule = _attrs.field(metadata={"wire": "rule"})
    device_rule: DeviceRuleDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "deviceRule"})
    ip_rule: IPRuleDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ipRule"})


class UpdateDeviceExclusiveRuleDtoRule(WireEnum):
    """Enum of ``UpdateDeviceExclusiveRuleDto.rule`` (unknown wire values are kept, not rejected)."""

    DISABLE = "disable"
    CONDITION_DEVICE = "condition:device"
    CONDITION_IP = "condition:ip"
