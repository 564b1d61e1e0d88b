# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AuthenticateByGoogleDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["AuthenticateByGoogleDto"]


@_attrs.define(kw_only=True, slots=True)
class AuthenticateByGoogleDto:
    """Wire model ``AuthenticateByGoogleDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
