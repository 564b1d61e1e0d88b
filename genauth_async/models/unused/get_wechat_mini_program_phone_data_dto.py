# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetWechatMiniProgramPhoneDataDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

__all__ = ["GetWechatMiniProgramPhoneDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetWechatMiniProgramPhoneDataDto:
    """Wire model ``GetWechatMiniProgramPhoneDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        phone_number: ``phoneNumber``, str, required
        pure_phone_number: ``purePhoneNumber``, str, required
        country_code: ``countryCode``, str, required
    """

    phone_number: str = _attrs.field(metadata={"wire": "phoneNumber"})
    pure_phone_number: str = _attrs.field(metadata={"wire": "purePhoneNumber"})
    country_code: str = _attrs.field(metadata={"wire": "countryCode"})
