# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetGroupAuthorizedResourcesDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetGroupAuthorizedResourcesDto"]


@_attrs.define(kw_only=True, slots=True)
class GetGroupAuthorizedResourcesDto:
    """Wire model ``GetGroupAuthorizedResourcesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        namespace: ``namespace``, Any, optional
        resource_type: ``resourceType``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
    resource_type: Any = _attrs.field(default=None, metadata={"wire": "resourceType"})
