# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateDataPolicyDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .data_statement_permission_dto import DataStatementPermissionDto

__all__ = ["CreateDataPolicyDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateDataPolicyDto:
    """Wire model ``CreateDataPolicyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        statement_list: ``statementList``, list[DataStatementPermissionDto], required
        policy_name: ``policyName``, str, required
        description: ``description``, str, optional
    """

    statement_list: List[DataStatementPermissionDto] = _attrs.field(metadata={"wire": "statementList"})
    policy_name: str = _attrs.field(metadata={"wire": "policyName"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
