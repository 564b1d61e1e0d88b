# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetManagementAccessTokenDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["GetManagementAccessTokenDto"]


@_attrs.define(kw_only=True, slots=True)
class GetManagementAccessTokenDto:
    """Wire model ``GetManagementAccessTokenDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_key_id: ``accessKeyId``, str, required
        access_key_secret: ``accessKeySecret``, str, required
    """

    access_key_id: str = _attrs.field(metadata={"wire": "accessKeyId"})
    access_key_secret: str = _attrs.field(repr=_masked, metadata={"wire": "accessKeySecret"})
