# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``applications`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        AppDto, ApplicationBrandingConfigInputDto, ApplicationDto, ApplicationLoginConfigInputDto,
        ApplicationPaginatedDataDto, ApplicationRegisterConfigInputDto, ApplicationSimpleInfoDto,
        ApplicationSimpleInfoPaginatedDataDto, CasIdPConfig, CheckDomainAvailableDataDto,
        CreateApplicationDtoAppType, CreateApplicationDtoDefaultProtocol,
        CreateApplicationRespDataDto, DeleteApplicationPermissionRecordItem,
        GetApplicationSecretDataDto, GetUserAccessibleAppsParamsUserIdType, IsSuccessDto,
        ListApplicationActiveUsersOptionsDto, OIDCConfig, OauthIdpConfig,
        RefreshApplicationSecretDataDto, SamlIdpConfig, UpdateApplicationDtoDefaultProtocol,
        UpdateApplicationLoginConfigInputDto, UpdateLoginConfig, UserDto, UserPagingDto,
    )


class ApplicationsMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``applications``: 14 endpoints."""

    def check_domain_available(
        self,
        domain: str,
        **call_options: Unpack[CallOptions],
    ) -> CheckDomainAvailableDataDto:
        """``POST /api/v3/check-domain-available`` -> ``CheckDomainAvailableDataDto``.

        Official python name, Node ``checkDomainAvailable``; area ``applications``.

        Parameters (name: wire name, location):
            domain: ``domain``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "check_domain_available",
            (domain,),
            call_options,
        )

    def create_application(
        self,
        app_name: str,
        template: str | None = None,
        template_data: Any = None,
        app_identifier: str | None = None,
        app_logo: str | None = None,
        app_description: str | None = None,
        app_type: CreateApplicationDtoAppType | str | None = None,
        default_protocol: CreateApplicationDtoDefaultProtocol | str | None = None,
        redirect_uris: List[str] | None = None,
        logout_redirect_uris: List[str] | None = None,
        init_login_uri: str | None = None,
        sso_enabled: bool | None = None,
        oidc_config: OIDCConfig | Mapping[str, Any] | None = None,
        saml_provider_enabled: bool | None = None,
        saml_config: SamlIdpConfig | Mapping[str, Any] | None = None,
        oauth_provider_enabled: bool | None = None,
        oauth_config: OauthIdpConfig | Mapping[str, Any] | None = None,
        cas_provider_enabled: bool | None = None,
        cas_config: CasIdPConfig | Mapping[str, Any] | None = None,
        login_config: ApplicationLoginConfigInputDto | Mapping[str, Any] | None = None,
        register_config: ApplicationRegisterConfigInputDto | Mapping[str, Any] | None = None,
        branding_config: ApplicationBrandingConfigInputDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> CreateApplicationRespDataDto:
        """``POST /api/v3/create-application`` -> ``CreateApplicationRespDataDto``.

        Official python name, Node ``createApplication``; area ``applications``.

        Parameters (name: wire name, location):
            app_name: ``appName``, json, required
            template: ``template``, json
            template_data: ``templateData``, json
            app_identifier: ``appIdentifier``, json
            app_logo: ``appLogo``, json
            app_description: ``appDescription``, json
            app_type: ``appType``, json
            default_protocol: ``defaultProtocol``, json
            redirect_uris: ``redirectUris``, json
            logout_redirect_uris: ``logoutRedirectUris``, json
            init_login_uri: ``initLoginUri``, json
            sso_enabled: ``ssoEnabled``, json
            oidc_config: ``oidcConfig``, json
            saml_provider_enabled: ``samlProviderEnabled``, json
            saml_config: ``samlConfig``, json
            oauth_provider_enabled: ``oauthProviderEnabled``, json
            oauth_config: ``oauthConfig``, json
            cas_provider_enabled: ``casProviderEnabled``, json
            cas_config: ``casConfig``, json
            login_config: ``loginConfig``, json
            register_config: ``registerConfig``, json
            branding_config: ``brandingConfig``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_application",
            (
                app_name,
                template,
                template_data,
                app_identifier,
                app_logo,
                app_description,
                app_type,
                default_protocol,
                redirect_uris,
                logout_redirect_uris,
                init_login_uri,
                sso_enabled,
                oidc_config,
                saml_provider_enabled,
                saml_config,
                oauth_provider_enabled,
                oauth_config,
                cas_provider_enabled,
                cas_config,
                login_config,
                register_config,
                branding_config,
            ),
            call_options,
        )

    def delete_application(
        self,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-application`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteApplication``; area ``applications``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_application",
            (app_id,),
            call_options,
        )

    def get_application(
        self,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> ApplicationDto:
        """``GET /api/v3/get-application`` -> ``ApplicationDto``.

        Official python name, Node ``getApplication``; area ``applications``.

        Parameters (name: wire name, location):
            app_id: ``appId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_application",
            (app_id,),
            call_options,
        )

    def get_application_secret(
        self,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> GetApplicationSecretDataDto:
        """``GET /api/v3/get-application-secret`` -> ``GetApplicationSecretDataDto``.

        Official python name, Node ``getApplicationSecret``; area ``applications``.

        Parameters (name: wire name, location):
            app_id: ``appId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_application_secret",
            (app_id,),
            call_options,
        )

    def get_application_simple_info(
        self,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> ApplicationSimpleInfoDto:
        """``GET /api/v3/get-application-simple-info`` -> ``ApplicationSimpleInfoDto``.

        Official python name, Node ``getApplicationSimpleInfo``; area ``applications``.

        Parameters (name: wire name, location):
            app_id: ``appId``, query, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_application_simple_info",
            (app_id,),
            call_options,
        )

    def get_user_accessible_apps(
        self,
        user_id: str,
        user_id_type: GetUserAccessibleAppsParamsUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[AppDto]:
        """``GET /api/v3/get-user-accessible-apps`` -> ``list[AppDto]``.

        Official python name, Node ``getUserAccessibleApps``; area ``applications``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_accessible_apps",
            (
                user_id,
                user_id_type,
            ),
            call_options,
        )

    def list_application_active_users(
        self,
        app_id: str,
        options: ListApplicationActiveUsersOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UserPagingDto:
        """``POST /api/v3/list-application-active-users`` -> ``UserPagingDto``.

        Official python name, Node ``listApplicationActiveUsers``; area ``applications``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
            options: ``options``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_application_active_users",
            (
                app_id,
                options,
            ),
            call_options,
        )

    def iter_list_application_active_users(
        self,
        app_id: str,
        options: ListApplicationActiveUsersOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[UserDto]:
        """Every item of ``list_application_active_users``, fetched page by page (an iterator).

        Same parameters; the page number is set in ``options.pagination.page``. Yields the items of
        ``list``; stops after ``totalCount`` items, at an empty page, or at a page shorter than the
        limit (the first page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_application_active_users",
            (
                app_id,
                options,
            ),
            call_options,
        )

    def list_application_simple_info(
        self,
        page: int | None = None,
        limit: int | None = None,
        is_integrate_app: bool | None = None,
        is_self_built_app: bool | None = None,
        sso_enabled: bool | None = None,
        keywords: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ApplicationSimpleInfoPaginatedDataDto:
        """``GET /api/v3/list-application-simple-info`` -> ``ApplicationSimpleInfoPaginatedDataDto``.

        Official python name, Node ``listApplicationSimpleInfo``; area ``applications``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
            is_integrate_app: ``isIntegrateApp``, query
            is_self_built_app: ``isSelfBuiltApp``, query
            sso_enabled: ``ssoEnabled``, query
            keywords: ``keywords``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_application_simple_info",
            (
                page,
                limit,
                is_integrate_app,
                is_self_built_app,
                sso_enabled,
                keywords,
            ),
            call_options,
        )

    def iter_list_application_simple_info(
        self,
        limit: int | None = None,
        is_integrate_app: bool | None = None,
        is_self_built_app: bool | None = None,
        sso_enabled: bool | None = None,
        keywords: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[ApplicationSimpleInfoDto]:
        """Every item of ``list_application_simple_info``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_application_simple_info",
            (
                limit,
                is_integrate_app,
                is_self_built_app,
                sso_enabled,
                keywords,
            ),
            call_options,
        )

    def list_applications(
        self,
        page: int | None = None,
        limit: int | None = None,
        is_integrate_app: bool | None = None,
        is_self_built_app: bool | None = None,
        sso_enabled: bool | None = None,
        keywords: str | None = None,
        all: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ApplicationPaginatedDataDto:
        """``GET /api/v3/list-applications`` -> ``ApplicationPaginatedDataDto``.

        Official python name, Node ``listApplications``; area ``applications``.

        Parameters (name: wire name, location):
            page: ``page``, query
            limit: ``limit``, query
            is_integrate_app: ``isIntegrateApp``, query
            is_self_built_app: ``isSelfBuiltApp``, query
            sso_enabled: ``ssoEnabled``, query
            keywords: ``keywords``, query
            all: ``all``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_applications",
            (
                page,
                limit,
                is_integrate_app,
                is_self_built_app,
                sso_enabled,
                keywords,
                all,
            ),
            call_options,
        )

    def iter_list_applications(
        self,
        limit: int | None = None,
        is_integrate_app: bool | None = None,
        is_self_built_app: bool | None = None,
        sso_enabled: bool | None = None,
        keywords: str | None = None,
        all: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[ApplicationDto]:
        """Every item of ``list_applications``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_list_applications",
            (
                limit,
                is_integrate_app,
                is_self_built_app,
                sso_enabled,
                keywords,
                all,
            ),
            call_options,
        )

    def refresh_application_secret(
        self,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> RefreshApplicationSecretDataDto:
        """``POST /api/v3/refresh-application-secret`` -> ``RefreshApplicationSecretDataDto``.

        Official python name, Node ``refreshApplicationSecret``; area ``applications``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "refresh_application_secret",
            (app_id,),
            call_options,
        )

    def revoke_application_access(
        self,
        app_id: str,
        list: List[DeleteApplicationPermissionRecordItem | Mapping[str, Any]],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/revoke-application-access`` -> ``IsSuccessDto``.

        Official python name, Node ``revokeApplicationAccess``; area ``applications``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
            list: ``list``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "revoke_application_access",
            (
                app_id,
                list,
            ),
            call_options,
        )

    def update_application(
        self,
        app_id: str,
        app_name: str | None = None,
        template_data: Any = None,
        app_identifier: str | None = None,
        app_logo: str | None = None,
        app_description: str | None = None,
        default_protocol: UpdateApplicationDtoDefaultProtocol | str | None = None,
        redirect_uris: List[str] | None = None,
        logout_redirect_uris: List[str] | None = None,
        init_login_uri: str | None = None,
        sso_enabled: bool | None = None,
        oidc_config: OIDCConfig | Mapping[str, Any] | None = None,
        saml_provider_enabled: bool | None = None,
        saml_config: SamlIdpConfig | Mapping[str, Any] | None = None,
        oauth_provider_enabled: bool | None = None,
        oauth_config: OauthIdpConfig | Mapping[str, Any] | None = None,
        cas_provider_enabled: bool | None = None,
        cas_config: CasIdPConfig | Mapping[str, Any] | None = None,
        login_config: UpdateApplicationLoginConfigInputDto | Mapping[str, Any] | None = None,
        register_config: ApplicationRegisterConfigInputDto | Mapping[str, Any] | None = None,
        branding_config: ApplicationBrandingConfigInputDto | Mapping[str, Any] | None = None,
        sso_show_launchpad: bool | None = None,
        enable_permission_apply: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-application`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``updateApplication``; area ``applications``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
            app_name: ``appName``, json
            template_data: ``templateData``, json
            app_identifier: ``appIdentifier``, json
            app_logo: ``appLogo``, json
            app_description: ``appDescription``, json
            default_protocol: ``defaultProtocol``, json
            redirect_uris: ``redirectUris``, json
            logout_redirect_uris: ``logoutRedirectUris``, json
            init_login_uri: ``initLoginUri``, json
            sso_enabled: ``ssoEnabled``, json
            oidc_config: ``oidcConfig``, json
            saml_provider_enabled: ``samlProviderEnabled``, json
            saml_config: ``samlConfig``, json
            oauth_provider_enabled: ``oauthProviderEnabled``, json
            oauth_config: ``oauthConfig``, json
            cas_provider_enabled: ``casProviderEnabled``, json
            cas_config: ``casConfig``, json
            login_config: ``loginConfig``, json
            register_config: ``registerConfig``, json
            branding_config: ``brandingConfig``, json
            sso_show_launchpad: ``ssoShowLaunchpad``, json
            enable_permission_apply: ``enablePermissionApply``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_application",
            (
                app_id,
                app_name,
                template_data,
                app_identifier,
                app_logo,
                app_description,
                default_protocol,
                redirect_uris,
                logout_redirect_uris,
                init_login_uri,
                sso_enabled,
                oidc_config,
                saml_provider_enabled,
                saml_config,
                oauth_provider_enabled,
                oauth_config,
                cas_provider_enabled,
                cas_config,
                login_config,
                register_config,
                branding_config,
                sso_show_launchpad,
                enable_permission_apply,
            ),
            call_options,
        )

    def update_login_page_config(
        self,
        update: UpdateLoginConfig | Mapping[str, Any],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-login-page-config`` -> ``IsSuccessDto``.

        Official python name, Node ``updateLoginPageConfig``; area ``applications``.

        Parameters (name: wire name, location):
            update: ``update``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_login_page_config",
            (update,),
            call_options,
        )
