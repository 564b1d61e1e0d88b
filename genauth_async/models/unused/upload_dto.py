# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UploadDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UploadDto"]


@_attrs.define(kw_only=True, slots=True)
class UploadDto:
    """Wire model ``UploadDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        folder: ``folder``, str, optional
        is_private: ``isPrivate``, bool, optional
    """

    folder: str | None = _attrs.field(default=None, metadata={"wire": "folder"})
    is_private: bool | None = _attrs.field(default=None, metadata={"wire": "isPrivate"})
