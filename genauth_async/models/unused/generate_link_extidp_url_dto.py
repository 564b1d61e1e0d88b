# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GenerateLinkExtidpUrlDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["GenerateLinkExtidpUrlDto"]


@_attrs.define(kw_only=True, slots=True)
class GenerateLinkExtidpUrlDto:
    """Wire model ``GenerateLinkExtidpUrlDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_conn_identifier: ``extIdpConnIdentifier``, Any, optional
        app_id: ``appId``, Any, optional
        id_token: ``idToken``, Any, optional
        need_url_redirect: ``needUrlRedirect``, Any, optional
        only_redirect_token: ``onlyRedirectToken``, Any, optional
        need_form_post: ``needFormPost``, Any, optional
        target_url: ``targetUrl``, Any, optional
    """

    ext_idp_conn_identifier: Any = _attrs.field(default=None, metadata={"wire": "extIdpConnIdentifier"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    id_token: Any = _attrs.field(default=None, repr=_masked, metadata={"wire": "idToken"})
    need_url_redirect: Any = _attrs.field(default=None, metadata={"wire": "needUrlRedirect"})
    only_redirect_token: Any = _attrs.field(default=None, metadata={"wire": "onlyRedirectToken"})
    need_form_post: Any = _attrs.field(default=None, metadata={"wire": "needFormPost"})
    target_url: Any = _attrs.field(default=None, metadata={"wire": "targetUrl"})
