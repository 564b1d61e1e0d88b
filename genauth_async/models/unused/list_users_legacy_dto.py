# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListUsersLegacyDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListUsersLegacyDto"]


@_attrs.define(kw_only=True, slots=True)
class ListUsersLegacyDto:
    """Wire model ``ListUsersLegacyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        status: ``status``, Any, optional
        updated_at_start: ``updatedAtStart``, Any, optional
        updated_at_end: ``updatedAtEnd``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    status: Any = _attrs.field(default=None, metadata={"wire": "status"})
    updated_at_start: Any = _attrs.field(default=None, metadata={"wire": "updatedAtStart"})
    updated_at_end: Any = _attrs.field(default=None, metadata={"wire": "updatedAtEnd"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})
