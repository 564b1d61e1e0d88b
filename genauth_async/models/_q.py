# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (QRCodeStatusBriefUserInfoDto, ..., QuickFilterInviteeRecordDtoInviteeStatus)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._c5 import (
        CombineFiltersBaseDto,
    )

__all__ = [
    "QRCodeStatusBriefUserInfoDto", "QrcodeLoginStrategyDto", "QueryTerminalAppsDto",
    "QuickFilterInvitationUserDto", "QuickFilterInviteePaginationDto",
    "QuickFilterInviteePaginationRespDto", "QuickFilterInviteeRecordDto",
    "QuickFilterInviteeRecordDtoInviteeSource", "QuickFilterInviteeRecordDtoInviteeStatus",
]


@_attrs.define(kw_only=True, slots=True)
class QRCodeStatusBriefUserInfoDto:
    """Wire model ``QRCodeStatusBriefUserInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        display_name: ``displayName``, str, required
        photo: ``photo``, str, required
    """

    display_name: str = _attrs.field(metadata={"wire": "displayName"})
    photo: str = _attrs.field(metadata={"wire": "photo"})


@_attrs.define(kw_only=True, slots=True)
class QrcodeLoginStrategyDto:
    """Wire model ``QrcodeLoginStrategyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        qrcode_expires_in: ``qrcodeExpiresIn``, int, required
        qrcode_expires_in_unit: ``qrcodeExpiresInUnit``, str, optional
        ticket_expires_in: ``ticketExpiresIn``, int, required
        ticket_expires_in_unit: ``ticketExpiresInUnit``, str, optional
        allow_exchange_user_info_from_browser: ``allowExchangeUserInfoFromBrowser``, bool, required
        return_full_user_info: ``returnFullUserInfo``, bool, required
    """

    qrcode_expires_in: int = _attrs.field(metadata={"wire": "qrcodeExpiresIn"})
    qrcode_expires_in_unit: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "qrcodeExpiresInUnit"})
    ticket_expires_in: int = _attrs.field(metadata={"wire": "ticketExpiresIn"})
    ticket_expires_in_unit: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ticketExpiresInUnit"})
    allow_exchange_user_info_from_browser: bool = _attrs.field(metadata={"wire": "allowExchangeUserInfoFromBrowser"})
    return_full_user_info: bool = _attrs.field(metadata={"wire": "returnFullUserInfo"})


@_attrs.define(kw_only=True, slots=True)
class QueryTerminalAppsDto:
    """Wire model ``QueryTerminalAppsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        device_ids: ``deviceIds``, list[str], required
        user_id: ``userId``, str, optional
    """

    device_ids: List[str] = _attrs.field(metadata={"wire": "deviceIds"})
    user_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userId"})


@_attrs.define(kw_only=True, slots=True)
class QuickFilterInvitationUserDto:
    """Wire model ``QuickFilterInvitationUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        keywords: ``keywords``, str, optional
        filter: ``filter``, CombineFiltersBaseDto, optional
    """

    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    filter: CombineFiltersBaseDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "filter"})


@_attrs.define(kw_only=True, slots=True)
class QuickFilterInviteePaginationDto(WireBacked):
    """Wire model ``QuickFilterInviteePaginationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        list: ``list``, list[QuickFilterInviteeRecordDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    list: List[QuickFilterInviteeRecordDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class QuickFilterInviteePaginationRespDto(WireBacked):
    """Wire model ``QuickFilterInviteePaginationRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, QuickFilterInviteePaginationDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: QuickFilterInviteePaginationDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class QuickFilterInviteeRecordDto:
    """Wire model ``QuickFilterInviteeRecordDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        roster_name: ``rosterName``, str, required
        invitee_id: ``inviteeId``, str, required
        invitee_name: ``inviteeName``, str, required
        invitee_phone_country_code: ``inviteePhoneCountryCode``, str, optional
        invitee_phone: ``inviteePhone``, str, optional
        invitee_email: ``inviteeEmail``, str, required
        invitee_status: ``inviteeStatus``, QuickFilterInviteeRecordDtoInviteeStatus, required
        invitee_source: ``inviteeSource``, QuickFilterInviteeRecordDtoInviteeSource, required
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    roster_name: str = _attrs.field(metadata={"wire": "rosterName"})
    invitee_id: str = _attrs.field(metadata={"wire": "inviteeId"})
    invitee_name: str = _attrs.field(metadata={"wire": "inviteeName"})
    invitee_phone_country_code: str | None = _attrs.field(default=None, metadata={"wire": "inviteePhoneCountryCode"})
    invitee_phone: str | None = _attrs.field(default=None, metadata={"wire": "inviteePhone"})
    invitee_email: str = _attrs.field(metadata={"wire": "inviteeEmail"})
    invitee_status: QuickFilterInviteeRecordDtoInviteeStatus = _attrs.field(metadata={"wire": "inviteeStatus"})
    invitee_source: QuickFilterInviteeRecordDtoInviteeSource = _attrs.field(metadata={"wire": "inviteeSource"})


class QuickFilterInviteeRecordDtoInviteeSource(WireEnum):
    """Enum of ``QuickFilterInviteeRecordDto.inviteeSource`` (unknown wire values are kept, not rejected)."""

    MANUAL_CREATE = "manualCreate"
    FILE_IMPORT = "fileImport"


class QuickFilterInviteeRecordDtoInviteeStatus(WireEnum):
    """Enum of ``QuickFilterInviteeRecordDto.inviteeStatus`` (unknown wire values are kept, not rejected)."""

    INVITED = "invited"
    REGISTERING = "registering"
    REGISTERED = "registered"
    REVERTED = "reverted"
    NOT_INVITED = "notInvited"
    EXPIRED = "expired"
    INVITATION_SEND_FAIL = "invitationSendFail"
    JOINED_BY_OTHER = "joinedByOther"
