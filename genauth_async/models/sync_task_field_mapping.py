# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskFieldMapping``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["SyncTaskFieldMapping"]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskFieldMapping:
    """Wire model ``SyncTaskFieldMapping`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        expression: ``expression``, str, required
        target_key: ``targetKey``, str, required
    """

    expression: str = _attrs.field(metadata={"wire": "expression"})
    target_key: str = _attrs.field(metadata={"wire": "targetKey"})
