# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetFastpassQRCodeRelationAppsDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .fastpass_qr_code_relation_app_dto import FastpassQRCodeRelationAppDto

__all__ = ["GetFastpassQRCodeRelationAppsDto"]


@_attrs.define(kw_only=True, slots=True)
class GetFastpassQRCodeRelationAppsDto(WireBacked):
    """Wire model ``GetFastpassQRCodeRelationAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        relation_apps: ``relationApps``, list[FastpassQRCodeRelationAppDto], optional
    """

    relation_apps: List[FastpassQRCodeRelationAppDto] | None = _attrs.field(default=None, metadata={"wire": "relationApps"})
