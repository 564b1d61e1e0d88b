# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AuthorizedResourceDto`` and its enums (AuthorizedResourceDtoEffect, AuthorizedResourceDtoResourceType)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .policy_condition import PolicyCondition

__all__ = ["AuthorizedResourceDto", "AuthorizedResourceDtoEffect", "AuthorizedResourceDtoResourceType"]


@_attrs.define(kw_only=True, slots=True)
class AuthorizedResourceDto(WireBacked):
    """Wire model ``AuthorizedResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        description: ``description``, str, optional
        condition: ``condition``, list[PolicyCondition], optional
        resource_type: ``resourceType``, AuthorizedResourceDtoResourceType, required
        api_identifier: ``apiIdentifier``, str, required
        actions: ``actions``, list[str], required
        effect: ``effect``, AuthorizedResourceDtoEffect, required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    condition: List[PolicyCondition] | None = _attrs.field(default=None, metadata={"wire": "condition"})
    resource_type: AuthorizedResourceDtoResourceType = _attrs.field(metadata={"wire": "resourceType"})
    api_identifier: str = _attrs.field(metadata={"wire": "apiIdentifier"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    effect: AuthorizedResourceDtoEffect = _attrs.field(metadata={"wire": "effect"})


class AuthorizedResourceDtoEffect(WireEnum):
    """Enum of ``AuthorizedResourceDto.effect`` (unknown wire values are kept, not rejected)."""

    ALLOW = "ALLOW"
    DENY = "DENY"


class AuthorizedResourceDtoResourceType(WireEnum):
    """Enum of ``AuthorizedResourceDto.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"
