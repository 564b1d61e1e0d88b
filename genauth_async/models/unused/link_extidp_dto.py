# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``LinkExtidpDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["LinkExtidpDto"]


@_attrs.define(kw_only=True, slots=True)
class LinkExtidpDto:
    """Wire model ``LinkExtidpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_conn_identifier: ``extIdpConnIdentifier``, Any, optional
        app_id: ``appId``, Any, optional
        id_token: ``idToken``, Any, optional
    """

    ext_idp_conn_identifier: Any = _attrs.field(default=None, metadata={"wire": "extIdpConnIdentifier"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    id_token: Any = _attrs.field(default=None, repr=_masked, metadata={"wire": "idToken"})
