# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``EmailTemplateQueryDto`` and its enum (EmailTemplateQueryDtoScene)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

__all__ = ["EmailTemplateQueryDto", "EmailTemplateQueryDtoScene"]


@_attrs.define(kw_only=True, slots=True)
class EmailTemplateQueryDto:
    """Wire model ``EmailTemplateQueryDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        scene: ``scene``, EmailTemplateQueryDtoScene, required
        policy_id: ``policyId``, str, required
        roster_id: ``rosterId``, str, optional
        template_type: ``templateType``, str, optional
    """

    scene: EmailTemplateQueryDtoScene = _attrs.field(metadata={"wire": "scene"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    roster_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "rosterId"})
    template_type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "templateType"})


class EmailTemplateQueryDtoScene(WireEnum):
    """Enum of ``EmailTemplateQueryDto.scene`` (unknown wire values are kept, not rejected)."""

    INVITE = "INVITE"
    WELCOME = "WELCOME"
