# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GeoIpLocation``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["GeoIpLocation"]


@_attrs.define(kw_only=True, slots=True)
class GeoIpLocation:
    """Wire model ``GeoIpLocation`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        lon: ``lon``, float, required
        lat: ``lat``, float, required
    """

    lon: float = _attrs.field(metadata={"wire": "lon"})
    lat: float = _attrs.field(metadata={"wire": "lat"})
