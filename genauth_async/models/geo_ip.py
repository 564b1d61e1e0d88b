# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GeoIp``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from .geo_ip_location import GeoIpLocation

__all__ = ["GeoIp"]


@_attrs.define(kw_only=True, slots=True)
class GeoIp(WireBacked):
    """Wire model ``GeoIp`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        location: ``location``, GeoIpLocation, required
        country_name: ``country_name``, str, required
        country_code2: ``country_code2``, str, required
        country_code3: ``country_code3``, str, required
        region_name: ``region_name``, str, required
        region_code: ``region_code``, str, required
        city_name: ``city_name``, str, required
        continent_code: ``continent_code``, str, required
        timezone: ``timezone``, str, required
    """

    location: GeoIpLocation = _attrs.field(metadata={"wire": "location"})
    country_name: str = _attrs.field(metadata={"wire": "country_name"})
    country_code2: str = _attrs.field(metadata={"wire": "country_code2"})
    country_code3: str = _attrs.field(metadata={"wire": "country_code3"})
    region_name: str = _attrs.field(metadata={"wire": "region_name"})
    region_code: str = _attrs.field(metadata={"wire": "region_code"})
    city_name: str = _attrs.field(metadata={"wire": "city_name"})
    continent_code: str = _attrs.field(metadata={"wire": "continent_code"})
    timezone: str = _attrs.field(metadata={"wire": "timezone"})
