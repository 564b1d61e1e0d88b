# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``devices`` (sync facade)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        ApplicationDto, CreateTerminalDtoType, DeviceExclusiveValidScopeAppDataDto, DeviceRuleDto,
        DeviceStatusResponseDataDto, GetDeviceExclusiveRuleDataDto,
        GetDeviceExclusiveValidScopeDataDto, GetDeviceExclusiveWhiteListDataDto, IPRuleDto,
        IsSuccessDto, TerminalInfoDto, UpdateDeviceExclusiveRuleDtoRule,
    )


class DevicesMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``devices``: 18 endpoints."""

    def add_device(
        self,
        custom_data: Any,
        type: CreateTerminalDtoType | str,
        device_unique_id: str,
        name: str | None = None,
        version: str | None = None,
        hks: str | None = None,
        fde: str | None = None,
        hor: bool | None = None,
        sn: str | None = None,
        producer: str | None = None,
        mod: str | None = None,
        os: str | None = None,
        imei: str | None = None,
        meid: str | None = None,
        description: str | None = None,
        language: str | None = None,
        cookie: bool | None = None,
        user_agent: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> TerminalInfoDto:
        """``POST /api/v3/add-device`` -> ``TerminalInfoDto``.

        Node-only endpoint, Node ``addDevice``; area ``devices``.

        Parameters (name: wire name, location):
            custom_data: ``customData``, json, required
            type: ``type``, json, required
            device_unique_id: ``deviceUniqueId``, json, required
            name: ``name``, json
            version: ``version``, json
            hks: ``hks``, json
            fde: ``fde``, json
            hor: ``hor``, json
            sn: ``sn``, json
            producer: ``producer``, json
            mod: ``mod``, json
            os: ``os``, json
            imei: ``imei``, json
            meid: ``meid``, json
            description: ``description``, json
            language: ``language``, json
            cookie: ``cookie``, json
            user_agent: ``userAgent``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "add_device",
            (
                custom_data,
                type,
                device_unique_id,
                name,
                version,
                hks,
                fde,
                hor,
                sn,
                producer,
                mod,
                os,
                imei,
                meid,
                description,
                language,
                cookie,
                user_agent,
            ),
            call_options,
        )

    def create_device(
        self,
        device_unique_id: str,
        type: CreateTerminalDtoType | str,
        custom_data: Any,
        name: str | None = None,
        version: str | None = None,
        hks: str | None = None,
        fde: str | None = None,
        hor: bool | None = None,
        sn: str | None = None,
        producer: str | None = None,
        mod: str | None = None,
        os: str | None = None,
        imei: str | None = None,
        meid: str | None = None,
        description: str | None = None,
        language: str | None = None,
        cookie: bool | None = None,
        user_agent: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> TerminalInfoDto:
        """``POST /api/v3/create-device`` -> ``TerminalInfoDto``.

        Official python name, Node ``createDevice``; area ``devices``.

        Parameters (name: wire name, location):
            device_unique_id: ``deviceUniqueId``, json, required
            type: ``type``, json, required
            custom_data: ``customData``, json, required
            name: ``name``, json
            version: ``version``, json
            hks: ``hks``, json
            fde: ``fde``, json
            hor: ``hor``, json
            sn: ``sn``, json
            producer: ``producer``, json
            mod: ``mod``, json
            os: ``os``, json
            imei: ``imei``, json
            meid: ``meid``, json
            description: ``description``, json
            language: ``language``, json
            cookie: ``cookie``, json
            user_agent: ``userAgent``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_device",
            (
                device_unique_id,
                type,
                custom_data,
                name,
                version,
                hks,
                fde,
                hor,
                sn,
                producer,
                mod,
                os,
                imei,
                meid,
                description,
                language,
                cookie,
                user_agent,
            ),
            call_options,
        )

    def create_verify_device(
        self,
        custom_data: Any,
        type: CreateTerminalDtoType | str,
        device_unique_id: str,
        name: str | None = None,
        version: str | None = None,
        hks: str | None = None,
        fde: str | None = None,
        hor: bool | None = None,
        sn: str | None = None,
        producer: str | None = None,
        mod: str | None = None,
        os: str | None = None,
        imei: str | None = None,
        meid: str | None = None,
        description: str | None = None,
        language: str | None = None,
        cookie: bool | None = None,
        user_agent: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> TerminalInfoDto:
        """``POST /api/v3/authing-verify/create-device`` -> ``TerminalInfoDto``.

        Node-only endpoint, Node ``createVerifyDevice``; area ``devices``.

        Parameters (name: wire name, location):
            custom_data: ``customData``, json, required
            type: ``type``, json, required
            device_unique_id: ``deviceUniqueId``, json, required
            name: ``name``, json
            version: ``version``, json
            hks: ``hks``, json
            fde: ``fde``, json
            hor: ``hor``, json
            sn: ``sn``, json
            producer: ``producer``, json
            mod: ``mod``, json
            os: ``os``, json
            imei: ``imei``, json
            meid: ``meid``, json
            description: ``description``, json
            language: ``language``, json
            cookie: ``cookie``, json
            user_agent: ``userAgent``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_verify_device",
            (
                custom_data,
                type,
                device_unique_id,
                name,
                version,
                hks,
                fde,
                hor,
                sn,
                producer,
                mod,
                os,
                imei,
                meid,
                description,
                language,
                cookie,
                user_agent,
            ),
            call_options,
        )

    def delete_device(
        self,
        user_id: str,
        id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/delete-device-by-user`` -> ``None``.

        Official python name, Node ``deleteDevice``; area ``devices``.

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
            id: ``id``, json, required
        """
        self._run_method(
            "delete_device",
            (
                user_id,
                id,
            ),
            call_options,
        )

    def disable_device(
        self,
        id: str,
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/disable-device-by-user`` -> ``None``.

        Official python name, Node ``disableDevice``; area ``devices``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
            user_id: ``userId``, json, required
        """
        self._run_method(
            "disable_device",
            (
                id,
                user_id,
            ),
            call_options,
        )

    def enable_device(
        self,
        id: str,
        user_id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/enable-device-by-user`` -> ``None``.

        Official python name, Node ``enableDevice``; area ``devices``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
            user_id: ``userId``, json, required
        """
        self._run_method(
            "enable_device",
            (
                id,
                user_id,
            ),
            call_options,
        )

    def find_app_lists(
        self,
        keyword: str,
        **call_options: Unpack[CallOptions],
    ) -> List[DeviceExclusiveValidScopeAppDataDto]:
        """``GET /api/v3/get-supported-device-exclusive-apps`` -> ``list[DeviceExclusiveValidScopeAppDataDto]``.

        Node-only endpoint, Node ``findAppLists``; area ``devices``.

        Parameters (name: wire name, location):
            keyword: ``keyword``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "find_app_lists",
            (keyword,),
            call_options,
        )

    def find_last_login_apps_by_device_ids(
        self,
        device_ids: List[str],
        user_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/get-last-login-apps-by-deviceIds`` -> ``None``.

        Official python name, Node ``findLastLoginAppsByDeviceIds``; area ``devices``.

        Parameters (name: wire name, location):
            device_ids: ``deviceIds``, json, required
            user_id: ``userId``, json
        """
        self._run_method(
            "find_last_login_apps_by_device_ids",
            (
                device_ids,
                user_id,
            ),
            call_options,
        )

    def find_last_login_apps_by_device_ids_v2(
        self,
        device_ids: List[str],
        user_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/get-last-login-apps-by-device-ids`` -> ``None``.

        Node-only endpoint, Node ``findLastLoginAppsByDeviceIdsV2``; area ``devices``.

        Parameters (name: wire name, location):
            device_ids: ``deviceIds``, json, required
            user_id: ``userId``, json
        """
        self._run_method(
            "find_last_login_apps_by_device_ids_v2",
            (
                device_ids,
                user_id,
            ),
            call_options,
        )

    def get_all_valid_scope_settings(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[GetDeviceExclusiveValidScopeDataDto]:
        """``GET /api/v3/get-device-exclusive-valid-scope-settings`` -> ``list[GetDeviceExclusiveValidScopeDataDto]``.

        Node-only endpoint, Node ``getAllValidScopeSettings``; area ``devices``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_all_valid_scope_settings",
            (),
            call_options,
        )

    def get_all_white_list_settings(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[GetDeviceExclusiveWhiteListDataDto]:
        """``GET /api/v3/get-device-exclusive-white-list-settings`` -> ``list[GetDeviceExclusiveWhiteListDataDto]``.

        Node-only endpoint, Node ``getAllWhiteListSettings``; area ``devices``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_all_white_list_settings",
            (),
            call_options,
        )

    def get_device_status(
        self,
        id: str,
        **call_options: Unpack[CallOptions],
    ) -> DeviceStatusResponseDataDto:
        """``POST /api/v3/device-status`` -> ``DeviceStatusResponseDataDto``.

        Official python name, Node ``getDeviceStatus``; area ``devices``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_device_status",
            (id,),
            call_options,
        )

    def get_rule_settings(
        self,
        **call_options: Unpack[CallOptions],
    ) -> GetDeviceExclusiveRuleDataDto:
        """``GET /api/v3/get-device-exclusive-rule-settings`` -> ``GetDeviceExclusiveRuleDataDto``.

        Node-only endpoint, Node ``getRuleSettings``; area ``devices``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_rule_settings",
            (),
            call_options,
        )

    def get_verify_config_app(
        self,
        keywords: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ApplicationDto:
        """``GET /api/v3/verify-config-app`` -> ``ApplicationDto``.

        Official python name, Node ``getVerifyConfigApp``; area ``devices``.

        Parameters (name: wire name, location):
            keywords: ``keywords``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_verify_config_app",
            (keywords,),
            call_options,
        )

    def remove(
        self,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/remove-device-exclusive-valid-scope-settings`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``remove``; area ``devices``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "remove",
            (app_id,),
            call_options,
        )

    def save_invitation_policies(
        self,
        app_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/save-device-exclusive-valid-scope-settings`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``saveInvitationPolicies``; area ``devices``.

        Parameters (name: wire name, location):
            app_ids: ``appIds``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "save_invitation_policies",
            (app_ids,),
            call_options,
        )

    def suspend_device(
        self,
        end_time: str,
        user_id: str,
        id: str,
        **call_options: Unpack[CallOptions],
    ) -> None:
        """``POST /api/v3/suspend-device-by-user`` -> ``None``.

        Official python name, Node ``suspendDevice``; area ``devices``.

        Parameters (name: wire name, location):
            end_time: ``endTime``, json, required
            user_id: ``userId``, json, required
            id: ``id``, json, required
        """
        self._run_method(
            "suspend_device",
            (
                end_time,
                user_id,
                id,
            ),
            call_options,
        )

    def update_rule_settings(
        self,
        rule: UpdateDeviceExclusiveRuleDtoRule | str,
        device_rule: DeviceRuleDto | Mapping[str, Any] | None = None,
        ip_rule: IPRuleDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> GetDeviceExclusiveRuleDataDto:
        """``POST /api/v3/update-device-exclusive-rule-settings`` -> ``GetDeviceExclusiveRuleDataDto``.

        Node-only endpoint, Node ``updateRuleSettings``; area ``devices``.

        Parameters (name: wire name, location):
            rule: ``rule``, json, required
            device_rule: ``deviceRule``, json
            ip_rule: ``ipRule``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_rule_settings",
            (
                rule,
                device_rule,
                ip_rule,
            ),
            call_options,
        )
