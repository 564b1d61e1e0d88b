# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateGroupReqDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["UpdateGroupReqDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateGroupReqDto:
    """Wire model ``UpdateGroupReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        description: ``description``, str, required
        code: ``code``, str, required
        name: ``name``, str, optional
        new_code: ``newCode``, str, optional
        custom_data: ``customData``, Any, optional
    """

    description: str = _attrs.field(metadata={"wire": "description"})
    code: str = _attrs.field(metadata={"wire": "code"})
    name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "name"})
    new_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "newCode"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
