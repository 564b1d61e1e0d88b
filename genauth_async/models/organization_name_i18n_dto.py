# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``OrganizationNameI18nDto``."""

from __future__ import annotations

import attrs as _attrs

from .lang_object import LangObject

__all__ = ["OrganizationNameI18nDto"]


@_attrs.define(kw_only=True, slots=True)
class OrganizationNameI18nDto:
    """Wire model ``OrganizationNameI18nDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        organization_name: ``organizationName``, LangObject, required
    """

    organization_name: LangObject = _attrs.field(metadata={"wire": "organizationName"})
