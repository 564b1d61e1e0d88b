# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetLdapServerLogDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetLdapServerLogDto"]


@_attrs.define(kw_only=True, slots=True)
class GetLdapServerLogDto:
    """Wire model ``GetLdapServerLogDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        type: ``type``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        connection: ``connection``, Any, optional
        operation_number: ``operationNumber``, Any, optional
        error_code: ``errorCode``, Any, optional
        message: ``message``, Any, optional
        start_time: ``startTime``, Any, optional
        end_time: ``endTime``, Any, optional
    """

    type: Any = _attrs.field(default=None, metadata={"wire": "type"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    connection: Any = _attrs.field(default=None, metadata={"wire": "connection"})
    operation_number: Any = _attrs.field(default=None, metadata={"wire": "operationNumber"})
    error_code: Any = _attrs.field(default=None, metadata={"wire": "errorCode"})
    message: Any = _attrs.field(default=None, metadata={"wire": "message"})
    start_time: Any = _attrs.field(default=None, metadata={"wire": "startTime"})
    end_time: Any = _attrs.field(default=None, metadata={"wire": "endTime"})
