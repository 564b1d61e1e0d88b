# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetAuthorizedResourcesDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetAuthorizedResourcesDto"]


@_attrs.define(kw_only=True, slots=True)
class GetAuthorizedResourcesDto:
    """Wire model ``GetAuthorizedResourcesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, Any, optional
        target_identifier: ``targetIdentifier``, Any, optional
        namespace: ``namespace``, Any, optional
        resource_type: ``resourceType``, Any, optional
        resource_list: ``resourceList``, Any, optional
        with_denied: ``withDenied``, Any, optional
    """

    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    target_identifier: Any = _attrs.field(default=None, metadata={"wire": "targetIdentifier"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
    resource_type: Any = _attrs.field(default=None, metadata={"wire": "resourceType"})
    resource_list: Any = _attrs.field(default=None, metadata={"wire": "resourceList"})
    with_denied: Any = _attrs.field(default=None, metadata={"wire": "withDenied"})
