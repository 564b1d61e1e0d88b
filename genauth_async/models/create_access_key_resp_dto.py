# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateAccessKeyRespDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["CreateAccessKeyRespDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateAccessKeyRespDto:
    """Wire model ``CreateAccessKeyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_key_id: ``accessKeyId``, str, required
        access_key_secret: ``accessKeySecret``, str, required
        user_id: ``userId``, str, required
        created_at: ``createdAt``, str, required
        status: ``status``, str, required
        last_date: ``lastDate``, str, required
        user_pool_id: ``userPoolId``, str, required
        enable: ``enable``, bool, required
    """

    access_key_id: str = _attrs.field(metadata={"wire": "accessKeyId"})
    access_key_secret: str = _attrs.field(repr=_masked, metadata={"wire": "accessKeySecret"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    status: str = _attrs.field(metadata={"wire": "status"})
    last_date: str = _attrs.field(metadata={"wire": "lastDate"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    enable: bool = _attrs.field(metadata={"wire": "enable"})
