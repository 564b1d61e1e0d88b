# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (OIDCConfig, ..., Option)."""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

if TYPE_CHECKING:
    from ._a9 import (
        ArrayAuthorize,
    )
    from ._s11 import (
        StrAuthorize,
    )
    from ._t4 import (
        TreeAuthorize,
    )

__all__ = [
    "OIDCConfig", "OauthIdpConfig", "OidcDiscoveryMetadata",
    "OidcDiscoveryMetadataResponseTypesSupported", "OpenEventDto", "OpenEventPaginatedRespDto",
    "OpenEventPagingDto", "OpenResource", "OpenResourceResourceType", "OperateModelDto", "Option",
]


@_attrs.define(kw_only=True, slots=True)
class OIDCConfig:
    """Wire model ``OIDCConfig`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class OauthIdpConfig:
    """Wire model ``OauthIdpConfig`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class OidcDiscoveryMetadata:
    """Wire model ``OidcDiscoveryMetadata`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        issuer: ``issuer``, str, required
        authorization_endpoint: ``authorization_endpoint``, str, required
        token_endpoint: ``token_endpoint``, str, required
        userinfo_endpoint: ``userinfo_endpoint``, str, required
        jwks_uri: ``jwks_uri``, str, required
        scopes_supported: ``scopes_supported``, list[str], required
        response_types_supported: ``response_types_supported``, list[OidcDiscoveryMetadataResponseTypesSupported], required
        response_modes_supported: ``response_modes_supported``, list[str], required
        grant_types_supported: ``grant_types_supported``, list[str], required
        id_token_signing_alg_values_supported: ``id_token_signing_alg_values_supported``, list[str], required
        id_token_encryption_alg_values_supported: ``id_token_encryption_alg_values_supported``, list[str], required
        id_token_encryption_enc_values_supported: ``id_token_encryption_enc_values_supported``, list[str], required
        userinfo_signing_alg_values_supported: ``userinfo_signing_alg_values_supported``, list[str], required
        userinfo_encryption_alg_values_supported: ``userinfo_encryption_alg_values_supported``, list[str], required
        userinfo_encryption_enc_values_supported: ``userinfo_encryption_enc_values_supported``, list[str], required
        token_endpoint_auth_methods_supported: ``token_endpoint_auth_methods_supported``, list[str], required
        claim_types_supported: ``claim_types_supported``, list[str], required
        claims_supported: ``claims_supported``, list[str], required
        code_challenge_methods_supported: ``code_challenge_methods_supported``, list[str], required
        end_session_endpoint: ``end_session_endpoint``, str, required
        introspection_endpoint: ``introspection_endpoint``, str, required
        introspection_endpoint_auth_methods_supported: ``introspection_endpoint_auth_methods_supported``, list[str], required
        revocation_endpoint: ``revocation_endpoint``, str, required
        revocation_endpoint_auth_methods_supported: ``revocation_endpoint_auth_methods_supported``, list[str], required
    """

    issuer: str = _attrs.field(metadata={"wire": "issuer"})
    authorization_endpoint: str = _attrs.field(metadata={"wire": "authorization_endpoint"})
    token_endpoint: str = _attrs.field(metadata={"wire": "token_endpoint"})
    userinfo_endpoint: str = _attrs.field(metadata={"wire": "userinfo_endpoint"})
    jwks_uri: str = _attrs.field(metadata={"wire": "jwks_uri"})
    scopes_supported: List[str] = _attrs.field(metadata={"wire": "scopes_supported"})
    response_types_supported: List[OidcDiscoveryMetadataResponseTypesSupported] = _attrs.field(metadata={"wire": "response_types_supported"})
    response_modes_supported: List[str] = _attrs.field(metadata={"wire": "response_modes_supported"})
    grant_types_supported: List[str] = _attrs.field(metadata={"wire": "grant_types_supported"})
    id_token_signing_alg_values_supported: List[str] = _attrs.field(metadata={"wire": "id_token_signing_alg_values_supported"})
    id_token_encryption_alg_values_supported: List[str] = _attrs.field(metadata={"wire": "id_token_encryption_alg_values_supported"})
    id_token_encryption_enc_values_supported: List[str] = _attrs.field(metadata={"wire": "id_token_encryption_enc_values_supported"})
    userinfo_signing_alg_values_supported: List[str] = _attrs.field(metadata={"wire": "userinfo_signing_alg_values_supported"})
    userinfo_encryption_alg_values_supported: List[str] = _attrs.field(metadata={"wire": "userinfo_encryption_alg_values_supported"})
    userinfo_encryption_enc_values_supported: List[str] = _attrs.field(metadata={"wire": "userinfo_encryption_enc_values_supported"})
    token_endpoint_auth_methods_supported: List[str] = _attrs.field(metadata={"wire": "token_endpoint_auth_methods_supported"})
    claim_types_supported: List[str] = _attrs.field(metadata={"wire": "claim_types_supported"})
    claims_supported: List[str] = _attrs.field(metadata={"wire": "claims_supported"})
    code_challenge_methods_supported: List[str] = _attrs.field(metadata={"wire": "code_challenge_methods_supported"})
    end_session_endpoint: str = _attrs.field(metadata={"wire": "end_session_endpoint"})
    introspection_endpoint: str = _attrs.field(metadata={"wire": "introspection_endpoint"})
    introspection_endpoint_auth_methods_supported: List[str] = _attrs.field(metadata={"wire": "introspection_endpoint_auth_methods_supported"})
    revocation_endpoint: str = _attrs.field(metadata={"wire": "revocation_endpoint"})
    revocation_endpoint_auth_methods_supported: List[str] = _attrs.field(metadata={"wire": "revocation_endpoint_auth_methods_supported"})


class OidcDiscoveryMetadataResponseTypesSupported(WireEnum):
    """Enum of ``OidcDiscoveryMetadata.response_types_supported`` (unknown wire values are kept, not rejected)."""

    NONE = "none"
    CODE = "code"
    TOKEN = "token"
    ID_TOKEN_TOKEN = "id_token token"
    ID_TOKEN = "id_token"
    CODE_TOKEN = "code token"
    CODE_ID_TOKEN_TOKEN = "code id_token token"
    CODE_ID_TOKEN = "code id_token"


@_attrs.define(kw_only=True, slots=True)
class OpenEventDto:
    """Wire model ``OpenEventDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        code: ``code``, str, required
        topic: ``topic``, str, required
        name: ``name``, str, required
        desc: ``desc``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    code: str = _attrs.field(metadata={"wire": "code"})
    topic: str = _attrs.field(metadata={"wire": "topic"})
    name: str = _attrs.field(metadata={"wire": "name"})
    desc: str = _attrs.field(metadata={"wire": "desc"})


