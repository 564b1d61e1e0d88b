# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CountryDetailInfo``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from .lang_object import LangObject

__all__ = ["CountryDetailInfo"]


@_attrs.define(kw_only=True, slots=True)
class CountryDetailInfo(WireBacked):
    """Wire model ``CountryDetailInfo`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        alpha2: ``alpha2``, str, required
        alpha3: ``alpha3``, str, required
        phone_country_code: ``phoneCountryCode``, str, required
        flag: ``flag``, str, required
        name: ``name``, LangObject, required
    """

    alpha2: str = _attrs.field(metadata={"wire": "alpha2"})
    alpha3: str = _attrs.field(metadata={"wire": "alpha3"})
    phone_country_code: str = _attrs.field(metadata={"wire": "phoneCountryCode"})
    flag: str = _attrs.field(metadata={"wire": "flag"})
    name: LangObject = _attrs.field(metadata={"wire": "name"})
