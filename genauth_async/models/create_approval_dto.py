# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateApprovalDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CreateApprovalDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateApprovalDto:
    """Wire model ``CreateApprovalDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        approval_id: ``approvalId``, int, required
        number: ``number``, str, required
    """

    approval_id: int = _attrs.field(metadata={"wire": "approvalId"})
    number: str = _attrs.field(metadata={"wire": "number"})
