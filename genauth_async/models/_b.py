# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (BatchApplicationsAuthDto, ..., BindPhoneDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum
from genauth_async.models._redact import masked as _masked

if TYPE_CHECKING:
    from ._e5 import (
        ExtendField,
    )
    from ._e6 import (
        ExtraParams,
    )

__all__ = [
    "BatchApplicationsAuthDto", "BatchBindPolicy", "BatchCreateApprovalReq",
    "BatchCreateApprovalReqObjectType", "BatchCreateDnefReq", "BatchUnbindPolicy",
    "BindByAccountIdInputApi", "BindByAccountInputApi", "BindByAccountsInputApi",
    "BindByEmailCodeInputApi", "BindByPhoneCodeInputApi", "BindByRegiserInputApi", "BindEmailDto",
    "BindPhoneDto",
]


@_attrs.define(kw_only=True, slots=True)
class BatchApplicationsAuthDto:
    """Wire model ``BatchApplicationsAuthDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        auth_ids: ``authIds``, Any, optional
    """

    auth_ids: Any = _attrs.field(default=None, metadata={"wire": "authIds"})


@_attrs.define(kw_only=True, slots=True)
class BatchBindPolicy:
    """Wire model ``BatchBindPolicy`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roster_ids: ``rosterIds``, list[str], required
        policy_id: ``policyId``, str, required
    """

    roster_ids: List[str] = _attrs.field(metadata={"wire": "rosterIds"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})


@_attrs.define(kw_only=True, slots=True)
class BatchCreateApprovalReq:
    """Wire model ``BatchCreateApprovalReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        object_type: ``objectType``, BatchCreateApprovalReqObjectType, required
        object_ids: ``objectIds``, list[str], required
        extra_params: ``extraParams``, ExtraParams, optional
    """

    object_type: BatchCreateApprovalReqObjectType = _attrs.field(metadata={"wire": "objectType"})
    object_ids: List[str] = _attrs.field(metadata={"wire": "objectIds"})
    extra_params: ExtraParams | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extraParams"})


class BatchCreateApprovalReqObjectType(WireEnum):
    """Enum of ``BatchCreateApprovalReq.objectType`` (unknown wire values are kept, not rejected)."""

    APP_PERMISSION_APPLY = "APP_PERMISSION_APPLY"
    ROLE_PERMISSION_APPLY = "ROLE_PERMISSION_APPLY"


@_attrs.define(kw_only=True, slots=True)
class BatchCreateDnefReq:
    """Wire model ``BatchCreateDnefReq`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        namespace_code: ``namespaceCode``, str, required
        field_list: ``fieldList``, list[ExtendField], required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    field_list: List[ExtendField] = _attrs.field(metadata={"wire": "fieldList"})


@_attrs.define(kw_only=True, slots=True)
class BatchUnbindPolicy:
    """Wire model ``BatchUnbindPolicy`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roster_ids: ``rosterIds``, list[str], required
        policy_id: ``policyId``, str, required
    """

    roster_ids: List[str] = _attrs.field(metadata={"wire": "rosterIds"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})


@_attrs.define(kw_only=True, slots=True)
class BindByAccountIdInputApi:
    """Wire model ``BindByAccountIdInputApi`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        action: ``action``, str, required
        account_id: ``accountId``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    action: str = _attrs.field(metadata={"wire": "action"})
    account_id: str = _attrs.field(metadata={"wire": "accountId"})


@_attrs.define(kw_only=True, slots=True)
class BindByAccountInputApi:
    """Wire model ``BindByAccountInputApi`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        action: ``action``, str, required
        password: ``password``, str, required
        account: ``account``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    action: str = _attrs.field(metadata={"wire": "action"})
    password: str = _attrs.field(repr=_masked, metadata={"wire": "password"})
    account: str = _attrs.field(metadata={"wire": "account"})


@_attrs.define(kw_only=True, slots=True)
class BindByAccountsInputApi:
    """Wire model ``BindByAccountsInputApi`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        action: ``action``, str, required
        account: ``account``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    action: str = _attrs.field(metadata={"wire": "action"})
    account: str = _attrs.field(metadata={"wire": "account"})


@_attrs.define(kw_only=True, slots=True)
class BindByEmailCodeInputApi:
    """Wire model ``BindByEmailCodeInputApi`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        action: ``action``, str, required
        code: ``code``, str, required
        email: ``email``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    action: str = _attrs.field(metadata={"wire": "action"})
    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
    email: str = _attrs.field(metadata={"wire": "email"})


@_attrs.define(kw_only=True, slots=True)
class BindByPhoneCodeInputApi:
    """Wire model ``BindByPhoneCodeInputApi`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        action: ``action``, str, required
        code: ``code``, str, required
        phone: ``phone``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    action: str = _attrs.field(metadata={"wire": "action"})
    code: str = _attrs.field(repr=_masked, metadata={"wire": "code"})
    phone: str = _attrs.field(metadata={"wire": "phone"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})


@_attrs.define(kw_only=True, slots=True)
class BindByRegiserInputApi:
    """Wire model ``BindByRegiserInputApi`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        key: ``key``, str, required
        action: ``action``, str, required
    """

    key: str = _attrs.field(metadata={"wire": "key"})
    action: str = _attrs.field(metadata={"wire": "action"})


@_attrs.define(kw_only=True, slots=True)
class BindEmailDto:
    """Wire model ``BindEmailDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pass_code: ``passCode``, str, required
        email: ``email``, str, required
    """

    pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "passCode"})
    email: str = _attrs.field(metadata={"wire": "email"})


@_attrs.define(kw_only=True, slots=True)
class BindPhoneDto:
    """Wire model ``BindPhoneDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pass_code: ``passCode``, str, required
        phone_number: ``phoneNumber``, str, required
        phone_country_code: ``phoneCountryCode``, str, optional
    """

    pass_code: str = _attrs.field(repr=_masked, metadata={"wire": "passCode"})
    phone_number: str = _attrs.field(metadata={"wire": "phoneNumber"})
    phone_country_code: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "phoneCountryCode"})
