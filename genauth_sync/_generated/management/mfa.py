# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``mfa`` (sync facade)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        GetMfaInfoDataDto, GetMfaTriggerDataParamsUserIdType, GetOtpSecretByUserParamsUserIdType,
        GetUserMfaInfoParamsUserIdType, GetUserMfaStatusParamsUserIdType, ImportOtpItemDto,
        IsSuccessDto, MFASettingsDto, MfaDisableSettingsDtoDisableFactors,
        MfaSettingsDtoEnabledFactors, OtpSecretRespDto, SetMfaStatusDtoUserIdType,
        UpdateApplicationMfaSettingsDtoDisabledFactors,
        UpdateApplicationMfaSettingsDtoEnabledFactors, UserMfaRespDto,
    )


class MfaMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``mfa``: 10 endpoints."""

    def close_global_mfa_settings(
        self,
        disable_factors: List[MfaDisableSettingsDtoDisableFactors | str],
        **call_options: Unpack[CallOptions],
    ) -> MFASettingsDto:
        """``POST /api/v3/disable-global-mfa-settings`` -> ``MFASettingsDto``.

        Node-only endpoint, Node ``closeGlobalMfaSettings``; area ``mfa``.

        Parameters (name: wire name, location):
            disable_factors: ``disableFactors``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "close_global_mfa_settings",
            (disable_factors,),
            call_options,
        )

    def get_global_mfa_settings(
        self,
        **call_options: Unpack[CallOptions],
    ) -> MFASettingsDto:
        """``GET /api/v3/get-global-mfa-settings`` -> ``MFASettingsDto``.

        Official python name, Node ``getGlobalMfaSettings``; area ``mfa``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_global_mfa_settings",
            (),
            call_options,
        )

    def get_mfa_trigger_data(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_mfa_trigger_data",
            (
                app_id,
                user_id,
                user_id_type,
            ),
            call_options,
        )

    def get_otp_secret_by_user(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_otp_secret_by_user",
            (
                user_id,
                user_id_type,
            ),
            call_options,
        )

    def get_user_mfa_info(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_mfa_info",
            (
                user_id,
                user_id_type,
            ),
            call_options,
        )

    def get_user_mfa_status(
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
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_mfa_status",
            (
                user_id,
                user_id_type,
            ),
            call_options,
        )

    def import_otp(
        self,
        list: List[ImportOtpItemDto | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/import-otp`` -> ``None``.

        Official python name, Node ``importOtp``; area ``mfa``.

        Parameters (name: wire name, location):
            list: ``list``, json, required
        """
        self._run_method(
            "import_otp",
            (list,),
            call_options,
        )

    def set_users_mfa_status(
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
        return self._run_method(  # type: ignore[no-any-return]
            "set_users_mfa_status",
            (
                mfa_trigger_data,
                user_id,
                user_id_type,
            ),
            call_options,
        )

    def update_application_mfa_settings(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_application_mfa_settings",
            (
                app_id,
                enabled_factors,
                disabled_factors,
            ),
            call_options,
        )

    def update_global_mfa_settings(
        self,
        enabled_factors: List[MfaSettingsDtoEnabledFactors | str],
        **call_options: Unpack[CallOptions],
    ) -> MFASettingsDto:
        """``POST /api/v3/update-global-mfa-settings`` -> ``MFASettingsDto``.

        Official python name, Node ``updateGlobalMfaSettings``; area ``mfa``.

        Parameters (name: wire name, location):
            enabled_factors: ``enabledFactors``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_global_mfa_settings",
            (enabled_factors,),
            call_options,
        )
