# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``QRCodeStatusBriefUserInfoDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["QRCodeStatusBriefUserInfoDto"]


@_attrs.define(kw_only=True, slots=True)
class QRCodeStatusBriefUserInfoDto:
    """Wire model ``QRCodeStatusBriefUserInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        display_name: ``displayName``, str, required
        photo: ``photo``, str, required
    """

    display_name: str = _attrs.field(metadata={"wire": "displayName"})
    photo: str = _attrs.field(metadata={"wire": "photo"})
