# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserBatchDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetUserBatchDto"]


@_attrs.define(kw_only=True, slots=True)
class GetUserBatchDto:
    """Wire model ``GetUserBatchDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_ids: ``userIds``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        flat_custom_data: ``flatCustomData``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
    """

    user_ids: Any = _attrs.field(default=None, metadata={"wire": "userIds"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    flat_custom_data: Any = _attrs.field(default=None, metadata={"wire": "flatCustomData"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})
