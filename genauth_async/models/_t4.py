# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (TerminalInfoRespDto, ..., TreePermissionDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._d1 import (
        DataResourcePolicyTreeStructs,
    )
    from ._d8 import (
        DeviceInfo,
    )
    from ._t3 import (
        TerminalInfoDto,
    )

__all__ = [
    "TerminalInfoRespDto", "TerminalSessionDto", "TerminalSessionRespDto", "TokenEndPointParams",
    "TokenEndPointParamsGrantType", "TokenIntrospectEndpointParams", "TokenIntrospectResponse",
    "TokenRevocationEndpointParams", "TreeAuthBo", "TreeAuthorize", "TreePermissionDto",
]


@_attrs.define(kw_only=True, slots=True)
class TerminalInfoRespDto(WireBacked):
    """Wire model ``TerminalInfoRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, TerminalInfoDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: TerminalInfoDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TerminalSessionDto(WireBacked):
    """Wire model ``TerminalSessionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        device: ``device``, DeviceInfo, required
        last_login_time: ``lastLoginTime``, str, required
        last_ip: ``lastIp``, str, optional
        online: ``online``, bool, required
    """

    device: DeviceInfo = _attrs.field(metadata={"wire": "device"})
    last_login_time: str = _attrs.field(metadata={"wire": "lastLoginTime"})
    last_ip: str | None = _attrs.field(default=None, metadata={"wire": "lastIp"})
    online: bool = _attrs.field(metadata={"wire": "online"})


@_attrs.define(kw_only=True, slots=True)
class TerminalSessionRespDto(WireBacked):
    """Wire model ``TerminalSessionRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[TerminalSessionDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[TerminalSessionDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class TokenEndPointParams:
    """Wire model ``TokenEndPointParams`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        client_id: ``client_id``, str, optional
        client_secret: ``client_secret``, str, optional
        grant_type: ``grant_type``, TokenEndPointParamsGrantType, required
        redirect_uri: ``redirect_uri``, str, required
        code: ``code``, str, optional
        code_verifier: ``code_verifier``, str, optional
        refresh_token: ``refresh_token``, str, optional
    """

    client_id: str | None = _attrs.field(default=None, metadata={"wire": "client_id"})
    client_secret: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "client_secret"})
    grant_type: TokenEndPointParamsGrantType = _attrs.field(metadata={"wire": "grant_type"})
    redirect_uri: str = _attrs.field(metadata={"wire": "redirect_uri"})
    code: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "code"})
    code_verifier: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "code_verifier"})
    refresh_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "refresh_token"})


class TokenEndPointParamsGrantType(WireEnum):
    """Enum of ``TokenEndPointParams.grant_type`` (unknown wire values are kept, not rejected)."""

    AUTHORIZATION_CODE = "authorization_code"
    REFRESH_TOKEN = "refresh_token"
    CLIENT_CREDENTIALS = "client_credentials"
    PASSWORD = "password"
    HTTP_AUTHING_CN_OIDC_GRANT_TYPE_AUTHING_TOKEN = "http://authing.cn/oidc/grant_type/authing_token"


@_attrs.define(kw_only=True, slots=True)
class TokenIntrospectEndpointParams:
    """Wire model ``TokenIntrospectEndpointParams`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        client_id: ``client_id``, str, optional
        client_secret: ``client_secret``, str, optional
        token: ``token``, str, required
        strict: ``strict``, bool, optional
    """

    client_id: str | None = _attrs.field(default=None, metadata={"wire": "client_id"})
    client_secret: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "client_secret"})
    token: str = _attrs.field(repr=_masked, metadata={"wire": "token"})
    strict: bool | None = _attrs.field(default=None, metadata={"wire": "strict"})


@_attrs.define(kw_only=True, slots=True)
class TokenIntrospectResponse:
    """Wire model ``TokenIntrospectResponse`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        active: ``active``, bool, required
        sub: ``sub``, str, optional
        client_id: ``client_id``, str, optional
        exp: ``exp``, int, optional
        iat: ``iat``, int, optional
        iss: ``iss``, str, optional
        jti: ``jti``, str, optional
        scope: ``scope``, str, optional
        token_type: ``token_type``, str, optional
    """

    active: bool = _attrs.field(metadata={"wire": "active"})
    sub: str | None = _attrs.field(default=None, metadata={"wire": "sub"})
    client_id: str | None = _attrs.field(default=None, metadata={"wire": "client_id"})
    exp: int | None = _attrs.field(default=None, metadata={"wire": "exp"})
    iat: int | None = _attrs.field(default=None, metadata={"wire": "iat"})
    iss: str | None = _attrs.field(default=None, metadata={"wire": "iss"})
    jti: str | None = _attrs.field(default=None, metadata={"wire": "jti"})
    scope: str | None = _attrs.field(default=None, metadata={"wire": "scope"})
    token_type: str | None = _attrs.field(default=None, metadata={"wire": "token_type"})


@_attrs.define(kw_only=True, slots=True)
class TokenRevocationEndpointParams:
    """Wire model ``TokenRevocationEndpointParams`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        client_id: ``client_id``, str, optional
        client_secret: ``client_secret``, str, optional
        token: ``token``, str, required
    """

    client_id: str | None = _attrs.field(default=None, metadata={"wire": "client_id"})
    client_secret: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "client_secret"})
    token: str = _attrs.field(repr=_masked, metadata={"wire": "token"})


@_attrs.define(kw_only=True, slots=True)
class TreeAuthBo:
    """Wire model ``TreeAuthBo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        node_path: ``nodePath``, str, required
        node_name: ``nodeName``, str, required
        node_actions: ``nodeActions``, list[str], required
        node_value: ``nodeValue``, str, optional
        node_extend_field_value: ``nodeExtendFieldValue``, Any, optional
    """

    node_path: str = _attrs.field(metadata={"wire": "nodePath"})
    node_name: str = _attrs.field(metadata={"wire": "nodeName"})
    node_actions: List[str] = _attrs.field(metadata={"wire": "nodeActions"})
    node_value: str | None = _attrs.field(default=None, metadata={"wire": "nodeValue"})
    node_extend_field_value: Any = _attrs.field(default=None, metadata={"wire": "nodeExtendFieldValue"})


@_attrs.define(kw_only=True, slots=True)
class TreeAuthorize(WireBacked):
    """Wire model ``TreeAuthorize`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        auth_list: ``authList``, list[TreeAuthBo], required
    """

    auth_list: List[TreeAuthBo] = _attrs.field(metadata={"wire": "authList"})


@_attrs.define(kw_only=True, slots=True)
class TreePermissionDto(WireBacked):
    """Wire model ``TreePermissionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_id: ``resourceId``, str, required
        resource_type: ``resourceType``, str, required
        node_auth_action_list: ``nodeAuthActionList``, list[DataResourcePolicyTreeStructs], required
    """

    resource_id: str = _attrs.field(metadata={"wire": "resourceId"})
    resource_type: str = _attrs.field(metadata={"wire": "resourceType"})
    node_auth_action_list: List[DataResourcePolicyTreeStructs] = _attrs.field(metadata={"wire": "nodeAuthActionList"})
