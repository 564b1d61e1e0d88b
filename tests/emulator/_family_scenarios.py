"""One scenario per engine family, as data: the calls (official SDK method names and keyword
arguments, which genauth_async shares) that create, read, list, update and delete one item.

Strings may hold placeholders: ``{u}`` a token unique to each create, ``{id}`` the created item's id,
and the names a setup step saved (``{app}``, ``{tenant}``...). A string that is exactly one
placeholder is replaced by the value itself (sync task ids are integers).
"""

from __future__ import annotations

from typing import Any

import attrs

Call = tuple[str, dict[str, Any]]


@attrs.frozen
class Scenario:
    family: str
    create: Call
    # Where the id is: a dotted path into the create answer ("list.0.syncTaskId"), "kw:<arg>" for
    # a client-chosen key, or "find:<answer field>=<create arg>" to look the item up in the list.
    id: str
    list: Call | None
    list_key: str | None = None  # the list item field holding the id (default: the id's field)
    get: Call | None = None
    shows: dict[str, Any] = attrs.field(factory=dict)  # answer field -> expected, after create
    update: Call | None = None
    changed: dict[str, Any] = attrs.field(factory=dict)  # answer field -> expected, after update
    delete: Call | None = None
    setup: tuple[tuple[str, dict[str, Any], str, str], ...] = ()  # (method, kwargs, save as, answer field)
    # The official SDK's delete sends a literal "{id}" in the path (facts §9): the emulator must not
    # pretend it deleted anything.
    official_literal_path: bool = False
    setup_each: bool = False  # run the setup before each create (items keyed by their parent)


APP = ("create_application", {"app_name": "App {u}", "app_identifier": "app-{u}"}, "app", "appId")
TENANT = ("create_tenant", {"name": "Tenant {u}", "app_ids": []}, "tenant", "tenantId")
NAMESPACE = ("create_permission_namespace", {"name": "NS {u}", "code": "ns-{u}"}, "ns", "code")
MODEL = ("create_model", {"parent_key": "", "enable": True, "type": "custom", "description": "Model",
                          "name": "Model {u}"}, "model", "id")
