# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Management API endpoints, area ``tenants`` (sync facade)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, List, TYPE_CHECKING

from genauth_sync._portal import SyncClient as _SyncClient

if TYPE_CHECKING:
    from genauth_async._generated.clients import ManagementClient as _AsyncManagementClient  # noqa: F401
    from genauth_async._options import CallOptions, Unpack
    from genauth_async.models import (
        IsSuccessDto, UpdateLoginConfig, UserPoolTenantConfigDto,
    )


class Tenants2Mixin(_SyncClient["_AsyncManagementClient"]):
    """Management API, area ``tenants``: 6 endpoints."""

    def update_tenant(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_tenant",
            (
                tenant_id,
                name,
                app_ids,
                logo,
                description,
                reject_hint,
                source_app_id,
            ),
            call_options,
        )

    def update_tenant_enterprise_certification(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_tenant_enterprise_certification",
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
            call_options,
        )

    def update_tenant_qr_code_state(
        self,
        enabled: bool,
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-userpool-tenant-appqrcode-state`` -> ``IsSuccessDto``.

        Official python name, Node ``updateTenantQrCodeState``; area ``tenants``.

        Parameters (name: wire name, location):
            enabled: ``enabled``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_tenant_qr_code_state",
            (enabled,),
            call_options,
        )

    def update_tenant_user(
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
        return self._run_method(  # type: ignore[no-any-return]
            "update_tenant_user",
            (
                updates,
                tenant_id,
                link_user_id,
                member_id,
            ),
            call_options,
        )

    def update_user_pool_tenant_config(
        self,
        update: UpdateLoginConfig | Mapping[str, Any],
        **call_options: Unpack[CallOptions],
    ) -> IsSuccessDto:
        """``POST /api/v3/update-userpool-tenant-config`` -> ``IsSuccessDto``.

        Official python name, Node ``updateUserPoolTenantConfig``; area ``tenants``.

        Parameters (name: wire name, location):
            update: ``update``, json, required
        """
        return self._run_method(  # type: ignore[no-any-return]
            "update_user_pool_tenant_config",
            (update,),
            call_options,
        )

    def userpoll_tenant_config(
        self,
        **call_options: Unpack[CallOptions],
    ) -> UserPoolTenantConfigDto:
        """``GET /api/v3/userpool-tenant-config`` -> ``UserPoolTenantConfigDto``.

        Official python name, Node ``userpollTenantConfig``; area ``tenants``.
        """
        return self._run_method(  # type: ignore[no-any-return]
            "userpoll_tenant_config",
            (),
            call_options,
        )

    def userpool_tenant_config(
        self,
        **call_options: Unpack[CallOptions],
    ) -> UserPoolTenantConfigDto:
        """``GET /api/v3/userpool-tenant-config`` -> ``UserPoolTenantConfigDto``.

        Correctly spelled alias of ``userpoll_tenant_config`` (same endpoint).
        """
        return self._run_method(  # type: ignore[no-any-return]
            "userpool_tenant_config",
            (),
            call_options,
        )
