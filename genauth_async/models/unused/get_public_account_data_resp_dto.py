# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetPublicAccountDataRespDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireBacked

from ..get_user_select_login_public_accounts_data_dto import GetUserSelectLoginPublicAccountsDataDto

__all__ = ["GetPublicAccountDataRespDto"]


@_attrs.define(kw_only=True, slots=True)
class GetPublicAccountDataRespDto(WireBacked):
    """Wire model ``GetPublicAccountDataRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[GetUserSelectLoginPublicAccountsDataDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[GetUserSelectLoginPublicAccountsDataDto] = _attrs.field(metadata={"wire": "data"})
