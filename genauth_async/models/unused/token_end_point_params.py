# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``TokenEndPointParams`` and its enum (TokenEndPointParamsGrantType).

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum
from genauth_async.models._redact import masked as _masked

__all__ = ["TokenEndPointParams", "TokenEndPointParamsGrantType"]


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
