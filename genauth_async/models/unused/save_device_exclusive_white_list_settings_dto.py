# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SaveDeviceExclusiveWhiteListSettingsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from ..unused.white_list_settings_data_dto import WhiteListSettingsDataDto

__all__ = ["SaveDeviceExclusiveWhiteListSettingsDto"]


@_attrs.define(kw_only=True, slots=True)
class SaveDeviceExclusiveWhiteListSettingsDto(WireBacked):
    """Wire model ``SaveDeviceExclusiveWhiteListSettingsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_list: ``targetList``, list[WhiteListSettingsDataDto], optional
    """

    target_list: List[WhiteListSettingsDataDto] | None = _attrs.field(default=None, metadata={"wire": "targetList"})
