# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListUserBaseFieldsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListUserBaseFieldsDto"]


@_attrs.define(kw_only=True, slots=True)
class ListUserBaseFieldsDto:
    """Wire model ``ListUserBaseFieldsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, Any, optional
        data_type: ``dataType``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        user_visible: ``userVisible``, Any, optional
        admin_visible: ``adminVisible``, Any, optional
        access_control: ``accessControl``, Any, optional
        keyword: ``keyword``, Any, optional
        lang: ``lang``, Any, optional
    """

    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    data_type: Any = _attrs.field(default=None, metadata={"wire": "dataType"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    user_visible: Any = _attrs.field(default=None, metadata={"wire": "userVisible"})
    admin_visible: Any = _attrs.field(default=None, metadata={"wire": "adminVisible"})
    access_control: Any = _attrs.field(default=None, metadata={"wire": "accessControl"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})
    lang: Any = _attrs.field(default=None, metadata={"wire": "lang"})
