# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``identity_sources`` (sync facade)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.types import JsonValue
    from genauth_async.models import (
        CreateExtIdpConnDtoType, CreateExtIdpDtoType, ExtIdpConnDetail,
        ExtIdpConnStateByAppsParamsType, ExtIdpDetail, ExtIdpDto, ExtIdpListPagingDto,
        GetExtIdpParamsType, GetUserIdentitiesParamsUserIdType, GetWechatAccessTokenDataDto,
        IdentityDto, IsSuccessDto, LdapConfigInfoDto, LdapLogDto, LinkIdentityDataDto,
        UnlinkIdentityDataDto,
    )


class IdentitySourcesMixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``identity_sources``: 22 endpoints."""

    def change_ext_idp_conn_association_state(
        self,
        id: str,
        association: bool,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/change-ext-idp-conn-association-state`` -> ``IsSuccessDto``.

        Official python name, Node ``changeExtIdpConnAssociationState``; area ``identity_sources``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
            association: ``association``, json, required
            tenant_id: ``tenantId``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "change_ext_idp_conn_association_state",
            (
                id,
                association,
                tenant_id,
            ),
            call_options,
        )

    def change_ext_idp_conn_state(
        self,
        id: str,
        enabled: bool,
        app_id: str,
        tenant_id: str | None = None,
        app_ids: List[str] | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/change-ext-idp-conn-state`` -> ``IsSuccessDto``.

        Official python name, Node ``changeExtIdpConnState``; area ``identity_sources``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
            enabled: ``enabled``, json, required
            app_id: ``appId``, json, required
            tenant_id: ``tenantId``, json
            app_ids: ``appIds``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "change_ext_idp_conn_state",
            (
                id,
                enabled,
                app_id,
                tenant_id,
                app_ids,
            ),
            call_options,
        )

    def create_ext_idp(
        self,
        name: str,
        type: CreateExtIdpDtoType | str,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ExtIdpDto:
        """``POST /api/v3/create-ext-idp`` -> ``ExtIdpDto``.

        Official python name, Node ``createExtIdp``; area ``identity_sources``.

        Parameters (name: wire name, location):
            name: ``name``, json, required
            type: ``type``, json, required
            tenant_id: ``tenantId``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_ext_idp",
            (
                name,
                type,
                tenant_id,
            ),
            call_options,
        )

    def create_ext_idp_conn(
        self,
        ext_idp_id: str,
        type: CreateExtIdpConnDtoType | str,
        identifier: str,
        display_name: str,
        fields: Any,
        login_only: bool | None = None,
        logo: str | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ExtIdpConnDetail:
        """``POST /api/v3/create-ext-idp-conn`` -> ``ExtIdpConnDetail``.

        Official python name, Node ``createExtIdpConn``; area ``identity_sources``.

        Parameters (name: wire name, location):
            ext_idp_id: ``extIdpId``, json, required
            type: ``type``, json, required
            identifier: ``identifier``, json, required
            display_name: ``displayName``, json, required
            fields: ``fields``, json, required
            login_only: ``loginOnly``, json
            logo: ``logo``, json
            tenant_id: ``tenantId``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "create_ext_idp_conn",
            (
                ext_idp_id,
                type,
                identifier,
                display_name,
                fields,
                login_only,
                logo,
                tenant_id,
            ),
            call_options,
        )

    def delete_ext_idp(
        self,
        id: str,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-ext-idp`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteExtIdp``; area ``identity_sources``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
            tenant_id: ``tenantId``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_ext_idp",
            (
                id,
                tenant_id,
            ),
            call_options,
        )

    def delete_ext_idp_conn(
        self,
        id: str,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/delete-ext-idp-conn`` -> ``IsSuccessDto``.

        Official python name, Node ``deleteExtIdpConn``; area ``identity_sources``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
            tenant_id: ``tenantId``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "delete_ext_idp_conn",
            (
                id,
                tenant_id,
            ),
            call_options,
        )

    def disable_ldap_server(
        self,
        enabled: bool,
        **call_options: Unpack[CallOptions],
    ) -> bool:
        """``POST /api/v3/disable-ldap-server`` -> ``bool``.

        Official python name, Node ``disableLdapServer``; area ``identity_sources``.

        Parameters (name: wire name, location):
            enabled: ``enabled``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "disable_ldap_server",
            (enabled,),
            call_options,
        )

    def ext_idp_conn_state_by_apps(
        self,
        id: str,
        tenant_id: str | None = None,
        app_id: str | None = None,
        type: ExtIdpConnStateByAppsParamsType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ExtIdpListPagingDto:
        """``GET /api/v3/ext-idp-conn-apps`` -> ``ExtIdpListPagingDto``.

        Official python name, Node ``extIdpConnStateByApps``; area ``identity_sources``.

        Parameters (name: wire name, location):
            id: ``id``, query, required
            tenant_id: ``tenantId``, query
            app_id: ``appId``, query
            type: ``type``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "ext_idp_conn_state_by_apps",
            (
                id,
                tenant_id,
                app_id,
                type,
            ),
            call_options,
        )

    def get_bind_pwd(
        self,
        **call_options: Unpack[CallOptions],
    ) -> str:
        """``GET /api/v3/get-ldap-server-random-pwd`` -> ``str``.

        Official python name, Node ``getBindPwd``; area ``identity_sources``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_bind_pwd",
            (),
            call_options,
        )

    def get_ext_idp(
        self,
        id: str,
        tenant_id: str | None = None,
        app_id: str | None = None,
        type: GetExtIdpParamsType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ExtIdpDetail:
        """``GET /api/v3/get-ext-idp`` -> ``ExtIdpDetail``.

        Official python name, Node ``getExtIdp``; area ``identity_sources``.

        Parameters (name: wire name, location):
            id: ``id``, query, required
            tenant_id: ``tenantId``, query
            app_id: ``appId``, query
            type: ``type``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_ext_idp",
            (
                id,
                tenant_id,
                app_id,
                type,
            ),
            call_options,
        )

    def get_user_identities(
        self,
        user_id: str,
        user_id_type: GetUserIdentitiesParamsUserIdType | str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> List[IdentityDto]:
        """``GET /api/v3/get-user-identities`` -> ``list[IdentityDto]``.

        Official python name, Node ``getUserIdentities``; area ``identity_sources``.

        Parameters (name: wire name, location):
            user_id: ``userId``, query, required
            user_id_type: ``userIdType``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_user_identities",
            (
                user_id,
                user_id_type,
            ),
            call_options,
        )

    def get_wechat_mp_access_token_info(
        self,
        app_id: str,
        app_secret: str,
        **call_options: Unpack[CallOptions],
    ) -> GetWechatAccessTokenDataDto:
        """``POST /api/v3/get-weixin-access-token`` -> ``GetWechatAccessTokenDataDto``.

        Node-only endpoint, Node ``getWechatMpAccessTokenInfo``; area ``identity_sources``.

        Parameters (name: wire name, location):
            app_id: ``appId``, json, required
            app_secret: ``appSecret``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "get_wechat_mp_access_token_info",
            (
                app_id,
                app_secret,
            ),
            call_options,
        )

    def link_identity(
        self,
        user_id_in_idp: str,
        user_id: str,
        ext_idp_id: str,
        type: str | None = None,
        is_social: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> LinkIdentityDataDto:
        """``POST /api/v3/link-identity`` -> ``LinkIdentityDataDto``.

        Official python name, Node ``linkIdentity``; area ``identity_sources``.

        Parameters (name: wire name, location):
            user_id_in_idp: ``userIdInIdp``, json, required
            user_id: ``userId``, json, required
            ext_idp_id: ``extIdpId``, json, required
            type: ``type``, json
            is_social: ``isSocial``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "link_identity",
            (
                user_id_in_idp,
                user_id,
                ext_idp_id,
                type,
                is_social,
            ),
            call_options,
        )

    def list_ext_idp(
        self,
        tenant_id: str | None = None,
        app_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ExtIdpListPagingDto:
        """``GET /api/v3/list-ext-idp`` -> ``ExtIdpListPagingDto``.

        Official python name, Node ``listExtIdp``; area ``identity_sources``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, query
            app_id: ``appId``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "list_ext_idp",
            (
                tenant_id,
                app_id,
            ),
            call_options,
        )

    def query_ldap_config_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> LdapConfigInfoDto:
        """``GET /api/v3/get-ldap-server-config`` -> ``LdapConfigInfoDto``.

        Official python name, Node ``queryLdapConfigInfo``; area ``identity_sources``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "query_ldap_config_info",
            (),
            call_options,
        )

    def query_ldap_log(
        self,
        type: int,
        page: int,
        limit: int,
        connection: int | None = None,
        operation_number: int | None = None,
        error_code: int | None = None,
        message: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> LdapLogDto:
        """``GET /api/v3/get-ldap-server-log`` -> ``LdapLogDto``.

        Official python name, Node ``queryLdapLog``; area ``identity_sources``.

        Parameters (name: wire name, location):
            type: ``type``, query, required
            page: ``page``, query, required
            limit: ``limit``, query, required
            connection: ``connection``, query
            operation_number: ``operationNumber``, query
            error_code: ``errorCode``, query
            message: ``message``, query
            start_time: ``startTime``, query
            end_time: ``endTime``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "query_ldap_log",
            (
                type,
                page,
                limit,
                connection,
                operation_number,
                error_code,
                message,
                start_time,
                end_time,
            ),
            call_options,
        )

    def iter_query_ldap_log(
        self,
        type: int,
        limit: int,
        connection: int | None = None,
        operation_number: int | None = None,
        error_code: int | None = None,
        message: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[JsonValue]:
        """Every item of ``query_ldap_log``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_query_ldap_log",
            (
                type,
                limit,
                connection,
                operation_number,
                error_code,
                message,
                start_time,
                end_time,
            ),
            call_options,
        )

    def query_ldap_sub_entries(
        self,
        page: int,
        limit: int,
        dn: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> LdapLogDto:
        """``GET /api/v3/get-ldap-sub-entries`` -> ``LdapLogDto``.

        Official python name, Node ``queryLdapSubEntries``; area ``identity_sources``.

        Parameters (name: wire name, location):
            page: ``page``, query, required
            limit: ``limit``, query, required
            dn: ``dn``, query
        """
        return self._run_method(  # type: ignore[no-any-return]
            "query_ldap_sub_entries",
            (
                page,
                limit,
                dn,
            ),
            call_options,
        )

    def iter_query_ldap_sub_entries(
        self,
        limit: int,
        dn: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> Iterator[JsonValue]:
        """Every item of ``query_ldap_sub_entries``, fetched page by page (an iterator).

        Same parameters minus the page number. Yields the items of ``list``; stops after
        ``totalCount`` items, at an empty page, or at a page shorter than the limit (the first
        page's size without one). One page is held in memory at a time.
        """
        return self._iter_method(
            "iter_query_ldap_sub_entries",
            (
                limit,
                dn,
            ),
            call_options,
        )

    def save_ldap_config_info(
        self,
        ldap_domain: str,
        link_url: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> bool:
        """``POST /api/v3/enable-ldap-server`` -> ``bool``.

        Official python name, Node ``saveLdapConfigInfo``; area ``identity_sources``.

        Parameters (name: wire name, location):
            ldap_domain: ``ldapDomain``, json, required
            link_url: ``linkUrl``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "save_ldap_config_info",
            (
                ldap_domain,
                link_url,
            ),
            call_options,
        )

    def unlink_identity(
        self,
        user_id: str,
        ext_idp_id: str,
        type: str | None = None,
        is_social: bool | None = None,
        **call_options: Unpack[CallOptions],
    ) -> UnlinkIdentityDataDto:
        """``POST /api/v3/unlink-identity`` -> ``UnlinkIdentityDataDto``.

        Official python name, Node ``unlinkIdentity``; area ``identity_sources``.

        Parameters (name: wire name, location):
            user_id: ``userId``, json, required
            ext_idp_id: ``extIdpId``, json, required
            type: ``type``, json
            is_social: ``isSocial``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "unlink_identity",
            (
                user_id,
                ext_idp_id,
                type,
                is_social,
            ),
            call_options,
        )

    def update_ext_idp(
        self,
        name: str,
        id: str,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ExtIdpDto:
        """``POST /api/v3/update-ext-idp`` -> ``ExtIdpDto``.

        Official python name, Node ``updateExtIdp``; area ``identity_sources``.

        Parameters (name: wire name, location):
            name: ``name``, json, required
            id: ``id``, json, required
            tenant_id: ``tenantId``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_ext_idp",
            (
                name,
                id,
                tenant_id,
            ),
            call_options,
        )

    def update_ext_idp_conn(
        self,
        id: str,
        display_name: str,
        fields: Any,
        logo: str | None = None,
        login_only: bool | None = None,
        tenant_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> ExtIdpConnDetail:
        """``POST /api/v3/update-ext-idp-conn`` -> ``ExtIdpConnDetail``.

        Official python name, Node ``updateExtIdpConn``; area ``identity_sources``.

        Parameters (name: wire name, location):
            id: ``id``, json, required
            display_name: ``displayName``, json, required
            fields: ``fields``, json, required
            logo: ``logo``, json
            login_only: ``loginOnly``, json
            tenant_id: ``tenantId``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_ext_idp_conn",
            (
                id,
                display_name,
                fields,
                logo,
                login_only,
                tenant_id,
            ),
            call_options,
        )

    def update_ldap_config_info(
        self,
        bind_pwd: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> bool:
        """``POST /api/v3/update-ldap-server-config`` -> ``bool``.

        Official python name, Node ``updateLdapConfigInfo``; area ``identity_sources``.

        Parameters (name: wire name, location):
            bind_pwd: ``bindPwd``, json
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_ldap_config_info",
            (bind_pwd,),
            call_options,
        )
