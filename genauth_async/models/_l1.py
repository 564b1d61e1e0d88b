# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (LangObject, ..., ListResourcesParamsType)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._a1 import (
        ActionAuth, ArchivedUsersListPagingDto,
    )
    from ._c1 import (
        CombineFiltersBaseDto,
    )
    from ._d import (
        DataPoliciesPaginatedRespDto, DataResourceSimpleRespDto, DataResourcesPaginatedRespDto,
        DataSubjectRespDto, DnefPaginatedRespDto,
    )
    from ._f import (
        FactorDto, FactorToEnrollDto,
    )
    from ._g3 import (
        GroupBo,
    )
    from ._n import (
        NodeBo,
    )
    from ._p import (
        PaginationDto, PolicyBo,
    )
    from ._r import (
        RoleBo,
    )
    from ._s1 import (
        SortingDto,
    )
    from ._s2 import (
        SubjectRespDto,
    )

__all__ = [
    "LangObject", "LangUnit", "LanguageCoinfigDto", "LanguageCoinfigGlobalDto",
    "LastExecuteStatus", "LdapConfigInfoDto", "LdapConfigInfoRespDto", "LdapGetBindPwdRespDto",
    "LdapLogDto", "LdapLogRespDto", "LdapOperateRespDto", "LdapSaveDto", "LdapSetEnabledFlagDto",
    "LdapUpdateDto", "LegacyExchangeTokenParams", "LegacyExchangeTokenParamsResponseTokenType",
    "LegacyExchangeTokenResponse", "LinkExtidpDto", "LinkIdentity", "LinkIdentityDataDto",
    "LinkIdentityDto", "LinkIdentityResDto", "ListAccessKeyDto", "ListAccessKeyRespDto",
    "ListAccessKeyResponseDto", "ListApplicationActiveUsersDto",
    "ListApplicationActiveUsersOptionsDto", "ListApplicationAuthDataDto",
    "ListApplicationAuthDataDtoEffect", "ListApplicationAuthDataDtoPermissionType",
    "ListApplicationAuthDataDtoTargetType", "ListApplicationAuthDto",
    "ListApplicationAuthDtoEffect", "ListApplicationAuthPaginatedDataDto",
    "ListApplicationAuthPaginatedRespDto", "ListApplicationDto", "ListApplicationSimpleInfoDto",
    "ListApplicationSubjectDataDto", "ListApplicationSubjectDataDtoAppType",
    "ListApplicationSubjectDataDtoEffect", "ListApplicationSubjectDataListDto",
    "ListApplicationSubjectRespDto", "ListApplicationsDto", "ListArchivedUsersDto",
    "ListArchivedUsersRespDto", "ListArchivedUsersSingleRespDto", "ListAsaAccountsDto",
    "ListAuthSubjectDto", "ListAuthSubjectDtoTargetType", "ListChildrenDepartmentsDto",
    "ListChildrenDepartmentsParamsDepartmentIdType", "ListCistomFieldsResDto",
    "ListCommonResourceDto", "ListCustFieldsParamsDataType", "ListCustFieldsParamsTargetType",
    "ListCustomFieldsDto", "ListDataPoliciesDto", "ListDataPoliciesPaginatedRespDto",
    "ListDataPoliciesRespDto", "ListDataPolicySubjectPageDto",
    "ListDataPolicySubjectPaginatedRespDto", "ListDataPolicyTargetsDto",
    "ListDataPolicyTargetsParamsTargetType", "ListDataResourcesDto",
    "ListDataResourcesPaginatedRespDto", "ListDataResourcesRespDto",
    "ListDataResourcesRespDtoType", "ListDepartmentMemberIdsDto",
    "ListDepartmentMemberIdsParamsDepartmentIdType", "ListDepartmentMembersDto",
    "ListDepartmentMembersParamsDepartmentIdType", "ListDepartmentMembersParamsOrderBy",
    "ListDepartmentMembersParamsSortBy", "ListDeviceCredentialDto", "ListDnefDto",
    "ListDnefPaginatedRespDto", "ListDto", "ListEnrolledFactorsRespDto", "ListEventsDto",
    "ListExtIdpDto", "ListFactorsToEnrollRespDto", "ListFieldDto", "ListGroupMembersDto",
    "ListGroupsDto", "ListInvitationPolicyExtendsFieldsDto",
    "ListInvitationPolicyUserAttributionsDto", "ListInvitationRosterByPolicyIdDto",
    "ListInvitationRosterDto", "ListInvitationUserDto", "ListInviteTenantUserRecordsDto",
    "ListMultipleTenantAdminsDto", "ListNamespaceRolesDto", "ListNamespacesDto", "ListOperateDto",
    "ListOrganizationsDto", "ListPermissionNamespaceRolesDto", "ListPermissionNamespacesDto",
    "ListPermissionViewDto", "ListPermissionViewPaginatedRespDto", "ListPermissionViewRespDto",
    "ListPermissionViewResponseDto", "ListPipelineFunctionDto", "ListPipelineFunctionsDto",
    "ListPipelineFunctionsParamsScene", "ListPolicyUserAttributionDetailParamsTargetType",
    "ListPostBatchDto", "ListPostDto", "ListPublicAccountDataDto",
    "ListPublicAccountDataDtoUsertype", "ListPublicAccountsAdvancedFilterItemDto",
    "ListPublicAccountsAdvancedFilterItemDtoOperator", "ListPublicAccountsOptionsDto",
    "ListPublicAccountsOptionsDtoFuzzySearchOn", "ListPublicAccountsRequestDto",
    "ListResourceTargets", "ListResourceTargetsDataDto", "ListResourceTargetsDto",
    "ListResourceTargetsDtoResp", "ListResourceTargetsRespDto", "ListResourcesDto",
    "ListResourcesParamsType",
]


@_attrs.define(kw_only=True, slots=True)
class LangObject:
    """Wire model ``LangObject`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        zh_cn: ``zh-CN``, LangUnit, required
        en_us: ``en-US``, LangUnit, required
        zh_tw: ``zh-TW``, LangUnit, required
        ja_jp: ``ja-JP``, LangUnit, required
    """

    zh_cn: LangUnit = _attrs.field(metadata={"wire": "zh-CN"})
    en_us: LangUnit = _attrs.field(metadata={"wire": "en-US"})
    zh_tw: LangUnit = _attrs.field(metadata={"wire": "zh-TW"})
    ja_jp: LangUnit = _attrs.field(metadata={"wire": "ja-JP"})


