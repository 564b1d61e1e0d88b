# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetDeviceExclusiveRuleDataDto`` and its enum (GetDeviceExclusiveRuleDataDtoRule)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .device_rule_dto import DeviceRuleDto
from .ip_rule_dto import IPRuleDto

__all__ = ["GetDeviceExclusiveRuleDataDto", "GetDeviceExclusiveRuleDataDtoRule"]


@_attrs.define(kw_only=True, slots=True)
class GetDeviceExclusiveRuleDataDto(WireBacked):
    """Wire model ``GetDeviceExclusiveRuleDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        rule: ``rule``, GetDeviceExclusiveRuleDataDtoRule, required
        device_rule: ``deviceRule``, DeviceRuleDto, optional
        ip_rule: ``ipRule``, IPRuleDto, optional
    """

    rule: GetDeviceExclusiveRuleDataDtoRule = _attrs.field(metadata={"wire": "rule"})
    device_rule: DeviceRuleDto | None = _attrs.field(default=None, metadata={"wire": "deviceRule"})
    ip_rule: IPRuleDto | None = _attrs.field(default=None, metadata={"wire": "ipRule"})


class GetDeviceExclusiveRuleDataDtoRule(WireEnum):
    """Enum of ``GetDeviceExclusiveRuleDataDto.rule`` (unknown wire values are kept, not rejected)."""

    DISABLE = "disable"
    CONDITION_DEVICE = "condition:device"
    CONDITION_IP = "condition:ip"
