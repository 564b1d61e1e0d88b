# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ApplicationAgreementDto`` and its enums (ApplicationAgreementDtoDisplayAt, ApplicationAgreementDtoLang)."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["ApplicationAgreementDto", "ApplicationAgreementDtoDisplayAt", "ApplicationAgreementDtoLang"]


@_attrs.define(kw_only=True, slots=True)
class ApplicationAgreementDto:
    """Wire model ``ApplicationAgreementDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        display_at: ``displayAt``, list[ApplicationAgreementDtoDisplayAt], required
        is_required: ``isRequired``, bool, required
        lang: ``lang``, ApplicationAgreementDtoLang, required
        content: ``content``, str, required
    """

    display_at: List[ApplicationAgreementDtoDisplayAt] = _attrs.field(metadata={"wire": "displayAt"})
    is_required: bool = _attrs.field(metadata={"wire": "isRequired"})
    lang: ApplicationAgreementDtoLang = _attrs.field(metadata={"wire": "lang"})
    content: str = _attrs.field(metadata={"wire": "content"})


class ApplicationAgreementDtoDisplayAt(WireEnum):
    """Enum of ``ApplicationAgreementDto.displayAt`` (unknown wire values are kept, not rejected)."""

    LOGINPAGE = "LoginPage"
    REGISTERPAGE = "RegisterPage"


class ApplicationAgreementDtoLang(WireEnum):
    """Enum of ``ApplicationAgreementDto.lang`` (unknown wire values are kept, not rejected)."""

    ZH_CN = "zh-CN"
    EN_US = "en-US"
    ZH_TW = "zh-TW"
    JA_JP = "ja-JP"
