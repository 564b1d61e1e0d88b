# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetMyAuthorizedResourcesDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetMyAuthorizedResourcesDto"]


@_attrs.define(kw_only=True, slots=True)
class GetMyAuthorizedResourcesDto:
    """Wire model ``GetMyAuthorizedResourcesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace: ``namespace``, Any, optional
        resource_type: ``resourceType``, Any, optional
    """

    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
    resource_type: Any = _attrs.field(default=None, metadata={"wire": "resourceType"})
