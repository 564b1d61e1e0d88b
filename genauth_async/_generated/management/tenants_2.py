# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``tenants``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_async._endpoint import Endpoint, Param
from genauth_async._generated._caller import _Caller
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        IsSuccessDto, UpdateLoginConfig, UserPoolTenantConfigDto,
    )

_EP_UPDATE_TENANT = Endpoint(
    "update_tenant",
    "POST",
    "/api/v3/update-tenant",
    (
        Param("tenant_id", "tenantId", "json", True, "str"),
        Param("name", "name", "json", False, "str"),
        Param("app_ids", "appIds", "json", False, "list", "str"),
        Param("logo", "logo", "json", False, "list", "str"),
        Param("description", "description", "json", False, "str"),
        Param("reject_hint", "rejectHint", "json", False, "str"),
        Param("source_app_id", "sourceAppId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_TENANT_ENTERPRISE_CERTIFICATION = Endpoint(
    "update_tenant_enterprise_certification",
    "POST",
    "/api/v3/update-tenant-enterprise-certification",
    (
        Param("business_name", "businessName", "json", True, "str"),
        Param("business_license", "businessLicense", "json", True, "str"),
        Param("business_registration_name", "businessRegistrationName", "json", True, "str"),
        Param("unified_social_credit", "unifiedSocialCredit", "json", True, "str"),
        Param("legal_representative_name", "legalRepresentativeName", "json", True, "str"),
        Param("national_identification_number", "nationalIdentificationNumber", "json", True, "str"),
        Param("personal_bank_card_number", "personalBankCardNumber", "json", True, "str"),
        Param("bank_reserved_phone", "bankReservedPhone", "json", True, "str"),
        Param("tenant_id", "tenantId", "json", True, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_TENANT_QR_CODE_STATE = Endpoint(
    "update_tenant_qr_code_state",
    "POST",
    "/api/v3/update-userpool-tenant-appqrcode-state",
    (
        Param("enabled", "enabled", "json", True, "bool"),
    ),
    idempotent=False,
)

_EP_UPDATE_TENANT_USER = Endpoint(
    "update_tenant_user",
    "POST",
    "/api/v3/update-tenant-user",
    (
        Param("updates", "updates", "json", True, "any"),
        Param("tenant_id", "tenantId", "json", True, "str"),
        Param("link_user_id", "linkUserId", "json", False, "str"),
        Param("member_id", "memberId", "json", False, "str"),
    ),
    idempotent=False,
)

_EP_UPDATE_USER_POOL_TENANT_CONFIG = Endpoint(
    "update_user_pool_tenant_config",
    "POST",
    "/api/v3/update-userpool-tenant-config",
    (
        Param("update", "update", "json", True, "dict"),
    ),
    idempotent=False,
)

_EP_USERPOLL_TENANT_CONFIG = Endpoint(
    "userpoll_tenant_config",
    "GET",
    "/api/v3/userpool-tenant-config",
    (),
    idempotent=True,
)


class Tenants2Mixin(_Caller):
    """Management API, area ``tenants``: 6 endpoints."""

    __slots__ = ()

    async def update_tenant(
        self,
        tenant_id: str,
        name: str | None = None,
        app_ids: List[str] | None = None,
        logo: List[str] | None = None,
        description: str | None = None,
        reject_hint: str | None = None,
        source_app_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-tenant`` -> ``IsSuccessDto``.

        Official python name, Node ``updateTenant``; area ``tenants``.

        Parameters (name: wire name, location):
            tenant_id: ``tenantId``, json, required
            name: ``name``, json
            app_ids: ``appIds``, json
            logo: ``logo``, json
            description: ``description``, json
            reject_hint: ``rejectHint``, json
            source_app_id: ``sourceAppId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_TENANT,
            (
                tenant_id,
                name,
                app_ids,
                logo,
                description,
                reject_hint,
                source_app_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_tenant_enterprise_certification(
        self,
        business_name: str,
        business_license: str,
        business_registration_name: str,
        unified_social_credit: str,
        legal_representative_name: str,
        national_identification_number: str,
        personal_bank_card_number: str,
        bank_reserved_phone: str,
        tenant_id: str,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-tenant-enterprise-certification`` -> ``IsSuccessDto``.

        Node-only endpoint, Node ``updateTenantEnterpriseCertification``; area ``tenants``.

        Parameters (name: wire name, location):
            business_name: ``businessName``, json, required
            business_license: ``businessLicense``, json, required
            business_registration_name: ``businessRegistrationName``, json, required
            unified_social_credit: ``unifiedSocialCredit``, json, required
            legal_representative_name: ``legalRepresentativeName``, json, required
            national_identification_number: ``nationalIdentificationNumber``, json, required
            personal_bank_card_number: ``personalBankCardNumber``, json, required
            bank_reserved_phone: ``bankReservedPhone``, json, required
            tenant_id: ``tenantId``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_TENANT_ENTERPRISE_CERTIFICATION,
            (
                business_name,
                business_license,
                business_registration_name,
                unified_social_credit,
                legal_representative_name,
                national_identification_number,
                personal_bank_card_number,
                bank_reserved_phone,
                tenant_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_tenant_qr_code_state(
        self,
        enabled: bool,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-userpool-tenant-appqrcode-state`` -> ``IsSuccessDto``.

        Official python name, Node ``updateTenantQrCodeState``; area ``tenants``.

        Parameters (name: wire name, location):
            enabled: ``enabled``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_TENANT_QR_CODE_STATE,
            (enabled,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_tenant_user(
        self,
        updates: Any,
        tenant_id: str,
        link_user_id: str | None = None,
        member_id: str | None = None,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-tenant-user`` -> ``IsSuccessDto``.

        Official python name, Node ``updateTenantUser``; area ``tenants``.

        Parameters (name: wire name, location):
            updates: ``updates``, json, required
            tenant_id: ``tenantId``, json, required
            link_user_id: ``linkUserId``, json
            member_id: ``memberId``, json
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_TENANT_USER,
            (
                updates,
                tenant_id,
                link_user_id,
                member_id,
            ),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def update_user_pool_tenant_config(
        self,
        update: UpdateLoginConfig | Mapping[str, Any],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-userpool-tenant-config`` -> ``IsSuccessDto``.

        Official python name, Node ``updateUserPoolTenantConfig``; area ``tenants``.

        Parameters (name: wire name, location):
            update: ``update``, json, required
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_UPDATE_USER_POOL_TENANT_CONFIG,
            (update,),
            "IsSuccessDto",
            _request_options(call_options),
        )

    async def userpoll_tenant_config(
        self,
        **call_options: Unpack[CallOptions],
    ) -> UserPoolTenantConfigDto:
        """``GET /api/v3/userpool-tenant-config`` -> ``UserPoolTenantConfigDto``.

        Official python name, Node ``userpollTenantConfig``; area ``tenants``.
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_USERPOLL_TENANT_CONFIG,
            (),
            "UserPoolTenantConfigDto",
            _request_options(call_options),
        )

    async def userpool_tenant_config(
        self,
        **call_options: Unpack[CallOptions],
    ) -> UserPoolTenantConfigDto:
        """``GET /api/v3/userpool-tenant-config`` -> ``UserPoolTenantConfigDto``.

        Correctly spelled alias of ``userpoll_tenant_config`` (same endpoint).
        """
        return await self._call(  # type: ignore[no-any-return]
            _EP_USERPOLL_TENANT_CONFIG,
            (),
            "UserPoolTenantConfigDto",
            _request_options(call_options),
        )
