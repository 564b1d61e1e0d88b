# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetAsaAccountDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetAsaAccountDto"]


@_attrs.define(kw_only=True, slots=True)
class GetAsaAccountDto:
    """Wire model ``GetAsaAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
        account_id: ``accountId``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    account_id: Any = _attrs.field(default=None, metadata={"wire": "accountId"})
