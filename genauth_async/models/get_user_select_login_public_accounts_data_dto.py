# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserSelectLoginPublicAccountsDataDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from .get_user_select_login_public_accounts_origin_user_dto import GetUserSelectLoginPublicAccountsOriginUserDto
from .list_public_account_data_dto import ListPublicAccountDataDto

__all__ = ["GetUserSelectLoginPublicAccountsDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetUserSelectLoginPublicAccountsDataDto(WireBacked):
    """Wire model ``GetUserSelectLoginPublicAccountsDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        public_accounts: ``publicAccounts``, list[ListPublicAccountDataDto], required
        origin_user: ``originUser``, GetUserSelectLoginPublicAccountsOriginUserDto, optional
    """

    public_accounts: List[ListPublicAccountDataDto] = _attrs.field(metadata={"wire": "publicAccounts"})
    origin_user: GetUserSelectLoginPublicAccountsOriginUserDto | None = _attrs.field(default=None, metadata={"wire": "originUser"})
