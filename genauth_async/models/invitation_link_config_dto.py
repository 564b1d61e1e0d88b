# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``InvitationLinkConfigDto`` and its enums (InvitationLinkConfigDtoInviteLinkDisuseRule, InvitationLinkConfigDtoLinkExpiredTimeUnit, InvitationLinkConfigDtoPageExpiredTimeUnit)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["InvitationLinkConfigDto", "InvitationLinkConfigDtoInviteLinkDisuseRule", "InvitationLinkConfigDtoLinkExpiredTimeUnit", "InvitationLinkConfigDtoPageExpiredTimeUnit"]


@_attrs.define(kw_only=True, slots=True)
class InvitationLinkConfigDto:
    """Wire model ``InvitationLinkConfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        invite_link_disuse_rule: ``inviteLinkDisuseRule``, InvitationLinkConfigDtoInviteLinkDisuseRule, required
        link_expired_time_unit: ``linkExpiredTimeUnit``, InvitationLinkConfigDtoLinkExpiredTimeUnit, required
        link_expired_time_of_second: ``linkExpiredTimeOfSecond``, int, required
        page_expired_time_unit: ``pageExpiredTimeUnit``, InvitationLinkConfigDtoPageExpiredTimeUnit, required
        page_expired_time_of_second: ``pageExpiredTimeOfSecond``, int, required
    """

    invite_link_disuse_rule: InvitationLinkConfigDtoInviteLinkDisuseRule = _attrs.field(metadata={"wire": "inviteLinkDisuseRule"})
    link_expired_time_unit: InvitationLinkConfigDtoLinkExpiredTimeUnit = _attrs.field(metadata={"wire": "linkExpiredTimeUnit"})
    link_expired_time_of_second: int = _attrs.field(metadata={"wire": "linkExpiredTimeOfSecond"})
    page_expired_time_unit: InvitationLinkConfigDtoPageExpiredTimeUnit = _attrs.field(metadata={"wire": "pageExpiredTimeUnit"})
    page_expired_time_of_second: int = _attrs.field(metadata={"wire": "pageExpiredTimeOfSecond"})


class InvitationLinkConfigDtoInviteLinkDisuseRule(WireEnum):
    """Enum of ``InvitationLinkConfigDto.inviteLinkDisuseRule`` (unknown wire values are kept, not rejected)."""

    PERIOD = "period"
    AFTER_FIRST_CLICK = "afterFirstClick"


class InvitationLinkConfigDtoLinkExpiredTimeUnit(WireEnum):
    """Enum of ``InvitationLinkConfigDto.linkExpiredTimeUnit`` (unknown wire values are kept, not rejected)."""

    FOREVER = "forever"
    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"


class InvitationLinkConfigDtoPageExpiredTimeUnit(WireEnum):
    """Enum of ``InvitationLinkConfigDto.pageExpiredTimeUnit`` (unknown wire values are kept, not rejected)."""

    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