@_attrs.define(kw_only=True, slots=True)
class OpenEventPaginatedRespDto(WireBacked):
    """Wire model ``OpenEventPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, OpenEventPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: OpenEventPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class OpenEventPagingDto(WireBacked):
    """Wire model ``OpenEventPagingDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[OpenEventDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[OpenEventDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class OpenResource(WireBacked):
    """Wire model ``OpenResource`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        resource_type: ``resourceType``, OpenResourceResourceType, required
        str_authorize: ``strAuthorize``, StrAuthorize, optional
        arr_authorize: ``arrAuthorize``, ArrayAuthorize, optional
        tree_authorize: ``treeAuthorize``, TreeAuthorize, optional
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_type: OpenResourceResourceType = _attrs.field(metadata={"wire": "resourceType"})
    str_authorize: StrAuthorize | None = _attrs.field(default=None, metadata={"wire": "strAuthorize"})
    arr_authorize: ArrayAuthorize | None = _attrs.field(default=None, metadata={"wire": "arrAuthorize"})
    tree_authorize: TreeAuthorize | None = _attrs.field(default=None, metadata={"wire": "treeAuthorize"})


class OpenResourceResourceType(WireEnum):
    """Enum of ``OpenResource.resourceType`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class OperateModelDto:
    """Wire model ``OperateModelDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        user_pool_id: ``userPoolId``, str, required
        model_id: ``modelId``, str, required
        operate_name: ``operateName``, str, required
        operate_key: ``operateKey``, str, required
        show: ``show``, bool, required
        is_default: ``isDefault``, bool, required
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    operate_name: str = _attrs.field(metadata={"wire": "operateName"})
    operate_key: str = _attrs.field(metadata={"wire": "operateKey"})
    show: bool = _attrs.field(metadata={"wire": "show"})
    is_default: bool = _attrs.field(metadata={"wire": "isDefault"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


@_attrs.define(kw_only=True, slots=True)
class Option:
    """Wire model ``Option`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        value: ``value``, str, required
    """

    value: str = _attrs.field(metadata={"wire": "value"})
