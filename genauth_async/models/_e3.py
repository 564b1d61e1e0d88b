# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (EventAppPaginatedRespDto, ..., ExtIdpConnDetailSingleRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._e2 import (
        EventAppDto,
    )
    from ._e4 import (
        ExtIdpConnDetailType,
    )

__all__ = [
    "EventAppPaginatedRespDto", "EventAppPagingDto", "ExchangeTokenSetWithQRcodeTicketDto",
    "Expand", "ExportMetadataDto", "ExportModelDto", "ExportUsersDto", "ExtIdpConnAppsDto",
    "ExtIdpConnDetail", "ExtIdpConnDetailAssociationMode", "ExtIdpConnDetailSingleRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class EventAppPaginatedRespDto(WireBacked):
    """Wire model ``EventAppPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, EventAppPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: EventAppPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class EventAppPagingDto(WireBacked):
    """Wire model ``EventAppPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[EventAppDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[EventAppDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ExchangeTokenSetWithQRcodeTicketDto:
    """Wire model ``ExchangeTokenSetWithQRcodeTicketDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ticket: ``ticket``, str, required
        client_id: ``client_id``, str, optional
        client_secret: ``client_secret``, str, optional
    """

    ticket: str = _attrs.field(repr=_masked, metadata={"wire": "ticket"})
    client_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "client_id"})
    client_secret: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "client_secret"})


@_attrs.define(kw_only=True, slots=True)
class Expand:
    """Wire model ``Expand`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, str, required
        select: ``select``, list[str], required
    """

    field: str = _attrs.field(metadata={"wire": "field"})
    select: List[str] = _attrs.field(metadata={"wire": "select"})


@_attrs.define(kw_only=True, slots=True)
class ExportMetadataDto:
    """Wire model ``ExportMetadataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, str, required
    """

    model_id: str = _attrs.field(metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class ExportModelDto:
    """Wire model ``ExportModelDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id_list: ``idList``, list[str], required
        model_id: ``modelId``, str, required
    """

    id_list: List[str] = _attrs.field(metadata={"wire": "idList"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class ExportUsersDto:
    """Wire model ``ExportUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})


@_attrs.define(kw_only=True, slots=True)
class ExtIdpConnAppsDto:
    """Wire model ``ExtIdpConnAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        app_id: ``appId``, Any, optional
        type: ``type``, Any, optional
    """

    id: Any = _attrs.field(default=None, metadata={"wire": "id"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    type: Any = _attrs.field(default=None, metadata={"wire": "type"})


@_attrs.define(kw_only=True, slots=True)
class ExtIdpConnDetail:
    """Wire model ``ExtIdpConnDetail`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        type: ``type``, ExtIdpConnDetailType, required
        ext_idp_id: ``extIdpId``, str, required
        logo: ``logo``, str, required
        identifier: ``identifier``, str, optional
        display_name: ``displayName``, str, optional
        login_only: ``loginOnly``, bool, required
        association_mode: ``associationMode``, ExtIdpConnDetailAssociationMode, required
        challenge_binding_methods: ``challengeBindingMethods``, list[str], required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    type: ExtIdpConnDetailType = _attrs.field(metadata={"wire": "type"})
    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    identifier: str | None = _attrs.field(default=None, metadata={"wire": "identifier"})
    display_name: str | None = _attrs.field(default=None, metadata={"wire": "displayName"})
    login_only: bool = _attrs.field(metadata={"wire": "loginOnly"})
    association_mode: ExtIdpConnDetailAssociationMode = _attrs.field(metadata={"wire": "associationMode"})
    challenge_binding_methods: List[str] = _attrs.field(metadata={"wire": "challengeBindingMethods"})


class ExtIdpConnDetailAssociationMode(WireEnum):
    """Enum of ``ExtIdpConnDetail.associationMode`` (unknown wire values are kept, not rejected)."""

    NONE = "none"
    FIELD = "field"
    CHALLENGE = "challenge"


@_attrs.define(kw_only=True, slots=True)
class ExtIdpConnDetailSingleRespDto(WireBacked):
    """Wire model ``ExtIdpConnDetailSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ExtIdpConnDetail, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ExtIdpConnDetail = _attrs.field(metadata={"wire": "data"})
