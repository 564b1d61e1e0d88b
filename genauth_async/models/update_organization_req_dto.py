# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateOrganizationReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .organization_name_i18n_dto import OrganizationNameI18nDto

__all__ = ["UpdateOrganizationReqDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateOrganizationReqDto:
    """Wire model ``UpdateOrganizationReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, str, required
        description: ``description``, str, optional
        open_department_id: ``openDepartmentId``, str, optional
        leader_user_ids: ``leaderUserIds``, list[str], optional
        i18n: ``i18n``, OrganizationNameI18nDto, optional
        tenant_id: ``tenantId``, str, optional
        organization_new_code: ``organizationNewCode``, str, optional
        organization_name: ``organizationName``, str, optional
        post_id_list: ``postIdList``, list[str], optional
    """

    organization_code: str = _attrs.field(metadata={"wire": "organizationCode"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    open_department_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "openDepartmentId"})
    leader_user_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "leaderUserIds"})
    i18n: OrganizationNameI18nDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    organization_new_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "organizationNewCode"})
    organization_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "organizationName"})
    post_id_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postIdList"})
