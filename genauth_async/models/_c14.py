# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CreateInvitationPolicyDto, ..., CreateOrUpdateGroupRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

if TYPE_CHECKING:
    from ._d2 import (
        DefaultPasswordConfigDto,
    )
    from ._g25 import (
        GroupDto,
    )
    from ._i3 import (
        InvitationLinkConfigDto,
    )

__all__ = [
    "CreateInvitationPolicyDto", "CreateInvitationPolicyDtoInviteMethod",
    "CreateInvitationPolicyDtoSendVerifyCodeMethod", "CreateInvitationRosterDto",
    "CreateMultipleTenantAdminDto", "CreateNamespaceDto", "CreateNamespacesBatchDto",
    "CreateNamespacesBatchItemDto", "CreateOperateModelDto", "CreateOrUpdateGroupDataDto",
    "CreateOrUpdateGroupReqDto", "CreateOrUpdateGroupRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class CreateInvitationPolicyDto:
    """Wire model ``CreateInvitationPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        invite_method: ``inviteMethod``, CreateInvitationPolicyDtoInviteMethod, optional
        invite_link_config: ``inviteLinkConfig``, InvitationLinkConfigDto, optional
        default_password_config: ``defaultPasswordConfig``, DefaultPasswordConfigDto, optional
        show_password_in_invite_email: ``showPasswordInInviteEmail``, bool, optional
        enabled_identifier_verify: ``enabledIdentifierVerify``, bool, optional
        send_verify_code_method: ``sendVerifyCodeMethod``, CreateInvitationPolicyDtoSendVerifyCodeMethod, optional
        enabled_info_fill: ``enabledInfoFill``, bool, optional
        register_info_fill_msg: ``registerInfoFillMsg``, str, optional
        enabled_ext_idp: ``enabledExtIdp``, bool, optional
        allow_skip_bind_ext_idp: ``allowSkipBindExtIdp``, bool, optional
        ext_idp_bind_msg: ``extIdpBindMsg``, str, optional
        ext_idp_conn_ids: ``extIdpConnIds``, list[str], optional
        extends_fields: ``extendsFields``, list[str], optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    invite_method: CreateInvitationPolicyDtoInviteMethod | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inviteMethod"})
    invite_link_config: InvitationLinkConfigDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "inviteLinkConfig"})
    default_password_config: DefaultPasswordConfigDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "defaultPasswordConfig"})
    show_password_in_invite_email: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "showPasswordInInviteEmail"})
    enabled_identifier_verify: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledIdentifierVerify"})
    send_verify_code_method: CreateInvitationPolicyDtoSendVerifyCodeMethod | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendVerifyCodeMethod"})
    enabled_info_fill: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledInfoFill"})
    register_info_fill_msg: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "registerInfoFillMsg"})
    enabled_ext_idp: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabledExtIdp"})
    allow_skip_bind_ext_idp: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "allowSkipBindExtIdp"})
    ext_idp_bind_msg: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extIdpBindMsg"})
    ext_idp_conn_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extIdpConnIds"})
    extends_fields: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extendsFields"})


class CreateInvitationPolicyDtoInviteMethod(WireEnum):
    """Enum of ``CreateInvitationPolicyDto.inviteMethod`` (unknown wire values are kept, not rejected)."""

    EMAIL = "email"


class CreateInvitationPolicyDtoSendVerifyCodeMethod(WireEnum):
    """Enum of ``CreateInvitationPolicyDto.sendVerifyCodeMethod`` (unknown wire values are kept, not rejected)."""

    PRIORITY_SMS = "prioritySMS"
    PRIORITY_EMAIL = "priorityEmail"


@_attrs.define(kw_only=True, slots=True)
class CreateInvitationRosterDto:
    """Wire model ``CreateInvitationRosterDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
    """

    name: str = _attrs.field(metadata={"wire": "name"})


@_attrs.define(kw_only=True, slots=True)
class CreateMultipleTenantAdminDto:
    """Wire model ``CreateMultipleTenantAdminDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_ids: ``tenantIds``, list[str], required
        user_id: ``userId``, str, required
        api_authorized: ``apiAuthorized``, bool, optional
        send_phone_notification: ``sendPhoneNotification``, bool, optional
        send_email_notification: ``sendEmailNotification``, bool, optional
    """

    tenant_ids: List[str] = _attrs.field(metadata={"wire": "tenantIds"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    api_authorized: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "apiAuthorized"})
    send_phone_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendPhoneNotification"})
    send_email_notification: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sendEmailNotification"})


@_attrs.define(kw_only=True, slots=True)
class CreateNamespaceDto:
    """Wire model ``CreateNamespaceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, optional
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class CreateNamespacesBatchDto:
    """Wire model ``CreateNamespacesBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        list: ``list``, list[CreateNamespacesBatchItemDto], required
    """

    list: List[CreateNamespacesBatchItemDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class CreateNamespacesBatchItemDto:
    """Wire model ``CreateNamespacesBatchItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        name: ``name``, str, optional
        description: ``description``, str, optional
    """

    code: str = _attrs.field(metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})


@_attrs.define(kw_only=True, slots=True)
class CreateOperateModelDto:
    """Wire model ``CreateOperateModelDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        show: ``show``, bool, required
        icon: ``icon``, str, required
        config: ``config``, Any, required
        operate_name: ``operateName``, str, required
        operate_key: ``operateKey``, str, required
        model_id: ``modelId``, str, required
    """

    show: bool = _attrs.field(metadata={"wire": "show"})
    icon: str = _attrs.field(metadata={"wire": "icon"})
    config: Any = _attrs.field(metadata={"wire": "config"})
    operate_name: str = _attrs.field(metadata={"wire": "operateName"})
    operate_key: str = _attrs.field(metadata={"wire": "operateKey"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class CreateOrUpdateGroupDataDto(WireBacked):
    """Wire model ``CreateOrUpdateGroupDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        created: ``created``, bool, required
        data: ``data``, GroupDto, required
    """

    created: bool = _attrs.field(metadata={"wire": "created"})
    data: GroupDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CreateOrUpdateGroupReqDto:
    """Wire model ``CreateOrUpdateGroupReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, str, required
        description: ``description``, str, required
        name: ``name``, str, required
        code: ``code``, str, required
    """

    type: str = _attrs.field(metadata={"wire": "type"})
    description: str = _attrs.field(metadata={"wire": "description"})
    name: str = _attrs.field(metadata={"wire": "name"})
    code: str = _attrs.field(metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class CreateOrUpdateGroupRespDto(WireBacked):
    """Wire model ``CreateOrUpdateGroupRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CreateOrUpdateGroupDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CreateOrUpdateGroupDataDto = _attrs.field(metadata={"wire": "data"})