@_attrs.define(kw_only=True, slots=True)
class LangUnit:
    """Wire model ``LangUnit`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
        value: ``value``, str, required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    value: str = _attrs.field(metadata={"wire": "value"})


@_attrs.define(kw_only=True, slots=True)
class LanguageCoinfigDto:
    """Wire model ``LanguageCoinfigDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        global_: ``global``, LanguageCoinfigGlobalDto, required
    """

    global_: LanguageCoinfigGlobalDto = _attrs.field(metadata={"wire": "global"})


@_attrs.define(kw_only=True, slots=True)
class LanguageCoinfigGlobalDto:
    """Wire model ``LanguageCoinfigGlobalDto`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class LastExecuteStatus:
    """Wire model ``LastExecuteStatus`` (response side; optional fields default to None)."""


@_attrs.define(kw_only=True, slots=True)
class LdapConfigInfoDto:
    """Wire model ``LdapConfigInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, optional
        enabled: ``enabled``, int, required
        user_pool_id: ``userPoolId``, str, required
        link_url: ``linkUrl``, str, required
        ldaps_link_url: ``ldapsLinkUrl``, str, required
        enable_privatization: ``enablePrivatization``, int, required
        bind_dn: ``bindDn``, str, required
        ldap_domain: ``ldapDomain``, str, required
        enable_ssl: ``enableSsl``, int, optional
        base_dn: ``baseDn``, str, required
        bind_pwd: ``bindPwd``, str, required
        visible_org_nodes: ``visibleOrgNodes``, Any, required
        visible_fields: ``visibleFields``, Any, required
        udf_mapping: ``udfMapping``, Any, required
    """

    id: str | None = _attrs.field(default=None, metadata={"wire": "id"})
    enabled: int = _attrs.field(metadata={"wire": "enabled"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    link_url: str = _attrs.field(metadata={"wire": "linkUrl"})
    ldaps_link_url: str = _attrs.field(metadata={"wire": "ldapsLinkUrl"})
    enable_privatization: int = _attrs.field(metadata={"wire": "enablePrivatization"})
    bind_dn: str = _attrs.field(metadata={"wire": "bindDn"})
    ldap_domain: str = _attrs.field(metadata={"wire": "ldapDomain"})
    enable_ssl: int | None = _attrs.field(default=None, metadata={"wire": "enableSsl"})
    base_dn: str = _attrs.field(metadata={"wire": "baseDn"})
    bind_pwd: str = _attrs.field(metadata={"wire": "bindPwd"})
    visible_org_nodes: Any = _attrs.field(metadata={"wire": "visibleOrgNodes"})
    visible_fields: Any = _attrs.field(metadata={"wire": "visibleFields"})
    udf_mapping: Any = _attrs.field(metadata={"wire": "udfMapping"})


@_attrs.define(kw_only=True, slots=True)
class LdapConfigInfoRespDto:
    """Wire model ``LdapConfigInfoRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, LdapConfigInfoDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: LdapConfigInfoDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class LdapGetBindPwdRespDto:
    """Wire model ``LdapGetBindPwdRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, str, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: str = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class LdapLogDto:
    """Wire model ``LdapLogDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, Any, required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: Any = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class LdapLogRespDto:
    """Wire model ``LdapLogRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, LdapLogDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: LdapLogDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class LdapOperateRespDto:
    """Wire model ``LdapOperateRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, bool, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: bool = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class LdapSaveDto:
    """Wire model ``LdapSaveDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        ldap_domain: ``ldapDomain``, str, required
        link_url: ``linkUrl``, str, optional
    """

    ldap_domain: str = _attrs.field(metadata={"wire": "ldapDomain"})
    link_url: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "linkUrl"})


@_attrs.define(kw_only=True, slots=True)
class LdapSetEnabledFlagDto:
    """Wire model ``LdapSetEnabledFlagDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        enabled: ``enabled``, bool, required
    """

    enabled: bool = _attrs.field(metadata={"wire": "enabled"})


@_attrs.define(kw_only=True, slots=True)
class LdapUpdateDto:
    """Wire model ``LdapUpdateDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        bind_pwd: ``bindPwd``, str, optional
    """

    bind_pwd: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "bindPwd"})


@_attrs.define(kw_only=True, slots=True)
class LegacyExchangeTokenParams:
    """Wire model ``LegacyExchangeTokenParams`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        scope: ``scope``, str, required
        response_token_type: ``response_token_type``, LegacyExchangeTokenParamsResponseTokenType, required
        client_id: ``client_id``, str, required
        client_secret: ``client_secret``, str, optional
        id_token: ``id_token``, str, optional
        access_token: ``access_token``, str, optional
        exchange_token_ctx: ``exchange_token_ctx``, Any, optional
    """

    scope: str = _attrs.field(metadata={"wire": "scope"})
    response_token_type: LegacyExchangeTokenParamsResponseTokenType = _attrs.field(metadata={"wire": "response_token_type"})
    client_id: str = _attrs.field(metadata={"wire": "client_id"})
    client_secret: str | None = _attrs.field(default=None, metadata={"wire": "client_secret"})
    id_token: str | None = _attrs.field(default=None, metadata={"wire": "id_token"})
    access_token: str | None = _attrs.field(default=None, metadata={"wire": "access_token"})
    exchange_token_ctx: Any = _attrs.field(default=None, metadata={"wire": "exchange_token_ctx"})


class LegacyExchangeTokenParamsResponseTokenType(WireEnum):
    """Enum of ``LegacyExchangeTokenParams.response_token_type`` (unknown wire values are kept, not rejected)."""

    ID_TOKEN = "id_token"
    ACCESS_TOKEN = "access_token"


@_attrs.define(kw_only=True, slots=True)
class LegacyExchangeTokenResponse:
    """Wire model ``LegacyExchangeTokenResponse`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_token: ``access_token``, str, optional
        id_token: ``id_token``, str, optional
    """

    access_token: str | None = _attrs.field(default=None, metadata={"wire": "access_token"})
    id_token: str | None = _attrs.field(default=None, metadata={"wire": "id_token"})


@_attrs.define(kw_only=True, slots=True)
class LinkExtidpDto:
    """Wire model ``LinkExtidpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_conn_identifier: ``extIdpConnIdentifier``, Any, optional
        app_id: ``appId``, Any, optional
        id_token: ``idToken``, Any, optional
    """

    ext_idp_conn_identifier: Any = _attrs.field(default=None, metadata={"wire": "extIdpConnIdentifier"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    id_token: Any = _attrs.field(default=None, metadata={"wire": "idToken"})


@_attrs.define(kw_only=True, slots=True)
class LinkIdentity:
    """Wire model ``LinkIdentity`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id_in_idp: ``userIdInIdp``, str, required
        user_id: ``userId``, str, required
        ext_idp_id: ``extIdpId``, str, required
        type: ``type``, str, optional
        is_social: ``isSocial``, bool, optional
    """

    user_id_in_idp: str = _attrs.field(metadata={"wire": "userIdInIdp"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    type: str | None = _attrs.field(default=None, metadata={"wire": "type"})
    is_social: bool | None = _attrs.field(default=None, metadata={"wire": "isSocial"})


@_attrs.define(kw_only=True, slots=True)
class LinkIdentityDataDto:
    """Wire model ``LinkIdentityDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        success: ``success``, bool, required
    """

    success: bool = _attrs.field(metadata={"wire": "success"})


@_attrs.define(kw_only=True, slots=True)
class LinkIdentityDto:
    """Wire model ``LinkIdentityDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id_in_idp: ``userIdInIdp``, str, required
        user_id: ``userId``, str, required
        ext_idp_id: ``extIdpId``, str, required
        type: ``type``, str, optional
        is_social: ``isSocial``, bool, optional
    """

    user_id_in_idp: str = _attrs.field(metadata={"wire": "userIdInIdp"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    ext_idp_id: str = _attrs.field(metadata={"wire": "extIdpId"})
    type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "type"})
    is_social: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isSocial"})


@_attrs.define(kw_only=True, slots=True)
class LinkIdentityResDto:
    """Wire model ``LinkIdentityResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, LinkIdentityDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: LinkIdentityDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListAccessKeyDto:
    """Wire model ``ListAccessKeyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        type: ``type``, Any, optional
        status: ``status``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    type: Any = _attrs.field(default=None, metadata={"wire": "type"})
    status: Any = _attrs.field(default=None, metadata={"wire": "status"})


@_attrs.define(kw_only=True, slots=True)
class ListAccessKeyRespDto:
    """Wire model ``ListAccessKeyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        access_key_id: ``accessKeyId``, str, required
        access_key_secret: ``accessKeySecret``, str, required
        user_id: ``userId``, str, required
        created_at: ``createdAt``, str, required
        status: ``status``, str, required
        last_date: ``lastDate``, str, required
        user_pool_id: ``userPoolId``, str, required
        enable: ``enable``, bool, required
    """

    access_key_id: str = _attrs.field(metadata={"wire": "accessKeyId"})
    access_key_secret: str = _attrs.field(metadata={"wire": "accessKeySecret"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    status: str = _attrs.field(metadata={"wire": "status"})
    last_date: str = _attrs.field(metadata={"wire": "lastDate"})
    user_pool_id: str = _attrs.field(metadata={"wire": "userPoolId"})
    enable: bool = _attrs.field(metadata={"wire": "enable"})


@_attrs.define(kw_only=True, slots=True)
class ListAccessKeyResponseDto:
    """Wire model ``ListAccessKeyResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[ListAccessKeyRespDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[ListAccessKeyRespDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListApplicationActiveUsersDto:
    """Wire model ``ListApplicationActiveUsersDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        options: ``options``, ListApplicationActiveUsersOptionsDto, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    options: ListApplicationActiveUsersOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class ListApplicationActiveUsersOptionsDto:
    """Wire model ``ListApplicationActiveUsersOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pagination: ``pagination``, PaginationDto, optional
        with_custom_data: ``withCustomData``, bool, optional
        with_identities: ``withIdentities``, bool, optional
        with_department_ids: ``withDepartmentIds``, bool, optional
    """

    pagination: PaginationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "pagination"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
    with_identities: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withIdentities"})
    with_department_ids: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withDepartmentIds"})


@_attrs.define(kw_only=True, slots=True)
class ListApplicationAuthDataDto:
    """Wire model ``ListApplicationAuthDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        target_id: ``targetId``, str, required
        target_name: ``targetName``, str, required
        target_type: ``targetType``, ListApplicationAuthDataDtoTargetType, required
        effect: ``effect``, ListApplicationAuthDataDtoEffect, required
        enabled: ``enabled``, bool, required
        permission_type: ``permissionType``, ListApplicationAuthDataDtoPermissionType, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    target_id: str = _attrs.field(metadata={"wire": "targetId"})
    target_name: str = _attrs.field(metadata={"wire": "targetName"})
    target_type: ListApplicationAuthDataDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    effect: ListApplicationAuthDataDtoEffect = _attrs.field(metadata={"wire": "effect"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    permission_type: ListApplicationAuthDataDtoPermissionType = _attrs.field(metadata={"wire": "permissionType"})


class ListApplicationAuthDataDtoEffect(WireEnum):
    """Enum of ``ListApplicationAuthDataDto.effect`` (unknown wire values are kept, not rejected)."""

    ALLOW = "ALLOW"
    DENY = "DENY"


class ListApplicationAuthDataDtoPermissionType(WireEnum):
    """Enum of ``ListApplicationAuthDataDto.permissionType`` (unknown wire values are kept, not rejected)."""

    ALL = "ALL"
    SUBJECT = "SUBJECT"


class ListApplicationAuthDataDtoTargetType(WireEnum):
    """Enum of ``ListApplicationAuthDataDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"
    AK_SK = "AK_SK"


@_attrs.define(kw_only=True, slots=True)
class ListApplicationAuthDto:
    """Wire model ``ListApplicationAuthDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        target_name: ``targetName``, str, optional
        target_type_list: ``targetTypeList``, list[str], optional
        effect: ``effect``, ListApplicationAuthDtoEffect, optional
        enabled: ``enabled``, bool, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    target_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "targetName"})
    target_type_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "targetTypeList"})
    effect: ListApplicationAuthDtoEffect | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "effect"})
    enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabled"})


