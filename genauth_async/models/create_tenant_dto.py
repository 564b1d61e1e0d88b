# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateTenantDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["CreateTenantDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateTenantDto:
    """Wire model ``CreateTenantDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        app_ids: ``appIds``, list[str], required
        logo: ``logo``, list[str], optional
        description: ``description``, str, optional
        reject_hint: ``rejectHint``, str, optional
        source_app_id: ``sourceAppId``, str, optional
        enterprise_domains: ``enterpriseDomains``, list[str], optional
        expire_time: ``expireTime``, str, optional
        mau_amount: ``mauAmount``, int, optional
        member_amount: ``memberAmount``, int, optional
        admin_amount: ``adminAmount``, int, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    app_ids: List[str] = _attrs.field(metadata={"wire": "appIds"})
    logo: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "logo"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    reject_hint: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "rejectHint"})
    source_app_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sourceAppId"})
    enterprise_domains: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enterpriseDomains"})
    expire_time: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "expireTime"})
    mau_amount: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "mauAmount"})
    member_amount: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "memberAmount"})
    admin_amount: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "adminAmount"})
