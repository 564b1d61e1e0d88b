# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GetExtendsFieldsRespDto, ..., GetGroupDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a9 import (
        ArrResourceAuthAction,
    )
    from ._f1 import (
        FactorDto, FastpassQRCodeRelationAppDto,
    )
    from ._g8 import (
        GetExtendsFieldsDto,
    )
    from ._s11 import (
        StrResourceAuthAction,
    )
    from ._t5 import (
        TreeResourceAuthAction,
    )

__all__ = [
    "GetExtendsFieldsRespDto", "GetExternalUserResourceStructDataDto",
    "GetExternalUserResourceStructDataDtoResourceType", "GetExternalUserResourceStructDto",
    "GetExternalUserResourceStructRespDto", "GetFactorDto", "GetFactorRespDto",
    "GetFastpassClientAppsDto", "GetFastpassQRCodeRelationAppsDto",
    "GetFastpassQRCodeRelationAppsRespDto", "GetGroupAuthorizedResourcesDto",
    "GetGroupAuthorizedResourcesParamsResourceType", "GetGroupDto",
]


@_attrs.define(kw_only=True, slots=True)
class GetExtendsFieldsRespDto(WireBacked):
    """Wire model ``GetExtendsFieldsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetExtendsFieldsDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetExtendsFieldsDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetExternalUserResourceStructDataDto(WireBacked):
    """Wire model ``GetExternalUserResourceStructDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, str, required
        resource_code: ``resourceCode``, str, required
        resource_type: ``resourceType``, GetExternalUserResourceStructDataDtoResourceType, required
        str_resource_auth_action: ``strResourceAuthAction``, StrResourceAuthAction, optional
        arr_resource_auth_action: ``arrResourceAuthAction``, ArrResourceAuthAction, optional
        tree_resource_auth_action: ``treeResourceAuthAction``, TreeResourceAuthAction, optional
    """

    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_type: GetExternalUserResourceStructDataDtoResourceType = _attrs.field(metadata={"wire": "resourceType"})
    str_resource_auth_action: StrResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "strResourceAuthAction"})
    arr_resource_auth_action: ArrResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "arrResourceAuthAction"})
    tree_resource_auth_action: TreeResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "treeResourceAuthAction"})


class GetExternalUserResourceStructDataDtoResourceType(WireEnum):
    """Enum of ``GetExternalUserResourceStructDataDto.resourceType`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class GetExternalUserResourceStructDto:
    """Wire model ``GetExternalUserResourceStructDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        external_id: ``externalId``, str, required
        namespace_code: ``namespaceCode``, str, required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    external_id: str = _attrs.field(metadata={"wire": "externalId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})


@_attrs.define(kw_only=True, slots=True)
class GetExternalUserResourceStructRespDto(WireBacked):
    """Wire model ``GetExternalUserResourceStructRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetExternalUserResourceStructDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetExternalUserResourceStructDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetFactorDto:
    """Wire model ``GetFactorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        factor_id: ``factorId``, Any, optional
    """

    factor_id: Any = _attrs.field(default=None, metadata={"wire": "factorId"})


@_attrs.define(kw_only=True, slots=True)
class GetFactorRespDto(WireBacked):
    """Wire model ``GetFactorRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, FactorDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: FactorDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetFastpassClientAppsDto:
    """Wire model ``GetFastpassClientAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        qrcode_id: ``qrcodeId``, Any, optional
        app_id: ``appId``, Any, optional
    """

    qrcode_id: Any = _attrs.field(default=None, metadata={"wire": "qrcodeId"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class GetFastpassQRCodeRelationAppsDto(WireBacked):
    """Wire model ``GetFastpassQRCodeRelationAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        relation_apps: ``relationApps``, list[FastpassQRCodeRelationAppDto], optional
    """

    relation_apps: List[FastpassQRCodeRelationAppDto] | None = _attrs.field(default=None, metadata={"wire": "relationApps"})


@_attrs.define(kw_only=True, slots=True)
class GetFastpassQRCodeRelationAppsRespDto(WireBacked):
    """Wire model ``GetFastpassQRCodeRelationAppsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetFastpassQRCodeRelationAppsDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetFastpassQRCodeRelationAppsDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetGroupAuthorizedResourcesDto:
    """Wire model ``GetGroupAuthorizedResourcesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        namespace: ``namespace``, Any, optional
        resource_type: ``resourceType``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
    resource_type: Any = _attrs.field(default=None, metadata={"wire": "resourceType"})


class GetGroupAuthorizedResourcesParamsResourceType(WireEnum):
    """Enum of ``GetGroupAuthorizedResourcesParams.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


@_attrs.define(kw_only=True, slots=True)
class GetGroupDto:
    """Wire model ``GetGroupDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
