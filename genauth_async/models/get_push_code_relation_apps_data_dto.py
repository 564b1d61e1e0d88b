# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetPushCodeRelationAppsDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["GetPushCodeRelationAppsDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetPushCodeRelationAppsDataDto:
    """Wire model ``GetPushCodeRelationAppsDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_ids: ``appIds``, list[str], optional
    """

    app_ids: List[str] | None = _attrs.field(default=None, metadata={"wire": "appIds"})
