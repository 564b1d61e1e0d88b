# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``Admin``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["Admin"]


@_attrs.define(kw_only=True, slots=True)
class Admin:
    """Wire model ``Admin`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        credential_id: ``credentialId``, Any, optional
        user_id: ``userId``, Any, optional
        app_id: ``appId``, Any, optional
    """

    credential_id: Any = _attrs.field(default=None, metadata={"wire": "credentialId"})
    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
