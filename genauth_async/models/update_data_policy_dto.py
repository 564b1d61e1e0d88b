# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateDataPolicyDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .data_statement_permission_dto import DataStatementPermissionDto

__all__ = ["UpdateDataPolicyDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateDataPolicyDto:
    """Wire model ``UpdateDataPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        policy_name: ``policyName``, str, optional
        description: ``description``, str, optional
        statement_list: ``statementList``, list[DataStatementPermissionDto], optional
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    policy_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "policyName"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    statement_list: List[DataStatementPermissionDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "statementList"})
