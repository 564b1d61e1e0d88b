# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetWechatMiniProgramPhoneDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["GetWechatMiniProgramPhoneDto"]


@_attrs.define(kw_only=True, slots=True)
class GetWechatMiniProgramPhoneDto:
    """Wire model ``GetWechatMiniProgramPhoneDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_connidentifier: ``extIdpConnidentifier``, str, required
        code: ``code``, str, required
    """

    ext_idp_connidentifier: str = _attrs.field(metadata={"wire": "extIdpConnidentifier"})
    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
