# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Official management methods, area ``applications``: the official answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genauth_sync._compat_base import SyncCompatBase as _SyncCompatBase
from genauth_sync._generated.clients import ManagementClient as _Typed

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack


class ApplicationsMixin(_SyncCompatBase[_Typed]):
    """Official management methods, area ``applications``: the official answers."""

    __slots__ = ()

    def check_domain_available(
        self,
        domain: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_domain_available``: ``POST /api/v3/check-domain-available``, the whole answer."""
        return self._call("check_domain_available", (domain,), {**call_options})  # type: ignore[no-any-return]

    def create_application(
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
        return self._call("create_application", (app_name, template, template_data, app_identifier, app_logo, app_description, app_type, default_protocol, redirect_uris, logout_redirect_uris, init_login_uri, sso_enabled, oidc_config, saml_provider_enabled, saml_config, oauth_provider_enabled, oauth_config, cas_provider_enabled, cas_config, login_config, register_config, branding_config), {**call_options})  # type: ignore[no-any-return]

    def delete_application(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_application``: ``POST /api/v3/delete-application``, the whole answer."""
        return self._call("delete_application", (app_id,), {**call_options})  # type: ignore[no-any-return]

    def get_application(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application``: ``GET /api/v3/get-application``, the whole answer."""
        return self._call("get_application", (app_id,), {**call_options})  # type: ignore[no-any-return]

    def get_application_secret(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application_secret``: ``GET /api/v3/get-application-secret``, the whole answer."""
        return self._call("get_application_secret", (app_id,), {**call_options})  # type: ignore[no-any-return]

    def get_application_simple_info(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application_simple_info``: ``GET /api/v3/get-application-simple-info``, the whole answer."""
        return self._call("get_application_simple_info", (app_id,), {**call_options})  # type: ignore[no-any-return]

    def get_user_accessible_apps(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_accessible_apps``: ``GET /api/v3/get-user-accessible-apps``, the whole answer."""
        return self._call("get_user_accessible_apps", (user_id, user_id_type), {**call_options})  # type: ignore[no-any-return]

    def list_application_active_users(
        self,
        app_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_application_active_users``: ``POST /api/v3/list-application-active-users``, the whole answer."""
        return self._call("list_application_active_users", (app_id, options), {**call_options})  # type: ignore[no-any-return]

    def list_application_simple_info(
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
        return self._call("list_application_simple_info", (page, limit, is_integrate_app, is_self_built_app, sso_enabled, keywords), {**call_options})  # type: ignore[no-any-return]

    def list_applications(
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
        return self._call("list_applications", (page, limit, is_integrate_app, is_self_built_app, sso_enabled, keywords, all), {**call_options})  # type: ignore[no-any-return]

    def refresh_application_secret(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``refresh_application_secret``: ``POST /api/v3/refresh-application-secret``, the whole answer."""
        return self._call("refresh_application_secret", (app_id,), {**call_options})  # type: ignore[no-any-return]

    def revoke_application_access(
        self,
        app_id: Any,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke_application_access``: ``POST /api/v3/revoke-application-access``, the whole answer."""
        return self._call("revoke_application_access", (app_id, list), {**call_options})  # type: ignore[no-any-return]

    def update_login_page_config(
        self,
        update: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_login_page_config``: ``POST /api/v3/update-login-page-config``, the whole answer."""
        return self._call("update_login_page_config", (update,), {**call_options})  # type: ignore[no-any-return]
