# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``applications``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatBase as _CompatBase
from genauth_async._generated.clients import ManagementClient as _Typed
from genauth_async._generated.management.applications import (
    _EP_CHECK_DOMAIN_AVAILABLE,
    _EP_CREATE_APPLICATION,
    _EP_DELETE_APPLICATION,
    _EP_GET_APPLICATION,
    _EP_GET_APPLICATION_SECRET,
    _EP_GET_APPLICATION_SIMPLE_INFO,
    _EP_GET_USER_ACCESSIBLE_APPS,
    _EP_LIST_APPLICATIONS,
    _EP_LIST_APPLICATION_ACTIVE_USERS,
    _EP_LIST_APPLICATION_SIMPLE_INFO,
    _EP_REFRESH_APPLICATION_SECRET,
    _EP_REVOKE_APPLICATION_ACCESS,
    _EP_UPDATE_LOGIN_PAGE_CONFIG,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class ApplicationsMixin(_CompatBase[_Typed]):
    """Official management methods, area ``applications``: the official answers."""

    __slots__ = ()

    async def check_domain_available(
        self,
        domain: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_domain_available``: ``POST /api/v3/check-domain-available``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CHECK_DOMAIN_AVAILABLE, (domain,), None, _request_options(call_options),
        )

    async def create_application(
        self,
        app_name: Any,
        template: Any = None,
        template_data: Any = None,
        app_identifier: Any = None,
        app_logo: Any = None,
        app_description: Any = None,
        app_type: Any = None,
        default_protocol: Any = None,
        redirect_uris: Any = None,
        logout_redirect_uris: Any = None,
        init_login_uri: Any = None,
        sso_enabled: Any = None,
        oidc_config: Any = None,
        saml_provider_enabled: Any = None,
        saml_config: Any = None,
        oauth_provider_enabled: Any = None,
        oauth_config: Any = None,
        cas_provider_enabled: Any = None,
        cas_config: Any = None,
        login_config: Any = None,
        register_config: Any = None,
        branding_config: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_application``: ``POST /api/v3/create-application``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_CREATE_APPLICATION, (app_name, template, template_data, app_identifier, app_logo, app_description, app_type, default_protocol, redirect_uris, logout_redirect_uris, init_login_uri, sso_enabled, oidc_config, saml_provider_enabled, saml_config, oauth_provider_enabled, oauth_config, cas_provider_enabled, cas_config, login_config, register_config, branding_config), None, _request_options(call_options),
        )

    async def delete_application(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_application``: ``POST /api/v3/delete-application``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_DELETE_APPLICATION, (app_id,), None, _request_options(call_options),
        )

    async def get_application(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application``: ``GET /api/v3/get-application``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_APPLICATION, (app_id,), None, _request_options(call_options),
        )

    async def get_application_secret(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application_secret``: ``GET /api/v3/get-application-secret``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_APPLICATION_SECRET, (app_id,), None, _request_options(call_options),
        )

    async def get_application_simple_info(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application_simple_info``: ``GET /api/v3/get-application-simple-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_APPLICATION_SIMPLE_INFO, (app_id,), None, _request_options(call_options),
        )

    async def get_user_accessible_apps(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_accessible_apps``: ``GET /api/v3/get-user-accessible-apps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_GET_USER_ACCESSIBLE_APPS, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def list_application_active_users(
        self,
        app_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_application_active_users``: ``POST /api/v3/list-application-active-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_APPLICATION_ACTIVE_USERS, (app_id, options), None, _request_options(call_options),
        )

    async def list_application_simple_info(
        self,
        page: Any = None,
        limit: Any = None,
        is_integrate_app: Any = None,
        is_self_built_app: Any = None,
        sso_enabled: Any = None,
        keywords: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_application_simple_info``: ``GET /api/v3/list-application-simple-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_APPLICATION_SIMPLE_INFO, (page, limit, is_integrate_app, is_self_built_app, sso_enabled, keywords), None, _request_options(call_options),
        )

    async def list_applications(
        self,
        page: Any = None,
        limit: Any = None,
        is_integrate_app: Any = None,
        is_self_built_app: Any = None,
        sso_enabled: Any = None,
        keywords: Any = None,
        all: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_applications``: ``GET /api/v3/list-applications``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_LIST_APPLICATIONS, (page, limit, is_integrate_app, is_self_built_app, sso_enabled, keywords, all), None, _request_options(call_options),
        )

    async def refresh_application_secret(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``refresh_application_secret``: ``POST /api/v3/refresh-application-secret``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_REFRESH_APPLICATION_SECRET, (app_id,), None, _request_options(call_options),
        )

    async def revoke_application_access(
        self,
        app_id: Any,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke_application_access``: ``POST /api/v3/revoke-application-access``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_REVOKE_APPLICATION_ACCESS, (app_id, list), None, _request_options(call_options),
        )

    async def update_login_page_config(
        self,
        update: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_login_page_config``: ``POST /api/v3/update-login-page-config``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _EP_UPDATE_LOGIN_PAGE_CONFIG, (update,), None, _request_options(call_options),
        )
