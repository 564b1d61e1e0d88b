# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire models and enums (GeneFastpassQRCodeInfoDto, ..., GetInviteeContextRespDto)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset, WireEnum

if TYPE_CHECKING:
    from ._a1 import (
        AccessibleAppsDto, AlipayAuthInfoDataDto, ArrResourceAuthAction, AsaAccountTargetDto,
    )
    from ._a2 import (
        AuthenticationOptionsDto,
    )
    from ._c1 import (
        Condition, CountryDetailInfo,
    )
    from ._d import (
        DataResourceTreeStructs, DeviceExclusiveValidScopeAppDataDto, DeviceRuleDto,
    )
    from ._e import (
        EmailTemplateCategoryDto, EmailTemplateDto, ExtIdpInfoDto, ExtendField, ExtendsFieldDto,
    )
    from ._f import (
        FactorDto, FastpassQRCodeRelationAppDto, FastpassUserInfoDto,
    )
    from ._i import (
        IPRuleDto, IdentityDto, ImportExportTemplateRespDto, ImportInviteeDto, InvitationUserDto,
        InviteeContextDto,
    )
    from ._l2 import (
        ListWebhooksDto,
    )
    from ._r import (
        ResourcePermissionAssignmentDto, RowDto,
    )
    from ._s2 import (
        StrResourceAuthAction,
    )
    from ._t import (
        TreeResourceAuthAction,
    )

__all__ = [
    "GeneFastpassQRCodeInfoDto", "GeneFastpassQRCodeRespDto", "GenePushCodeDataDto",
    "GenePushCodeRespDto", "GeneQRCodeDataDto", "GeneQRCodeRespDto",
    "GenerateBindExtIdpLinkDataDto", "GenerateBindExtIdpLinkRespDto", "GenerateInvitationLinkDto",
    "GenerateInvitationLinkRespDto", "GenerateInviteTenantUserLink", "GenerateInviteeTokenDto",
    "GenerateInviteeTokenRespDto", "GenerateLinkExtidpUrlDto", "GenerateQrcodeDto",
    "GenerateQrcodeDtoType", "GeoIp", "GeoIpLocation", "GetAccessKeyDto", "GetAccessKeyRespDto",
    "GetAccessKeyResponseDto", "GetAccessibleAppsRespDto", "GetAdminAuditLogsDto",
    "GetAlipayAuthInfoRespDto", "GetAlipayAuthinfoDto", "GetAllDepartmentsDto",
    "GetAllDepartmentsParamsDepartmentIdType", "GetAllGroupsDto", "GetAllRowByScrollidDto",
    "GetAllRowByScrollidResDto", "GetAllRowDto", "GetAllRowVyScrollidDto",
    "GetAppLoginQrcodeStatusDto", "GetApplicationDto", "GetApplicationPermissionStrategyDataDto",
    "GetApplicationPermissionStrategyDataDtoPermissionStrategy",
    "GetApplicationPermissionStrategyDto", "GetApplicationPermissionStrategyRespDto",
    "GetApplicationPublicConfigDto", "GetApplicationSecretDataDto", "GetApplicationSecretDto",
    "GetApplicationSecretRespDto", "GetApplicationSimpleInfoDto",
    "GetAsaAccountAssignedTargetDataDto", "GetAsaAccountAssignedTargetRespDto",
    "GetAsaAccountAssignedTargetsDto", "GetAsaAccountBatchDto", "GetAsaAccountDto",
    "GetAssignedAccountDto", "GetAssignedAccountParamsTargetType",
    "GetAuthenticationOptionsRespDto", "GetAuthorizedResourceActionDto",
    "GetAuthorizedResourceActionDtoOp", "GetAuthorizedResourcesDto",
    "GetAuthorizedResourcesParamsResourceType", "GetAuthorizedResourcesParamsTargetType",
    "GetAuthorizedTargetDataDto", "GetAuthorizedTargetRespDto", "GetAuthorizedTargetsDto",
    "GetAuthorizedTargetsDtoResourceType", "GetAuthorizedTargetsDtoTargetType",
    "GetCaptchaCodeDataDto", "GetCaptchaCodeRespDto", "GetCountryListRespDto", "GetCustomDataDto",
    "GetCustomDataParamsTargetType", "GetCustomDataRespDto", "GetCustomFieldsDto",
    "GetCustomFieldsParamsTargetType", "GetDataPolicyDto", "GetDataPolicyRespDto",
    "GetDataPolicyResponseDto", "GetDataResourceDto", "GetDataResourceRespDto",
    "GetDataResourceRespDtoType", "GetDataResourceResponseDto", "GetDepartmentByIdDto",
    "GetDepartmentByIdReqDto", "GetDepartmentDto", "GetDepartmentListDto",
    "GetDepartmentListParamsOrderBy", "GetDepartmentListParamsSortBy",
    "GetDepartmentParamsDepartmentIdType", "GetDepartmentSyncRelationsDto",
    "GetDepartmentSyncRelationsParamsDepartmentIdType", "GetDepartmentsOfPublicAccountDto",
    "GetDeviceExclusiveRuleDataDto", "GetDeviceExclusiveRuleDataDtoRule",
    "GetDeviceExclusiveRuleRespDto", "GetDeviceExclusiveValidScopeAppRespDto",
    "GetDeviceExclusiveValidScopeDataDto", "GetDeviceExclusiveValidScopeRespDto",
    "GetDeviceExclusiveWhiteListDataDto", "GetDeviceExclusiveWhiteListDataDtoTargetType",
    "GetDeviceExclusiveWhiteListRespDto", "GetEmailTemplateRespDto", "GetEmailTemplatesDataDto",
    "GetEmailTemplatesRespDto", "GetExtIdpDto", "GetExtIdpParamsType", "GetExtIdpsRespDto",
    "GetExtendsFieldsDto", "GetExtendsFieldsRespDto", "GetExternalUserResourceStructDataDto",
    "GetExternalUserResourceStructDataDtoResourceType", "GetExternalUserResourceStructDto",
    "GetExternalUserResourceStructRespDto", "GetFactorDto", "GetFactorRespDto",
    "GetFastpassClientAppsDto", "GetFastpassQRCodeRelationAppsDto",
    "GetFastpassQRCodeRelationAppsRespDto", "GetGroupAuthorizedResourcesDto",
    "GetGroupAuthorizedResourcesParamsResourceType", "GetGroupDto", "GetGroupsOfPublicAccountDto",
    "GetGroupsOfPublicAccountParamsUserIdType", "GetIdentitiesRespDto",
    "GetImportExportTemplateRespDto", "GetImportInviteeRespDto", "GetImportTemplateDto",
    "GetImportTemplateResDto", "GetInvitationPolicyDto", "GetInvitationPolicyRespDto",
    "GetInvitationPolicyUserAttributionDto", "GetInvitationPolicyUserAttributionMainDepartmentDto",
    "GetInvitationRosterDto", "GetInvitationUserRespDto", "GetInviteeContextRespDto",
]


