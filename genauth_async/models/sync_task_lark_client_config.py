# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskLarkClientConfig``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["SyncTaskLarkClientConfig"]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskLarkClientConfig:
    """Wire model ``SyncTaskLarkClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``app_id``, str, required
        app_secret: ``app_secret``, str, required
        encrypt_key: ``encrypt_key``, str, optional
        verification_token: ``verification_token``, str, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "app_id"})
    app_secret: str = _attrs.field(repr=_masked, metadata={"wire": "app_secret"})
    encrypt_key: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "encrypt_key"})
    verification_token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "verification_token"})