FIELD_ARGS: dict[str, Any] = {
    "user_visible": True, "relation_optional_range": {"key": "k", "value": "v", "operator": "eq"},
    "relation_show_key": "", "for_login": False, "fuzzy_search": False, "format": 0, "regexp": "",
    "min": 0, "max": 100, "max_length": 100, "unique": False, "require": False, "default": "",
    "help": "", "editable": True, "show": True,
}

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "namespace", ("create_namespace", {"code": "ns-{u}", "name": "Namespace {u}"}), "code",
        ("list_namespaces", {"page": 1, "limit": 50}),
        get=("get_namespace", {"code": "{id}"}), shows={"code": "ns-{u}", "name": "Namespace {u}"},
        update=("update_namespace", {"code": "{id}", "name": "Renamed {u}"}), changed={"name": "Renamed {u}"},
        delete=("delete_namespace", {"code": "{id}"}),
    ),
    Scenario(
        "permission_namespace", ("create_permission_namespace", {"name": "PN {u}", "code": "pn-{u}"}), "code",
        ("list_permission_namespaces", {"page": 1, "limit": 50}),
        get=("get_permission_namespace", {"code": "{id}"}), shows={"name": "PN {u}"},
        update=("update_permission_namespace", {"code": "{id}", "name": "Renamed {u}"}), changed={"name": "Renamed {u}"},
        delete=("delete_permission_namespace", {"code": "{id}"}),
    ),
    Scenario(
        "resource", ("create_resource", {"type": "API", "code": "res-{u}", "name": "Resource {u}"}), "code",
        ("list_resources", {"namespace": "default", "page": 1, "limit": 50}),
        get=("get_resource", {"code": "{id}"}), shows={"name": "Resource {u}", "type": "API", "namespace": "default"},
        update=("update_resource", {"code": "{id}", "description": "Changed {u}"}), changed={"description": "Changed {u}"},
        delete=("delete_resource", {"code": "{id}"}),
    ),
    Scenario(
        "tenant", ("create_tenant", {"name": "Tenant {u}", "app_ids": [], "description": "About {u}"}), "tenantId",
        ("list_tenants", {}),
        get=("get_tenant", {"tenant_id": "{id}"}), shows={"name": "Tenant {u}", "description": "About {u}"},
        update=("update_tenant", {"tenant_id": "{id}", "name": "Renamed {u}"}), changed={"name": "Renamed {u}"},
        delete=("delete_tenant", {"tenant_id": "{id}"}),
    ),
    Scenario(
        "tenant_user",
        ("create_tenant_user", {"tenant_id": "{tenant}", "gender": "M", "email": "u{u}@example.com", "name": "U {u}"}),
        "memberId", ("list_tenant_users", {"tenant_id": "{tenant}"}),
        get=("get_tenant_user", {"tenant_id": "{tenant}", "member_id": "{id}"}),
        shows={"email": "u{u}@example.com", "name": "U {u}", "tenantId": "{tenant}"},
        update=("update_tenant_user", {"tenant_id": "{tenant}", "member_id": "{id}", "updates": {"name": "Renamed {u}"}}),
        changed={"name": "Renamed {u}"},
        delete=("delete_tenant_user", {"tenant_id": "{tenant}", "member_ids": ["{id}"]}), setup=(TENANT,),
    ),
    Scenario(
        "tenant_cooperator", ("create_tenant_cooperator", {"policies": ["p-{u}"], "user_id": "user-{u}"}), "kw:user_id",
        ("list_tenant_cooperators", {}), list_key="userId",
        get=("get_tenant_cooperator", {"user_id": "{id}"}), shows={"authorizedPoliciesCode": ["p-{u}"]},
    ),
    Scenario(
        "multiple_tenant_admin",
        ("create_multiple_tenant_admin", {"tenant_ids": ["{tenant}"], "user_id": "admin-{u}"}), "kw:user_id",
        ("list_multiple_tenant_admin", {}), list_key="userId",
        get=("get_multiple_tenant_admin", {"user_id": "{id}"}), shows={"list.0.userId": "admin-{u}"}, setup=(TENANT,),
    ),
    Scenario(
        "webhook",
        ("create_webhook", {"content_type": "application/json", "events": ["user:created"],
                            "url": "https://hooks.example.com/{u}", "name": "Hook {u}"}),
        "webhookId", ("list_webhooks", {"page": 1, "limit": 50}),
        get=("get_webhook", {"webhook_id": "{id}"}), shows={"name": "Hook {u}", "url": "https://hooks.example.com/{u}"},
        update=("update_webhook", {"webhook_id": "{id}", "enabled": False}), changed={"enabled": False},
        delete=("delete_webhook", {"webhook_ids": ["{id}"]}),
    ),
    Scenario(
        "pipeline_function",
        ("create_pipeline_function", {"source_code": "// {u}", "scene": "PRE_REGISTER", "func_name": "fn-{u}"}),
        "funcId", ("list_pipeline_functions", {"scene": "PRE_REGISTER"}),
        get=("get_pipeline_function", {"func_id": "{id}"}), shows={"funcName": "fn-{u}", "sourceCode": "// {u}"},
        update=("update_pipeline_function", {"func_id": "{id}", "func_name": "renamed-{u}"}),
        changed={"funcName": "renamed-{u}"}, delete=("delete_pipeline_function", {"func_id": "{id}"}),
    ),
    Scenario(
        "data_resource",
        ("create_data_resource", {"actions": ["read"], "struct": "s-{u}", "type": "STRING", "resource_code": "dr-{u}",
                                  "resource_name": "DR {u}", "namespace_code": "{ns}"}),
        "resourceCode", ("list_data_resources", {"page": 1, "limit": 50, "namespace_codes": ["{ns}"]}),
        get=("get_data_resource", {"namespace_code": "{ns}", "resource_code": "{id}"}),
        shows={"resourceName": "DR {u}", "namespaceCode": "{ns}", "type": "STRING", "struct": "s-{u}"},
        update=("update_data_resource", {"namespace_code": "{ns}", "resource_code": "{id}", "resource_name": "New {u}"}),
        changed={"resourceName": "New {u}"},
        delete=("delete_data_resource", {"namespace_code": "{ns}", "resource_code": "{id}"}), setup=(NAMESPACE,),
    ),
    Scenario(
        "data_resource",
        ("create_data_resource_by_array", {"actions": ["read"], "struct": ["a", "b"], "resource_code": "arr-{u}",
                                           "resource_name": "Array {u}", "namespace_code": "{ns}"}),
        "resourceCode", ("list_data_resources", {"query": "Array {u}"}),
        get=("get_data_resource", {"namespace_code": "{ns}", "resource_code": "{id}"}),
        shows={"type": "ARRAY", "struct": ["a", "b"]},
        delete=("delete_data_resource", {"namespace_code": "{ns}", "resource_code": "{id}"}), setup=(NAMESPACE,),
    ),
    Scenario(
        "data_policy",
        ("create_data_policy", {"statement_list": [{"effect": "ALLOW", "permissions": ["ns/r/read"]}],
                                "policy_name": "Policy {u}"}),
        "policyId", ("list_data_polices", {"page": 1, "limit": 50}),
        get=("get_data_policy", {"policy_id": "{id}"}), shows={"policyName": "Policy {u}"},
        update=("update_data_policy", {"policy_id": "{id}", "policy_name": "Renamed {u}"}),
        changed={"policyName": "Renamed {u}"}, delete=("delete_data_policy", {"policy_id": "{id}"}),
    ),
    Scenario(
        "asa_account", ("create_asa_account", {"account_info": {"username": "acc-{u}"}, "app_id": "{app}"}), "accountId",
        ("list_asa_account", {"app_id": "{app}"}),
        get=("get_asa_account", {"app_id": "{app}", "account_id": "{id}"}),
        shows={"appId": "{app}", "accountInfo": {"username": "acc-{u}"}},
        update=("update_asa_account", {"account_info": {"username": "new-{u}"}, "account_id": "{id}", "app_id": "{app}"}),
        changed={"accountInfo": {"username": "new-{u}"}},
        delete=("delete_asa_account", {"account_id": "{id}", "app_id": "{app}"}), setup=(APP,),
    ),
    Scenario(
        "access_key", ("create_access_key", {"type": "user", "user_id": "user-{u}"}), "0.accessKeyId",
        ("get_access_key_list", {"user_id": "user-{u}"}), list_key="accessKeyId",
        get=("get_access_key", {"user_id": "user-{u}", "access_key_id": "{id}"}),
        shows={"0.userId": "user-{u}", "0.enable": True},
        update=("update_access_key", {"enable": False, "access_key_id": "{id}"}), changed={"0.enable": False},
        delete=("delete_access_key", {"access_key_id": "{id}"}),
    ),
    Scenario(
        "public_account", ("create_public_account", {"email": "pa{u}@example.com", "name": "PA {u}"}), "userId",
        ("list_public_accounts", {}),
        get=("get_public_account", {"user_id": "{id}"}), shows={"email": "pa{u}@example.com", "name": "PA {u}"},
        update=("update_public_account", {"user_id": "{id}", "nickname": "Nick {u}"}), changed={"nickname": "Nick {u}"},
        delete=("delete_public_accounts_batch", {"user_ids": ["{id}"]}),
    ),
    Scenario(
        "metadata_model", ("create_model", MODEL[1]), "id", ("list_model", {}), get=("get_model", {"id": "{id}"}),
        shows={"name": "Model {u}", "type": "custom"},
        update=("update_model", {"config": {}, "field_order": "", "type": "custom", "parent_key": "", "enable": False,
                                 "description": "Changed", "name": "Renamed {u}", "id": "{id}"}),
        changed={"name": "Renamed {u}", "enable": False}, delete=("remove_model", {"id": "{id}"}),
    ),
    Scenario(
        "metadata_field",
        ("create_field", {**FIELD_ARGS, "relation_multiple": False, "relation_type": "", "drop_down": {"key": "a", "label": "A"},
                          "type": "Text", "key": "f{u}", "name": "Field {u}", "model_id": "{model}"}),
        "id", ("list_field", {"model_id": "{model}"}), shows={"name": "Field {u}", "key": "f{u}"},
        update=("update_field", {**FIELD_ARGS, "drop_down": [], "name": "Renamed {u}", "model_id": "{model}", "id": "{id}"}),
        changed={"name": "Renamed {u}"},
        delete=("remote_field", {"model_id": "{model}", "id": "{id}"}), setup=(MODEL,),
    ),
    Scenario(
        "metadata_row", ("create_row", {"data": {"title": "Row {u}"}, "model_id": "{model}"}), "rowId",
        None,
        get=("get_row", {"model_id": "{model}", "row_id": "{id}", "show_field_id": "false"}),
        shows={"cellList": [{"fieldId": "title", "value": "Row {u}"}]},
        update=("update_row", {"data": {"title": "New {u}"}, "row_id": "{id}", "model_id": "{model}"}),
        changed={"cellList": [{"fieldId": "title", "value": "New {u}"}]},
        delete=("remove_row", {"row_id_list": ["{id}"], "model_id": "{model}"}), setup=(MODEL,),
    ),
    Scenario(
        "custom_field",
        ("set_custom_fields", {"list": [{"targetType": "USER", "key": "f{u}", "dataType": "STRING", "label": "F {u}"}]}),
        "0.key", ("get_custom_fields", {"target_type": "USER"}), list_key="key", shows={"label": "F {u}"},
        update=("set_custom_fields", {"list": [{"targetType": "USER", "key": "{id}", "dataType": "STRING",
                                                "label": "Renamed {u}"}]}),
        changed={"label": "Renamed {u}"},
        delete=("delete_custom_fields", {"tenant_id": "pool", "list": [{"targetType": "USER", "key": "{id}"}]}),
    ),
    Scenario(
        "user_base_field", ("set_user_base_fields", {"list": [{"key": "f{u}", "label": "Field {u}"}]}), "0.key",
        ("get_user_base_fields", {}), list_key="key", shows={"label": "Field {u}", "targetType": "USER"},
        update=("set_user_base_fields", {"list": [{"key": "{id}", "label": "Renamed {u}"}]}),
        changed={"label": "Renamed {u}"},
    ),
    Scenario(
        "tenant_certification",
        ("create_tenant_enterprise_certification", {
            "tenant_id": "{tenant}", "business_name": "Biz {u}", "business_license": "lic-{u}",
            "business_registration_name": "Reg {u}", "unified_social_credit": "usc-{u}",
            "legal_representative_name": "Rep {u}", "national_identification_number": "nid-{u}",
            "personal_bank_card_number": "card-{u}", "bank_reserved_phone": "+1555{n}"}),
        "kw:tenant_id", None,
        get=("get_tenant_enterprise_certification", {"tenant_id": "{id}"}),
        shows={"businessName": "Biz {u}", "enterpriseCertificationStatus": "reviewing"},
        update=("review_tenant_enterprise_certification", {"tenant_id": "{id}", "enterprise_certification_status": "pass",
                                                           "review_reason": "Checked {u}"}),
        changed={"enterpriseCertificationStatus": "pass", "reviewReason": "Checked {u}", "businessName": "Biz {u}"},
        setup=(TENANT,), setup_each=True,
    ),
    Scenario(
        "policy_main_department",
        ("set_user_attribution_main_department", {"policy_id": "{policy}", "department_id": "dep-{u}"}), "kw:policy_id",
        ("get_user_attribution_main_department", {"policy_id": "{policy}"}), list_key="policyId",
        shows={"departmentId": "dep-{u}"},
        update=("set_user_attribution_main_department", {"policy_id": "{id}", "department_id": "other-{u}"}),
        changed={"departmentId": "other-{u}"},
        delete=("remove_user_attribution_main_department", {"policy_id": "{id}"}),
        setup=(("create_invitation_policy", {"name": "Policy {u}"}, "policy", "policyId"),), setup_each=True,
    ),
    Scenario(
        "sync_task",
        ("create_sync_task", {"field_mapping": [{"expression": "name", "targetKey": "name"}], "sync_task_trigger": "manually",
                              "sync_task_flow": "upstream", "client_config": {}, "sync_task_type": "lark",
                              "sync_task_name": "Sync {u}"}),
        "list.0.syncTaskId", ("list_sync_tasks", {"page": 1, "limit": 50}),
        get=("get_sync_task", {"sync_task_id": "{id}"}), shows={"syncTaskName": "Sync {u}", "syncFlow": "upstream"},
        update=("update_sync_task", {"sync_task_id": "{id}", "sync_task_name": "Renamed {u}"}),
        changed={"syncTaskName": "Renamed {u}"},
    ),
    Scenario(
        "device", ("create_device", {"device_unique_id": "dev-{u}", "type": "Mobile", "custom_data": {}, "name": "Dev {u}"}),
        "id", None, get=("get_device_status", {"id": "{id}"}), shows={"status": "activated"},
        update=("disable_device", {"id": "{id}", "user_id": "someone"}), changed={"status": "deactivated"},
        delete=("delete_device", {"user_id": "someone", "id": "{id}"}),
    ),
    Scenario(
        "event_app", ("create_event_app", {"logo": "https://example.com/{u}.png", "name": "Events {u}", "identifier": "ev{u}"}),
        "kw:identifier", ("list_event_apps", {}), list_key="identifier", shows={"name": "Events {u}"},
    ),
    Scenario(
        "event", ("define_event", {"event_description": "Something {u}", "event_type": "thing{u}"}), "kw:event_type",
        ("list_events", {}), list_key="code", shows={"desc": "Something {u}"},
    ),
    Scenario(
        "post", ("create_post", {"code": "post-{u}", "name": "Post {u}"}), "code", ("post_list", {}),
        get=("get_post", {"code": "{id}"}), shows={"name": "Post {u}"},
        update=("update_post", {"code": "{id}", "name": "Renamed {u}"}), changed={"name": "Renamed {u}"},
        delete=("remove_post", {"code": "{id}"}),
    ),
    Scenario(
        "invitation_roster", ("create_invitation_roster", {"name": "Roster {u}"}), "rosterId",
        ("list_invitation_roster", {}),
        get=("get_invitation_roster", {"roster_id": "{id}"}), shows={"name": "Roster {u}"},
        update=("update_invitation_roster", {"roster_id": "{id}", "name": "Renamed {u}"}), changed={"name": "Renamed {u}"},
        delete=("delete_invitation_roster", {"id": "{id}"}),
    ),
    Scenario(
        "invitation_policy", ("create_invitation_policy", {"name": "Invite {u}"}), "policyId",
        ("list_invitation_policies", {}),
        # GetInvitationPolicyDto (the spec's answer model) only has policyId: nothing else can show.
        get=("get_policy_detail_by_id", {"policy_id": "{id}"}), shows={"policyId": "{id}"},
        delete=("batch_delete_invitation_policies", {"policy_ids": ["{id}"]}),
    ),
    Scenario(
        "invitation_policy_user_attribution",
        ("add_policy_user_attribution", {"target_type": "ROLE", "target_identifier": "user-{u}", "policy_id": "{policy}"}),
        "id", ("list_policy_user_attribution_detail", {"policy_id": "{policy}", "target_type": "ROLE"}),
        get=("get_policy_user_attribution_detail", {"id": "{id}"}),
        shows={"targetIdentifier": "user-{u}", "policyId": "{policy}", "targetType": "role"},
        delete=("remove_policy_user_attribution", {"target_type": "ROLE", "target_identifier": "user-{u}",
                                                   "policy_id": "{policy}"}),
        setup=(("create_invitation_policy", {"name": "Policy {u}"}, "policy", "policyId"),),
    ),
    Scenario(
        "mfa_status",
        ("set_users_mfa_status", {"mfa_trigger_data": {"mfaToken": "tok-{u}", "applicationMfa": [], "mfaEmail": "m{u}@example.com"},
                                  "user_id": "{user}"}),
        "kw:user_id", None, get=("get_user_mfa_status", {"user_id": "{id}"}),
        shows={"mfaToken": "tok-{u}", "mfaEmail": "m{u}@example.com"},
        update=("set_users_mfa_status", {"mfa_trigger_data": {"mfaToken": "new-{u}", "applicationMfa": []},
                                         "user_id": "{id}"}),
        changed={"mfaToken": "new-{u}", "mfaEmail": "m{u}@example.com"},
        setup=(("create_user", {"email": "mfa{u}@example.com"}, "user", "userId"),), setup_each=True,
    ),
    Scenario(
        "dnef",
        ("create_dnef", {"resource_code": "r-{u}", "namespace_code": "{ns}", "label": "L {u}", "value_type": "STRING",
                         "key": "k{u}"}),
        "kw:key", ("list_dnef", {"namespace_code": "{ns}", "resource_code": "r-{u}"}), list_key="key",
        shows={"label": "L {u}", "valueType": "STRING"},
        update=("update_dnef", {"key": "{id}", "resource_code": "r-{u}", "namespace_code": "{ns}", "label": "New {u}"}),
        changed={"label": "New {u}"},
        delete=("delete_dnef", {"key": "{id}", "resource_code": "r-{u}", "namespace_code": "{ns}"}), setup=(NAMESPACE,),
    ),
    Scenario(
        "ip_list",
        ("add", {"expire_at": "2030-01-01", "limit_list": ["FORBID_LOGIN"], "remove_type": "MANUAL", "add_type": "MANUAL",
                 "ip_type": "BLACK", "ips": "10.0.{u}"}),
        "find:ip=ips", ("find_ip_list", {"ip_type": "BLACK"}), list_key="id", shows={"ipType": "BLACK"},
        delete=("delete_by_id", {"id": "{id}"}), official_literal_path=True,
    ),
    Scenario(
        "user_list",
        ("add_user", {"expire_at": 1900000000, "limit_list": ["FORBID_LOGIN"], "remove_type": "MANUAL",
                      "add_type": "MANUAL", "user_list_type": "BLACK", "user_ids": ["user-{u}"]}),
        "find:userId=user_ids.0", ("find_user_list", {"user_list_type": "BLACK"}), list_key="id",
        shows={"userListType": "BLACK"},
        delete=("delete_user_list_by_id", {"id": "{id}"}), official_literal_path=True,
    ),
    Scenario(
        "risk_list_policy",
        ("add_risk_list_policy", {"limit_list": "FORBID_LOGIN", "action": "ADD_IP_BLACK_LIST", "remove_type": "MANUAL",
                                  "event_state_type": "password_wrong", "count_thr": "{n}", "time_range": 60,
                                  "user_cond": "NO_LIMIT", "ip_cond": "ONE", "user_range": "ALL", "ip_range": "ALL",
                                  "opt_object": "IP"}),
        "find:countThr=count_thr", ("find_risk_list_policy", {"opt_object": "IP"}), list_key="id",
        shows={"action": "ADD_IP_BLACK_LIST", "timeRange": 60},
        delete=("delete_risk_list_policy_by_id", {"id": "{id}"}), official_literal_path=True,
    ),
)
