# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListApplicationSubjectDataDto`` and its enums (ListApplicationSubjectDataDtoAppType, ListApplicationSubjectDataDtoEffect)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["ListApplicationSubjectDataDto", "ListApplicationSubjectDataDtoAppType", "ListApplicationSubjectDataDtoEffect"]


@_attrs.define(kw_only=True, slots=True)
class ListApplicationSubjectDataDto:
    """Wire model ``ListApplicationSubjectDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        logo: ``logo``, str, required
        ext: ``ext``, str, required
        template: ``template``, str, required
        app_type: ``appType``, ListApplicationSubjectDataDtoAppType, required
        effect: ``effect``, ListApplicationSubjectDataDtoEffect, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    ext: str = _attrs.field(metadata={"wire": "ext"})
    template: str = _attrs.field(metadata={"wire": "template"})
    app_type: ListApplicationSubjectDataDtoAppType = _attrs.field(metadata={"wire": "appType"})
    effect: ListApplicationSubjectDataDtoEffect = _attrs.field(metadata={"wire": "effect"})


class ListApplicationSubjectDataDtoAppType(WireEnum):
    """Enum of ``ListApplicationSubjectDataDto.appType`` (unknown wire values are kept, not rejected)."""

    INTEGRATED = "INTEGRATED"
    SELFBUILT = "SELFBUILT"
    APP_PANEL = "APP_PANEL"


class ListApplicationSubjectDataDtoEffect(WireEnum):
    """Enum of ``ListApplicationSubjectDataDto.effect`` (unknown wire values are kept, not rejected)."""

    ALLOW = "ALLOW"
    DENY = "DENY"
