# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListTenantApplicationsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListTenantApplicationsDto"]


@_attrs.define(kw_only=True, slots=True)
class ListTenantApplicationsDto:
    """Wire model ``ListTenantApplicationsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        keywords: ``keywords``, Any, optional
        sso_enabled: ``ssoEnabled``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    sso_enabled: Any = _attrs.field(default=None, metadata={"wire": "ssoEnabled"})
