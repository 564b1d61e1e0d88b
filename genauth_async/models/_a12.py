# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (AuthenticatorAssertionResponseDto, ..., AuthorizedResourcePagingDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._a6 import (
        ApplicationPermissionRecordItem,
    )
    from ._p3 import (
        PolicyCondition,
    )
    from ._r4 import (
        ResourceItemDto,
    )

__all__ = [
    "AuthenticatorAssertionResponseDto", "AuthenticatorAttestationResponseDto",
    "AuthorizeApplicationAccessDto", "AuthorizeResourceItem", "AuthorizeResourceItemTargetType",
    "AuthorizeResourcesDto", "AuthorizedResourceDto", "AuthorizedResourceDtoEffect",
    "AuthorizedResourceDtoResourceType", "AuthorizedResourceListRespDto",
    "AuthorizedResourcePaginatedRespDto", "AuthorizedResourcePagingDto",
]


@_attrs.define(kw_only=True, slots=True)
class AuthenticatorAssertionResponseDto:
    """Wire model ``AuthenticatorAssertionResponseDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        authenticator_data: ``authenticatorData``, str, required
        client_data_json: ``clientDataJSON``, str, required
        signature: ``signature``, str, required
        user_handle: ``userHandle``, str, required
    """

    authenticator_data: str = _attrs.field(metadata={"wire": "authenticatorData"})
    client_data_json: str = _attrs.field(metadata={"wire": "clientDataJSON"})
    signature: str = _attrs.field(repr=_masked, metadata={"wire": "signature"})
    user_handle: str = _attrs.field(metadata={"wire": "userHandle"})


@_attrs.define(kw_only=True, slots=True)
class AuthenticatorAttestationResponseDto:
    """Wire model ``AuthenticatorAttestationResponseDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        attestation_object: ``attestationObject``, str, required
        client_data_json: ``clientDataJSON``, str, required
    """

    attestation_object: str = _attrs.field(metadata={"wire": "attestationObject"})
    client_data_json: str = _attrs.field(metadata={"wire": "clientDataJSON"})


@_attrs.define(kw_only=True, slots=True)
class AuthorizeApplicationAccessDto:
    """Wire model ``AuthorizeApplicationAccessDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        list: ``list``, list[ApplicationPermissionRecordItem], required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    list: List[ApplicationPermissionRecordItem] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class AuthorizeResourceItem:
    """Wire model ``AuthorizeResourceItem`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, AuthorizeResourceItemTargetType, required
        target_identifiers: ``targetIdentifiers``, list[str], required
        resources: ``resources``, list[ResourceItemDto], required
    """

    target_type: AuthorizeResourceItemTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_identifiers: List[str] = _attrs.field(metadata={"wire": "targetIdentifiers"})
    resources: List[ResourceItemDto] = _attrs.field(metadata={"wire": "resources"})


class AuthorizeResourceItemTargetType(WireEnum):
    """Enum of ``AuthorizeResourceItem.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class AuthorizeResourcesDto:
    """Wire model ``AuthorizeResourcesDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[AuthorizeResourceItem], required
        namespace: ``namespace``, str, optional
    """

    list: List[AuthorizeResourceItem] = _attrs.field(metadata={"wire": "list"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})


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


@_attrs.define(kw_only=True, slots=True)
class AuthorizedResourceListRespDto(WireBacked):
    """Wire model ``AuthorizedResourceListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[AuthorizedResourceDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[AuthorizedResourceDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class AuthorizedResourcePaginatedRespDto(WireBacked):
    """Wire model ``AuthorizedResourcePaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, AuthorizedResourcePagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: AuthorizedResourcePagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class AuthorizedResourcePagingDto(WireBacked):
    """Wire model ``AuthorizedResourcePagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[AuthorizedResourceDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[AuthorizedResourceDto] = _attrs.field(metadata={"wire": "list"})
