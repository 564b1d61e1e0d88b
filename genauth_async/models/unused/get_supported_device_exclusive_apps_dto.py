# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetSupportedDeviceExclusiveAppsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetSupportedDeviceExclusiveAppsDto"]


@_attrs.define(kw_only=True, slots=True)
class GetSupportedDeviceExclusiveAppsDto:
    """Wire model ``GetSupportedDeviceExclusiveAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keyword: ``keyword``, Any, optional
    """

    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})
