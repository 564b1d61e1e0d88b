# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``WechatIdentityResolveRespDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from ..unused.wechat_identity_resolve_resp_data_dto import WechatIdentityResolveRespDataDto

__all__ = ["WechatIdentityResolveRespDto"]


@_attrs.define(kw_only=True, slots=True)
class WechatIdentityResolveRespDto(WireBacked):
    """Wire model ``WechatIdentityResolveRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        unique_id: ``uniqueId``, str, optional
        code: ``code``, int, optional
        status_code: ``statusCode``, int, required
        api_code: ``apiCode``, int, optional
        message: ``message``, str, required
        data: ``data``, WechatIdentityResolveRespDataDto, required
    """

    unique_id: str | None = _attrs.field(default=None, metadata={"wire": "uniqueId"})
    code: int | None = _attrs.field(default=None, metadata={"wire": "code"})
    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    data: WechatIdentityResolveRespDataDto = _attrs.field(metadata={"wire": "data"})