class ListApplicationAuthDtoEffect(WireEnum):
    """Enum of ``ListApplicationAuthDto.effect`` (unknown wire values are kept, not rejected)."""

    ALLOW = "ALLOW"
    DENY = "DENY"


@_attrs.define(kw_only=True, slots=True)
class ListApplicationAuthPaginatedDataDto:
    """Wire model ``ListApplicationAuthPaginatedDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[ListApplicationAuthDataDto], required
        total_count: ``totalCount``, int, required
    """

    list: List[ListApplicationAuthDataDto] = _attrs.field(metadata={"wire": "list"})
    total_count: int = _attrs.field(metadata={"wire": "totalCount"})


@_attrs.define(kw_only=True, slots=True)
class ListApplicationAuthPaginatedRespDto:
    """Wire model ``ListApplicationAuthPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ListApplicationAuthPaginatedDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ListApplicationAuthPaginatedDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListApplicationDto:
    """Wire model ``ListApplicationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        is_integrate_app: ``isIntegrateApp``, Any, optional
        is_self_built_app: ``isSelfBuiltApp``, Any, optional
        sso_enabled: ``ssoEnabled``, Any, optional
        keyword: ``keyword``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    is_integrate_app: Any = _attrs.field(default=None, metadata={"wire": "isIntegrateApp"})
    is_self_built_app: Any = _attrs.field(default=None, metadata={"wire": "isSelfBuiltApp"})
    sso_enabled: Any = _attrs.field(default=None, metadata={"wire": "ssoEnabled"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})


