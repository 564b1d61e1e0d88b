# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskMaycurClientConfig``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["SyncTaskMaycurClientConfig"]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskMaycurClientConfig:
    """Wire model ``SyncTaskMaycurClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_code: ``app_code``, str, required
        app_secret: ``app_secret``, str, required
        endpoint: ``endpoint``, str, required
    """

    app_code: str = _attrs.field(metadata={"wire": "app_code"})
    app_secret: str = _attrs.field(repr=_masked, metadata={"wire": "app_secret"})
    endpoint: str = _attrs.field(metadata={"wire": "endpoint"})
