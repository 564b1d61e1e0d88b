# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateExtIdpConnDto``."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["UpdateExtIdpConnDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateExtIdpConnDto:
    """Wire model ``UpdateExtIdpConnDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        display_name: ``displayName``, str, required
        fields: ``fields``, Any, required
        logo: ``logo``, str, optional
        login_only: ``loginOnly``, bool, optional
        tenant_id: ``tenantId``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    display_name: str = _attrs.field(metadata={"wire": "displayName"})
    fields: Any = _attrs.field(metadata={"wire": "fields"})
    logo: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "logo"})
    login_only: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "loginOnly"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
