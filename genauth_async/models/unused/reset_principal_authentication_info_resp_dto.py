# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ResetPrincipalAuthenticationInfoRespDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["ResetPrincipalAuthenticationInfoRespDto"]


@_attrs.define(kw_only=True, slots=True)
class ResetPrincipalAuthenticationInfoRespDto:
    """Wire model ``ResetPrincipalAuthenticationInfoRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})
