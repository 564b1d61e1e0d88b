# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetPolicyInvitationContextDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["GetPolicyInvitationContextDto"]


@_attrs.define(kw_only=True, slots=True)
class GetPolicyInvitationContextDto:
    """Wire model ``GetPolicyInvitationContextDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        token: ``token``, Any, optional
    """

    token: Any = _attrs.field(default=None, repr=_masked, metadata={"wire": "token"})
