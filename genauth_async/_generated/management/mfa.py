# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``mfa``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        GetMfaInfoDataDto, GetMfaTriggerDataParamsUserIdType, GetOtpSecretByUserParamsUserIdType,
        GetUserMfaInfoParamsUserIdType, GetUserMfaStatusParamsUserIdType, ImportOtpItemDto,
        IsSuccessDto, MFASettingsDto, MfaDisableSettingsDtoDisableFactors,
        MfaSettingsDtoEnabledFactors, OtpSecretRespDto, SetMfaStatusDtoUserIdType,
        UpdateApplicationMfaSettingsDtoDisabledFactors,
        UpdateApplicationMfaSettingsDtoEnabledFactors, UserMfaRespDto,
    )

_EP_CLOSE_GLOBAL_MFA_SETTINGS = Endpoint(
    "close_global_mfa_settings",
    "POST",
    "/api/v3/disable-global-mfa-settings",
    (
        Param("disable_factors", "disableFactors", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_GET_GLOBAL_MFA_SETTINGS = Endpoint(
    "get_global_mfa_settings",
    "GET",
    "/api/v3/get-global-mfa-settings",
    (),
    idempotent=True,
)

_EP_GET_MFA_TRIGGER_DATA = Endpoint(
    "get_mfa_trigger_data",
    "GET",
    "/api/v3/get-mfa-trigger-data",
    (
        Param("app_id", "appId", "query", True, "str"),
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
    ),
    idempotent=True,
)

_EP_GET_OTP_SECRET_BY_USER = Endpoint(
    "get_otp_secret_by_user",
    "GET",
    "/api/v3/get-otp-secret-by-user",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
    ),
    idempotent=True,
)

_EP_GET_USER_MFA_INFO = Endpoint(
    "get_user_mfa_info",
    "GET",
    "/api/v3/get-user-mfa-info",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
    ),
    idempotent=True,
)

_EP_GET_USER_MFA_STATUS = Endpoint(
    "get_user_mfa_status",
    "GET",
    "/api/v3/get-mfa-status",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
    ),
    idempotent=True,
)

_EP_IMPORT_OTP = Endpoint(
    "import_otp",
    "POST",
    "/api/v3/import-otp",
    (
        Param("list", "list", "json", True, "list", "dict"),
    ),
    idempotent=False,
)

