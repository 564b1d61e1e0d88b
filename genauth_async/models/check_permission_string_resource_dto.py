# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckPermissionStringResourceDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["CheckPermissionStringResourceDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionStringResourceDto:
    """Wire model ``CheckPermissionStringResourceDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        action: ``action``, str, required
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    action: str = _attrs.field(metadata={"wire": "action"})
