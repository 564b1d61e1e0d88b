# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SyncTaskScimClientConfig``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = ["SyncTaskScimClientConfig"]


@_attrs.define(kw_only=True, slots=True)
class SyncTaskScimClientConfig:
    """Wire model ``SyncTaskScimClientConfig`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        org_url: ``org_url``, str, optional
        user_url: ``user_url``, str, required
        token: ``token``, str, required
        root_department_id: ``root_department_id``, str, optional
        parent_department: ``parent_department``, str, optional
        department: ``department``, str, optional
    """

    org_url: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "org_url"})
    user_url: str = _attrs.field(metadata={"wire": "user_url"})
    token: str = _attrs.field(repr=_masked, metadata={"wire": "token"})
    root_department_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "root_department_id"})
    parent_department: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "parent_department"})
    department: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "department"})
