# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskWechatworkClientConfig``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["SyncTaskWechatworkClientConfig"]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskWechatworkClientConfig:
    """Wire model ``SyncTaskWechatworkClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        corp_id: ``corpID``, str, required
        secret: ``secret``, str, required
        token: ``token``, str, optional
        encoding_aes_key: ``encodingAESKey``, str, optional
        agent_url: ``agentUrl``, str, optional
    """

    corp_id: str = _attrs.field(metadata={"wire": "corpID"})
    secret: str = _attrs.field(repr=_masked, metadata={"wire": "secret"})
    token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "token"})
    encoding_aes_key: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "encodingAESKey"})
    agent_url: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "agentUrl"})
