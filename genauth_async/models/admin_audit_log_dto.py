# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AdminAuditLogDto`` and its enums (AdminAuditLogDtoOperationType, AdminAuditLogDtoResourceType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .geo_ip import GeoIp
from .parsed_user_agent import ParsedUserAgent

__all__ = ["AdminAuditLogDto", "AdminAuditLogDtoOperationType", "AdminAuditLogDtoResourceType"]


@_attrs.define(kw_only=True, slots=True)
class AdminAuditLogDto(WireBacked):
    """Wire model ``AdminAuditLogDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        admin_user_id: ``adminUserId``, str, required
        admin_user_avatar: ``adminUserAvatar``, str, required
        admin_user_display_name: ``adminUserDisplayName``, str, required
        client_ip: ``clientIp``, str, optional
        operation_type: ``operationType``, AdminAuditLogDtoOperationType, required
        resource_type: ``resourceType``, AdminAuditLogDtoResourceType, required
        event_details: ``eventDetails``, str, optional
        operation_param: ``operationParam``, str, optional
        origin_value: ``originValue``, str, optional
        target_value: ``targetValue``, str, optional
        success: ``success``, bool, required
        user_agent: ``userAgent``, str, required
        ua: ``ua``, ParsedUserAgent, required
        geoip: ``geoip``, GeoIp, required
        timestamp: ``timestamp``, str, required
        request_id: ``requestId``, str, required
    """

    admin_user_id: str = _attrs.field(metadata={"wire": "adminUserId"})
    admin_user_avatar: str = _attrs.field(metadata={"wire": "adminUserAvatar"})
    admin_user_display_name: str = _attrs.field(metadata={"wire": "adminUserDisplayName"})
    client_ip: str | None = _attrs.field(default=None, metadata={"wire": "clientIp"})
    operation_type: AdminAuditLogDtoOperationType = _attrs.field(metadata={"wire": "operationType"})
    resource_type: AdminAuditLogDtoResourceType = _attrs.field(metadata={"wire": "resourceType"})
    event_details: str | None = _attrs.field(default=None, metadata={"wire": "eventDetails"})
    operation_param: str | None = _attrs.field(default=None, metadata={"wire": "operationParam"})
    origin_value: str | None = _attrs.field(default=None, metadata={"wire": "originValue"})
    target_value: str | None = _attrs.field(default=None, metadata={"wire": "targetValue"})
    success: bool = _attrs.field(metadata={"wire": "success"})
    user_agent: str = _attrs.field(metadata={"wire": "userAgent"})
    ua: ParsedUserAgent = _attrs.field(metadata={"wire": "ua"})
    geoip: GeoIp = _attrs.field(metadata={"wire": "geoip"})
    timestamp: str = _attrs.field(metadata={"wire": "timestamp"})
    request_id: str = _attrs.field(metadata={"wire": "requestId"})


class AdminAuditLogDtoOperationType(WireEnum):
    """Enum of ``AdminAuditLogDto.operationType`` (unknown wire values are kept, not rejected)."""

    ALL = "all"
    CREATE = "create"
    DELETE = "delete"
    IMPORT = "import"
    EXPORT = "export"
    UPDATE = "update"
    REFRESH = "refresh"
    SYNC = "sync"
    INVITE = "invite"
    RESIGN = "resign"
    RECOVER = "recover"
    DISABLE = "disable"
    ENABLE = "enable"
    ACTIVATE = "activate"
    DEACTIVATE = "deactivate"
    ADD = "add"
    REMOVE = "remove"
    QUERY = "query"
    SEND_INVITATION = "sendInvitation"
    REVERT_INVITATION = "revertInvitation"
    APPROVAL = "approval"
    REJECT = "reject"


class AdminAuditLogDtoResourceType(WireEnum):
    """Enum of ``AdminAuditLogDto.resourceType`` (unknown wire values are kept, not rejected)."""

    ALL = "all"
    USER = "user"
    USERPOOL = "userpool"
    TENANT = "tenant"
    USER_LOGIN_STATE = "userLoginState"
    USER_ACCOUNT_STATE = "userAccountState"
    USER_GROUP = "userGroup"
    FIELD_ENCRYPT_STATE = "fieldEncryptState"
    SYNC_TASK = "syncTask"
    SOCIAL_CONNECTION = "socialConnection"
    ENTERPRISE_CONNECTION = "enterpriseConnection"
    CUSTOM_DATABASE = "customDatabase"
    ORG = "org"
    COOPERATOR = "cooperator"
    APPLICATION = "application"
    RESOURCE_NAMESPACE = "resourceNamespace"
    RESOURCE = "resource"
    ROLE = "role"
    ROLE_ASSIGN = "roleAssign"
    POLICY = "policy"
    CUSTOM_DOMAIN = "customDomain"
    PERMIT_SPACE = "permitSpace"
    GENERAL_RESOURCE = "generalResource"
    GENERAL_RESOURCE_AUTHORIZATION = "generalResourceAuthorization"
    ROLE_SUBJECT = "roleSubject"
    SUBJECT_OF_ROLE = "subjectOfRole"
    DATA_RESOURCE = "dataResource"
    DATA_POLICY = "dataPolicy"
    AUTHORIZATION = "authorization"
    USER_AUTHORIZATION = "userAuthorization"
    ADMIN_PERMISSION_ROLE = "adminPermissionRole"
    ADMIN_PERMISSION_ADMIN = "adminPermissionAdmin"
    ADMIN_PERMISSION_POLICY = "adminPermissionPolicy"
    UNIVERSAL_INVITATION = "universalInvitation"
    POLICY_INVITATION = "policyInvitation"
    INVITATION_ROSTER = "invitationRoster"
    INVITATION_USER = "invitationUser"
    INVITATION_POLICY = "invitationPolicy"
    APPLICANT = "applicant"
