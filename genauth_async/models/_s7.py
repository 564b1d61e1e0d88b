# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (SignInByDouyinMiniProgramCodePayloadDto, ..., SignInByLinkedInPayloadDto)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset
from genauth_async.models._redact import masked as _masked

__all__ = [
    "SignInByDouyinMiniProgramCodePayloadDto", "SignInByDouyinMiniProgramPhoneInfoPayloadDto",
    "SignInByDouyinPayloadDto", "SignInByFacebookPayloadDto", "SignInByGiteePayloadDto",
    "SignInByGithubPayloadDto", "SignInByGitlabPayloadDto", "SignInByGooglePayloadDto",
    "SignInByHuaweiPayloadDto", "SignInByKuaishouPayloadDto", "SignInByLarkBlockPayloadDto",
    "SignInByLarkInternalPayloadDto", "SignInByLarkPublicPayloadDto", "SignInByLdapPayloadDto",
    "SignInByLinePayloadDto", "SignInByLinkedInPayloadDto",
]


@_attrs.define(kw_only=True, slots=True)
class SignInByDouyinMiniProgramCodePayloadDto:
    """Wire model ``SignInByDouyinMiniProgramCodePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        encrypted_data: ``encryptedData``, str, optional
        iv: ``iv``, str, optional
        code: ``code``, str, required
    """

    encrypted_data: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "encryptedData"})
    iv: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "iv"})
    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByDouyinMiniProgramPhoneInfoPayloadDto:
    """Wire model ``SignInByDouyinMiniProgramPhoneInfoPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        iv: ``iv``, str, optional
        encrypted_data: ``encryptedData``, str, optional
    """

    iv: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "iv"})
    encrypted_data: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "encryptedData"})


@_attrs.define(kw_only=True, slots=True)
class SignInByDouyinPayloadDto:
    """Wire model ``SignInByDouyinPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByFacebookPayloadDto:
    """Wire model ``SignInByFacebookPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, required
    """

    access_token: str = _attrs.field(repr=_masked, metadata={"wire": "access_token"})


@_attrs.define(kw_only=True, slots=True)
class SignInByGiteePayloadDto:
    """Wire model ``SignInByGiteePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByGithubPayloadDto:
    """Wire model ``SignInByGithubPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByGitlabPayloadDto:
    """Wire model ``SignInByGitlabPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByGooglePayloadDto:
    """Wire model ``SignInByGooglePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByHuaweiPayloadDto:
    """Wire model ``SignInByHuaweiPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByKuaishouPayloadDto:
    """Wire model ``SignInByKuaishouPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByLarkBlockPayloadDto:
    """Wire model ``SignInByLarkBlockPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByLarkInternalPayloadDto:
    """Wire model ``SignInByLarkInternalPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByLarkPublicPayloadDto:
    """Wire model ``SignInByLarkPublicPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, optional
    """

    code: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "code"})


@_attrs.define(kw_only=True, slots=True)
class SignInByLdapPayloadDto:
    """Wire model ``SignInByLdapPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        password: ``password``, str, required
        s_am_account_name: ``sAMAccountName``, str, required
    """

    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})
    s_am_account_name: str = _attrs.field(metadata={"wire": "sAMAccountName"})


@_attrs.define(kw_only=True, slots=True)
class SignInByLinePayloadDto:
    """Wire model ``SignInByLinePayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, required
        id_token: ``id_token``, str, optional
    """

    access_token: str = _attrs.field(repr=_masked, metadata={"wire": "access_token"})
    id_token: str | None | Unset = _attrs.field(default=_UNSET, repr=_masked, metadata={"wire": "id_token"})


@_attrs.define(kw_only=True, slots=True)
class SignInByLinkedInPayloadDto:
    """Wire model ``SignInByLinkedInPayloadDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        code: ``code``, str, required
    """

    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
