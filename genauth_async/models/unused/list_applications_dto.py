# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListApplicationsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListApplicationsDto"]


@_attrs.define(kw_only=True, slots=True)
class ListApplicationsDto:
    """Wire model ``ListApplicationsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        is_integrate_app: ``isIntegrateApp``, Any, optional
        is_self_built_app: ``isSelfBuiltApp``, Any, optional
        sso_enabled: ``ssoEnabled``, Any, optional
        keywords: ``keywords``, Any, optional
        all: ``all``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    is_integrate_app: Any = _attrs.field(default=None, metadata={"wire": "isIntegrateApp"})
    is_self_built_app: Any = _attrs.field(default=None, metadata={"wire": "isSelfBuiltApp"})
    sso_enabled: Any = _attrs.field(default=None, metadata={"wire": "ssoEnabled"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    all: Any = _attrs.field(default=None, metadata={"wire": "all"})
