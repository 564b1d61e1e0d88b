# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DataResourceSimpleRespDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["DataResourceSimpleRespDto"]


@_attrs.define(kw_only=True, slots=True)
class DataResourceSimpleRespDto:
    """Wire model ``DataResourceSimpleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_id: ``resourceId``, str, required
        resource_name: ``resourceName``, str, required
    """

    resource_id: str = _attrs.field(metadata={"wire": "resourceId"})
    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
