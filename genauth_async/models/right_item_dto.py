# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``RightItemDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["RightItemDto"]


@_attrs.define(kw_only=True, slots=True)
class RightItemDto:
    """Wire model ``RightItemDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        rights_model_code: ``rightsModelCode``, str, required
        rights_model_name: ``rightsModelName``, str, required
        data_type: ``dataType``, str, required
        data_value: ``dataValue``, str, required
    """

    rights_model_code: str = _attrs.field(metadata={"wire": "rightsModelCode"})
    rights_model_name: str = _attrs.field(metadata={"wire": "rightsModelName"})
    data_type: str = _attrs.field(metadata={"wire": "dataType"})
    data_value: str = _attrs.field(metadata={"wire": "dataValue"})
