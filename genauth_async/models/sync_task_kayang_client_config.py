# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskKayangClientConfig``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["SyncTaskKayangClientConfig"]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskKayangClientConfig:
    """Wire model ``SyncTaskKayangClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        endpoint: ``endpoint``, str, required
        account: ``account``, str, required
        password: ``password``, str, required
    """

    endpoint: str = _attrs.field(metadata={"wire": "endpoint"})
    account: str = _attrs.field(metadata={"wire": "account"})
    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})
