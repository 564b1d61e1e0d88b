# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``VerifyConfigDataDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["VerifyConfigDataDto"]


@_attrs.define(kw_only=True, slots=True)
class VerifyConfigDataDto:
    """Wire model ``VerifyConfigDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        app_id: ``appId``, str, required
        is_win_login: ``isWinLogin``, bool, optional
        is_win_change_pwd: ``isWinChangePwd``, bool, optional
        app_secret: ``appSecret``, str, required
        public_key: ``publicKey``, str, required
        auth_address: ``authAddress``, str, required
        logo: ``logo``, str, required
        name: ``name``, str, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    is_win_login: bool | None = _attrs.field(default=None, metadata={"wire": "isWinLogin"})
    is_win_change_pwd: bool | None = _attrs.field(default=None, metadata={"wire": "isWinChangePwd"})
    app_secret: str = _attrs.field(repr=_masked, metadata={"wire": "appSecret"})
    public_key: str = _attrs.field(metadata={"wire": "publicKey"})
    auth_address: str = _attrs.field(metadata={"wire": "authAddress"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    name: str = _attrs.field(metadata={"wire": "name"})
