# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateOrganizationStatusReqDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["UpdateOrganizationStatusReqDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateOrganizationStatusReqDto:
    """Wire model ``UpdateOrganizationStatusReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        root_node_id: ``rootNodeId``, str, required
        status: ``status``, str, optional
    """

    root_node_id: str = _attrs.field(metadata={"wire": "rootNodeId"})
    status: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})
