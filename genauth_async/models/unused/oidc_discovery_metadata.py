# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``OidcDiscoveryMetadata`` and its enum (OidcDiscoveryMetadataResponseTypesSupported).

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["OidcDiscoveryMetadata", "OidcDiscoveryMetadataResponseTypesSupported"]


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
