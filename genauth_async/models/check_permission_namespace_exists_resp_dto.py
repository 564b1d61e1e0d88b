# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckPermissionNamespaceExistsRespDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CheckPermissionNamespaceExistsRespDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionNamespaceExistsRespDto:
    """Wire model ``CheckPermissionNamespaceExistsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        is_valid: ``isValid``, bool, required
        message: ``message``, str, optional
    """

    is_valid: bool = _attrs.field(metadata={"wire": "isValid"})
    message: str | None = _attrs.field(default=None, metadata={"wire": "message"})
