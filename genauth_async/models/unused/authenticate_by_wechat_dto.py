# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AuthenticateByWechatDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["AuthenticateByWechatDto"]


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByWechatDto:
    """Wire model ``AuthenticateByWechatDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "code"})
