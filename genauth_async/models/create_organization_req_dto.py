# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateOrganizationReqDto``."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .organization_name_i18n_dto import OrganizationNameI18nDto

__all__ = ["CreateOrganizationReqDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateOrganizationReqDto:
    """Wire model ``CreateOrganizationReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        metadata: ``metadata``, Any, required
        organization_name: ``organizationName``, str, required
        organization_code: ``organizationCode``, str, required
        description: ``description``, str, optional
        open_department_id: ``openDepartmentId``, str, optional
        i18n: ``i18n``, OrganizationNameI18nDto, optional
        tenant_id: ``tenantId``, str, optional
        post_id_list: ``postIdList``, list[str], optional
    """

    metadata: Any = _attrs.field(metadata={"wire": "metadata"})
    organization_name: str = _attrs.field(metadata={"wire": "organizationName"})
    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    open_department_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "openDepartmentId"})
    i18n: OrganizationNameI18nDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    post_id_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postIdList"})
