# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UnbindDeviceDto, ..., UnlinkIdentityDataDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._c6 import (
        CommonUserDto,
    )
    from ._i6 import (
        InviterDetailDto,
    )
    from ._u20 import (
        UserPoolPublicConfigDto,
    )

__all__ = [
    "UnbindDeviceDto", "UnbindEmailDto", "UnbindExtIdpDto", "UnbindPhoneDto",
    "UnbindPublicAccountBatchReqDto", "UniversalInvitationApplicantData",
    "UniversalInvitationApplicantDataChannel", "UniversalInvitationApplicantDataStatus",
    "UniversalInvitationJoinRespDto", "UniversalInvitationJoinRespDtoStatus",
    "UniversalInvitationPublicConfigDto", "UniversalInvitationUserJoinDto",
    "UniversalInviteeProfileDto", "UnlinkExtIdpDto", "UnlinkIdentity", "UnlinkIdentityDataDto",
]


@_attrs.define(kw_only=True, slots=True)
class UnbindDeviceDto:
    """Wire model ``UnbindDeviceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        device_id: ``deviceId``, str, required
    """

    device_id: str = _attrs.field(metadata={"wire": "deviceId"})


@_attrs.define(kw_only=True, slots=True)
class UnbindEmailDto:
    """Wire model ``UnbindEmailDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pass_code: ``passCode``, str, required
    """

    pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "passCode"})


@_attrs.define(kw_only=True, slots=True)
class UnbindExtIdpDto:
    """Wire model ``UnbindExtIdpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_id: ``extIdpId``, str, required
    """

    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})


@_attrs.define(kw_only=True, slots=True)
class UnbindPhoneDto:
    """Wire model ``UnbindPhoneDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pass_code: ``passCode``, str, required
    """

    pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "passCode"})


@_attrs.define(kw_only=True, slots=True)
class UnbindPublicAccountBatchReqDto:
    """Wire model ``UnbindPublicAccountBatchReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        public_account_id: ``publicAccountId``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    public_account_id: str = _attrs.field(metadata={"wire": "publicAccountId"})


@_attrs.define(kw_only=True, slots=True)
class UniversalInvitationApplicantData(WireBacked):
    """Wire model ``UniversalInvitationApplicantData`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        applicant: ``applicant``, str, required
        email: ``email``, str, required
        inviter_id: ``inviterId``, str, required
        operator_id: ``operatorId``, str, optional
        status: ``status``, UniversalInvitationApplicantDataStatus, required
        channel: ``channel``, UniversalInvitationApplicantDataChannel, required
        inviter_detail: ``inviterDetail``, CommonUserDto, optional
        operator_detail: ``operatorDetail``, CommonUserDto, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    applicant: str = _attrs.field(metadata={"wire": "applicant"})
    email: str = _attrs.field(metadata={"wire": "email"})
    inviter_id: str = _attrs.field(metadata={"wire": "inviterId"})
    operator_id: str | None = _attrs.field(default=None, metadata={"wire": "operatorId"})
    status: UniversalInvitationApplicantDataStatus = _attrs.field(metadata={"wire": "status"})
    channel: UniversalInvitationApplicantDataChannel = _attrs.field(metadata={"wire": "channel"})
    inviter_detail: CommonUserDto | None = _attrs.field(default=None, metadata={"wire": "inviterDetail"})
    operator_detail: CommonUserDto | None = _attrs.field(default=None, metadata={"wire": "operatorDetail"})


class UniversalInvitationApplicantDataChannel(WireEnum):
    """Enum of ``UniversalInvitationApplicantData.channel`` (unknown wire values are kept, not rejected)."""

    MANUAL = "MANUAL"
    AUTO = "AUTO"


class UniversalInvitationApplicantDataStatus(WireEnum):
    """Enum of ``UniversalInvitationApplicantData.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    PASSED = "PASSED"
    REJECTED = "REJECTED"


@_attrs.define(kw_only=True, slots=True)
class UniversalInvitationJoinRespDto:
    """Wire model ``UniversalInvitationJoinRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status: ``status``, UniversalInvitationJoinRespDtoStatus, required
    """

    status: UniversalInvitationJoinRespDtoStatus = _attrs.field(metadata={"wire": "status"})


class UniversalInvitationJoinRespDtoStatus(WireEnum):
    """Enum of ``UniversalInvitationJoinRespDto.status`` (unknown wire values are kept, not rejected)."""

    PENDING = "PENDING"
    PASSED = "PASSED"


@_attrs.define(kw_only=True, slots=True)
class UniversalInvitationPublicConfigDto(WireBacked):
    """Wire model ``UniversalInvitationPublicConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_pool: ``userPool``, UserPoolPublicConfigDto, required
        inviter: ``inviter``, InviterDetailDto, optional
    """

    user_pool: UserPoolPublicConfigDto = _attrs.field(metadata={"wire": "userPool"})
    inviter: InviterDetailDto | None = _attrs.field(default=None, metadata={"wire": "inviter"})


@_attrs.define(kw_only=True, slots=True)
class UniversalInvitationUserJoinDto:
    """Wire model ``UniversalInvitationUserJoinDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        email_code: ``emailCode``, str, required
        identifier: ``identifier``, str, required
        profile: ``profile``, UniversalInviteeProfileDto, optional
    """

    email_code: str = _attrs.field(repr=_masked, metadata={"wire": "emailCode"})
    identifier: str = _attrs.field(metadata={"wire": "identifier"})
    profile: UniversalInviteeProfileDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "profile"})


@_attrs.define(kw_only=True, slots=True)
class UniversalInviteeProfileDto:
    """Wire model ``UniversalInviteeProfileDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        email: ``email``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    email: str = _attrs.field(metadata={"wire": "email"})


@_attrs.define(kw_only=True, slots=True)
class UnlinkExtIdpDto:
    """Wire model ``UnlinkExtIdpDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ext_idp_id: ``extIdpId``, str, required
    """

    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})


@_attrs.define(kw_only=True, slots=True)
class UnlinkIdentity:
    """Wire model ``UnlinkIdentity`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        ext_idp_id: ``extIdpId``, str, required
        type: ``type``, str, optional
        is_social: ``isSocial``, bool, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "type"})
    is_social: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isSocial"})


@_attrs.define(kw_only=True, slots=True)
class UnlinkIdentityDataDto:
    """Wire model ``UnlinkIdentityDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})
