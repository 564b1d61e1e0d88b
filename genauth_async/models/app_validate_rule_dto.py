# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``AppValidateRuleDto`` and its enums (AppValidateRuleDtoContent, AppValidateRuleDtoType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

from .err_msg_i18n_dto import ErrMsgI18nDto

__all__ = ["AppValidateRuleDto", "AppValidateRuleDtoContent", "AppValidateRuleDtoType"]


@_attrs.define(kw_only=True, slots=True)
class AppValidateRuleDto:
    """Wire model ``AppValidateRuleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, AppValidateRuleDtoType, required
        content: ``content``, AppValidateRuleDtoContent, required
        error_message: ``errorMessage``, str, optional
        i18n: ``i18n``, ErrMsgI18nDto, optional
    """

    type: AppValidateRuleDtoType = _attrs.field(metadata={"wire": "type"})
    content: AppValidateRuleDtoContent = _attrs.field(metadata={"wire": "content"})
    error_message: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "errorMessage"})
    i18n: ErrMsgI18nDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "i18n"})


class AppValidateRuleDtoContent(WireEnum):
    """Enum of ``AppValidateRuleDto.content`` (unknown wire values are kept, not rejected)."""

    NONE = "None"
    REG_EXP = "regExp"
    PHONE = "phone"
    EMAIL = "email"
    IS_NUMBER = "isNumber"


class AppValidateRuleDtoType(WireEnum):
    """Enum of ``AppValidateRuleDto.type`` (unknown wire values are kept, not rejected)."""

    NONE = "None"
    REG_EXP = "regExp"
    PHONE = "phone"
    EMAIL = "email"
    IS_NUMBER = "isNumber"
