# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateGroupReqDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET

__all__ = ["CreateGroupReqDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateGroupReqDto:
    """Wire model ``CreateGroupReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, str, required
        description: ``description``, str, required
        name: ``name``, str, required
        code: ``code``, str, required
        custom_data: ``customData``, Any, optional
    """

    type: str = _attrs.field(metadata={"wire": "type"})
    description: str = _attrs.field(metadata={"wire": "description"})
    name: str = _attrs.field(metadata={"wire": "name"})
    code: str = _attrs.field(metadata={"wire": "code"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
