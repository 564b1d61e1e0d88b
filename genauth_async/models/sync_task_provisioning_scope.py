# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskProvisioningScope``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["SyncTaskProvisioningScope"]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskProvisioningScope:
    """Wire model ``SyncTaskProvisioningScope`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        all: ``all``, bool, required
        include_new_users: ``includeNewUsers``, bool, required
    """

    all: bool = _attrs.field(metadata={"wire": "all"})
    include_new_users: bool = _attrs.field(metadata={"wire": "includeNewUsers"})
