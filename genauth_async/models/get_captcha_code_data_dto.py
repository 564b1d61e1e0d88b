# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetCaptchaCodeDataDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async.models._redact import masked as _masked

__all__ = ["GetCaptchaCodeDataDto"]


@_attrs.define(kw_only=True, slots=True)
class GetCaptchaCodeDataDto:
    """Wire model ``GetCaptchaCodeDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        captcha_code_svg: ``captchaCodeSvg``, str, required
        captcha_token: ``captchaToken``, str, required
    """

    captcha_code_svg: str = _attrs.field(metadata={"wire": "captchaCodeSvg"})
    captcha_token: str = _attrs.field(repr=_masked, metadata={"wire": "captchaToken"})
