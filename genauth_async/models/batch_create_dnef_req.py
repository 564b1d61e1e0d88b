# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``BatchCreateDnefReq``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .extend_field import ExtendField

__all__ = ["BatchCreateDnefReq"]


@_attrs.define(kw_only=True, slots=True)
class BatchCreateDnefReq:
    """Wire model ``BatchCreateDnefReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        namespace_code: ``namespaceCode``, str, required
        field_list: ``fieldList``, list[ExtendField], required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    field_list: List[ExtendField] = _attrs.field(metadata={"wire": "fieldList"})
