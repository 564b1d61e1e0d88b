# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (CancelSyncRiskOperationDto, ..., CheckDataPolicyExistsDto)."""

from __future__ import annotations

from typing import Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireBacked, WireEnum

__all__ = [
    "CancelSyncRiskOperationDto", "CancelSyncRiskOperationsDataDto",
    "CancelSyncRiskOperationsRespDto", "CaptchaCodeDto", "CasIdPConfig", "CellDto",
    "ChangeEmailStrategyDto", "ChangeExtIdpAssociationStateDto", "ChangeExtIdpConnStateDto",
    "ChangePhoneStrategyDto", "ChangePushCodeStatusDto", "ChangePushCodeStatusDtoAction",
    "ChangeQRCodeStatusDto", "ChangeQrCodeStatusDtoAction", "ChangeUserPoolTenantExtIdpConnDto",
    "CheckDataPolicyExistsDto",
]


@_attrs.define(kw_only=True, slots=True)
class CancelSyncRiskOperationDto:
    """Wire model ``CancelSyncRiskOperationDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        sync_risk_operation_ids: ``syncRiskOperationIds``, list[int], required
    """

    sync_risk_operation_ids: List[int] = _attrs.field(metadata={"wire": "syncRiskOperationIds"})


@_attrs.define(kw_only=True, slots=True)
class CancelSyncRiskOperationsDataDto:
    """Wire model ``CancelSyncRiskOperationsDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success_list: ``successList``, list[int], required
        faild_list: ``faildList``, list[int], required
    """

    success_list: List[int] = _attrs.field(metadata={"wire": "successList"})
    faild_list: List[int] = _attrs.field(metadata={"wire": "faildList"})


@_attrs.define(kw_only=True, slots=True)
class CancelSyncRiskOperationsRespDto(WireBacked):
    """Wire model ``CancelSyncRiskOperationsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, CancelSyncRiskOperationsDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: CancelSyncRiskOperationsDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class CaptchaCodeDto:
    """Wire model ``CaptchaCodeDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        r: ``r``, Any, optional
    """

    r: Any = _attrs.field(default=None, metadata={"wire": "r"})


@_attrs.define(kw_only=True, slots=True)
class CasIdPConfig:
    """Wire model ``CasIdPConfig`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class CellDto:
    """Wire model ``CellDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        field_id: ``fieldId``, str, required
        value: ``value``, Any, required
    """

    field_id: str = _attrs.field(metadata={"wire": "fieldId"})
    value: Any = _attrs.field(metadata={"wire": "value"})


@_attrs.define(kw_only=True, slots=True)
class ChangeEmailStrategyDto:
    """Wire model ``ChangeEmailStrategyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        verify_old_email: ``verifyOldEmail``, bool, required
    """

    verify_old_email: bool = _attrs.field(metadata={"wire": "verifyOldEmail"})


@_attrs.define(kw_only=True, slots=True)
class ChangeExtIdpAssociationStateDto:
    """Wire model ``ChangeExtIdpAssociationStateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        association: ``association``, bool, required
        tenant_id: ``tenantId``, str, optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    association: bool = _attrs.field(metadata={"wire": "association"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class ChangeExtIdpConnStateDto:
    """Wire model ``ChangeExtIdpConnStateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        enabled: ``enabled``, bool, required
        app_id: ``appId``, str, required
        tenant_id: ``tenantId``, str, optional
        app_ids: ``appIds``, list[str], optional
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    app_ids: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appIds"})


@_attrs.define(kw_only=True, slots=True)
class ChangePhoneStrategyDto:
    """Wire model ``ChangePhoneStrategyDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        verify_old_phone: ``verifyOldPhone``, bool, required
    """

    verify_old_phone: bool = _attrs.field(metadata={"wire": "verifyOldPhone"})


@_attrs.define(kw_only=True, slots=True)
class ChangePushCodeStatusDto:
    """Wire model ``ChangePushCodeStatusDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        push_code_id: ``pushCodeId``, str, required
        action: ``action``, ChangePushCodeStatusDtoAction, required
    """

    push_code_id: str = _attrs.field(metadata={"wire": "pushCodeId"})
    action: ChangePushCodeStatusDtoAction = _attrs.field(metadata={"wire": "action"})


class ChangePushCodeStatusDtoAction(WireEnum):
    """Enum of ``ChangePushCodeStatusDto.action`` (unknown wire values are kept, not rejected)."""

    CONFIRM = "CONFIRM"
    CANCEL = "CANCEL"


@_attrs.define(kw_only=True, slots=True)
class ChangeQRCodeStatusDto:
    """Wire model ``ChangeQRCodeStatusDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        qrcode_id: ``qrcodeId``, str, required
        action: ``action``, ChangeQrCodeStatusDtoAction, required
    """

    qrcode_id: str = _attrs.field(metadata={"wire": "qrcodeId"})
    action: ChangeQrCodeStatusDtoAction = _attrs.field(metadata={"wire": "action"})


class ChangeQrCodeStatusDtoAction(WireEnum):
    """Enum of ``ChangeQRCodeStatusDto.action`` (unknown wire values are kept, not rejected)."""

    SCAN = "SCAN"
    CONFIRM = "CONFIRM"
    CANCEL = "CANCEL"


@_attrs.define(kw_only=True, slots=True)
class ChangeUserPoolTenantExtIdpConnDto:
    """Wire model ``ChangeUserPoolTenantExtIdpConnDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        conn_ids: ``connIds``, list[str], required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    conn_ids: List[str] = _attrs.field(metadata={"wire": "connIds"})


@_attrs.define(kw_only=True, slots=True)
class CheckDataPolicyExistsDto:
    """Wire model ``CheckDataPolicyExistsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_name: ``policyName``, Any, optional
    """

    policy_name: Any = _attrs.field(default=None, metadata={"wire": "policyName"})
