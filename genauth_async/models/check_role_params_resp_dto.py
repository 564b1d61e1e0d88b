# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckRoleParamsRespDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CheckRoleParamsRespDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckRoleParamsRespDto:
    """Wire model ``CheckRoleParamsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        is_valid: ``isValid``, bool, required
        message: ``message``, bool, required
    """

    is_valid: bool = _attrs.field(metadata={"wire": "isValid"})
    message: bool = _attrs.field(metadata={"wire": "message"})
