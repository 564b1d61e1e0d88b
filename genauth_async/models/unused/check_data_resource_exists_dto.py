# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckDataResourceExistsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["CheckDataResourceExistsDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckDataResourceExistsDto:
    """Wire model ``CheckDataResourceExistsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, Any, optional
        resource_name: ``resourceName``, Any, optional
        resource_code: ``resourceCode``, Any, optional
    """

    namespace_code: Any = _attrs.field(default=None, metadata={"wire": "namespaceCode"})
    resource_name: Any = _attrs.field(default=None, metadata={"wire": "resourceName"})
    resource_code: Any = _attrs.field(default=None, metadata={"wire": "resourceCode"})