@_attrs.define(kw_only=True, slots=True)
class ListApplicationSimpleInfoDto:
    """Wire model ``ListApplicationSimpleInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        is_integrate_app: ``isIntegrateApp``, Any, optional
        is_self_built_app: ``isSelfBuiltApp``, Any, optional
        sso_enabled: ``ssoEnabled``, Any, optional
        keywords: ``keywords``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    is_integrate_app: Any = _attrs.field(default=None, metadata={"wire": "isIntegrateApp"})
    is_self_built_app: Any = _attrs.field(default=None, metadata={"wire": "isSelfBuiltApp"})
    sso_enabled: Any = _attrs.field(default=None, metadata={"wire": "ssoEnabled"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})


@_attrs.define(kw_only=True, slots=True)
class ListApplicationSubjectDataDto:
    """Wire model ``ListApplicationSubjectDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        logo: ``logo``, str, required
        ext: ``ext``, str, required
        template: ``template``, str, required
        app_type: ``appType``, ListApplicationSubjectDataDtoAppType, required
        effect: ``effect``, ListApplicationSubjectDataDtoEffect, required
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    logo: str = _attrs.field(metadata={"wire": "logo"})
    ext: str = _attrs.field(metadata={"wire": "ext"})
    template: str = _attrs.field(metadata={"wire": "template"})
    app_type: ListApplicationSubjectDataDtoAppType = _attrs.field(metadata={"wire": "appType"})
    effect: ListApplicationSubjectDataDtoEffect = _attrs.field(metadata={"wire": "effect"})


class ListApplicationSubjectDataDtoAppType(WireEnum):
    """Enum of ``ListApplicationSubjectDataDto.appType`` (unknown wire values are kept, not rejected)."""

    INTEGRATED = "INTEGRATED"
    SELFBUILT = "SELFBUILT"
    APP_PANEL = "APP_PANEL"


class ListApplicationSubjectDataDtoEffect(WireEnum):
    """Enum of ``ListApplicationSubjectDataDto.effect`` (unknown wire values are kept, not rejected)."""

    ALLOW = "ALLOW"
    DENY = "DENY"


