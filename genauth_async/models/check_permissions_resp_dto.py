# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckPermissionsRespDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CheckPermissionsRespDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckPermissionsRespDto:
    """Wire model ``CheckPermissionsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, str, required
        action: ``action``, str, required
        resource: ``resource``, str, required
        enabled: ``enabled``, bool, required
    """

    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    action: str = _attrs.field(metadata={"wire": "action"})
    resource: str = _attrs.field(metadata={"wire": "resource"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
