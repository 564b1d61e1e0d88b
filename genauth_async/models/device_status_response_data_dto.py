# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeviceStatusResponseDataDto`` and its enum (DeviceStatusResponseDataDtoStatus)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["DeviceStatusResponseDataDto", "DeviceStatusResponseDataDtoStatus"]


@_attrs.define(kw_only=True, slots=True)
class DeviceStatusResponseDataDto:
    """Wire model ``DeviceStatusResponseDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status: ``status``, DeviceStatusResponseDataDtoStatus, required
        diff_time: ``diffTime``, int, optional
    """

    status: DeviceStatusResponseDataDtoStatus = _attrs.field(metadata={"wire": "status"})
    diff_time: int | None = _attrs.field(default=None, metadata={"wire": "diffTime"})


class DeviceStatusResponseDataDtoStatus(WireEnum):
    """Enum of ``DeviceStatusResponseDataDto.status`` (unknown wire values are kept, not rejected)."""

    ACTIVATED = "activated"
    SUSPENDED = "suspended"
    DEACTIVATED = "deactivated"
