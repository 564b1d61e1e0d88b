# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskActiveDirectoryClientConfig``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["SyncTaskActiveDirectoryClientConfig"]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskActiveDirectoryClientConfig:
    """Wire model ``SyncTaskActiveDirectoryClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sync_identity_provider_code: ``syncIdentityProviderCode``, str, optional
        ticket_url: ``ticket_url``, str, optional
    """

    sync_identity_provider_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "syncIdentityProviderCode"})
    ticket_url: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "ticket_url"})
