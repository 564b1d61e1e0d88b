# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``WechatMobileAuthByCodeInput``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["WechatMobileAuthByCodeInput"]


@_attrs.define(kw_only=True, slots=True)
class WechatMobileAuthByCodeInput:
    """Wire model ``WechatMobileAuthByCodeInput`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
        app_id: ``appId``, str, optional
        conn_id: ``connId``, str, optional
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
    app_id: str | None = _attrs.field(default=None, metadata={"wire": "appId"})
    conn_id: str | None = _attrs.field(default=None, metadata={"wire": "connId"})
