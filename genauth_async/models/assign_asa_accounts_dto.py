# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AssignAsaAccountsDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from .assign_asa_account_item import AssignAsaAccountItem

__all__ = ["AssignAsaAccountsDto"]


@_attrs.define(kw_only=True, slots=True)
class AssignAsaAccountsDto:
    """Wire model ``AssignAsaAccountsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        account_id: ``accountId``, str, required
        targets: ``targets``, list[AssignAsaAccountItem], required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    account_id: str = _attrs.field(metadata={"wire": "accountId"})
    targets: List[AssignAsaAccountItem] = _attrs.field(metadata={"wire": "targets"})
