# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``devices``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        ApplicationDto, CreateTerminalDtoType, DeviceExclusiveValidScopeAppDataDto, DeviceRuleDto,
        DeviceStatusResponseDataDto, GetDeviceExclusiveRuleDataDto,
        GetDeviceExclusiveValidScopeDataDto, GetDeviceExclusiveWhiteListDataDto, IPRuleDto,
        IsSuccessDto, TerminalInfoDto, UpdateDeviceExclusiveRuleDtoRule,
    )

_EP_ADD_DEVICE = Endpoint(
    "add_device",
    "POST",
    "/api/v3/add-device",
    (
        Param("custom_data", "customData", "json", True, "any"),
        Param("type", "type", "json", True, "str", "any", ("Browser", "Mobile", "Desktop")),
        Param("device_unique_id", "deviceUniqueId", "json", True, "str"),
        Param("name", "name", "json", False, "str"),
        Param("version", "version", "json", False, "str"),
        Param("hks", "hks", "json", False, "str"),
        Param("fde", "fde", "json", False, "str"),
        Param("hor", "hor", "json", False, "bool"),
        Param("sn", "sn", "json", False, "str"),
        Param("producer", "producer", "json", False, "str"),
        Param("mod", "mod", "json", False, "str"),
        Param("os", "os", "json", False, "str"),
        Param("imei", "imei", "json", False, "str"),
        Param("meid", "meid", "json", False, "str"),
        Param("description", "description", "json", False, "str"),
        Param("language", "language", "json", False, "str"),
        Param("cookie", "cookie", "json", False, "bool"),
        Param("user_agent", "userAgent", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_DEVICE = Endpoint(
    "create_device",
    "POST",
    "/api/v3/create-device",
    (
        Param("device_unique_id", "deviceUniqueId", "json", True, "str"),
        Param("type", "type", "json", True, "str", "any", ("Browser", "Mobile", "Desktop")),
        Param("custom_data", "customData", "json", True, "any"),
        Param("name", "name", "json", False, "str"),
        Param("version", "version", "json", False, "str"),
        Param("hks", "hks", "json", False, "str"),
        Param("fde", "fde", "json", False, "str"),
        Param("hor", "hor", "json", False, "bool"),
        Param("sn", "sn", "json", False, "str"),
        Param("producer", "producer", "json", False, "str"),
        Param("mod", "mod", "json", False, "str"),
        Param("os", "os", "json", False, "str"),
        Param("imei", "imei", "json", False, "str"),
        Param("meid", "meid", "json", False, "str"),
        Param("description", "description", "json", False, "str"),
        Param("language", "language", "json", False, "str"),
        Param("cookie", "cookie", "json", False, "bool"),
        Param("user_agent", "userAgent", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_VERIFY_DEVICE = Endpoint(
    "create_verify_device",
    "POST",
    "/api/v3/authing-verify/create-device",
    (
        Param("custom_data", "customData", "json", True, "any"),
        Param("type", "type", "json", True, "str", "any", ("Browser", "Mobile", "Desktop")),
        Param("device_unique_id", "deviceUniqueId", "json", True, "str"),
        Param("name", "name", "json", False, "str"),
        Param("version", "version", "json", False, "str"),
        Param("hks", "hks", "json", False, "str"),
        Param("fde", "fde", "json", False, "str"),
        Param("hor", "hor", "json", False, "bool"),
        Param("sn", "sn", "json", False, "str"),
        Param("producer", "producer", "json", False, "str"),
        Param("mod", "mod", "json", False, "str"),
        Param("os", "os", "json", False, "str"),
        Param("imei", "imei", "json", False, "str"),
        Param("meid", "meid", "json", False, "str"),
        Param("description", "description", "json", False, "str"),
        Param("language", "language", "json", False, "str"),
        Param("cookie", "cookie", "json", False, "bool"),
        Param("user_agent", "userAgent", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_DELETE_DEVICE = Endpoint(
    "delete_device",
    "POST",
    "/api/v3/delete-device-by-user",
    (
        Param("user_id", "userId", "json", True, "str"),
        Param("id", "id", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_DISABLE_DEVICE = Endpoint(
    "disable_device",
    "POST",
    "/api/v3/disable-device-by-user",
    (
        Param("id", "id", "json", True, "str"),
        Param("user_id", "userId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_ENABLE_DEVICE = Endpoint(
    "enable_device",
    "POST",
    "/api/v3/enable-device-by-user",
    (
        Param("id", "id", "json", True, "str"),
        Param("user_id", "userId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_FIND_APP_LISTS = Endpoint(
    "find_app_lists",
    "GET",
    "/api/v3/get-supported-device-exclusive-apps",
    (
        Param("keyword", "keyword", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_FIND_LAST_LOGIN_APPS_BY_DEVICE_IDS = Endpoint(
    "find_last_login_apps_by_device_ids",
    "POST",
    "/api/v3/get-last-login-apps-by-deviceIds",
    (
        Param("device_ids", "deviceIds", "json", True, "list", "str"),
        Param("user_id", "userId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_FIND_LAST_LOGIN_APPS_BY_DEVICE_IDS_V2 = Endpoint(
    "find_last_login_apps_by_device_ids_v2",
    "POST",
    "/api/v3/get-last-login-apps-by-device-ids",
    (
        Param("device_ids", "deviceIds", "json", True, "list", "str"),
        Param("user_id", "userId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_GET_ALL_VALID_SCOPE_SETTINGS = Endpoint(
    "get_all_valid_scope_settings",
    "GET",
    "/api/v3/get-device-exclusive-valid-scope-settings",
    (),
    idempotent=True,
)

_EP_GET_ALL_WHITE_LIST_SETTINGS = Endpoint(
    "get_all_white_list_settings",
    "GET",
    "/api/v3/get-device-exclusive-white-list-settings",
    (),
    idempotent=True,
)

_EP_GET_DEVICE_STATUS = Endpoint(
    "get_device_status",
    "POST",
    "/api/v3/device-status",
    (
        Param("id", "id", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GET_RULE_SETTINGS = Endpoint(
    "get_rule_settings",
    "GET",
    "/api/v3/get-device-exclusive-rule-settings",
    (),
    idempotent=True,
)

_EP_GET_VERIFY_CONFIG_APP = Endpoint(
    "get_verify_config_app",
    "GET",
    "/api/v3/verify-config-app",
    (
        Param("keywords", "keywords", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_REMOVE = Endpoint(
    "remove",
    "POST",
    "/api/v3/remove-device-exclusive-valid-scope-settings",
    (
        Param("app_id", "appId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_SAVE_INVITATION_POLICIES = Endpoint(
    "save_invitation_policies",
    "POST",
    "/api/v3/save-device-exclusive-valid-scope-settings",
    (
        Param("app_ids", "appIds", "json", True, "list", "str"),
    ),
    idempotent=False,
)

_EP_SUSPEND_DEVICE = Endpoint(
    "suspend_device",
    "POST",
    "/api/v3/suspend-device-by-user",
    (
        Param("end_time", "endTime", "json", True, "str"),
        Param("user_id", "userId", "json", True, "str"),
        Param("id", "id", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_RULE_SETTINGS = Endpoint(
    "update_rule_settings",
    "POST",
    "/api/v3/update-device-exclusive-rule-settings",
    (
        Param("rule", "rule", "json", True, "str", "any", ("disable", "condition:device", "condition:ip")),
        Param("device_rule", "deviceRule", "json", False, "dict"),
        Param("ip_rule", "ipRule", "json", False, "dict"),
    ),
    idempotent=False,
)


class DevicesMixin(_Caller):
    """Management API, area ``devices``: 18 endpoints."""

    __slots__ = ()

    async def add_device(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_ADD_DEVICE,
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
            "TerminalInfoDto",
            _request_options(call_options),
        )

    async def create_device(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_DEVICE,
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
            "TerminalInfoDto",
            _request_options(call_options),
        )

    async def create_verify_device(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_VERIFY_DEVICE,
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
            "TerminalInfoDto",
            _request_options(call_options),
        )

    async def delete_device(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_DEVICE,
            (
                user_id,
                id,
            ),
            None,
            _request_options(call_options),
        )

    async def disable_device(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_DISABLE_DEVICE,
            (
                id,
                user_id,
            ),
            None,
            _request_options(call_options),
        )

    async def enable_device(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_ENABLE_DEVICE,
            (
                id,
                user_id,
            ),
            None,
            _request_options(call_options),
        )

    async def find_app_lists(
        self,
        keyword: str,
        **call_options: Unpack[CallOptions],
    ) -> List[DeviceExclusiveValidScopeAppDataDto]:
        """``GET /api/v3/get-supported-device-exclusive-apps`` -> ``list[DeviceExclusiveValidScopeAppDataDto]``.

        Node-only endpoint, Node ``findAppLists``; area ``devices``.

        Parameters (name: wire name, location):
            keyword: ``keyword``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_FIND_APP_LISTS,
            (keyword,),
            "list[DeviceExclusiveValidScopeAppDataDto]",
            _request_options(call_options),
        )

    async def find_last_login_apps_by_device_ids(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_FIND_LAST_LOGIN_APPS_BY_DEVICE_IDS,
            (
                device_ids,
                user_id,
            ),
            None,
            _request_options(call_options),
        )

    async def find_last_login_apps_by_device_ids_v2(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_FIND_LAST_LOGIN_APPS_BY_DEVICE_IDS_V2,
            (
                device_ids,
                user_id,
            ),
            None,
            _request_options(call_options),
        )

    async def get_all_valid_scope_settings(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[GetDeviceExclusiveValidScopeDataDto]:
        """``GET /api/v3/get-device-exclusive-valid-scope-settings`` -> ``list[GetDeviceExclusiveValidScopeDataDto]``.

        Node-only endpoint, Node ``getAllValidScopeSettings``; area ``devices``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ALL_VALID_SCOPE_SETTINGS,
            (),
            "list[GetDeviceExclusiveValidScopeDataDto]",
            _request_options(call_options),
        )

    async def get_all_white_list_settings(
        self,
        **call_options: Unpack[CallOptions],
    ) -> List[GetDeviceExclusiveWhiteListDataDto]:
        """``GET /api/v3/get-device-exclusive-white-list-settings`` -> ``list[GetDeviceExclusiveWhiteListDataDto]``.

        Node-only endpoint, Node ``getAllWhiteListSettings``; area ``devices``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_ALL_WHITE_LIST_SETTINGS,
            (),
            "list[GetDeviceExclusiveWhiteListDataDto]",
            _request_options(call_options),
        )

    async def get_device_status(
        self,
        id: str,
        **call_options: Unpack[CallOptions],
    ) -> DeviceStatusResponseDataDto:
        """``POST /api/v3/device-status`` -> ``DeviceStatusResponseDataDto``.

        Official python name, Node ``getDeviceStatus``; area ``devices``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_DEVICE_STATUS,
            (id,),
            "DeviceStatusResponseDataDto",
            _request_options(call_options),
        )

    async def get_rule_settings(
        self,
        **call_options: Unpack[CallOptions],
    ) -> GetDeviceExclusiveRuleDataDto:
        """``GET /api/v3/get-device-exclusive-rule-settings`` -> ``GetDeviceExclusiveRuleDataDto``.

        Node-only endpoint, Node ``getRuleSettings``; area ``devices``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_RULE_SETTINGS,
            (),
            "GetDeviceExclusiveRuleDataDto",
            _request_options(call_options),
        )

    async def get_verify_config_app(
        self,
        keywords: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ApplicationDto:
        """``GET /api/v3/verify-config-app`` -> ``ApplicationDto``.

        Official python name, Node ``getVerifyConfigApp``; area ``devices``.

        Parameters (name: wire name, location):
            keywords: ``keywords``, query
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_VERIFY_CONFIG_APP,
            (keywords,),
            "ApplicationDto",
            _request_options(call_options),
        )

    async def remove(
        self,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/remove-device-exclusive-valid-scope-settings`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``remove``; area ``devices``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REMOVE,
            (app_id,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def save_invitation_policies(
        self,
        app_ids: List[str],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/save-device-exclusive-valid-scope-settings`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``saveInvitationPolicies``; area ``devices``.

        Parameters (name: wire name, location):
            app_ids: ``appIds``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_SAVE_INVITATION_POLICIES,
            (app_ids,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def suspend_device(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_SUSPEND_DEVICE,
            (
                end_time,
                user_id,
                id,
            ),
            None,
            _request_options(call_options),
        )

    async def update_rule_settings(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_RULE_SETTINGS,
            (
                rule,
                device_rule,
                ip_rule,
            ),
            "GetDeviceExclusiveRuleDataDto",
            _request_options(call_options),
        )
