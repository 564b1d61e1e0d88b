# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``BatchUnbindPolicy``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

__all__ = ["BatchUnbindPolicy"]


@_attrs.define(kw_only=True, slots=True)
class BatchUnbindPolicy:
    """Wire model ``BatchUnbindPolicy`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roster_ids: ``rosterIds``, list[str], required
        policy_id: ``policyId``, str, required
    """

    roster_ids: List[str] = _attrs.field(metadata={"wire": "rosterIds"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
