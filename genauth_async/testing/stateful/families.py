"""The resource families the spec-driven engine keeps state for: data, not handlers.

A row names the endpoints (``"METHOD path"``, the path without ``/api/v3/``) that create, read,
list, update and delete one kind of resource. Everything else (which fields identify an item,
which id the server generates and of what type, what a create stores, which list parameters
filter, how an answer is shaped) is derived from those endpoints' spec entries by ``plan.py``.
The optional fields below are the few facts the spec does not say.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs


@attrs.frozen
class Parent:
    """A field that points at an item of another collection, which must exist (a relation)."""

    collection: str
    field: str  # the parent's field the value matches
    label: str
    api_code: int | None = None


@attrs.frozen
class Redeem:
    """A field naming an item of another collection that a create uses up (an enrollment token)."""

    field: str
    collection: str
    label: str


@attrs.frozen
class Family:
    name: str
    label: str  # for messages: "Namespace ns-1 does not exist"
    collection: str
    create: tuple[str, ...] = ()
    get: tuple[str, ...] = ()
    list: tuple[str, ...] = ()
    update: tuple[str, ...] = ()
    delete: tuple[str, ...] = ()
    create_batch: tuple[str, ...] = ()
    get_batch: tuple[str, ...] = ()
    update_batch: tuple[str, ...] = ()
    delete_batch: tuple[str, ...] = ()
    # Overrides of the derived key (the fields that name one item) and generated id.
    key: tuple[str, ...] | None = None
    id_field: str | None = None
    # Fields that may name an item instead of the id (a tenant member by memberId or linkUserId).
    alt_ids: tuple[str, ...] = ()
    # Other fields generated on create: field -> "id" (24 hex), "secret" (32 hex) or "int".
    generated: Mapping[str, str] = attrs.field(factory=dict)
    # Key fields that may be left out and then mean this value (resources live in "default").
    defaults: Mapping[str, str] = attrs.field(factory=dict)
    # Further fields unique within the key's scope (besides client-chosen keys).
    unique: tuple[str, ...] = ()
    # Request field -> stored field (update's newCode renames the code).
    renames: Mapping[str, str] = attrs.field(factory=dict)
    # Answer field -> stored field, for answer models that name a stored value differently.
    aliases: Mapping[str, str] = attrs.field(factory=dict)
    # Per-endpoint constant fields stored on create (create-array-data-resource makes an ARRAY).
    fixed: Mapping[str, Mapping[str, object]] = attrs.field(factory=dict)
    # Request fields whose object value is merged into the item (update-tenant-user's updates).
    merge: tuple[str, ...] = ()
    # Request fields whose object value is stored as the item's own fields (set-mfa-status).
    flatten: tuple[str, ...] = ()
    # Create of an existing key updates it (set-custom-fields).
    upsert: bool = False
    not_found_code: int | None = None
    # Relations of this family only, added to PARENTS (a field name may mean another thing elsewhere).
    parents: Mapping[str, Parent] = attrs.field(factory=dict)
    # Authentication-client families belong to the signed-in user (their userId comes from the token).
    client: str = "management"
    # A create that redeems an item of another collection (enroll-factor redeems its enrollmentToken):
    # the redeemed item's fields are taken over and it is deleted; an unknown one is a bad request.
    redeems: Redeem | None = None



# Fields that point at another resource: checked on create (the parent must exist).
USER = Parent("users", "userId", "User", 2004)

PARENTS: dict[str, Parent] = {
    "appId": Parent("applications", "appId", "Application", 2011),
    "tenantId": Parent("tenants", "tenantId", "Tenant"),
    "namespaceCode": Parent("namespaces", "code", "Permission namespace"),
    "modelId": Parent("metadata_models", "id", "Model"),
}

FAMILIES: tuple[Family, ...] = (
    Family(
        "namespace", "Namespace", "namespaces",
        create=("POST create-namespace",), create_batch=("POST create-namespaces-batch",),
        get=("GET get-namespace",), get_batch=("GET get-namespaces-batch",), list=("GET list-namespaces",),
        update=("POST update-namespace",), delete=("POST delete-namespace",),
        delete_batch=("POST delete-namespaces-batch",), renames={"newCode": "code"},
    ),
    Family(
        "permission_namespace", "Permission namespace", "namespaces",
        create=("POST create-permission-namespace",), create_batch=("POST create-permission-namespaces-batch",),
        get=("GET get-permission-namespace",), get_batch=("GET get-permission-namespaces-batch",),
        list=("GET list-permission-namespaces",), update=("POST update-permission-namespace",),
        delete=("POST delete-permission-namespace",), delete_batch=("POST delete-permission-namespaces-batch",),
        renames={"newCode": "code"},
    ),
    Family(
        "resource", "Resource", "resources",
        create=("POST create-resource",), create_batch=("POST create-resources-batch",),
        get=("GET get-resource",), get_batch=("GET get-resources-batch",), list=("GET list-resources",),
        update=("POST update-resource",), delete=("POST delete-resource",),
        delete_batch=("POST delete-resources-batch",), key=("namespace", "code"), defaults={"namespace": "default"},
    ),
    Family(
        "tenant", "Tenant", "tenants",
        create=("POST create-tenant",), get=("GET get-tenant", "GET get-tenant-little-info", "GET get-tenant-by-code"),
        list=("GET list-tenants",), update=("POST update-tenant",), delete=("POST delete-tenant",),
        generated={"code": "id"}, unique=("code",),
    ),
    Family(
        "tenant_user", "Tenant user", "tenant_users",
        create=("POST create-tenant-user",), get=("GET get-tenant-user",), list=("POST list-tenant-users",),
        update=("POST update-tenant-user",), delete_batch=("POST delete-tenant-user", "POST remove-tenant-users"),
        key=("tenantId", "memberId"), alt_ids=("linkUserId",), generated={"linkUserId": "id"},
        fixed={"POST create-tenant-user": {"isTenantAdmin": False}}, merge=("updates",),
        unique=("email", "phone", "username"),
    ),
    Family(
        "tenant_admin", "Tenant admin", "tenant_users",
        update_batch=("POST set-tenant-admin",), list=("POST list-tenant-admin",),
        update=("POST delete-tenant-admin",), key=("tenantId", "memberId"), alt_ids=("linkUserId",),
        fixed={
            "POST set-tenant-admin": {"isTenantAdmin": True},
            "POST list-tenant-admin": {"isTenantAdmin": True},
            "POST delete-tenant-admin": {"isTenantAdmin": False},
        },
    ),
    Family(
        "tenant_cooperator", "Tenant cooperator", "tenant_cooperators",
        create=("POST create-tenant-cooperator",), get=("GET get-tenant-cooperator",),
        list=("GET list-tenant-cooperators",), key=("userId",),
        aliases={"authorizedPoliciesCode": "policies", "list": "policies"},
        fixed={"POST create-tenant-cooperator": {"type": "cooperator", "external": False}},
    ),
    Family(
        "multiple_tenant_admin", "Tenant admin", "multiple_tenant_admins",
        create=("POST create-multiple-tenant-admin",), get=("GET get-multiple-tenant-admin",),
        list=("GET list-multiple-tenant-admins",), key=("userId",),
    ),
    Family(
        "webhook", "Webhook", "webhooks",
        create=("POST create-webhook",), get=("GET get-webhook",), list=("GET list-webhooks",),
        update=("POST update-webhook",), delete_batch=("POST delete-webhook",),
        fixed={"POST create-webhook": {"enabled": True}},
    ),
    Family(
        "pipeline_function", "Pipeline function", "pipeline_functions",
        create=("POST create-pipeline-function",), get=("GET get-pipeline-function",),
        list=("GET list-pipeline-functions",), update=("POST update-pipeline-function",),
        delete=("POST delete-pipeline-function",),
    ),
    Family(
        "data_resource", "Data resource", "data_resources",
        create=("POST create-data-resource", "POST create-array-data-resource", "POST create-string-data-resource",
                "POST create-tree-data-resource"),
        get=("GET get-data-resource",), list=("GET list-data-resources",), update=("POST update-data-resource",),
        delete=("POST delete-data-resource",),
        fixed={
            "POST create-array-data-resource": {"type": "ARRAY"},
            "POST create-string-data-resource": {"type": "STRING"},
            "POST create-tree-data-resource": {"type": "TREE"},
        },
    ),
    Family(
        "data_policy", "Data policy", "data_policies",
        create=("POST create-data-policy",), get=("GET get-data-policy",),
        list=("GET list-data-policies", "GET list-simple-data-policies"), update=("POST update-data-policy",),
        delete=("POST delete-data-policy",), unique=("policyName",),
    ),
    Family(
        "asa_account", "ASA account", "asa_accounts",
        create=("POST create-asa-account",), create_batch=("POST create-asa-accounts-batch",),
        get=("GET get-asa-account",), get_batch=("POST get-asa-accounts-batch",), list=("GET list-asa-accounts",),
        update=("POST update-asa-account",), delete=("POST delete-asa-account",),
        delete_batch=("POST delete-asa-accounts-batch",),
    ),
    Family(
        "access_key", "Access key", "access_keys",
        create=("POST create-access-key",), get=("GET get-access-key",), list=("GET list-access-key",),
        update=("POST update-access-key",), delete=("POST delete-access-key",),
        key=("accessKeyId",), generated={"accessKeySecret": "secret"},
        fixed={"POST create-access-key": {"enable": True, "status": "activated", "lastDate": ""}},
    ),
    Family(
        "public_account", "Public account", "public_accounts",
        create=("POST create-public-account",), create_batch=("POST create-public-accounts-batch",),
        get=("GET get-public-account",), get_batch=("GET get-public-account-batch",),
        list=("POST list-public-accounts",), update=("POST update-public-account",),
        update_batch=("POST update-public-account-batch",), delete_batch=("POST delete-public-accounts-batch",),
        key=("userId",), unique=("email", "phone", "username"), not_found_code=2004,
    ),
    Family(
        "metadata_model", "Model", "metadata_models",
        create=("POST metadata/create-model",), get=("GET metadata/get-model",), list=("GET metadata/list-model",),
        update=("POST metadata/update-model",), delete=("POST metadata/remove-model",),
    ),
    Family(
        "metadata_field", "Field", "metadata_fields",
        create=("POST metadata/create-field",), list=("GET metadata/list-field",),
        update=("POST metadata/update-field",), delete=("POST metadata/remove-field",),
        key=("modelId", "id"), unique=("key",),
    ),
    Family(
        "metadata_row", "Row", "metadata_rows",
        create=("POST metadata/create-row",), get=("GET metadata/get-row",), get_batch=("POST metadata/get-row-batch",),
        update=("POST metadata/update-row",), delete_batch=("POST metadata/remove-row",),
        key=("modelId", "rowId"), merge=("data",), aliases={"cellList": "cells(data)"},
    ),
    Family(
        # The spec types list-operate's and all-operate's answer as one OperateModelDto: a list answers
        # the first operation of the requested page (limit=1 walks them one by one).
        "metadata_operate", "Operation", "metadata_operates",
        create=("POST metadata/create-operate",), list=("GET metadata/list-operate", "GET metadata/all-operate"),
        update=("POST metadata/update-operate",), delete=("POST metadata/remove-operate",),
        key=("modelId", "id"), unique=("operateKey",),
        fixed={"POST metadata/create-operate": {"isDefault": False}},
    ),
    Family(
        # Edits of the built-in user fields: get-user-base-fields answers the fields that were set.
        "user_base_field", "User base field", "user_base_fields",
        create_batch=("POST set-user-base-fields",), list=("GET get-user-base-fields",), key=("key",), upsert=True,
        fixed={"POST set-user-base-fields": {"targetType": "USER"}},
    ),
    Family(
        # One per tenant; review sets its status and reason.
        "tenant_certification", "Enterprise certification", "tenant_certifications",
        create=("POST create-tenant-enterprise-certification",), get=("GET get-tenant-enterprise-certification",),
        update=("POST update-tenant-enterprise-certification", "POST review-tenant-enterprise-certification"),
        key=("tenantId",), renames={"tenant_id": "tenantId"},
        fixed={
            "POST create-tenant-enterprise-certification": {"enterpriseCertificationStatus": "reviewing"},
            "POST update-tenant-enterprise-certification": {"enterpriseCertificationStatus": "reviewing"},
        },
    ),
    Family(
        # One setting per invitation policy; the read answers a list (empty while it is not set).
        "policy_main_department", "Main department setting", "invitation_main_departments",
        create=("POST set-invitation-policy-user-attribution-main-department",),
        list=("GET get-invitation-policy-user-attribution-main-department",),
        delete=("POST remove-invitation-policy-user-attribution-main-department",),
        key=("policyId",), upsert=True,
        parents={"policyId": Parent("invitation_policies", "policyId", "Invitation policy")},
    ),
    Family(
        "custom_field", "Custom field", "custom_fields",
        create_batch=("POST set-custom-fields",), list=("GET get-custom-fields",),
        delete_batch=("POST delete-custom-fields",), key=("targetType", "key"), upsert=True,
    ),
    Family(
        "sync_task", "Sync task", "sync_tasks",
        create=("POST create-sync-task",), get=("GET get-sync-task",), list=("GET list-sync-tasks",),
        update=("POST update-sync-task",), renames={"syncTaskFlow": "syncFlow", "syncTaskTrigger": "syncTrigger"},
    ),
    Family(
        "device", "Device", "devices",
        create=("POST create-device", "POST add-device", "POST authing-verify/create-device"),
        get=("POST device-status",), update=("POST disable-device-by-user", "POST enable-device-by-user",
                                             "POST suspend-device-by-user"),
        delete=("POST delete-device-by-user",), key=("id",), unique=("deviceUniqueId",),
        fixed={
            "POST create-device": {"status": "activated"},
            "POST add-device": {"status": "activated"},
            "POST authing-verify/create-device": {"status": "activated"},
            "POST disable-device-by-user": {"status": "deactivated"},
            "POST enable-device-by-user": {"status": "activated"},
            "POST suspend-device-by-user": {"status": "suspended"},
        },
    ),
    Family(
        "event_app", "Event app", "event_apps",
        create=("POST create-event-app",), list=("GET list-event-apps",), key=("identifier",),
    ),
    Family(
        "event", "Event", "events",
        create=("POST define-event",), list=("GET list-events",), key=("eventType",),
        aliases={"code": "eventType", "name": "eventType", "desc": "eventDescription", "topic": "eventType"},
    ),
    Family(
        "post", "Post", "posts",
        create=("POST create-post",), get=("GET get-post",), list=("GET list-post", "POST list-post"),
        update=("POST update-post",), delete=("POST remove-post",), key=("code",),
    ),
    Family(
        "invitation_roster", "Invitation roster", "invitation_rosters",
        create=("POST create-invitation-roster",), get=("GET get-invitation-roster",),
        list=("POST list-invitation-rosters", "POST list-invitation-rosters-by-policy-id"),
        update=("POST update-invitation-roster",),
        delete=("POST delete-invitation-roster",), delete_batch=("POST delete-invitation-rosters-batch",),
        key=("rosterId",), renames={"id": "rosterId"},
    ),
    Family(
        "invitation_policy", "Invitation policy", "invitation_policies",
        create=("POST create-invitation-policy",), get=("GET get-invitation-policy",),
        list=("POST list-invitation-policies",), update=("POST update-invitation-policy",),
        delete_batch=("POST delete-invitation-policies-batch",), key=("policyId",),
    ),
    Family(
        "invitation_policy_user_attribution", "Policy user attribution", "invitation_policy_attributions",
        create=("POST add-invitation-policy-user-attribution",),
        create_batch=("POST add-invitation-policy-user-attributions-batch",),
        get=("GET get-invitation-policy-user-attribution",), list=("GET list-invitation-policy-user-attributions",),
        delete=("POST remove-invitation-policy-user-attribution",),
        delete_batch=("POST remove-invitation-policy-user-attributions-batch",),
        key=("policyId", "targetType", "targetIdentifier"), alt_ids=("id",),
        parents={"policyId": Parent("invitation_policies", "policyId", "Invitation policy")},
    ),
    Family(
        "mfa_status", "MFA status", "mfa_status",
        create=("POST set-mfa-status",), get=("GET get-mfa-status", "GET get-mfa-trigger-data"), key=("userId",),
        flatten=("mfaTriggerData",), upsert=True,
        parents={"userId": USER},
    ),
    Family(
        "factor_enrollment", "Factor enrollment", "factor_enrollments", client="authentication",
        create=("POST send-enroll-factor-request",), key=("userId", "enrollmentToken"), parents={"userId": USER},
    ),
    Family(
        "factor", "MFA factor", "factors", client="authentication",
        create=("POST enroll-factor",), get=("GET get-factor",), list=("GET list-enrolled-factors",),
        delete=("POST reset-factor",), key=("userId", "factorId"), parents={"userId": USER},
        redeems=Redeem("enrollmentToken", "factor_enrollments", "Enrollment token"),
    ),
    Family(
        "dnef", "Extended field", "dnefs",
        create=("POST create-dnef",), create_batch=("POST batch-create-dnef",), list=("GET list-dnef",),
        update=("POST update-dnef",), delete=("POST delete-dnef",), key=("namespaceCode", "resourceCode", "key"),
    ),
    Family(
        "ip_list", "IP list entry", "ip_lists",
        create=("POST ip-list",), list=("GET ip-list",), delete=("DELETE ip-list/{id}",), key=("id",),
        aliases={"ip": "ips"},
    ),
    Family(
        "user_list", "User list entry", "user_lists",
        create=("POST user-list",), list=("GET user-list",), delete=("DELETE user-list/{id}",), key=("id",),
        aliases={"userId": "first(userIds)", "addAt": "createdAt"},
    ),
    Family(
        "risk_list_policy", "Risk policy", "risk_list_policies",
        create=("POST risk-list-policy",), list=("GET risk-list-policy",), delete=("DELETE risk-list-policy/{id}",),
        key=("id",),
    ),
)

# Create endpoints of resources the spec names (``plan.candidates()``) that keep answering samples,
# by endpoint, and why. A test keeps this list and the engine's coverage in step. Every one of them
# has state now (some through the hand-written handlers of their parent resource).
NOT_MODELLED: dict[str, str] = {}

# Stateful endpoints whose spec answer model cannot hold the real state as the API sends it: what
# the emulator answers instead, in the closest shape the spec allows. Listed in the docs table.
ANSWER_NOTES: dict[str, str] = {
    "GET metadata/list-operate": "the spec types the answer as one OperateModelDto: it answers the first "
                                 "operation of the requested page (`limit=1` walks them one by one); an "
                                 "empty page is a 404",
    "GET metadata/all-operate": "one OperateModelDto: the model's first operation (404 while it has none)",
    "GET list-whitelist": "one WhitelistRespDto: `value` holds every whitelisted value, comma-separated, "
                          "`createdAt` the first one's",
    "GET list-whitelist-of-app": "as `list-whitelist`, for one application",
    "POST add-whitelist": "the whole list after the add, as `list-whitelist` answers it",
    "POST add-whitelist-of-app": "the whole list after the add, as `list-whitelist-of-app` answers it",
    "GET get-user-base-fields": "only the built-in fields `set-user-base-fields` changed (the emulator has no "
                                "catalogue of the built-in fields)",
}
