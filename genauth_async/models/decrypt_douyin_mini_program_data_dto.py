# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DecryptDouyinMiniProgramDataDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["DecryptDouyinMiniProgramDataDto"]


@_attrs.define(kw_only=True, slots=True)
class DecryptDouyinMiniProgramDataDto:
    """Wire model ``DecryptDouyinMiniProgramDataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        iv: ``iv``, str, required
        encrypted_data: ``encryptedData``, str, required
        ext_idp_connidentifier: ``extIdpConnidentifier``, str, required
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
    iv: str = _attrs.field(metadata={"wire": "iv"})
    encrypted_data: str = _attrs.field(metadata={"wire": "encryptedData"})
    ext_idp_connidentifier: str = _attrs.field(metadata={"wire": "extIdpConnidentifier"})