@_attrs.define(kw_only=True, slots=True)
class GeneFastpassQRCodeInfoDto:
    """Wire model ``GeneFastpassQRCodeInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        scene: ``scene``, str, required
        qrcode_id: ``qrcodeId``, str, required
        api_host: ``apiHost``, str, required
        user: ``user``, FastpassUserInfoDto, required
        app_id: ``appId``, str, required
        userpool: ``userpool``, FastpassUserInfoDto, required
    """

    scene: str = _attrs.field(metadata={"wire": "scene"})
    qrcode_id: str = _attrs.field(metadata={"wire": "qrcodeId"})
    api_host: str = _attrs.field(metadata={"wire": "apiHost"})
    user: FastpassUserInfoDto = _attrs.field(metadata={"wire": "user"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    userpool: FastpassUserInfoDto = _attrs.field(metadata={"wire": "userpool"})


@_attrs.define(kw_only=True, slots=True)
class GeneFastpassQRCodeRespDto:
    """Wire model ``GeneFastpassQRCodeRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GeneFastpassQRCodeInfoDto, optional
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GeneFastpassQRCodeInfoDto | None = _attrs.field(default=None, metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GenePushCodeDataDto:
    """Wire model ``GenePushCodeDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        push_code_id: ``pushCodeId``, str, required
        expire_time: ``expireTime``, int, required
    """

    push_code_id: str = _attrs.field(metadata={"wire": "pushCodeId"})
    expire_time: int = _attrs.field(metadata={"wire": "expireTime"})


@_attrs.define(kw_only=True, slots=True)
class GenePushCodeRespDto:
    """Wire model ``GenePushCodeRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GenePushCodeDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GenePushCodeDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GeneQRCodeDataDto:
    """Wire model ``GeneQRCodeDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        qrcode_id: ``qrcodeId``, str, required
        url: ``url``, str, required
        custom_logo_url: ``customLogoUrl``, str, optional
    """

    qrcode_id: str = _attrs.field(metadata={"wire": "qrcodeId"})
    url: str = _attrs.field(metadata={"wire": "url"})
    custom_logo_url: str | None = _attrs.field(default=None, metadata={"wire": "customLogoUrl"})


@_attrs.define(kw_only=True, slots=True)
class GeneQRCodeRespDto:
    """Wire model ``GeneQRCodeRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GeneQRCodeDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GeneQRCodeDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GenerateBindExtIdpLinkDataDto:
    """Wire model ``GenerateBindExtIdpLinkDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        url: ``url``, str, required
    """

    url: str = _attrs.field(metadata={"wire": "url"})


@_attrs.define(kw_only=True, slots=True)
class GenerateBindExtIdpLinkRespDto:
    """Wire model ``GenerateBindExtIdpLinkRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GenerateBindExtIdpLinkDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GenerateBindExtIdpLinkDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GenerateInvitationLinkDto:
    """Wire model ``GenerateInvitationLinkDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        link: ``link``, str, required
    """

    link: str = _attrs.field(metadata={"wire": "link"})


@_attrs.define(kw_only=True, slots=True)
class GenerateInvitationLinkRespDto:
    """Wire model ``GenerateInvitationLinkRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GenerateInvitationLinkDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GenerateInvitationLinkDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GenerateInviteTenantUserLink:
    """Wire model ``GenerateInviteTenantUserLink`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        validity_term: ``validityTerm``, str, required
        emails: ``emails``, list[str], required
        app_id: ``appId``, str, required
        tenant_id: ``tenantId``, str, optional
    """

    validity_term: str = _attrs.field(metadata={"wire": "validityTerm"})
    emails: List[str] = _attrs.field(metadata={"wire": "emails"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class GenerateInviteeTokenDto:
    """Wire model ``GenerateInviteeTokenDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        token: ``token``, str, optional
        invitation_context: ``invitationContext``, InviteeContextDto, optional
    """

    token: str | None = _attrs.field(default=None, metadata={"wire": "token"})
    invitation_context: InviteeContextDto | None = _attrs.field(default=None, metadata={"wire": "invitationContext"})


@_attrs.define(kw_only=True, slots=True)
class GenerateInviteeTokenRespDto:
    """Wire model ``GenerateInviteeTokenRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GenerateInviteeTokenDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GenerateInviteeTokenDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GenerateLinkExtidpUrlDto:
    """Wire model ``GenerateLinkExtidpUrlDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_conn_identifier: ``extIdpConnIdentifier``, Any, optional
        app_id: ``appId``, Any, optional
        id_token: ``idToken``, Any, optional
        need_url_redirect: ``needUrlRedirect``, Any, optional
        only_redirect_token: ``onlyRedirectToken``, Any, optional
        need_form_post: ``needFormPost``, Any, optional
        target_url: ``targetUrl``, Any, optional
    """

    ext_idp_conn_identifier: Any = _attrs.field(default=None, metadata={"wire": "extIdpConnIdentifier"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    id_token: Any = _attrs.field(default=None, metadata={"wire": "idToken"})
    need_url_redirect: Any = _attrs.field(default=None, metadata={"wire": "needUrlRedirect"})
    only_redirect_token: Any = _attrs.field(default=None, metadata={"wire": "onlyRedirectToken"})
    need_form_post: Any = _attrs.field(default=None, metadata={"wire": "needFormPost"})
    target_url: Any = _attrs.field(default=None, metadata={"wire": "targetUrl"})


@_attrs.define(kw_only=True, slots=True)
class GenerateQrcodeDto:
    """Wire model ``GenerateQrcodeDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, GenerateQrcodeDtoType, required
        ext_idp_conn_id: ``extIdpConnId``, str, optional
        custom_data: ``customData``, Any, optional
        context: ``context``, Any, optional
        auto_merge_qr_code: ``autoMergeQrCode``, bool, optional
    """

    type: GenerateQrcodeDtoType = _attrs.field(metadata={"wire": "type"})
    ext_idp_conn_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "extIdpConnId"})
    custom_data: Any = _attrs.field(default=_UNSET, metadata={"wire": "customData"})
    context: Any = _attrs.field(default=_UNSET, metadata={"wire": "context"})
    auto_merge_qr_code: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "autoMergeQrCode"})


class GenerateQrcodeDtoType(WireEnum):
    """Enum of ``GenerateQrcodeDto.type`` (unknown wire values are kept, not rejected)."""

    MOBILE_APP = "MOBILE_APP"
    WECHAT_MINIPROGRAM = "WECHAT_MINIPROGRAM"
    WECHAT_OFFICIAL_ACCOUNT = "WECHAT_OFFICIAL_ACCOUNT"


@_attrs.define(kw_only=True, slots=True)
class GeoIp:
    """Wire model ``GeoIp`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        location: ``location``, GeoIpLocation, required
        country_name: ``country_name``, str, required
        country_code2: ``country_code2``, str, required
        country_code3: ``country_code3``, str, required
        region_name: ``region_name``, str, required
        region_code: ``region_code``, str, required
        city_name: ``city_name``, str, required
        continent_code: ``continent_code``, str, required
        timezone: ``timezone``, str, required
    """

    location: GeoIpLocation = _attrs.field(metadata={"wire": "location"})
    country_name: str = _attrs.field(metadata={"wire": "country_name"})
    country_code2: str = _attrs.field(metadata={"wire": "country_code2"})
    country_code3: str = _attrs.field(metadata={"wire": "country_code3"})
    region_name: str = _attrs.field(metadata={"wire": "region_name"})
    region_code: str = _attrs.field(metadata={"wire": "region_code"})
    city_name: str = _attrs.field(metadata={"wire": "city_name"})
    continent_code: str = _attrs.field(metadata={"wire": "continent_code"})
    timezone: str = _attrs.field(metadata={"wire": "timezone"})


@_attrs.define(kw_only=True, slots=True)
class GeoIpLocation:
    """Wire model ``GeoIpLocation`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        lon: ``lon``, float, required
        lat: ``lat``, float, required
    """

    lon: float = _attrs.field(metadata={"wire": "lon"})
    lat: float = _attrs.field(metadata={"wire": "lat"})


@_attrs.define(kw_only=True, slots=True)
class GetAccessKeyDto:
    """Wire model ``GetAccessKeyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        access_key_id: ``accessKeyId``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    access_key_id: Any = _attrs.field(default=None, metadata={"wire": "accessKeyId"})


@_attrs.define(kw_only=True, slots=True)
class GetAccessKeyRespDto:
    """Wire model ``GetAccessKeyRespDto`` (response side; optional fields default to None).

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
class GetAccessKeyResponseDto:
    """Wire model ``GetAccessKeyResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[GetAccessKeyRespDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[GetAccessKeyRespDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetAccessibleAppsRespDto:
    """Wire model ``GetAccessibleAppsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[AccessibleAppsDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[AccessibleAppsDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetAdminAuditLogsDto:
    """Wire model ``GetAdminAuditLogsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        request_id: ``requestId``, str, optional
        client_ip: ``clientIp``, str, optional
        operation_type: ``operationType``, str, optional
        resource_type: ``resourceType``, str, optional
        user_id: ``userId``, str, optional
        success: ``success``, bool, optional
        start: ``start``, int, optional
        end: ``end``, int, optional
        pagination: ``pagination``, ListWebhooksDto, optional
    """

    request_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "requestId"})
    client_ip: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "clientIp"})
    operation_type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "operationType"})
    resource_type: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "resourceType"})
    user_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "userId"})
    success: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "success"})
    start: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "start"})
    end: int | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "end"})
    pagination: ListWebhooksDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "pagination"})


@_attrs.define(kw_only=True, slots=True)
class GetAlipayAuthInfoRespDto:
    """Wire model ``GetAlipayAuthInfoRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, AlipayAuthInfoDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: AlipayAuthInfoDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetAlipayAuthinfoDto:
    """Wire model ``GetAlipayAuthinfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        ext_idp_connidentifier: ``extIdpConnidentifier``, Any, optional
    """

    ext_idp_connidentifier: Any = _attrs.field(default=None, metadata={"wire": "extIdpConnidentifier"})


@_attrs.define(kw_only=True, slots=True)
class GetAllDepartmentsDto:
    """Wire model ``GetAllDepartmentsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})


class GetAllDepartmentsParamsDepartmentIdType(WireEnum):
    """Enum of ``GetAllDepartmentsParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"


@_attrs.define(kw_only=True, slots=True)
class GetAllGroupsDto:
    """Wire model ``GetAllGroupsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        fetch_members: ``fetchMembers``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
    """

    fetch_members: Any = _attrs.field(default=None, metadata={"wire": "fetchMembers"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})


@_attrs.define(kw_only=True, slots=True)
class GetAllRowByScrollidDto:
    """Wire model ``GetAllRowByScrollidDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        scroll_id: ``scrollId``, str, required
        list: ``list``, list[str], required
    """

    scroll_id: str = _attrs.field(metadata={"wire": "scrollId"})
    list: List[str] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class GetAllRowByScrollidResDto:
    """Wire model ``GetAllRowByScrollidResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetAllRowByScrollidDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetAllRowByScrollidDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetAllRowDto:
    """Wire model ``GetAllRowDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, str, required
        conjunction: ``conjunction``, str, optional
        conditions: ``conditions``, list[Condition], optional
    """

    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    conjunction: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "conjunction"})
    conditions: List[Condition] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "conditions"})


@_attrs.define(kw_only=True, slots=True)
class GetAllRowVyScrollidDto:
    """Wire model ``GetAllRowVyScrollidDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        size: ``size``, int, required
        model_id: ``modelId``, str, required
        scroll_id: ``scrollId``, str, optional
        id: ``id``, str, optional
        query: ``query``, Any, optional
        get_relation_details: ``getRelationDetails``, bool, optional
    """

    size: int = _attrs.field(metadata={"wire": "size"})
    model_id: str = _attrs.field(metadata={"wire": "modelId"})
    scroll_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "scrollId"})
    id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "id"})
    query: Any = _attrs.field(default=_UNSET, metadata={"wire": "query"})
    get_relation_details: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "getRelationDetails"})


@_attrs.define(kw_only=True, slots=True)
class GetAppLoginQrcodeStatusDto:
    """Wire model ``GetAppLoginQrcodeStatusDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        qrcode_id: ``qrcodeId``, Any, optional
    """

    qrcode_id: Any = _attrs.field(default=None, metadata={"wire": "qrcodeId"})


@_attrs.define(kw_only=True, slots=True)
class GetApplicationDto:
    """Wire model ``GetApplicationDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class GetApplicationPermissionStrategyDataDto:
    """Wire model ``GetApplicationPermissionStrategyDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        permission_strategy: ``permissionStrategy``, GetApplicationPermissionStrategyDataDtoPermissionStrategy, required
    """

    permission_strategy: GetApplicationPermissionStrategyDataDtoPermissionStrategy = _attrs.field(metadata={"wire": "permissionStrategy"})


class GetApplicationPermissionStrategyDataDtoPermissionStrategy(WireEnum):
    """Enum of ``GetApplicationPermissionStrategyDataDto.permissionStrategy`` (unknown wire values are kept, not rejected)."""

    ALLOW_ALL = "ALLOW_ALL"
    DENY_ALL = "DENY_ALL"


@_attrs.define(kw_only=True, slots=True)
class GetApplicationPermissionStrategyDto:
    """Wire model ``GetApplicationPermissionStrategyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class GetApplicationPermissionStrategyRespDto:
    """Wire model ``GetApplicationPermissionStrategyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetApplicationPermissionStrategyDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetApplicationPermissionStrategyDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetApplicationPublicConfigDto:
    """Wire model ``GetApplicationPublicConfigDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class GetApplicationSecretDataDto:
    """Wire model ``GetApplicationSecretDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        secret: ``secret``, str, required
    """

    secret: str = _attrs.field(metadata={"wire": "secret"})


@_attrs.define(kw_only=True, slots=True)
class GetApplicationSecretDto:
    """Wire model ``GetApplicationSecretDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class GetApplicationSecretRespDto:
    """Wire model ``GetApplicationSecretRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetApplicationSecretDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetApplicationSecretDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetApplicationSimpleInfoDto:
    """Wire model ``GetApplicationSimpleInfoDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class GetAsaAccountAssignedTargetDataDto:
    """Wire model ``GetAsaAccountAssignedTargetDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[AsaAccountTargetDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[AsaAccountTargetDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class GetAsaAccountAssignedTargetRespDto:
    """Wire model ``GetAsaAccountAssignedTargetRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetAsaAccountAssignedTargetDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetAsaAccountAssignedTargetDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetAsaAccountAssignedTargetsDto:
    """Wire model ``GetAsaAccountAssignedTargetsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
        account_id: ``accountId``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    account_id: Any = _attrs.field(default=None, metadata={"wire": "accountId"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})


@_attrs.define(kw_only=True, slots=True)
class GetAsaAccountBatchDto:
    """Wire model ``GetAsaAccountBatchDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        account_ids: ``accountIds``, list[str], required
        app_id: ``appId``, str, required
    """

    account_ids: List[str] = _attrs.field(metadata={"wire": "accountIds"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class GetAsaAccountDto:
    """Wire model ``GetAsaAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
        account_id: ``accountId``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    account_id: Any = _attrs.field(default=None, metadata={"wire": "accountId"})


@_attrs.define(kw_only=True, slots=True)
class GetAssignedAccountDto:
    """Wire model ``GetAssignedAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, Any, optional
        target_type: ``targetType``, Any, optional
        target_identifier: ``targetIdentifier``, Any, optional
    """

    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    target_identifier: Any = _attrs.field(default=None, metadata={"wire": "targetIdentifier"})


class GetAssignedAccountParamsTargetType(WireEnum):
    """Enum of ``GetAssignedAccountParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class GetAuthenticationOptionsRespDto:
    """Wire model ``GetAuthenticationOptionsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, AuthenticationOptionsDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: AuthenticationOptionsDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetAuthorizedResourceActionDto:
    """Wire model ``GetAuthorizedResourceActionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        op: ``op``, GetAuthorizedResourceActionDtoOp, required
        list: ``list``, list[str], required
    """

    op: GetAuthorizedResourceActionDtoOp = _attrs.field(metadata={"wire": "op"})
    list: List[str] = _attrs.field(metadata={"wire": "list"})


class GetAuthorizedResourceActionDtoOp(WireEnum):
    """Enum of ``GetAuthorizedResourceActionDto.op`` (unknown wire values are kept, not rejected)."""

    AND = "AND"
    OR = "OR"


@_attrs.define(kw_only=True, slots=True)
class GetAuthorizedResourcesDto:
    """Wire model ``GetAuthorizedResourcesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, Any, optional
        target_identifier: ``targetIdentifier``, Any, optional
        namespace: ``namespace``, Any, optional
        resource_type: ``resourceType``, Any, optional
        resource_list: ``resourceList``, Any, optional
        with_denied: ``withDenied``, Any, optional
    """

    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    target_identifier: Any = _attrs.field(default=None, metadata={"wire": "targetIdentifier"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
    resource_type: Any = _attrs.field(default=None, metadata={"wire": "resourceType"})
    resource_list: Any = _attrs.field(default=None, metadata={"wire": "resourceList"})
    with_denied: Any = _attrs.field(default=None, metadata={"wire": "withDenied"})


class GetAuthorizedResourcesParamsResourceType(WireEnum):
    """Enum of ``GetAuthorizedResourcesParams.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


class GetAuthorizedResourcesParamsTargetType(WireEnum):
    """Enum of ``GetAuthorizedResourcesParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class GetAuthorizedTargetDataDto:
    """Wire model ``GetAuthorizedTargetDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        total_count: ``totalCount``, int, required
        list: ``list``, list[ResourcePermissionAssignmentDto], required
    """

    total_count: int = _attrs.field(metadata={"wire": "totalCount"})
    list: List[ResourcePermissionAssignmentDto] = _attrs.field(metadata={"wire": "list"})


@_attrs.define(kw_only=True, slots=True)
class GetAuthorizedTargetRespDto:
    """Wire model ``GetAuthorizedTargetRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetAuthorizedTargetDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetAuthorizedTargetDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetAuthorizedTargetsDto:
    """Wire model ``GetAuthorizedTargetsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource: ``resource``, str, required
        namespace: ``namespace``, str, optional
        resource_type: ``resourceType``, GetAuthorizedTargetsDtoResourceType, optional
        target_type: ``targetType``, GetAuthorizedTargetsDtoTargetType, optional
        actions: ``actions``, GetAuthorizedResourceActionDto, optional
    """

    resource: str = _attrs.field(metadata={"wire": "resource"})
    namespace: str | None = _attrs.field(default=None, metadata={"wire": "namespace"})
    resource_type: GetAuthorizedTargetsDtoResourceType | None = _attrs.field(default=None, metadata={"wire": "resourceType"})
    target_type: GetAuthorizedTargetsDtoTargetType | None = _attrs.field(default=None, metadata={"wire": "targetType"})
    actions: GetAuthorizedResourceActionDto | None = _attrs.field(default=None, metadata={"wire": "actions"})


class GetAuthorizedTargetsDtoResourceType(WireEnum):
    """Enum of ``GetAuthorizedTargetsDto.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


class GetAuthorizedTargetsDtoTargetType(WireEnum):
    """Enum of ``GetAuthorizedTargetsDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class GetCaptchaCodeDataDto:
    """Wire model ``GetCaptchaCodeDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        captcha_code_svg: ``captchaCodeSvg``, str, required
        captcha_token: ``captchaToken``, str, required
    """

    captcha_code_svg: str = _attrs.field(metadata={"wire": "captchaCodeSvg"})
    captcha_token: str = _attrs.field(metadata={"wire": "captchaToken"})


@_attrs.define(kw_only=True, slots=True)
class GetCaptchaCodeRespDto:
    """Wire model ``GetCaptchaCodeRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetCaptchaCodeDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetCaptchaCodeDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetCountryListRespDto:
    """Wire model ``GetCountryListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[CountryDetailInfo], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[CountryDetailInfo] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetCustomDataDto:
    """Wire model ``GetCustomDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        tenant_id: ``tenantId``, Any, optional
        target_type: ``targetType``, Any, optional
        target_identifier: ``targetIdentifier``, Any, optional
        namespace: ``namespace``, Any, optional
    """

    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    target_identifier: Any = _attrs.field(default=None, metadata={"wire": "targetIdentifier"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})


class GetCustomDataParamsTargetType(WireEnum):
    """Enum of ``GetCustomDataParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class GetCustomDataRespDto:
    """Wire model ``GetCustomDataRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, Any, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: Any = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetCustomFieldsDto:
    """Wire model ``GetCustomFieldsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


class GetCustomFieldsParamsTargetType(WireEnum):
    """Enum of ``GetCustomFieldsParams.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"


@_attrs.define(kw_only=True, slots=True)
class GetDataPolicyDto:
    """Wire model ``GetDataPolicyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, Any, optional
    """

    policy_id: Any = _attrs.field(default=None, metadata={"wire": "policyId"})


@_attrs.define(kw_only=True, slots=True)
class GetDataPolicyRespDto:
    """Wire model ``GetDataPolicyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, str, required
        policy_name: ``policyName``, str, required
        description: ``description``, str, optional
        created_at: ``createdAt``, str, required
        updated_at: ``updatedAt``, str, required
    """

    policy_id: str = _attrs.field(metadata={"wire": "policyId"})
    policy_name: str = _attrs.field(metadata={"wire": "policyName"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = _attrs.field(metadata={"wire": "updatedAt"})


@_attrs.define(kw_only=True, slots=True)
class GetDataPolicyResponseDto:
    """Wire model ``GetDataPolicyResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetDataPolicyRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetDataPolicyRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetDataResourceDto:
    """Wire model ``GetDataResourceDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, Any, optional
        resource_code: ``resourceCode``, Any, optional
    """

    namespace_code: Any = _attrs.field(default=None, metadata={"wire": "namespaceCode"})
    resource_code: Any = _attrs.field(default=None, metadata={"wire": "resourceCode"})


@_attrs.define(kw_only=True, slots=True)
class GetDataResourceRespDto:
    """Wire model ``GetDataResourceRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        resource_name: ``resourceName``, str, required
        resource_code: ``resourceCode``, str, required
        type: ``type``, GetDataResourceRespDtoType, required
        description: ``description``, str, optional
        struct: ``struct``, DataResourceTreeStructs | str | list[str], required
        extend_field_list: ``extendFieldList``, list[ExtendField], optional
        namespace_code: ``namespaceCode``, str, required
        actions: ``actions``, list[str], required
    """

    resource_name: str = _attrs.field(metadata={"wire": "resourceName"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    type: GetDataResourceRespDtoType = _attrs.field(metadata={"wire": "type"})
    description: str | None = _attrs.field(default=None, metadata={"wire": "description"})
    struct: DataResourceTreeStructs | str | List[str] = _attrs.field(metadata={"wire": "struct"})
    extend_field_list: List[ExtendField] | None = _attrs.field(default=None, metadata={"wire": "extendFieldList"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    actions: List[str] = _attrs.field(metadata={"wire": "actions"})


class GetDataResourceRespDtoType(WireEnum):
    """Enum of ``GetDataResourceRespDto.type`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class GetDataResourceResponseDto:
    """Wire model ``GetDataResourceResponseDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetDataResourceRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetDataResourceRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetDepartmentByIdDto:
    """Wire model ``GetDepartmentByIdDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        department_id: ``departmentId``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        app_type_list: ``appTypeList``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
    """

    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    app_type_list: Any = _attrs.field(default=None, metadata={"wire": "appTypeList"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})


@_attrs.define(kw_only=True, slots=True)
class GetDepartmentByIdReqDto:
    """Wire model ``GetDepartmentByIdReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        department_id: ``departmentId``, str, required
        tenant_id: ``tenantId``, str, optional
        app_type_list: ``appTypeList``, list[str], optional
        with_custom_data: ``withCustomData``, bool, optional
    """

    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    app_type_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appTypeList"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})


@_attrs.define(kw_only=True, slots=True)
class GetDepartmentDto:
    """Wire model ``GetDepartmentDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        department_code: ``departmentCode``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        flat_custom_data: ``flatCustomData``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    department_code: Any = _attrs.field(default=None, metadata={"wire": "departmentCode"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    flat_custom_data: Any = _attrs.field(default=None, metadata={"wire": "flatCustomData"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


@_attrs.define(kw_only=True, slots=True)
class GetDepartmentListDto:
    """Wire model ``GetDepartmentListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        sort_by: ``sortBy``, Any, optional
        order_by: ``orderBy``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    sort_by: Any = _attrs.field(default=None, metadata={"wire": "sortBy"})
    order_by: Any = _attrs.field(default=None, metadata={"wire": "orderBy"})


class GetDepartmentListParamsOrderBy(WireEnum):
    """Enum of ``GetDepartmentListParams.orderBy`` (unknown wire values are kept, not rejected)."""

    ASC = "Asc"
    DESC = "Desc"


class GetDepartmentListParamsSortBy(WireEnum):
    """Enum of ``GetDepartmentListParams.sortBy`` (unknown wire values are kept, not rejected)."""

    DEPARTMENTCREATEDAT = "DepartmentCreatedAt"
    JOINDEPARTMENTAT = "JoinDepartmentAt"
    DEPARTMENTNAME = "DepartmentName"
    DEPARTMEMTCODE = "DepartmemtCode"


class GetDepartmentParamsDepartmentIdType(WireEnum):
    """Enum of ``GetDepartmentParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class GetDepartmentSyncRelationsDto:
    """Wire model ``GetDepartmentSyncRelationsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})


class GetDepartmentSyncRelationsParamsDepartmentIdType(WireEnum):
    """Enum of ``GetDepartmentSyncRelationsParams.departmentIdType`` (unknown wire values are kept, not rejected)."""

    DEPARTMENT_ID = "department_id"
    OPEN_DEPARTMENT_ID = "open_department_id"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"
    CODE = "code"


@_attrs.define(kw_only=True, slots=True)
class GetDepartmentsOfPublicAccountDto:
    """Wire model ``GetDepartmentsOfPublicAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_department_paths: ``withDepartmentPaths``, Any, optional
        sort_by: ``sortBy``, Any, optional
        order_by: ``orderBy``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_department_paths: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentPaths"})
    sort_by: Any = _attrs.field(default=None, metadata={"wire": "sortBy"})
    order_by: Any = _attrs.field(default=None, metadata={"wire": "orderBy"})


@_attrs.define(kw_only=True, slots=True)
class GetDeviceExclusiveRuleDataDto:
    """Wire model ``GetDeviceExclusiveRuleDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        rule: ``rule``, GetDeviceExclusiveRuleDataDtoRule, required
        device_rule: ``deviceRule``, DeviceRuleDto, optional
        ip_rule: ``ipRule``, IPRuleDto, optional
    """

    rule: GetDeviceExclusiveRuleDataDtoRule = _attrs.field(metadata={"wire": "rule"})
    device_rule: DeviceRuleDto | None = _attrs.field(default=None, metadata={"wire": "deviceRule"})
    ip_rule: IPRuleDto | None = _attrs.field(default=None, metadata={"wire": "ipRule"})


class GetDeviceExclusiveRuleDataDtoRule(WireEnum):
    """Enum of ``GetDeviceExclusiveRuleDataDto.rule`` (unknown wire values are kept, not rejected)."""

    DISABLE = "disable"
    CONDITION_DEVICE = "condition:device"
    CONDITION_IP = "condition:ip"


@_attrs.define(kw_only=True, slots=True)
class GetDeviceExclusiveRuleRespDto:
    """Wire model ``GetDeviceExclusiveRuleRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetDeviceExclusiveRuleDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetDeviceExclusiveRuleDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetDeviceExclusiveValidScopeAppRespDto:
    """Wire model ``GetDeviceExclusiveValidScopeAppRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[DeviceExclusiveValidScopeAppDataDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[DeviceExclusiveValidScopeAppDataDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetDeviceExclusiveValidScopeDataDto:
    """Wire model ``GetDeviceExclusiveValidScopeDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        app_id: ``appId``, str, required
        app_name: ``appName``, str, optional
        app_logo: ``appLogo``, str, optional
        created_at: ``createdAt``, str, required
        is_default: ``isDefault``, bool, optional
    """

    app_id: str = _attrs.field(metadata={"wire": "appId"})
    app_name: str | None = _attrs.field(default=None, metadata={"wire": "appName"})
    app_logo: str | None = _attrs.field(default=None, metadata={"wire": "appLogo"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})
    is_default: bool | None = _attrs.field(default=None, metadata={"wire": "isDefault"})


@_attrs.define(kw_only=True, slots=True)
class GetDeviceExclusiveValidScopeRespDto:
    """Wire model ``GetDeviceExclusiveValidScopeRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[GetDeviceExclusiveValidScopeDataDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[GetDeviceExclusiveValidScopeDataDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetDeviceExclusiveWhiteListDataDto:
    """Wire model ``GetDeviceExclusiveWhiteListDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, optional
        name_path: ``namePath``, str, optional
        target_type: ``targetType``, GetDeviceExclusiveWhiteListDataDtoTargetType, required
        target_id: ``targetId``, str, required
        photo: ``photo``, str, optional
        created_at: ``createdAt``, str, required
    """

    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    name_path: str | None = _attrs.field(default=None, metadata={"wire": "namePath"})
    target_type: GetDeviceExclusiveWhiteListDataDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_id: str = _attrs.field(metadata={"wire": "targetId"})
    photo: str | None = _attrs.field(default=None, metadata={"wire": "photo"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})


class GetDeviceExclusiveWhiteListDataDtoTargetType(WireEnum):
    """Enum of ``GetDeviceExclusiveWhiteListDataDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    GROUP = "GROUP"
    ROLE = "ROLE"


@_attrs.define(kw_only=True, slots=True)
class GetDeviceExclusiveWhiteListRespDto:
    """Wire model ``GetDeviceExclusiveWhiteListRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[GetDeviceExclusiveWhiteListDataDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[GetDeviceExclusiveWhiteListDataDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetEmailTemplateRespDto:
    """Wire model ``GetEmailTemplateRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, EmailTemplateDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: EmailTemplateDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetEmailTemplatesDataDto:
    """Wire model ``GetEmailTemplatesDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        templates: ``templates``, list[EmailTemplateDto], required
        categories: ``categories``, list[EmailTemplateCategoryDto], required
    """

    templates: List[EmailTemplateDto] = _attrs.field(metadata={"wire": "templates"})
    categories: List[EmailTemplateCategoryDto] = _attrs.field(metadata={"wire": "categories"})


@_attrs.define(kw_only=True, slots=True)
class GetEmailTemplatesRespDto:
    """Wire model ``GetEmailTemplatesRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetEmailTemplatesDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetEmailTemplatesDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetExtIdpDto:
    """Wire model ``GetExtIdpDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        app_id: ``appId``, Any, optional
        type: ``type``, Any, optional
    """

    id: Any = _attrs.field(default=None, metadata={"wire": "id"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    type: Any = _attrs.field(default=None, metadata={"wire": "type"})


class GetExtIdpParamsType(WireEnum):
    """Enum of ``GetExtIdpParams.type`` (unknown wire values are kept, not rejected)."""

    SOCIAL = "social"
    ENTERPRISE = "enterprise"


@_attrs.define(kw_only=True, slots=True)
class GetExtIdpsRespDto:
    """Wire model ``GetExtIdpsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[ExtIdpInfoDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[ExtIdpInfoDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetExtendsFieldsDto:
    """Wire model ``GetExtendsFieldsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        extends_fields: ``extendsFields``, list[ExtendsFieldDto], optional
    """

    extends_fields: List[ExtendsFieldDto] | None = _attrs.field(default=None, metadata={"wire": "extendsFields"})


@_attrs.define(kw_only=True, slots=True)
class GetExtendsFieldsRespDto:
    """Wire model ``GetExtendsFieldsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetExtendsFieldsDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetExtendsFieldsDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetExternalUserResourceStructDataDto:
    """Wire model ``GetExternalUserResourceStructDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        namespace_code: ``namespaceCode``, str, required
        resource_code: ``resourceCode``, str, required
        resource_type: ``resourceType``, GetExternalUserResourceStructDataDtoResourceType, required
        str_resource_auth_action: ``strResourceAuthAction``, StrResourceAuthAction, optional
        arr_resource_auth_action: ``arrResourceAuthAction``, ArrResourceAuthAction, optional
        tree_resource_auth_action: ``treeResourceAuthAction``, TreeResourceAuthAction, optional
    """

    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    resource_type: GetExternalUserResourceStructDataDtoResourceType = _attrs.field(metadata={"wire": "resourceType"})
    str_resource_auth_action: StrResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "strResourceAuthAction"})
    arr_resource_auth_action: ArrResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "arrResourceAuthAction"})
    tree_resource_auth_action: TreeResourceAuthAction | None = _attrs.field(default=None, metadata={"wire": "treeResourceAuthAction"})


class GetExternalUserResourceStructDataDtoResourceType(WireEnum):
    """Enum of ``GetExternalUserResourceStructDataDto.resourceType`` (unknown wire values are kept, not rejected)."""

    TREE = "TREE"
    STRING = "STRING"
    ARRAY = "ARRAY"


@_attrs.define(kw_only=True, slots=True)
class GetExternalUserResourceStructDto:
    """Wire model ``GetExternalUserResourceStructDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_code: ``resourceCode``, str, required
        external_id: ``externalId``, str, required
        namespace_code: ``namespaceCode``, str, required
    """

    resource_code: str = _attrs.field(metadata={"wire": "resourceCode"})
    external_id: str = _attrs.field(metadata={"wire": "externalId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})


@_attrs.define(kw_only=True, slots=True)
class GetExternalUserResourceStructRespDto:
    """Wire model ``GetExternalUserResourceStructRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetExternalUserResourceStructDataDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetExternalUserResourceStructDataDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetFactorDto:
    """Wire model ``GetFactorDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        factor_id: ``factorId``, Any, optional
    """

    factor_id: Any = _attrs.field(default=None, metadata={"wire": "factorId"})


@_attrs.define(kw_only=True, slots=True)
class GetFactorRespDto:
    """Wire model ``GetFactorRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, FactorDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: FactorDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetFastpassClientAppsDto:
    """Wire model ``GetFastpassClientAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        qrcode_id: ``qrcodeId``, Any, optional
        app_id: ``appId``, Any, optional
    """

    qrcode_id: Any = _attrs.field(default=None, metadata={"wire": "qrcodeId"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})


@_attrs.define(kw_only=True, slots=True)
class GetFastpassQRCodeRelationAppsDto:
    """Wire model ``GetFastpassQRCodeRelationAppsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        relation_apps: ``relationApps``, list[FastpassQRCodeRelationAppDto], optional
    """

    relation_apps: List[FastpassQRCodeRelationAppDto] | None = _attrs.field(default=None, metadata={"wire": "relationApps"})


@_attrs.define(kw_only=True, slots=True)
class GetFastpassQRCodeRelationAppsRespDto:
    """Wire model ``GetFastpassQRCodeRelationAppsRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetFastpassQRCodeRelationAppsDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetFastpassQRCodeRelationAppsDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetGroupAuthorizedResourcesDto:
    """Wire model ``GetGroupAuthorizedResourcesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        namespace: ``namespace``, Any, optional
        resource_type: ``resourceType``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
    resource_type: Any = _attrs.field(default=None, metadata={"wire": "resourceType"})


class GetGroupAuthorizedResourcesParamsResourceType(WireEnum):
    """Enum of ``GetGroupAuthorizedResourcesParams.resourceType`` (unknown wire values are kept, not rejected)."""

    DATA = "DATA"
    API = "API"
    MENU = "MENU"
    BUTTON = "BUTTON"
    UI = "UI"


@_attrs.define(kw_only=True, slots=True)
class GetGroupDto:
    """Wire model ``GetGroupDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})


@_attrs.define(kw_only=True, slots=True)
class GetGroupsOfPublicAccountDto:
    """Wire model ``GetGroupsOfPublicAccountDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})


class GetGroupsOfPublicAccountParamsUserIdType(WireEnum):
    """Enum of ``GetGroupsOfPublicAccountParams.userIdType`` (unknown wire values are kept, not rejected)."""

    USER_ID = "user_id"
    EXTERNAL_ID = "external_id"
    PHONE = "phone"
    EMAIL = "email"
    USERNAME = "username"
    IDENTITY = "identity"
    SYNC_RELATION = "sync_relation"
    CUSTOM_FIELD = "custom_field"


@_attrs.define(kw_only=True, slots=True)
class GetIdentitiesRespDto:
    """Wire model ``GetIdentitiesRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, list[IdentityDto], required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: List[IdentityDto] = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetImportExportTemplateRespDto:
    """Wire model ``GetImportExportTemplateRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ImportExportTemplateRespDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ImportExportTemplateRespDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetImportInviteeRespDto:
    """Wire model ``GetImportInviteeRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, ImportInviteeDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: ImportInviteeDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetImportTemplateDto:
    """Wire model ``GetImportTemplateDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        model_id: ``modelId``, Any, optional
    """

    model_id: Any = _attrs.field(default=None, metadata={"wire": "modelId"})


@_attrs.define(kw_only=True, slots=True)
class GetImportTemplateResDto:
    """Wire model ``GetImportTemplateResDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        data: ``data``, RowDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    data: RowDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetInvitationPolicyDto:
    """Wire model ``GetInvitationPolicyDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, Any, optional
        roster_id: ``rosterId``, Any, optional
        with_creator_detail: ``withCreatorDetail``, Any, optional
    """

    policy_id: Any = _attrs.field(default=None, metadata={"wire": "policyId"})
    roster_id: Any = _attrs.field(default=None, metadata={"wire": "rosterId"})
    with_creator_detail: Any = _attrs.field(default=None, metadata={"wire": "withCreatorDetail"})


@_attrs.define(kw_only=True, slots=True)
class GetInvitationPolicyRespDto:
    """Wire model ``GetInvitationPolicyRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, GetInvitationPolicyDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: GetInvitationPolicyDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetInvitationPolicyUserAttributionDto:
    """Wire model ``GetInvitationPolicyUserAttributionDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, Any, optional
        with_target_detail: ``withTargetDetail``, Any, optional
        with_department_ext_info: ``withDepartmentExtInfo``, Any, optional
    """

    id: Any = _attrs.field(default=None, metadata={"wire": "id"})
    with_target_detail: Any = _attrs.field(default=None, metadata={"wire": "withTargetDetail"})
    with_department_ext_info: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentExtInfo"})


@_attrs.define(kw_only=True, slots=True)
class GetInvitationPolicyUserAttributionMainDepartmentDto:
    """Wire model ``GetInvitationPolicyUserAttributionMainDepartmentDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        policy_id: ``policyId``, Any, optional
        with_department_detail: ``withDepartmentDetail``, Any, optional
    """

    policy_id: Any = _attrs.field(default=None, metadata={"wire": "policyId"})
    with_department_detail: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentDetail"})


@_attrs.define(kw_only=True, slots=True)
class GetInvitationRosterDto:
    """Wire model ``GetInvitationRosterDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        roster_id: ``rosterId``, Any, optional
        with_creator_detail: ``withCreatorDetail``, Any, optional
        with_user_count: ``withUserCount``, Any, optional
        with_assigned_policy: ``withAssignedPolicy``, Any, optional
    """

    roster_id: Any = _attrs.field(default=None, metadata={"wire": "rosterId"})
    with_creator_detail: Any = _attrs.field(default=None, metadata={"wire": "withCreatorDetail"})
    with_user_count: Any = _attrs.field(default=None, metadata={"wire": "withUserCount"})
    with_assigned_policy: Any = _attrs.field(default=None, metadata={"wire": "withAssignedPolicy"})


@_attrs.define(kw_only=True, slots=True)
class GetInvitationUserRespDto:
    """Wire model ``GetInvitationUserRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, InvitationUserDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: InvitationUserDto = _attrs.field(metadata={"wire": "data"})


@_attrs.define(kw_only=True, slots=True)
class GetInviteeContextRespDto:
    """Wire model ``GetInviteeContextRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        status_code: ``statusCode``, int, required
        message: ``message``, str, required
        api_code: ``apiCode``, int, optional
        request_id: ``requestId``, str, optional
        data: ``data``, InviteeContextDto, required
    """

    status_code: int = _attrs.field(metadata={"wire": "statusCode"})
    message: str = _attrs.field(metadata={"wire": "message"})
    api_code: int | None = _attrs.field(default=None, metadata={"wire": "apiCode"})
    request_id: str | None = _attrs.field(default=None, metadata={"wire": "requestId"})
    data: InviteeContextDto = _attrs.field(metadata={"wire": "data"})
