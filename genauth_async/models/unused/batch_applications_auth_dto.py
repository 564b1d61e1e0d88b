# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``BatchApplicationsAuthDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["BatchApplicationsAuthDto"]


@_attrs.define(kw_only=True, slots=True)
class BatchApplicationsAuthDto:
    """Wire model ``BatchApplicationsAuthDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        auth_ids: ``authIds``, Any, optional
    """

    auth_ids: Any = _attrs.field(default=None, metadata={"wire": "authIds"})
