# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GeneFastpassQRCodeInfoDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireBacked

from .fastpass_user_info_dto import FastpassUserInfoDto

__all__ = ["GeneFastpassQRCodeInfoDto"]


@_attrs.define(kw_only=True, slots=True)
class GeneFastpassQRCodeInfoDto(WireBacked):
    """Wire model ``GeneFastpassQRCodeInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        scene: ``scene``, str, required
        qrcode_id: ``qrcodeId``, str, required
        api_host: ``apiHost``, str, required
        user: ``user``, FastpassUserInfoDto, required
        app_id: ``appId``, str, required
        userpool: ``userpool``, FastpassUserInfoDto, required
    """

    scene: str = _attrs.field(metadata={"wire": "scene"})
    qrcode_id: str = _attrs.field(metadata={"wire": "qrcodeId"})
    api_host: str = _attrs.field(metadata={"wire": "apiHost"})
    user: FastpassUserInfoDto = _attrs.field(metadata={"wire": "user"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    userpool: FastpassUserInfoDto = _attrs.field(metadata={"wire": "userpool"})
