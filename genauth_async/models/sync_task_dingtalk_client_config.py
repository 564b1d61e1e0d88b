# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskDingtalkClientConfig``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["SyncTaskDingtalkClientConfig"]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskDingtalkClientConfig:
    """Wire model ``SyncTaskDingtalkClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        corp_id: ``corpId``, str, required
        app_key: ``appKey``, str, required
        app_secret: ``appSecret``, str, required
        aes_key: ``aes_key``, str, optional
        token: ``token``, str, optional
    """

    corp_id: str = _attrs.field(metadata={"wire": "corpId"})
    app_key: str = _attrs.field(metadata={"wire": "appKey"})
    app_secret: str = _attrs.field(repr=_masked, metadata={"wire": "appSecret"})
    aes_key: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "aes_key"})
    token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "token"})
