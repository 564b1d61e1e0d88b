# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``applications``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import check_call_options as _check_call_options, request_options as _request_options
from genauth_async._pagination import paginate as _paginate, options_limit as _options_limit, with_page as _with_page

if TYPE_CHECKING:
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

_EP_CHECK_DOMAIN_AVAILABLE = Endpoint(
    "check_domain_available",
    "POST",
    "/api/v3/check-domain-available",
    (
        Param("domain", "domain", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_CREATE_APPLICATION = Endpoint(
    "create_application",
    "POST",
    "/api/v3/create-application",
    (
        Param("app_name", "appName", "json", True, "str"),
        Param("template", "template", "json", False, "str"),
        Param("template_data", "templateData", "json", False, "any"),
        Param("app_identifier", "appIdentifier", "json", False, "str"),
        Param("app_logo", "appLogo", "json", False, "str"),
        Param("app_description", "appDescription", "json", False, "str"),
        Param("app_type", "appType", "json", False, "str", "any", ("web", "spa", "native", "api", "mfa", "mini-program", "gateway-app", "gateway-agent")),
        Param("default_protocol", "defaultProtocol", "json", False, "str", "any", ("oidc", "oauth", "saml", "cas", "asa")),
        Param("redirect_uris", "redirectUris", "json", False, "list", "str"),
        Param("logout_redirect_uris", "logoutRedirectUris", "json", False, "list", "str"),
        Param("init_login_uri", "initLoginUri", "json", False, "str"),
        Param("sso_enabled", "ssoEnabled", "json", False, "bool"),
        Param("oidc_config", "oidcConfig", "json", False, "dict"),
        Param("saml_provider_enabled", "samlProviderEnabled", "json", False, "bool"),
        Param("saml_config", "samlConfig", "json", False, "dict"),
        Param("oauth_provider_enabled", "oauthProviderEnabled", "json", False, "bool"),
        Param("oauth_config", "oauthConfig", "json", False, "dict"),
        Param("cas_provider_enabled", "casProviderEnabled", "json", False, "bool"),
        Param("cas_config", "casConfig", "json", False, "dict"),
        Param("login_config", "loginConfig", "json", False, "dict"),
        Param("register_config", "registerConfig", "json", False, "dict"),
        Param("branding_config", "brandingConfig", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_DELETE_APPLICATION = Endpoint(
    "delete_application",
    "POST",
    "/api/v3/delete-application",
    (
        Param("app_id", "appId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_GET_APPLICATION = Endpoint(
    "get_application",
    "GET",
    "/api/v3/get-application",
    (
        Param("app_id", "appId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_APPLICATION_SECRET = Endpoint(
    "get_application_secret",
    "GET",
    "/api/v3/get-application-secret",
    (
        Param("app_id", "appId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_APPLICATION_SIMPLE_INFO = Endpoint(
    "get_application_simple_info",
    "GET",
    "/api/v3/get-application-simple-info",
    (
        Param("app_id", "appId", "query", True, "str"),
    ),
    idempotent=True,
)

_EP_GET_USER_ACCESSIBLE_APPS = Endpoint(
    "get_user_accessible_apps",
    "GET",
    "/api/v3/get-user-accessible-apps",
    (
        Param("user_id", "userId", "query", True, "str"),
        Param("user_id_type", "userIdType", "query", False, "str", "any", ("user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field")),
    ),
    idempotent=True,
)

_EP_LIST_APPLICATION_ACTIVE_USERS = Endpoint(
    "list_application_active_users",
    "POST",
    "/api/v3/list-application-active-users",
    (
        Param("app_id", "appId", "json", True, "str"),
        Param("options", "options", "json", False, "dict"),
    ),
    idempotent=False,
)

_EP_LIST_APPLICATION_SIMPLE_INFO = Endpoint(
    "list_application_simple_info",
    "GET",
    "/api/v3/list-application-simple-info",
    (
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("is_integrate_app", "isIntegrateApp", "query", False, "bool"),
        Param("is_self_built_app", "isSelfBuiltApp", "query", False, "bool"),
        Param("sso_enabled", "ssoEnabled", "query", False, "bool"),
        Param("keywords", "keywords", "query", False, "str"),
    ),
    idempotent=True,
)

_EP_LIST_APPLICATIONS = Endpoint(
    "list_applications",
    "GET",
    "/api/v3/list-applications",
    (
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("is_integrate_app", "isIntegrateApp", "query", False, "bool"),
        Param("is_self_built_app", "isSelfBuiltApp", "query", False, "bool"),
        Param("sso_enabled", "ssoEnabled", "query", False, "bool"),
        Param("keywords", "keywords", "query", False, "str"),
        Param("all", "all", "query", False, "bool"),
    ),
    idempotent=True,
)

_EP_REFRESH_APPLICATION_SECRET = Endpoint(
    "refresh_application_secret",
    "POST",
    "/api/v3/refresh-application-secret",
    (
        Param("app_id", "appId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_REVOKE_APPLICATION_ACCESS = Endpoint(
    "revoke_application_access",
    "POST",
    "/api/v3/revoke-application-access",
    (
        Param("app_id", "appId", "json", True, "str"),
        Param("list", "list", "json", True, "list", "dict"),
    ),
    idempotent=False,
)

_EP_UPDATE_APPLICATION = Endpoint(
    "update_application",
    "POST",
    "/api/v3/update-application",
    (
        Param("app_id", "appId", "json", True, "str"),
        Param("app_name", "appName", "json", False, "str"),
        Param("template_data", "templateData", "json", False, "any"),
        Param("app_identifier", "appIdentifier", "json", False, "str"),
        Param("app_logo", "appLogo", "json", False, "str"),
        Param("app_description", "appDescription", "json", False, "str"),
        Param("default_protocol", "defaultProtocol", "json", False, "str", "any", ("oidc", "oauth", "saml", "cas", "asa")),
        Param("redirect_uris", "redirectUris", "json", False, "list", "str"),
        Param("logout_redirect_uris", "logoutRedirectUris", "json", False, "list", "str"),
        Param("init_login_uri", "initLoginUri", "json", False, "str"),
        Param("sso_enabled", "ssoEnabled", "json", False, "bool"),
        Param("oidc_config", "oidcConfig", "json", False, "dict"),
        Param("saml_provider_enabled", "samlProviderEnabled", "json", False, "bool"),
        Param("saml_config", "samlConfig", "json", False, "dict"),
        Param("oauth_provider_enabled", "oauthProviderEnabled", "json", False, "bool"),
        Param("oauth_config", "oauthConfig", "json", False, "dict"),
        Param("cas_provider_enabled", "casProviderEnabled", "json", False, "bool"),
        Param("cas_config", "casConfig", "json", False, "dict"),
        Param("login_config", "loginConfig", "json", False, "dict"),
        Param("register_config", "registerConfig", "json", False, "dict"),
        Param("branding_config", "brandingConfig", "json", False, "dict"),
        Param("sso_show_launchpad", "ssoShowLaunchpad", "json", False, "bool"),
        Param("enable_permission_apply", "enablePermissionApply", "json", False, "bool"),
    ),
    idempotent=False,
)

_EP_UPDATE_LOGIN_PAGE_CONFIG = Endpoint(
    "update_login_page_config",
    "POST",
    "/api/v3/update-login-page-config",
    (
        Param("update", "update", "json", True, "dict"),
    ),
    idempotent=False,
)


class ApplicationsMixin(_Caller):
    """Management API, area ``applications``: 14 endpoints."""

    __slots__ = ()

    async def check_domain_available(
        self,
        domain: str,
        **call_options: Unpack[CallOptions],
    ) -> CheckDomainAvailableDataDto:
        """``POST /api/v3/check-domain-available`` -> ``CheckDomainAvailableDataDto``.

        Official python name, Node ``checkDomainAvailable``; area ``applications``.

        Parameters (name: wire name, location):
            domain: ``domain``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_CHECK_DOMAIN_AVAILABLE,
            (domain,),
            "CheckDomainAvailableDataDto",
            _request_options(call_options),
        )

    async def create_application(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_CREATE_APPLICATION,
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
            "CreateApplicationRespDataDto",
            _request_options(call_options),
        )

    async def delete_application(
        self,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-application`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteApplication``; area ``applications``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_DELETE_APPLICATION,
            (app_id,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def get_application(
        self,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> ApplicationDto:
        """``GET /api/v3/get-application`` -> ``ApplicationDto``.

        Official python name, Node ``getApplication``; area ``applications``.

        Parameters (name: wire name, location):
            app_id: ``appId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_APPLICATION,
            (app_id,),
            "ApplicationDto",
            _request_options(call_options),
        )

    async def get_application_secret(
        self,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> GetApplicationSecretDataDto:
        """``GET /api/v3/get-application-secret`` -> ``GetApplicationSecretDataDto``.

        Official python name, Node ``getApplicationSecret``; area ``applications``.

        Parameters (name: wire name, location):
            app_id: ``appId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_APPLICATION_SECRET,
            (app_id,),
            "GetApplicationSecretDataDto",
            _request_options(call_options),
        )

    async def get_application_simple_info(
        self,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> ApplicationSimpleInfoDto:
        """``GET /api/v3/get-application-simple-info`` -> ``ApplicationSimpleInfoDto``.

        Official python name, Node ``getApplicationSimpleInfo``; area ``applications``.

        Parameters (name: wire name, location):
            app_id: ``appId``, query, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_APPLICATION_SIMPLE_INFO,
            (app_id,),
            "ApplicationSimpleInfoDto",
            _request_options(call_options),
        )

    async def get_user_accessible_apps(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_GET_USER_ACCESSIBLE_APPS,
            (
                user_id,
                user_id_type,
            ),
            "list[AppDto]",
            _request_options(call_options),
        )

    async def list_application_active_users(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_APPLICATION_ACTIVE_USERS,
            (
                app_id,
                options,
            ),
            "UserPagingDto",
            _request_options(call_options),
        )

    def iter_list_application_active_users(
        self,
        app_id: str,
        options: ListApplicationActiveUsersOptionsDto | Mapping[str, Any] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[UserDto]:
        """Every item of ``list_application_active_users``, fetched page by page (an async iterator).

        Same parameters; the page number is set in ``options.pagination.page``. Yields the items of
        ``list``; stops after ``totalCount`` items, at an empty page, or at a page shorter than the
        limit (the first page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_application_active_users(
                app_id=app_id,
                options=_with_page(options, page),
                **call_options,
            ),
            "list",
            "totalCount",
            _options_limit(options),
        )

    async def list_application_simple_info(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_APPLICATION_SIMPLE_INFO,
            (
                page,
                limit,
                is_integrate_app,
                is_self_built_app,
                sso_enabled,
                keywords,
            ),
            "ApplicationSimpleInfoPaginatedDataDto",
            _request_options(call_options),
        )

    def iter_list_application_simple_info(
        self,
        limit: int | None = None,
        is_integrate_app: bool | None = None,
        is_self_built_app: bool | None = None,
        sso_enabled: bool | None = None,
        keywords: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> AsyncIterator[ApplicationSimpleInfoDto]:
        """Every item of ``list_application_simple_info``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_application_simple_info(
                page=page,
                limit=limit,
                is_integrate_app=is_integrate_app,
                is_self_built_app=is_self_built_app,
                sso_enabled=sso_enabled,
                keywords=keywords,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def list_applications(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_LIST_APPLICATIONS,
            (
                page,
                limit,
                is_integrate_app,
                is_self_built_app,
                sso_enabled,
                keywords,
                all,
            ),
            "ApplicationPaginatedDataDto",
            _request_options(call_options),
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
    ) -> AsyncIterator[ApplicationDto]:
        """Every item of ``list_applications``, fetched page by page (an async iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        _check_call_options(call_options)
        return _paginate(
            lambda page: self.list_applications(
                page=page,
                limit=limit,
                is_integrate_app=is_integrate_app,
                is_self_built_app=is_self_built_app,
                sso_enabled=sso_enabled,
                keywords=keywords,
                all=all,
                **call_options,
            ),
            "list",
            "totalCount",
            limit,
        )

    async def refresh_application_secret(
        self,
        app_id: str,
        **call_options: Unpack[CallOptions],
    ) -> RefreshApplicationSecretDataDto:
        """``POST /api/v3/refresh-application-secret`` -> ``RefreshApplicationSecretDataDto``.

        Official python name, Node ``refreshApplicationSecret``; area ``applications``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_REFRESH_APPLICATION_SECRET,
            (app_id,),
            "RefreshApplicationSecretDataDto",
            _request_options(call_options),
        )

    async def revoke_application_access(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_REVOKE_APPLICATION_ACCESS,
            (
                app_id,
                list,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_application(
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
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_APPLICATION,
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
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_login_page_config(
        self,
        update: UpdateLoginConfig | Mapping[str, Any],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-login-page-config`` -> ``IsSuccessDto``.

        Official python name, Node ``updateLoginPageConfig``; area ``applications``.

        Parameters (name: wire name, location):
            update: ``update``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_LOGIN_PAGE_CONFIG,
            (update,),
            "IsSuccessDto",
            _request_options(call_options),
        )
