# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AuthenticateByWechatMiniProgramPhoneDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["AuthenticateByWechatMiniProgramPhoneDto"]


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByWechatMiniProgramPhoneDto:
    """Wire model ``AuthenticateByWechatMiniProgramPhoneDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        encrypted_data: ``encryptedData``, str, required
        iv: ``iv``, str, required
        code: ``code``, str, required
    """

    encrypted_data: str = _attrs.field(metadata={"wire": "encryptedData"})
    iv: str = _attrs.field(metadata={"wire": "iv"})
    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
