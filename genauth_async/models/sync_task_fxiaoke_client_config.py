# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskFxiaokeClientConfig``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["SyncTaskFxiaokeClientConfig"]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskFxiaokeClientConfig:
    """Wire model ``SyncTaskFxiaokeClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_secret: ``appSecret``, str, required
        permanent_code: ``permanentCode``, str, required
        current_open_user_id: ``currentOpenUserId``, str, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_secret: str = _attrs.field(repr=_masked, metadata={"wire": "appSecret"})
    permanent_code: str = _attrs.field(repr=_masked, metadata={"wire": "permanentCode"})
    current_open_user_id: str = _attrs.field(metadata={"wire": "currentOpenUserId"})
