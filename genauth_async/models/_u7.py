# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (UpdateOperateModelDto, ..., UpdatePhoneDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._o2 import (
        OrganizationNameI18nDto,
    )

__all__ = [
    "UpdateOperateModelDto", "UpdateOrganizationReqDto", "UpdateOrganizationStatusReqDto",
    "UpdatePasskeyDto", "UpdatePasswordDto", "UpdatePasswordDtoPasswordEncryptType",
    "UpdatePermissionNamespaceDto", "UpdatePermissionNamespaceRespDto",
    "UpdatePermissionNamespaceResponseDto", "UpdatePhoneByPhonePassCodeDto", "UpdatePhoneDto",
]


@_attrs.define(kw_only=True, slots=True)
class UpdateOperateModelDto:
    """Wire model ``UpdateOperateModelDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        icon: ``icon``, str, required
        config: ``config``, Any, required
        operate_name: ``operateName``, str, required
        operate_key: ``operateKey``, str, required
        show: ``show``, bool, required
        model_id: ``modelId``, str, required
        id: ``id``, str, required
        field_id: ``fieldId``, str, optional
    """

    icon: str = _attrs.field(metadata={"wire": "icon"})
    config: Any = _attrs.field(metadata={"wire": "config"})
    operate_name: str = _attrs.field(metadata={"wire": "operateName"})
    operate_key: str = _attrs.field(metadata={"wire": "operateKey"})
    show: bool = _attrs.field(metadata={"wire": "show"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    id: str = _attrs.field(metadata={"wire": "id"})
    field_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fieldId"})


@_attrs.define(kw_only=True, slots=True)
class UpdateOrganizationReqDto:
    """Wire model ``UpdateOrganizationReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        description: ``description``, str, optional
        open_department_id: ``openDepartmentId``, str, optional
        leader_user_ids: ``leaderUserIds``, list[str], optional
        i18n: ``i18n``, OrganizationNameI18nDto, optional
        tenant_id: ``tenantId``, str, optional
        organization_new_code: ``organizationNewCode``, str, optional
        organization_name: ``organizationName``, str, optional
        post_id_list: ``postIdList``, list[str], optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    open_department_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "openDepartmentId"})
    leader_user_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "leaderUserIds"})
    i18n: OrganizationNameI18nDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    organization_new_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "organizationNewCode"})
    organization_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "organizationName"})
    post_id_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postIdList"})


@_attrs.define(kw_only=True, slots=True)
class UpdateOrganizationStatusReqDto:
    """Wire model ``UpdateOrganizationStatusReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        root_node_id: ``rootNodeId``, str, required
        status: ``status``, str, optional
    """

    root_node_id: str = _attrs.field(metadata={"wire": "rootNodeId"})
    status: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})


@_attrs.define(kw_only=True, slots=True)
class UpdatePasskeyDto:
    """Wire model ``UpdatePasskeyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})


@_attrs.define(kw_only=True, slots=True)
class UpdatePasswordDto:
    """Wire model ``UpdatePasswordDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        new_password: ``newPassword``, str, required
        old_password: ``oldPassword``, str, optional
        password_encrypt_type: ``passwordEncryptType``, UpdatePasswordDtoPasswordEncryptType, optional
        password_reset_token: ``passwordResetToken``, str, optional
    """

    new_password: str = _attrs.field(repr=_masked, metadata={"wire": "newPassword"})
    old_password: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "oldPassword"})
    password_encrypt_type: UpdatePasswordDtoPasswordEncryptType | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "passwordEncryptType"})
    password_reset_token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "passwordResetToken"})


class UpdatePasswordDtoPasswordEncryptType(WireEnum):
    """Enum of ``UpdatePasswordDto.passwordEncryptType`` (unknown wire values are kept, not rejected)."""

    SM2 = "sm2"
    RSA = "rsa"
    NONE = "none"


@_attrs.define(kw_only=True, slots=True)
class UpdatePermissionNamespaceDto:
    """Wire model ``UpdatePermissionNamespaceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, optional
        new_code: ``newCode``, str, optional
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    new_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "newCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class UpdatePermissionNamespaceRespDto:
    """Wire model ``UpdatePermissionNamespaceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, required
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str = _attrs.field(metadata={"wire": "name"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class UpdatePermissionNamespaceResponseDto(WireBacked):
    """Wire model ``UpdatePermissionNamespaceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, UpdatePermissionNamespaceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: UpdatePermissionNamespaceRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class UpdatePhoneByPhonePassCodeDto:
    """Wire model ``UpdatePhoneByPhonePassCodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        new_phone_number: ``newPhoneNumber``, str, required
        new_phone_pass_code: ``newPhonePassCode``, str, required
        new_phone_country_code: ``newPhoneCountryCode``, str, optional
        old_phone_number: ``oldPhoneNumber``, str, optional
        old_phone_pass_code: ``oldPhonePassCode``, str, optional
        old_phone_country_code: ``oldPhoneCountryCode``, str, optional
    """

    new_phone_number: str = _attrs.field(metadata={"wire": "newPhoneNumber"})
    new_phone_pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "newPhonePassCode"})
    new_phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "newPhoneCountryCode"})
    old_phone_number: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oldPhoneNumber"})
    old_phone_pass_code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "oldPhonePassCode"})
    old_phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "oldPhoneCountryCode"})


@_attrs.define(kw_only=True, slots=True)
class UpdatePhoneDto:
    """Wire model ``UpdatePhoneDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        update_phone_token: ``updatePhoneToken``, str, required
    """

    update_phone_token: str = _attrs.field(repr=_masked, metadata={"wire": "updatePhoneToken"})
