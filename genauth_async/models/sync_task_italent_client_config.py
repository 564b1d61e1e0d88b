# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskItalentClientConfig``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["SyncTaskItalentClientConfig"]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskItalentClientConfig:
    """Wire model ``SyncTaskItalentClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        tenant_id: ``tenant_id``, str, required
        app_key: ``app_key``, str, required
        app_secret: ``app_secret``, str, required
    """

    tenant_id: str = _attrs.field(metadata={"wire": "tenant_id"})
    app_key: str = _attrs.field(metadata={"wire": "app_key"})
    app_secret: str = _attrs.field(repr=_masked, metadata={"wire": "app_secret"})
