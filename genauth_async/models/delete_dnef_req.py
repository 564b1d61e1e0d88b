# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteDnefReq``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["DeleteDnefReq"]


@_attrs.define(kw_only=True, slots=True)
class DeleteDnefReq:
    """Wire model ``DeleteDnefReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        resource_code: ``resourceCode``, str, required
        namespace_code: ``namespaceCode``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
