# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskXiaoshouyiClientConfig``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["SyncTaskXiaoshouyiClientConfig"]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskXiaoshouyiClientConfig:
    """Wire model ``SyncTaskXiaoshouyiClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        client_id: ``client_id``, str, required
        client_secret: ``client_secret``, str, required
        username: ``username``, str, required
        password: ``password``, str, required
    """

    client_id: str = _attrs.field(metadata={"wire": "client_id"})
    client_secret: str = _attrs.field(repr=_masked, metadata={"wire": "client_secret"})
    username: str = _attrs.field(metadata={"wire": "username"})
    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})
