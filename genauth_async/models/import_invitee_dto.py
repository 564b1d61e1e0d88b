# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ImportInviteeDto``."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

__all__ = ["ImportInviteeDto"]


@_attrs.define(kw_only=True, slots=True)
class ImportInviteeDto:
    """Wire model ``ImportInviteeDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
        msg: ``msg``, bool, optional
        failed: ``failed``, list[Any], optional
        insert_res: ``insertRes``, list[Any], optional
    """

    success: bool = _attrs.field(metadata={"wire": "success"})
    msg: bool | None = _attrs.field(default=None, metadata={"wire": "msg"})
    failed: List[Any] | None = _attrs.field(default=None, metadata={"wire": "failed"})
    insert_res: List[Any] | None = _attrs.field(default=None, metadata={"wire": "insertRes"})
