# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LegacyExchangeTokenResponse``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["LegacyExchangeTokenResponse"]


@_attrs.define(kw_only=True, slots=True)
class LegacyExchangeTokenResponse:
    """Wire model ``LegacyExchangeTokenResponse`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, optional
        id_token: ``id_token``, str, optional
    """

    access_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "access_token"})
    id_token: str | None = _attrs.field(default=None, repr=_masked, metadata={"wire": "id_token"})
