# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``OpenResource`` and its enum (OpenResourceResourceType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked, WireEnum

from .array_authorize import ArrayAuthorize
from .str_authorize import StrAuthorize
from .tree_authorize import TreeAuthorize

__all__ = ["OpenResource", "OpenResourceResourceType"]


@_attrs.define(kw_only=True, slots=True)
class OpenResource(WireBacked):
    """Wire model ``OpenResource`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        resource_type: ``resourceType``, OpenResourceResourceType, required
        str_authorize: ``strAuthorize``, StrAuthorize, optional
        arr_authorize: ``arrAuthorize``, ArrayAuthorize, optional
        tree_authorize: ``treeAuthorize``, TreeAuthorize, optional
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_type: OpenResourceResourceType = _attrs.field(metadata={"wire": "resourceType"})
    str_authorize: StrAuthorize | None = _attrs.field(default=None, metadata={"wire": "strAuthorize"})
    arr_authorize: ArrayAuthorize | None = _attrs.field(default=None, metadata={"wire": "arrAuthorize"})
    tree_authorize: TreeAuthorize | None = _attrs.field(default=None, metadata={"wire": "treeAuthorize"})


class OpenResourceResourceType(WireEnum):
    """Enum of ``OpenResource.resourceType`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"