_EP_SET_USERS_MFA_STATUS = Endpoint(
    "set_users_mfa_status",
    "POST",
    "/api/v3/set-mfa-status",
    (
        Param("mfa_trigger_data", "mfaTriggerData", "json", True, "dict"),
        Param("user_id", "userId", "json", True, "str"),
        Param("user_id_type", "userIdType", "json", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
    ),
    idempotent=False,
)

_EP_UPDATE_APPLICATION_MFA_SETTINGS = Endpoint(
    "update_application_mfa_settings",
    "POST",
    "/api/v3/update-application-mfa-settings",
    (
        Param("app_id", "appId", "json", True, "str"),
        Param("enabled_factors", "enabledFactors", "json", False, "list", "str"),
        Param("disabled_factors", "disabledFactors", "json", False, "list", "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_GLOBAL_MFA_SETTINGS = Endpoint(
    "update_global_mfa_settings",
    "POST",
    "/api/v3/update-global-mfa-settings",
    (
        Param("enabled_factors", "enabledFactors", "json", True, "list", "str"),
    ),
    idempotent=False,
)


class MfaMixin(_Caller):
    """Management API, area ``mfa``: 10 endpoints."""

    __slots__ = ()

    async def close_global_mfa_settings(
        self,
        disable_factors: List[MfaDisableSettingsDtoDisableFactors | str],
        **call_options: Unpack[CallOptions],
    ) -> MFASettingsDto:
        """``POST /api/v3/disable-global-mfa-settings`` -> ``MFASettingsDto``.

        Node-only endpoint, Node ``closeGlobalMfaSettings``; area ``mfa``.

        Parameters (name: wire name, location):
            disable_factors: ``disableFactors``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CLOSE_GLOBAL_MFA_SETTINGS,
            (disable_factors,),
            "MFASettingsDto",
            _request_options(call_options),
        )

    async def get_global_mfa_settings(
        self,
        **call_options: Unpack[CallOptions],
    ) -> MFASettingsDto:
        """``GET /api/v3/get-global-mfa-settings`` -> ``MFASettingsDto``.

        Official python name, Node ``getGlobalMfaSettings``; area ``mfa``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_GLOBAL_MFA_SETTINGS,
            (),
            "MFASettingsDto",
            _request_options(call_options),
        )

    async def get_mfa_trigger_data(
        self,
        app_id: str,
        user_id: str,
        user_id_type: GetMfaTriggerDataParamsUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GetMfaInfoDataDto:
        """``GET /api/v3/get-mfa-trigger-data`` -> ``GetMfaInfoDataDto``.

        Official python name, Node ``getMfaTriggerData``; area ``mfa``.

        Parameters (name: wire name, location):
            app_id: ``appId``, query, required
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_MFA_TRIGGER_DATA,
            (
                app_id,
                user_id,
                user_id_type,
            ),
            "GetMfaInfoDataDto",
            _request_options(call_options),
        )

    async def get_otp_secret_by_user(
        self,
        user_id: str,
        user_id_type: GetOtpSecretByUserParamsUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> OtpSecretRespDto:
        """``GET /api/v3/get-otp-secret-by-user`` -> ``OtpSecretRespDto``.

        Official python name, Node ``getOtpSecretByUser``; area ``mfa``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_OTP_SECRET_BY_USER,
            (
                user_id,
                user_id_type,
            ),
            "OtpSecretRespDto",
            _request_options(call_options),
        )

    async def get_user_mfa_info(
        self,
        user_id: str,
        user_id_type: GetUserMfaInfoParamsUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserMfaRespDto:
        """``GET /api/v3/get-user-mfa-info`` -> ``UserMfaRespDto``.

        Official python name, Node ``getUserMfaInfo``; area ``mfa``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_MFA_INFO,
            (
                user_id,
                user_id_type,
            ),
            "UserMfaRespDto",
            _request_options(call_options),
        )

    async def get_user_mfa_status(
        self,
        user_id: str,
        user_id_type: GetUserMfaStatusParamsUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GetMfaInfoDataDto:
        """``GET /api/v3/get-mfa-status`` -> ``GetMfaInfoDataDto``.

        Official python name, Node ``getUserMfaStatus``; area ``mfa``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_MFA_STATUS,
            (
                user_id,
                user_id_type,
            ),
            "GetMfaInfoDataDto",
            _request_options(call_options),
        )

    async def import_otp(
        self,
        list: List[ImportOtpItemDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/import-otp`` -> ``None``.

        Official python name, Node ``importOtp``; area ``mfa``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_IMPORT_OTP,
            (list,),
            None,
            _request_options(call_options),
        )

    async def set_users_mfa_status(
        self,
        mfa_trigger_data: GetMfaInfoDataDto | Mapping[str, Any],
        user_id: str,
        user_id_type: SetMfaStatusDtoUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/set-mfa-status`` -> ``IsSuccessDto``.

        Official python name, Node ``setUsersMfaStatus``; area ``mfa``.

        Parameters (name: wire name, location):
            mfa_trigger_data: ``mfaTriggerData``, json, required
            user_id: ``userId``, json, required
            user_id_type: ``userIdType``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SET_USERS_MFA_STATUS,
            (
                mfa_trigger_data,
                user_id,
                user_id_type,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_application_mfa_settings(
        self,
        app_id: str,
        enabled_factors: List[UpdateApplicationMfaSettingsDtoEnabledFactors | str] | None = None,
        disabled_factors: List[UpdateApplicationMfaSettingsDtoDisabledFactors | str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> MFASettingsDto:
        """``POST /api/v3/update-application-mfa-settings`` -> ``MFASettingsDto``.

        Official python name, Node ``updateApplicationMfaSettings``; area ``mfa``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
            enabled_factors: ``enabledFactors``, json
            disabled_factors: ``disabledFactors``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_APPLICATION_MFA_SETTINGS,
            (
                app_id,
                enabled_factors,
                disabled_factors,
            ),
            "MFASettingsDto",
            _request_options(call_options),
        )

    async def update_global_mfa_settings(
        self,
        enabled_factors: List[MfaSettingsDtoEnabledFactors | str],
        **call_options: Unpack[CallOptions],
    ) -> MFASettingsDto:
        """``POST /api/v3/update-global-mfa-settings`` -> ``MFASettingsDto``.

        Official python name, Node ``updateGlobalMfaSettings``; area ``mfa``.

        Parameters (name: wire name, location):
            enabled_factors: ``enabledFactors``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_GLOBAL_MFA_SETTINGS,
            (enabled_factors,),
            "MFASettingsDto",
            _request_options(call_options),
        )
