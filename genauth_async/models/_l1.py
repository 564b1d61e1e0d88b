# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (LangObject, ..., LdapSaveDto)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked
from genauth_async.models._redact import masked as _masked

__all__ = [
    "LangObject", "LangUnit", "LanguageCoinfigDto", "LanguageCoinfigGlobalDto",
    "LastExecuteStatus", "LdapConfigInfoDto", "LdapConfigInfoRespDto", "LdapGetBindPwdRespDto",
    "LdapLogDto", "LdapLogRespDto", "LdapOperateRespDto", "LdapSaveDto",
]


@_attrs.define(kw_only=True, slots=True)
class LangObject:
    """Wire model ``LangObject`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        zh_cn: ``zh-CN``, LangUnit, required
        en_us: ``en-US``, LangUnit, required
        zh_tw: ``zh-TW``, LangUnit, required
        ja_jp: ``ja-JP``, LangUnit, required
    """

    zh_cn: LangUnit = _attrs.field(metadata={"wire": "zh-CN"})
    en_us: LangUnit = _attrs.field(metadata={"wire": "en-US"})
    zh_tw: LangUnit = _attrs.field(metadata={"wire": "zh-TW"})
    ja_jp: LangUnit = _attrs.field(metadata={"wire": "ja-JP"})


@_attrs.define(kw_only=True, slots=True)
class LangUnit:
    """Wire model ``LangUnit`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        value: ``value``, str, required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    value: str = _attrs.field(metadata={"wire": "value"})


@_attrs.define(kw_only=True, slots=True)
class LanguageCoinfigDto:
    """Wire model ``LanguageCoinfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        global_: ``global``, LanguageCoinfigGlobalDto, required
    """

    global_: LanguageCoinfigGlobalDto = _attrs.field(metadata={"wire": "global"})


@_attrs.define(kw_only=True, slots=True)
class LanguageCoinfigGlobalDto:
    """Wire model ``LanguageCoinfigGlobalDto`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class LastExecuteStatus:
    """Wire model ``LastExecuteStatus`` (response side; optional fields default to None)."""


@_attrs.define(kw_only=True, slots=True)
class LdapConfigInfoDto:
    """Wire model ``LdapConfigInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, optional
        enabled: ``enabled``, int, required
        user_pool_id: ``userPoolId``, str, required
        link_url: ``linkUrl``, str, required
        ldaps_link_url: ``ldapsLinkUrl``, str, required
        enable_privatization: ``enablePrivatization``, int, required
        bind_dn: ``bindDn``, str, required
        ldap_domain: ``ldapDomain``, str, required
        enable_ssl: ``enableSsl``, int, optional
        base_dn: ``baseDn``, str, required
        bind_pwd: ``bindPwd``, str, required
        visible_org_nodes: ``visibleOrgNodes``, Any, required
        visible_fields: ``visibleFields``, Any, required
        udf_mapping: ``udfMapping``, Any, required
    """

    id: str | None = _attrs.field(default=None, metadata={"wire": "id"})
    enabled: int = _attrs.field(metadata={"wire": "enabled"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    link_url: str = _attrs.field(metadata={"wire": "linkUrl"})
    ldaps_link_url: str = _attrs.field(metadata={"wire": "ldapsLinkUrl"})
    enable_privatization: int = _attrs.field(metadata={"wire": "enablePrivatization"})
    bind_dn: str = _attrs.field(metadata={"wire": "bindDn"})
    ldap_domain: str = _attrs.field(metadata={"wire": "ldapDomain"})
    enable_ssl: int | None = _attrs.field(default=None, metadata={"wire": "enableSsl"})
    base_dn: str = _attrs.field(metadata={"wire": "baseDn"})
    bind_pwd: str = _attrs.field(repr=_masked, metadata={"wire": "bindPwd"})
    visible_org_nodes: Any = _attrs.field(metadata={"wire": "visibleOrgNodes"})
    visible_fields: Any = _attrs.field(metadata={"wire": "visibleFields"})
    udf_mapping: Any = _attrs.field(metadata={"wire": "udfMapping"})


@_attrs.define(kw_only=True, slots=True)
class LdapConfigInfoRespDto(WireBacked):
    """Wire model ``LdapConfigInfoRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, LdapConfigInfoDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: LdapConfigInfoDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class LdapGetBindPwdRespDto:
    """Wire model ``LdapGetBindPwdRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, str, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: str = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class LdapLogDto:
    """Wire model ``LdapLogDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, Any, required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: Any = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class LdapLogRespDto(WireBacked):
    """Wire model ``LdapLogRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, LdapLogDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: LdapLogDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class LdapOperateRespDto:
    """Wire model ``LdapOperateRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, bool, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: bool = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class LdapSaveDto:
    """Wire model ``LdapSaveDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ldap_domain: ``ldapDomain``, str, required
        link_url: ``linkUrl``, str, optional
    """

    ldap_domain: str = _attrs.field(metadata={"wire": "ldapDomain"})
    link_url: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linkUrl"})