@_attrs.define(kw_only=True, slots=True)
class ListApplicationSubjectDataListDto:
    """Wire model ``ListApplicationSubjectDataListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        list: ``list``, list[ListApplicationSubjectDataDto], required
    """

    list: List[ListApplicationSubjectDataDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ListApplicationSubjectRespDto:
    """Wire model ``ListApplicationSubjectRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ListApplicationSubjectDataListDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ListApplicationSubjectDataListDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListApplicationsDto:
    """Wire model ``ListApplicationsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        is_integrate_app: ``isIntegrateApp``, Any, optional
        is_self_built_app: ``isSelfBuiltApp``, Any, optional
        sso_enabled: ``ssoEnabled``, Any, optional
        keywords: ``keywords``, Any, optional
        all: ``all``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    is_integrate_app: Any = _attrs.field(default=None, metadata={"wire": "isIntegrateApp"})
    is_self_built_app: Any = _attrs.field(default=None, metadata={"wire": "isSelfBuiltApp"})
    sso_enabled: Any = _attrs.field(default=None, metadata={"wire": "ssoEnabled"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    all: Any = _attrs.field(default=None, metadata={"wire": "all"})


@_attrs.define(kw_only=True, slots=True)
class ListArchivedUsersDto:
    """Wire model ``ListArchivedUsersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        start_at: ``startAt``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    start_at: Any = _attrs.field(default=None, metadata={"wire": "startAt"})


@_attrs.define(kw_only=True, slots=True)
class ListArchivedUsersRespDto:
    """Wire model ``ListArchivedUsersRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        archived_at: ``archivedAt``, str, required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    archived_at: str = _attrs.field(metadata={"wire": "archivedAt"})


@_attrs.define(kw_only=True, slots=True)
class ListArchivedUsersSingleRespDto:
    """Wire model ``ListArchivedUsersSingleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ArchivedUsersListPagingDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ArchivedUsersListPagingDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListAsaAccountsDto:
    """Wire model ``ListAsaAccountsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListAuthSubjectDto:
    """Wire model ``ListAuthSubjectDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, ListAuthSubjectDtoTargetType, required
        target_id: ``targetId``, str, required
        app_name: ``appName``, str, optional
        app_type_list: ``appTypeList``, list[str], optional
        effect: ``effect``, list[str], optional
        enabled: ``enabled``, bool, optional
    """

    target_type: ListAuthSubjectDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_id: str = _attrs.field(metadata={"wire": "targetId"})
    app_name: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appName"})
    app_type_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appTypeList"})
    effect: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "effect"})
    enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enabled"})


class ListAuthSubjectDtoTargetType(WireEnum):
    """Enum of ``ListAuthSubjectDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"
    AK_SK = "AK_SK"


@_attrs.define(kw_only=True, slots=True)
class ListChildrenDepartmentsDto:
    """Wire model ``ListChildrenDepartmentsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        status: ``status``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        exclude_virtual_node: ``excludeVirtualNode``, Any, optional
        only_virtual_node: ``onlyVirtualNode``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    status: Any = _attrs.field(default=None, metadata={"wire": "status"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    exclude_virtual_node: Any = _attrs.field(default=None, metadata={"wire": "excludeVirtualNode"})
    only_virtual_node: Any = _attrs.field(default=None, metadata={"wire": "onlyVirtualNode"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


class ListChildrenDepartmentsParamsDepartmentIdType(WireEnum):
    """Enum of ``ListChildrenDepartmentsParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class ListCistomFieldsResDto:
    """Wire model ``ListCistomFieldsResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ListCustomFieldsDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ListCustomFieldsDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListCommonResourceDto:
    """Wire model ``ListCommonResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        keyword: ``keyword``, Any, optional
        namespace_code_list: ``namespaceCodeList``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})
    namespace_code_list: Any = _attrs.field(default=None, metadata={"wire": "namespaceCodeList"})


class ListCustFieldsParamsDataType(WireEnum):
    """Enum of ``ListCustFieldsParams.dataType`` (unknown wire values are kept, not rejected)."""

    STRING = "STRING"
    NUMBER = "NUMBER"
    DATETIME = "DATETIME"
    BOOLEAN = "BOOLEAN"
    OBJECT = "OBJECT"
    SELECT = "SELECT"


class ListCustFieldsParamsTargetType(WireEnum):
    """Enum of ``ListCustFieldsParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class ListCustomFieldsDto:
    """Wire model ``ListCustomFieldsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, Any, optional
        data_type: ``dataType``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        user_visible: ``userVisible``, Any, optional
        admin_visible: ``adminVisible``, Any, optional
        access_control: ``accessControl``, Any, optional
        keyword: ``keyword``, Any, optional
        lang: ``lang``, Any, optional
    """

    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    data_type: Any = _attrs.field(default=None, metadata={"wire": "dataType"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    user_visible: Any = _attrs.field(default=None, metadata={"wire": "userVisible"})
    admin_visible: Any = _attrs.field(default=None, metadata={"wire": "adminVisible"})
    access_control: Any = _attrs.field(default=None, metadata={"wire": "accessControl"})
    keyword: Any = _attrs.field(default=None, metadata={"wire": "keyword"})
    lang: Any = _attrs.field(default=None, metadata={"wire": "lang"})


@_attrs.define(kw_only=True, slots=True)
class ListDataPoliciesDto:
    """Wire model ``ListDataPoliciesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        query: ``query``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})


@_attrs.define(kw_only=True, slots=True)
class ListDataPoliciesPaginatedRespDto:
    """Wire model ``ListDataPoliciesPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, DataPoliciesPaginatedRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: DataPoliciesPaginatedRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListDataPoliciesRespDto:
    """Wire model ``ListDataPoliciesRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_name: ``policyName``, str, required
        description: ``description``, str, optional
        resource_list: ``resourceList``, list[DataResourceSimpleRespDto], required
        policy_id: ``policyId``, str, required
        target_list: ``targetList``, list[SubjectRespDto], required
        updated_at: ``updatedAt``, str, required
    """

    policy_name: str = _attrs.field(metadata={"wire": "policyName"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    resource_list: List[DataResourceSimpleRespDto] = _attrs.field(metadata={"wire": "resourceList"})
    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    target_list: List[SubjectRespDto] = _attrs.field(metadata={"wire": "targetList"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


@_attrs.define(kw_only=True, slots=True)
class ListDataPolicySubjectPageDto:
    """Wire model ``ListDataPolicySubjectPageDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, optional
        list: ``list``, list[DataSubjectRespDto], required
    """

    total_count: int | None = _attrs.field(default=None, metadata={"wire": "totalCount"})
    list: List[DataSubjectRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ListDataPolicySubjectPaginatedRespDto:
    """Wire model ``ListDataPolicySubjectPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ListDataPolicySubjectPageDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ListDataPolicySubjectPageDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListDataPolicyTargetsDto:
    """Wire model ``ListDataPolicyTargetsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        query: ``query``, Any, optional
        target_type: ``targetType``, Any, optional
    """

    policy_id: Any = _attrs.field(default=None, metadata={"wire": "policyId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})
    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})


class ListDataPolicyTargetsParamsTargetType(WireEnum):
    """Enum of ``ListDataPolicyTargetsParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ORG = "ORG"
    GROUP = "GROUP"
    ROLE = "ROLE"


@_attrs.define(kw_only=True, slots=True)
class ListDataResourcesDto:
    """Wire model ``ListDataResourcesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        query: ``query``, Any, optional
        namespace_codes: ``namespaceCodes``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})
    namespace_codes: Any = _attrs.field(default=None, metadata={"wire": "namespaceCodes"})


@_attrs.define(kw_only=True, slots=True)
class ListDataResourcesPaginatedRespDto:
    """Wire model ``ListDataResourcesPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, DataResourcesPaginatedRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: DataResourcesPaginatedRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListDataResourcesRespDto:
    """Wire model ``ListDataResourcesRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_name: ``resourceName``, str, required
        resource_code: ``resourceCode``, str, required
        type: ``type``, ListDataResourcesRespDtoType, required
        description: ``description``, str, optional
        namespace_code: ``namespaceCode``, str, required
        namespace_name: ``namespaceName``, str, required
        authorization_num: ``authorizationNum``, int, required
        updated_at: ``updatedAt``, str, required
    """

    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    type: ListDataResourcesRespDtoType = _attrs.field(metadata={"wire": "type"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    namespace_name: str = _attrs.field(metadata={"wire": "namespaceName"})
    authorization_num: int = _attrs.field(metadata={"wire": "authorizationNum"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


class ListDataResourcesRespDtoType(WireEnum):
    """Enum of ``ListDataResourcesRespDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class ListDepartmentMemberIdsDto:
    """Wire model ``ListDepartmentMemberIdsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


class ListDepartmentMemberIdsParamsDepartmentIdType(WireEnum):
    """Enum of ``ListDepartmentMemberIdsParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class ListDepartmentMembersDto:
    """Wire model ``ListDepartmentMembersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        sort_by: ``sortBy``, Any, optional
        order_by: ``orderBy``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        include_children_departments: ``includeChildrenDepartments``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    sort_by: Any = _attrs.field(default=None, metadata={"wire": "sortBy"})
    order_by: Any = _attrs.field(default=None, metadata={"wire": "orderBy"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    include_children_departments: Any = _attrs.field(default=None, metadata={"wire": "includeChildrenDepartments"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


class ListDepartmentMembersParamsDepartmentIdType(WireEnum):
    """Enum of ``ListDepartmentMembersParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


class ListDepartmentMembersParamsOrderBy(WireEnum):
    """Enum of ``ListDepartmentMembersParams.orderBy`` (unknown wire values are kept, not rejected)."""

    ASC = "Asc"
    DESC = "Desc"


class ListDepartmentMembersParamsSortBy(WireEnum):
    """Enum of ``ListDepartmentMembersParams.sortBy`` (unknown wire values are kept, not rejected)."""

    DEFAULT = "Default"
    JOINDEPARTMENTAT = "JoinDepartmentAt"
    USERID = "userId"
    CREATEAT = "createAt"
    UPDATEDAT = "updatedAt"


@_attrs.define(kw_only=True, slots=True)
class ListDeviceCredentialDto:
    """Wire model ``ListDeviceCredentialDto`` (request side; optional fields default to UNSET)."""


@_attrs.define(kw_only=True, slots=True)
class ListDnefDto:
    """Wire model ``ListDnefDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, Any, optional
        resource_code: ``resourceCode``, Any, optional
        start_index: ``startIndex``, Any, optional
        max_size: ``maxSize``, Any, optional
        query: ``query``, Any, optional
    """

    namespace_code: Any = _attrs.field(default=None, metadata={"wire": "namespaceCode"})
    resource_code: Any = _attrs.field(default=None, metadata={"wire": "resourceCode"})
    start_index: Any = _attrs.field(default=None, metadata={"wire": "startIndex"})
    max_size: Any = _attrs.field(default=None, metadata={"wire": "maxSize"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})


@_attrs.define(kw_only=True, slots=True)
class ListDnefPaginatedRespDto:
    """Wire model ``ListDnefPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, DnefPaginatedRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: DnefPaginatedRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListDto:
    """Wire model ``ListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListEnrolledFactorsRespDto:
    """Wire model ``ListEnrolledFactorsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[FactorDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[FactorDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListEventsDto:
    """Wire model ``ListEventsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        app: ``app``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    app: Any = _attrs.field(default=None, metadata={"wire": "app"})


@_attrs.define(kw_only=True, slots=True)
class ListExtIdpDto:
    """Wire model ``ListExtIdpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
        app_id: ``appId``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class ListFactorsToEnrollRespDto:
    """Wire model ``ListFactorsToEnrollRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[FactorToEnrollDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[FactorToEnrollDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListFieldDto:
    """Wire model ``ListFieldDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, Any, optional
        from_: ``from``, Any, optional
    """

    model_id: Any = _attrs.field(default=None, metadata={"wire": "modelId"})
    from_: Any = _attrs.field(default=None, metadata={"wire": "from"})


@_attrs.define(kw_only=True, slots=True)
class ListGroupMembersDto:
    """Wire model ``ListGroupMembersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
        flat_custom_data: ``flatCustomData``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})
    flat_custom_data: Any = _attrs.field(default=None, metadata={"wire": "flatCustomData"})


@_attrs.define(kw_only=True, slots=True)
class ListGroupsDto:
    """Wire model ``ListGroupsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_metadata: ``withMetadata``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        flat_custom_data: ``flatCustomData``, Any, optional
    """

    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_metadata: Any = _attrs.field(default=None, metadata={"wire": "withMetadata"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    flat_custom_data: Any = _attrs.field(default=None, metadata={"wire": "flatCustomData"})


@_attrs.define(kw_only=True, slots=True)
class ListInvitationPolicyExtendsFieldsDto:
    """Wire model ``ListInvitationPolicyExtendsFieldsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, Any, optional
        roster_id: ``rosterId``, Any, optional
    """

    policy_id: Any = _attrs.field(default=None, metadata={"wire": "policyId"})
    roster_id: Any = _attrs.field(default=None, metadata={"wire": "rosterId"})


@_attrs.define(kw_only=True, slots=True)
class ListInvitationPolicyUserAttributionsDto:
    """Wire model ``ListInvitationPolicyUserAttributionsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, Any, optional
        target_type: ``targetType``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_target_detail: ``withTargetDetail``, Any, optional
        with_department_ext_info: ``withDepartmentExtInfo``, Any, optional
    """

    policy_id: Any = _attrs.field(default=None, metadata={"wire": "policyId"})
    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_target_detail: Any = _attrs.field(default=None, metadata={"wire": "withTargetDetail"})
    with_department_ext_info: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentExtInfo"})


@_attrs.define(kw_only=True, slots=True)
class ListInvitationRosterByPolicyIdDto:
    """Wire model ``ListInvitationRosterByPolicyIdDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        keywords: ``keywords``, str, optional
        filter: ``filter``, CombineFiltersBaseDto, optional
        with_creator_detail: ``withCreatorDetail``, bool, optional
        with_user_count: ``withUserCount``, bool, optional
        with_assigned_policy: ``withAssignedPolicy``, bool, optional
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    filter: CombineFiltersBaseDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "filter"})
    with_creator_detail: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCreatorDetail"})
    with_user_count: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withUserCount"})
    with_assigned_policy: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withAssignedPolicy"})


@_attrs.define(kw_only=True, slots=True)
class ListInvitationRosterDto:
    """Wire model ``ListInvitationRosterDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        keywords: ``keywords``, str, optional
        filter: ``filter``, CombineFiltersBaseDto, optional
        with_creator_detail: ``withCreatorDetail``, bool, optional
        with_user_count: ``withUserCount``, bool, optional
        with_assigned_policy: ``withAssignedPolicy``, bool, optional
    """

    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    filter: CombineFiltersBaseDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "filter"})
    with_creator_detail: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCreatorDetail"})
    with_user_count: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withUserCount"})
    with_assigned_policy: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withAssignedPolicy"})


@_attrs.define(kw_only=True, slots=True)
class ListInvitationUserDto:
    """Wire model ``ListInvitationUserDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, str, required
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        keywords: ``keywords``, str, optional
        filter: ``filter``, CombineFiltersBaseDto, optional
        with_creator_detail: ``withCreatorDetail``, bool, optional
    """

    roster_id: str = _attrs.field(metadata={"wire": "rosterId"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    filter: CombineFiltersBaseDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "filter"})
    with_creator_detail: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCreatorDetail"})


@_attrs.define(kw_only=True, slots=True)
class ListInviteTenantUserRecordsDto:
    """Wire model ``ListInviteTenantUserRecordsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListMultipleTenantAdminsDto:
    """Wire model ``ListMultipleTenantAdminsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListNamespaceRolesDto:
    """Wire model ``ListNamespaceRolesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        keywords: ``keywords``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})


@_attrs.define(kw_only=True, slots=True)
class ListNamespacesDto:
    """Wire model ``ListNamespacesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        keywords: ``keywords``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})


@_attrs.define(kw_only=True, slots=True)
class ListOperateDto:
    """Wire model ``ListOperateDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, Any, optional
        keywords: ``keywords``, Any, optional
        field_id: ``fieldId``, Any, optional
        show_created: ``showCreated``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    model_id: Any = _attrs.field(default=None, metadata={"wire": "modelId"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    field_id: Any = _attrs.field(default=None, metadata={"wire": "fieldId"})
    show_created: Any = _attrs.field(default=None, metadata={"wire": "showCreated"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class ListOrganizationsDto:
    """Wire model ``ListOrganizationsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        fetch_all: ``fetchAll``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_post: ``withPost``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        status: ``status``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    fetch_all: Any = _attrs.field(default=None, metadata={"wire": "fetchAll"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_post: Any = _attrs.field(default=None, metadata={"wire": "withPost"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    status: Any = _attrs.field(default=None, metadata={"wire": "status"})


@_attrs.define(kw_only=True, slots=True)
class ListPermissionNamespaceRolesDto:
    """Wire model ``ListPermissionNamespaceRolesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        query: ``query``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})


@_attrs.define(kw_only=True, slots=True)
class ListPermissionNamespacesDto:
    """Wire model ``ListPermissionNamespacesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        query: ``query``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})


@_attrs.define(kw_only=True, slots=True)
class ListPermissionViewDto:
    """Wire model ``ListPermissionViewDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        keyword: ``keyword``, str, optional
    """

    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    keyword: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keyword"})


@_attrs.define(kw_only=True, slots=True)
class ListPermissionViewPaginatedRespDto:
    """Wire model ``ListPermissionViewPaginatedRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ListPermissionViewRespDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ListPermissionViewRespDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class ListPermissionViewRespDto:
    """Wire model ``ListPermissionViewRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        username: ``username``, str, optional
        namespace_id: ``namespaceId``, str, required
        namespace_code: ``namespaceCode``, str, required
        namespace_name: ``namespaceName``, str, required
        data_resource_id: ``dataResourceId``, str, required
        data_resource_code: ``dataResourceCode``, str, required
        data_resource_name: ``dataResourceName``, str, required
        data_policy_list: ``dataPolicyList``, list[PolicyBo], required
        role_list: ``roleList``, list[RoleBo], required
        group_list: ``groupList``, list[GroupBo], required
        node_list: ``nodeList``, list[NodeBo], required
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    username: str | None = _attrs.field(default=None, metadata={"wire": "username"})
    namespace_id: str = _attrs.field(metadata={"wire": "namespaceId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    namespace_name: str = _attrs.field(metadata={"wire": "namespaceName"})
    data_resource_id: str = _attrs.field(metadata={"wire": "dataResourceId"})
    data_resource_code: str = _attrs.field(metadata={"wire": "dataResourceCode"})
    data_resource_name: str = _attrs.field(metadata={"wire": "dataResourceName"})
    data_policy_list: List[PolicyBo] = _attrs.field(metadata={"wire": "dataPolicyList"})
    role_list: List[RoleBo] = _attrs.field(metadata={"wire": "roleList"})
    group_list: List[GroupBo] = _attrs.field(metadata={"wire": "groupList"})
    node_list: List[NodeBo] = _attrs.field(metadata={"wire": "nodeList"})


@_attrs.define(kw_only=True, slots=True)
class ListPermissionViewResponseDto:
    """Wire model ``ListPermissionViewResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ListPermissionViewPaginatedRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ListPermissionViewPaginatedRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListPipelineFunctionDto:
    """Wire model ``ListPipelineFunctionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        scene: ``scene``, Any, optional
    """

    scene: Any = _attrs.field(default=None, metadata={"wire": "scene"})


@_attrs.define(kw_only=True, slots=True)
class ListPipelineFunctionsDto:
    """Wire model ``ListPipelineFunctionsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        scene: ``scene``, Any, optional
    """

    scene: Any = _attrs.field(default=None, metadata={"wire": "scene"})


class ListPipelineFunctionsParamsScene(WireEnum):
    """Enum of ``ListPipelineFunctionsParams.scene`` (unknown wire values are kept, not rejected)."""

    PRE_REGISTER = "PRE_REGISTER"
    POST_REGISTER = "POST_REGISTER"
    PRE_AUTHENTICATION = "PRE_AUTHENTICATION"
    POST_AUTHENTICATION = "POST_AUTHENTICATION"
    PRE_OIDC_ID_TOKEN_ISSUED = "PRE_OIDC_ID_TOKEN_ISSUED"
    PRE_OIDC_ACCESS_TOKEN_ISSUED = "PRE_OIDC_ACCESS_TOKEN_ISSUED"
    PRE_COMPLETE_USER_INFO = "PRE_COMPLETE_USER_INFO"
    PRE_MFA_VERIFY = "PRE_MFA_VERIFY"
    POST_MFA_VERIFY = "POST_MFA_VERIFY"


class ListPolicyUserAttributionDetailParamsTargetType(WireEnum):
    """Enum of ``ListPolicyUserAttributionDetailParams.targetType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT = "department"
    POST = "post"
    ROLE = "role"
    GROUP = "group"


@_attrs.define(kw_only=True, slots=True)
class ListPostBatchDto:
    """Wire model ``ListPostBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, str, optional
        skip_count: ``skipCount``, bool, optional
        page: ``page``, int, optional
        limit: ``limit``, int, optional
        with_metadata: ``withMetadata``, bool, optional
        with_custom_data: ``withCustomData``, bool, optional
        flat_custom_data: ``flatCustomData``, bool, optional
        metadata_no_field_id: ``metadataNoFieldId``, bool, optional
        created_after: ``createdAfter``, int, optional
        created_before: ``createdBefore``, int, optional
        updated_after: ``updatedAfter``, int, optional
        updated_before: ``updatedBefore``, int, optional
        post_codes: ``postCodes``, list[str], optional
    """

    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    skip_count: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "skipCount"})
    page: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "page"})
    limit: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "limit"})
    with_metadata: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withMetadata"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
    flat_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "flatCustomData"})
    metadata_no_field_id: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "metadataNoFieldId"})
    created_after: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "createdAfter"})
    created_before: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "createdBefore"})
    updated_after: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "updatedAfter"})
    updated_before: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "updatedBefore"})
    post_codes: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "postCodes"})


@_attrs.define(kw_only=True, slots=True)
class ListPostDto:
    """Wire model ``ListPostDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, Any, optional
        skip_count: ``skipCount``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_metadata: ``withMetadata``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        flat_custom_data: ``flatCustomData``, Any, optional
        metadata_no_field_id: ``metadataNoFieldId``, Any, optional
        created_after: ``createdAfter``, Any, optional
        created_before: ``createdBefore``, Any, optional
        updated_after: ``updatedAfter``, Any, optional
        updated_before: ``updatedBefore``, Any, optional
    """

    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    skip_count: Any = _attrs.field(default=None, metadata={"wire": "skipCount"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_metadata: Any = _attrs.field(default=None, metadata={"wire": "withMetadata"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    flat_custom_data: Any = _attrs.field(default=None, metadata={"wire": "flatCustomData"})
    metadata_no_field_id: Any = _attrs.field(default=None, metadata={"wire": "metadataNoFieldId"})
    created_after: Any = _attrs.field(default=None, metadata={"wire": "createdAfter"})
    created_before: Any = _attrs.field(default=None, metadata={"wire": "createdBefore"})
    updated_after: Any = _attrs.field(default=None, metadata={"wire": "updatedAfter"})
    updated_before: Any = _attrs.field(default=None, metadata={"wire": "updatedBefore"})


@_attrs.define(kw_only=True, slots=True)
class ListPublicAccountDataDto:
    """Wire model ``ListPublicAccountDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        avatar: ``avatar``, str, optional
        display_name: ``displayName``, str, optional
        usertype: ``usertype``, ListPublicAccountDataDtoUsertype, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    avatar: str | None = _attrs.field(default=None, metadata={"wire": "avatar"})
    display_name: str | None = _attrs.field(default=None, metadata={"wire": "displayName"})
    usertype: ListPublicAccountDataDtoUsertype | None = _attrs.field(default=None, metadata={"wire": "usertype"})


class ListPublicAccountDataDtoUsertype(WireEnum):
    """Enum of ``ListPublicAccountDataDto.usertype`` (unknown wire values are kept, not rejected)."""

    V_1 = "1"
    V_2 = "2"


@_attrs.define(kw_only=True, slots=True)
class ListPublicAccountsAdvancedFilterItemDto:
    """Wire model ``ListPublicAccountsAdvancedFilterItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, str, required
        operator: ``operator``, ListPublicAccountsAdvancedFilterItemDtoOperator, required
        value: ``value``, Any, optional
    """

    field: str = _attrs.field(metadata={"wire": "field"})
    operator: ListPublicAccountsAdvancedFilterItemDtoOperator = _attrs.field(metadata={"wire": "operator"})
    value: Any = _attrs.field(default=_UNSET, metadata={"wire": "value"})


class ListPublicAccountsAdvancedFilterItemDtoOperator(WireEnum):
    """Enum of ``ListPublicAccountsAdvancedFilterItemDto.operator`` (unknown wire values are kept, not rejected)."""

    EQUAL = "EQUAL"
    NOT_EQUAL = "NOT_EQUAL"
    CONTAINS = "CONTAINS"
    NOT_CONTAINS = "NOT_CONTAINS"
    IS_NULL = "IS_NULL"
    NOT_NULL = "NOT_NULL"
    IN = "IN"
    GREATER = "GREATER"
    LESSER = "LESSER"
    BETWEEN = "BETWEEN"


@_attrs.define(kw_only=True, slots=True)
class ListPublicAccountsOptionsDto:
    """Wire model ``ListPublicAccountsOptionsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        pagination: ``pagination``, PaginationDto, optional
        sort: ``sort``, list[SortingDto], optional
        fuzzy_search_on: ``fuzzySearchOn``, list[ListPublicAccountsOptionsDtoFuzzySearchOn], optional
        with_custom_data: ``withCustomData``, bool, optional
        with_department_ids: ``withDepartmentIds``, bool, optional
    """

    pagination: PaginationDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "pagination"})
    sort: List[SortingDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "sort"})
    fuzzy_search_on: List[ListPublicAccountsOptionsDtoFuzzySearchOn] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "fuzzySearchOn"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
    with_department_ids: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withDepartmentIds"})


class ListPublicAccountsOptionsDtoFuzzySearchOn(WireEnum):
    """Enum of ``ListPublicAccountsOptionsDto.fuzzySearchOn`` (unknown wire values are kept, not rejected)."""

    ID = "id"
    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"
    USERNAME = "username"
    EXTERNALID = "externalId"
    NICKNAME = "nickname"
    COMPANY = "company"
    GIVENNAME = "givenName"
    FAMILYNAME = "familyName"
    MIDDLENAME = "middleName"
    PROFILE = "profile"
    PREFERREDUSERNAME = "preferredUsername"
    WEBSITE = "website"
    ADDRESS = "address"
    FORMATTED = "formatted"
    STREETADDRESS = "streetAddress"
    POSTALCODE = "postalCode"
    IDENTITYNUMBER = "identityNumber"


@_attrs.define(kw_only=True, slots=True)
class ListPublicAccountsRequestDto:
    """Wire model ``ListPublicAccountsRequestDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        keywords: ``keywords``, str, optional
        advanced_filter: ``advancedFilter``, list[ListPublicAccountsAdvancedFilterItemDto], optional
        search_query: ``searchQuery``, Any, optional
        options: ``options``, ListPublicAccountsOptionsDto, optional
    """

    keywords: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "keywords"})
    advanced_filter: List[ListPublicAccountsAdvancedFilterItemDto] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "advancedFilter"})
    search_query: Any = _attrs.field(default=_UNSET, metadata={"wire": "searchQuery"})
    options: ListPublicAccountsOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})


@_attrs.define(kw_only=True, slots=True)
class ListResourceTargets:
    """Wire model ``ListResourceTargets`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        actions: ``actions``, list[str], required
        namespace_code: ``namespaceCode``, str, required
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})


@_attrs.define(kw_only=True, slots=True)
class ListResourceTargetsDataDto:
    """Wire model ``ListResourceTargetsDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        auth_user_list: ``authUserList``, list[ListResourceTargetsDtoResp], required
    """

    auth_user_list: List[ListResourceTargetsDtoResp] = _attrs.field(metadata={"wire": "authUserList"})


@_attrs.define(kw_only=True, slots=True)
class ListResourceTargetsDto:
    """Wire model ``ListResourceTargetsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        actions: ``actions``, list[str], required
        namespace_code: ``namespaceCode``, str, required
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})


@_attrs.define(kw_only=True, slots=True)
class ListResourceTargetsDtoResp:
    """Wire model ``ListResourceTargetsDtoResp`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource: ``resource``, str, required
        action_auth_list: ``actionAuthList``, list[ActionAuth], required
    """

    resource: str = _attrs.field(metadata={"wire": "resource"})
    action_auth_list: List[ActionAuth] = _attrs.field(metadata={"wire": "actionAuthList"})


@_attrs.define(kw_only=True, slots=True)
class ListResourceTargetsRespDto:
    """Wire model ``ListResourceTargetsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ListResourceTargetsDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ListResourceTargetsDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class ListResourcesDto:
    """Wire model ``ListResourcesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace: ``namespace``, Any, optional
        type: ``type``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
    type: Any = _attrs.field(default=None, metadata={"wire": "type"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


class ListResourcesParamsType(WireEnum):
    """Enum of ``ListResourcesParams.type`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"
