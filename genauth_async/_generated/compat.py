# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""The official clients' methods on the typed clients' envelope view (see tools/codegen/compat.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from genauth_async._compat_base import CompatAuthenticationBase, CompatManagementBase
from genauth_async._generated.authentication.access import (
    _EP_CHECK_PERMISSION_BY_ARRAY_RESOURCE as _A_EP_CHECK_PERMISSION_BY_ARRAY_RESOURCE,
    _EP_CHECK_PERMISSION_BY_STRING_RESOURCE as _A_EP_CHECK_PERMISSION_BY_STRING_RESOURCE,
    _EP_CHECK_PERMISSION_BY_TREE_RESOURCE as _A_EP_CHECK_PERMISSION_BY_TREE_RESOURCE,
    _EP_GET_ACCESSIBLE_APPS as _A_EP_GET_ACCESSIBLE_APPS,
    _EP_GET_AUTHORIZED_RESOURCES as _A_EP_GET_AUTHORIZED_RESOURCES,
    _EP_GET_GROUP_LIST as _A_EP_GET_GROUP_LIST,
    _EP_GET_LOGGED_IN_APPS as _A_EP_GET_LOGGED_IN_APPS,
    _EP_GET_ROLE_LIST as _A_EP_GET_ROLE_LIST,
    _EP_GET_TENANT_LIST as _A_EP_GET_TENANT_LIST,
    _EP_GET_USER_AUTHORIZED_RESOURCES_LIST as _A_EP_GET_USER_AUTHORIZED_RESOURCES_LIST,
    _EP_GET_USER_AUTH_RESOURCE_PERMISSION_LIST as _A_EP_GET_USER_AUTH_RESOURCE_PERMISSION_LIST,
    _EP_GET_USER_AUTH_RESOURCE_STRUCT as _A_EP_GET_USER_AUTH_RESOURCE_STRUCT,
)
from genauth_async._generated.authentication.identity_sources import (
    _EP_AUTH_BY_CODE_IDENTITY as _A_EP_AUTH_BY_CODE_IDENTITY,
    _EP_BIND_BY_ACCOUNT as _A_EP_BIND_BY_ACCOUNT,
    _EP_BIND_BY_ACCOUNT_ID as _A_EP_BIND_BY_ACCOUNT_ID,
    _EP_BIND_BY_EMAIL_CODE as _A_EP_BIND_BY_EMAIL_CODE,
    _EP_BIND_BY_PHONE_CODE as _A_EP_BIND_BY_PHONE_CODE,
    _EP_DECRYPT_WECHAT_MINI_PROGRAM_DATA as _A_EP_DECRYPT_WECHAT_MINI_PROGRAM_DATA,
    _EP_GENERATE_LINK_EXT_IDP_URL as _A_EP_GENERATE_LINK_EXT_IDP_URL,
    _EP_GET_ALIPAY_AUTH_INFO as _A_EP_GET_ALIPAY_AUTH_INFO,
    _EP_GET_APPLICATION_ENABLED_EXT_IDPS as _A_EP_GET_APPLICATION_ENABLED_EXT_IDPS,
    _EP_GET_IDENTITIES as _A_EP_GET_IDENTITIES,
    _EP_GET_WECHAT_MP_ACCESS_TOKEN as _A_EP_GET_WECHAT_MP_ACCESS_TOKEN,
    _EP_GET_WECHAT_MP_ACCESS_TOKEN_INFO as _A_EP_GET_WECHAT_MP_ACCESS_TOKEN_INFO,
    _EP_REGISTER_NEW_USER as _A_EP_REGISTER_NEW_USER,
    _EP_SELECT_ACCOUNT as _A_EP_SELECT_ACCOUNT,
    _EP_UNLINK_EXT_IDP as _A_EP_UNLINK_EXT_IDP,
)
from genauth_async._generated.authentication.mfa import (
    _EP_ENROLL_FACTOR as _A_EP_ENROLL_FACTOR,
    _EP_GET_FACTOR as _A_EP_GET_FACTOR,
    _EP_LIST_ENROLLED_FACTORS as _A_EP_LIST_ENROLLED_FACTORS,
    _EP_LIST_FACTORS_TO_ENROLL as _A_EP_LIST_FACTORS_TO_ENROLL,
    _EP_MFA_OTP_VERIFY as _A_EP_MFA_OTP_VERIFY,
    _EP_RESET_FACTOR as _A_EP_RESET_FACTOR,
    _EP_SEND_ENROLL_FACTOR_REQUEST as _A_EP_SEND_ENROLL_FACTOR_REQUEST,
    _EP_VERIFY_MFA_TOKEN as _A_EP_VERIFY_MFA_TOKEN,
)
from genauth_async._generated.authentication.profile import (
    _EP_BIND_EMAIL as _A_EP_BIND_EMAIL,
    _EP_BIND_PHONE as _A_EP_BIND_PHONE,
    _EP_DELETE_ACCOUNT as _A_EP_DELETE_ACCOUNT,
    _EP_GET_COUNTRY_LIST as _A_EP_GET_COUNTRY_LIST,
    _EP_GET_PROFILE as _A_EP_GET_PROFILE,
    _EP_GET_SECURITY_LEVEL as _A_EP_GET_SECURITY_LEVEL,
    _EP_GET_SYSTEM_INFO as _A_EP_GET_SYSTEM_INFO,
    _EP_LIST as _A_EP_LIST,
    _EP_RESET_PASSWORD as _A_EP_RESET_PASSWORD,
    _EP_REVOKE as _A_EP_REVOKE,
    _EP_UNBIND as _A_EP_UNBIND,
    _EP_UNBIND_EMAIL as _A_EP_UNBIND_EMAIL,
    _EP_UNBIND_PHONE as _A_EP_UNBIND_PHONE,
    _EP_UPDATE_EMAIL as _A_EP_UPDATE_EMAIL,
    _EP_UPDATE_PASSWORD as _A_EP_UPDATE_PASSWORD,
    _EP_UPDATE_PHONE as _A_EP_UPDATE_PHONE,
    _EP_UPDATE_PROFILE as _A_EP_UPDATE_PROFILE,
    _EP_VERIFY_DELETE_ACCOUNT_REQUEST as _A_EP_VERIFY_DELETE_ACCOUNT_REQUEST,
    _EP_VERIFY_RESET_PASSWORD_REQUEST as _A_EP_VERIFY_RESET_PASSWORD_REQUEST,
    _EP_VERIFY_UPDATE_EMAIL_REQUEST as _A_EP_VERIFY_UPDATE_EMAIL_REQUEST,
    _EP_VERIFY_UPDATE_PHONE_REQUEST as _A_EP_VERIFY_UPDATE_PHONE_REQUEST,
)
from genauth_async._generated.authentication.sign_in import (
    _EP_CHANGE_PUSH_CODE_STATUS as _A_EP_CHANGE_PUSH_CODE_STATUS,
    _EP_CHANGE_QR_CODE_STATUS as _A_EP_CHANGE_QR_CODE_STATUS,
    _EP_CHECK_PUSH_CODE_STATUS as _A_EP_CHECK_PUSH_CODE_STATUS,
    _EP_CHECK_QR_CODE_STATUS as _A_EP_CHECK_QR_CODE_STATUS,
    _EP_EXCHANGE_TOKEN_SET_WITH_QR_CODE_TICKET as _A_EP_EXCHANGE_TOKEN_SET_WITH_QR_CODE_TICKET,
    _EP_GENE_FASTPASS_QRCODE_INFO as _A_EP_GENE_FASTPASS_QRCODE_INFO,
    _EP_GENE_QR_CODE as _A_EP_GENE_QR_CODE,
    _EP_GET_FASTPASS_PARAMS as _A_EP_GET_FASTPASS_PARAMS,
    _EP_GET_LOGIN_HISTORY as _A_EP_GET_LOGIN_HISTORY,
    _EP_GET_PUSH_LOGIN_RELATION_APPS as _A_EP_GET_PUSH_LOGIN_RELATION_APPS,
    _EP_GET_QR_CODE_STATUS as _A_EP_GET_QR_CODE_STATUS,
    _EP_LIST_PUBLIC_ACCOUNTS_FOR_SWITCH_LOGGED_IN as _A_EP_LIST_PUBLIC_ACCOUNTS_FOR_SWITCH_LOGGED_IN,
    _EP_PRE_CHECK_CODE as _A_EP_PRE_CHECK_CODE,
    _EP_QR_CODE_APP_LOGIN as _A_EP_QR_CODE_APP_LOGIN,
    _EP_SEND_EMAIL as _A_EP_SEND_EMAIL,
    _EP_SEND_SMS as _A_EP_SEND_SMS,
    _EP_SIGN_IN_BY_CREDENTIALS as _A_EP_SIGN_IN_BY_CREDENTIALS,
    _EP_SIGN_IN_BY_MOBILE as _A_EP_SIGN_IN_BY_MOBILE,
    _EP_SIGN_IN_BY_PUSH as _A_EP_SIGN_IN_BY_PUSH,
    _EP_SIGN_UP as _A_EP_SIGN_UP,
    _EP_SWITCH_LOGIN_BY_USER as _A_EP_SWITCH_LOGIN_BY_USER,
)
from genauth_async._generated.authentication.webauthn import (
    _EP_CHECK_VALID_CREDENTIALS_BY_CRED_IDS as _A_EP_CHECK_VALID_CREDENTIALS_BY_CRED_IDS,
    _EP_INIT_AUTHENTICATION_OPTIONS as _A_EP_INIT_AUTHENTICATION_OPTIONS,
    _EP_INIT_REGISTER_OPTIONS as _A_EP_INIT_REGISTER_OPTIONS,
    _EP_LIST_CREDENTIALS_BY_PAGE as _A_EP_LIST_CREDENTIALS_BY_PAGE,
    _EP_REMOVE_ALL_CREDENTIALS as _A_EP_REMOVE_ALL_CREDENTIALS,
    _EP_REMOVE_CREDENTIAL as _A_EP_REMOVE_CREDENTIAL,
    _EP_VERIFY_AUTHENTICATION as _A_EP_VERIFY_AUTHENTICATION,
    _EP_VERIFY_REGISTER as _A_EP_VERIFY_REGISTER,
)
from genauth_async._generated.management.applications import (
    _EP_CHECK_DOMAIN_AVAILABLE as _M_EP_CHECK_DOMAIN_AVAILABLE,
    _EP_CREATE_APPLICATION as _M_EP_CREATE_APPLICATION,
    _EP_DELETE_APPLICATION as _M_EP_DELETE_APPLICATION,
    _EP_GET_APPLICATION as _M_EP_GET_APPLICATION,
    _EP_GET_APPLICATION_SECRET as _M_EP_GET_APPLICATION_SECRET,
    _EP_GET_APPLICATION_SIMPLE_INFO as _M_EP_GET_APPLICATION_SIMPLE_INFO,
    _EP_GET_USER_ACCESSIBLE_APPS as _M_EP_GET_USER_ACCESSIBLE_APPS,
    _EP_LIST_APPLICATIONS as _M_EP_LIST_APPLICATIONS,
    _EP_LIST_APPLICATION_ACTIVE_USERS as _M_EP_LIST_APPLICATION_ACTIVE_USERS,
    _EP_LIST_APPLICATION_SIMPLE_INFO as _M_EP_LIST_APPLICATION_SIMPLE_INFO,
    _EP_REFRESH_APPLICATION_SECRET as _M_EP_REFRESH_APPLICATION_SECRET,
    _EP_REVOKE_APPLICATION_ACCESS as _M_EP_REVOKE_APPLICATION_ACCESS,
    _EP_UPDATE_LOGIN_PAGE_CONFIG as _M_EP_UPDATE_LOGIN_PAGE_CONFIG,
)
from genauth_async._generated.management.asa_accounts import (
    _EP_ASSIGN_ASA_ACCOUNT as _M_EP_ASSIGN_ASA_ACCOUNT,
    _EP_CREATE_ASA_ACCOUNT as _M_EP_CREATE_ASA_ACCOUNT,
    _EP_CREATE_ASA_ACCOUNT_BATCH as _M_EP_CREATE_ASA_ACCOUNT_BATCH,
    _EP_DELETE_ASA_ACCOUNT as _M_EP_DELETE_ASA_ACCOUNT,
    _EP_DELETE_ASA_ACCOUNT_BATCH as _M_EP_DELETE_ASA_ACCOUNT_BATCH,
    _EP_GET_ASA_ACCOUNT as _M_EP_GET_ASA_ACCOUNT,
    _EP_GET_ASA_ACCOUNT_ASSIGNED_TARGETS as _M_EP_GET_ASA_ACCOUNT_ASSIGNED_TARGETS,
    _EP_GET_ASA_ACCOUNT_BATCH as _M_EP_GET_ASA_ACCOUNT_BATCH,
    _EP_GET_ASSIGNED_ACCOUNT as _M_EP_GET_ASSIGNED_ACCOUNT,
    _EP_LIST_ASA_ACCOUNT as _M_EP_LIST_ASA_ACCOUNT,
    _EP_UNASSIGN_ASA_ACCOUNT as _M_EP_UNASSIGN_ASA_ACCOUNT,
    _EP_UPDATE_ASA_ACCOUNT as _M_EP_UPDATE_ASA_ACCOUNT,
)
from genauth_async._generated.management.audit_logs import (
    _EP_GET_ADMIN_AUDIT_LOGS as _M_EP_GET_ADMIN_AUDIT_LOGS,
    _EP_GET_USER_ACTION_LOGS as _M_EP_GET_USER_ACTION_LOGS,
    _EP_GET_USER_LOGGEDIN_APPS as _M_EP_GET_USER_LOGGEDIN_APPS,
    _EP_GET_USER_LOGGEDIN_IDENTITIES as _M_EP_GET_USER_LOGGEDIN_IDENTITIES,
    _EP_GET_USER_LOGIN_HISTORY as _M_EP_GET_USER_LOGIN_HISTORY,
)
from genauth_async._generated.management.billing import (
    _EP_GET_ALL_RIGHTS_ITEM as _M_EP_GET_ALL_RIGHTS_ITEM,
    _EP_GET_CURRENT_PACKAGE_INFO as _M_EP_GET_CURRENT_PACKAGE_INFO,
    _EP_GET_MAU_PERIOD_USAGE_HISTORY as _M_EP_GET_MAU_PERIOD_USAGE_HISTORY,
    _EP_GET_ORDERS as _M_EP_GET_ORDERS,
    _EP_GET_ORDER_DETAIL as _M_EP_GET_ORDER_DETAIL,
    _EP_GET_ORDER_PAY_DETAIL as _M_EP_GET_ORDER_PAY_DETAIL,
    _EP_GET_USAGE_INFO as _M_EP_GET_USAGE_INFO,
)
from genauth_async._generated.management.data_permissions import (
    _EP_AUTHORIZE_DATA_POLICIES as _M_EP_AUTHORIZE_DATA_POLICIES,
    _EP_CHECK_DATA_POLICY_EXISTS as _M_EP_CHECK_DATA_POLICY_EXISTS,
    _EP_CHECK_DATA_RESOURCE_EXISTS as _M_EP_CHECK_DATA_RESOURCE_EXISTS,
    _EP_CREATE_DATA_POLICY as _M_EP_CREATE_DATA_POLICY,
    _EP_CREATE_DATA_RESOURCE as _M_EP_CREATE_DATA_RESOURCE,
    _EP_CREATE_DATA_RESOURCE_BY_ARRAY as _M_EP_CREATE_DATA_RESOURCE_BY_ARRAY,
    _EP_CREATE_DATA_RESOURCE_BY_STRING as _M_EP_CREATE_DATA_RESOURCE_BY_STRING,
    _EP_CREATE_DATA_RESOURCE_BY_TREE as _M_EP_CREATE_DATA_RESOURCE_BY_TREE,
    _EP_DELETE_DATA_POLICY as _M_EP_DELETE_DATA_POLICY,
    _EP_DELETE_DATA_RESOURCE as _M_EP_DELETE_DATA_RESOURCE,
    _EP_DETAIL_AUTH_SUBJECT as _M_EP_DETAIL_AUTH_SUBJECT,
    _EP_GET_DATA_POLICY as _M_EP_GET_DATA_POLICY,
    _EP_GET_DATA_RESOURCE as _M_EP_GET_DATA_RESOURCE,
    _EP_LIST_AUTH_SUBJECT as _M_EP_LIST_AUTH_SUBJECT,
    _EP_LIST_DATA_POLICES as _M_EP_LIST_DATA_POLICES,
    _EP_LIST_DATA_POLICY_TARGETS as _M_EP_LIST_DATA_POLICY_TARGETS,
    _EP_LIST_DATA_RESOURCES as _M_EP_LIST_DATA_RESOURCES,
    _EP_LIST_PERMISSION_VIEW as _M_EP_LIST_PERMISSION_VIEW,
    _EP_LIST_SIMPLE_DATA_POLICES as _M_EP_LIST_SIMPLE_DATA_POLICES,
    _EP_REVOKE_DATA_POLICY as _M_EP_REVOKE_DATA_POLICY,
    _EP_UPDATE_DATA_POLICY as _M_EP_UPDATE_DATA_POLICY,
    _EP_UPDATE_DATA_RESOURCE as _M_EP_UPDATE_DATA_RESOURCE,
)
from genauth_async._generated.management.devices import (
    _EP_CREATE_DEVICE as _M_EP_CREATE_DEVICE,
    _EP_DELETE_DEVICE as _M_EP_DELETE_DEVICE,
    _EP_DISABLE_DEVICE as _M_EP_DISABLE_DEVICE,
    _EP_ENABLE_DEVICE as _M_EP_ENABLE_DEVICE,
    _EP_FIND_LAST_LOGIN_APPS_BY_DEVICE_IDS as _M_EP_FIND_LAST_LOGIN_APPS_BY_DEVICE_IDS,
    _EP_GET_DEVICE_STATUS as _M_EP_GET_DEVICE_STATUS,
    _EP_GET_VERIFY_CONFIG_APP as _M_EP_GET_VERIFY_CONFIG_APP,
    _EP_SUSPEND_DEVICE as _M_EP_SUSPEND_DEVICE,
)
from genauth_async._generated.management.events import (
    _EP_CREATE_EVENT_APP as _M_EP_CREATE_EVENT_APP,
    _EP_DEFINE_EVENT as _M_EP_DEFINE_EVENT,
    _EP_LIST_EVENTS as _M_EP_LIST_EVENTS,
    _EP_LIST_EVENT_APPS as _M_EP_LIST_EVENT_APPS,
    _EP_PUB_USER_EVENT as _M_EP_PUB_USER_EVENT,
    _EP_VERIFY_EVENT as _M_EP_VERIFY_EVENT,
)
from genauth_async._generated.management.groups import (
    _EP_ADD_GROUP_MEMBERS as _M_EP_ADD_GROUP_MEMBERS,
    _EP_CREATE_GROUP as _M_EP_CREATE_GROUP,
    _EP_CREATE_GROUPS_BATCH as _M_EP_CREATE_GROUPS_BATCH,
    _EP_CREATE_OR_UPDATE_GROUP as _M_EP_CREATE_OR_UPDATE_GROUP,
    _EP_DELETE_GROUPS_BATCH as _M_EP_DELETE_GROUPS_BATCH,
    _EP_GET_ALL_GROUPS as _M_EP_GET_ALL_GROUPS,
    _EP_GET_GROUP as _M_EP_GET_GROUP,
    _EP_GET_USER_GROUPS as _M_EP_GET_USER_GROUPS,
    _EP_LIST_GROUPS as _M_EP_LIST_GROUPS,
    _EP_LIST_GROUP_MEMBERS as _M_EP_LIST_GROUP_MEMBERS,
    _EP_REMOVE_GROUP_MEMBERS as _M_EP_REMOVE_GROUP_MEMBERS,
    _EP_UPDATE_GROUP as _M_EP_UPDATE_GROUP,
)
from genauth_async._generated.management.identity_sources import (
    _EP_CHANGE_EXT_IDP_CONN_ASSOCIATION_STATE as _M_EP_CHANGE_EXT_IDP_CONN_ASSOCIATION_STATE,
    _EP_CHANGE_EXT_IDP_CONN_STATE as _M_EP_CHANGE_EXT_IDP_CONN_STATE,
    _EP_CREATE_EXT_IDP as _M_EP_CREATE_EXT_IDP,
    _EP_CREATE_EXT_IDP_CONN as _M_EP_CREATE_EXT_IDP_CONN,
    _EP_DELETE_EXT_IDP as _M_EP_DELETE_EXT_IDP,
    _EP_DELETE_EXT_IDP_CONN as _M_EP_DELETE_EXT_IDP_CONN,
    _EP_DISABLE_LDAP_SERVER as _M_EP_DISABLE_LDAP_SERVER,
    _EP_EXT_IDP_CONN_STATE_BY_APPS as _M_EP_EXT_IDP_CONN_STATE_BY_APPS,
    _EP_GET_BIND_PWD as _M_EP_GET_BIND_PWD,
    _EP_GET_EXT_IDP as _M_EP_GET_EXT_IDP,
    _EP_GET_USER_IDENTITIES as _M_EP_GET_USER_IDENTITIES,
    _EP_LINK_IDENTITY as _M_EP_LINK_IDENTITY,
    _EP_LIST_EXT_IDP as _M_EP_LIST_EXT_IDP,
    _EP_QUERY_LDAP_CONFIG_INFO as _M_EP_QUERY_LDAP_CONFIG_INFO,
    _EP_QUERY_LDAP_LOG as _M_EP_QUERY_LDAP_LOG,
    _EP_QUERY_LDAP_SUB_ENTRIES as _M_EP_QUERY_LDAP_SUB_ENTRIES,
    _EP_SAVE_LDAP_CONFIG_INFO as _M_EP_SAVE_LDAP_CONFIG_INFO,
    _EP_UNLINK_IDENTITY as _M_EP_UNLINK_IDENTITY,
    _EP_UPDATE_EXT_IDP as _M_EP_UPDATE_EXT_IDP,
    _EP_UPDATE_EXT_IDP_CONN as _M_EP_UPDATE_EXT_IDP_CONN,
    _EP_UPDATE_LDAP_CONFIG_INFO as _M_EP_UPDATE_LDAP_CONFIG_INFO,
)
from genauth_async._generated.management.invitations import (
    _EP_GENERATE_INVITE_TENANT_USER_LINK as _M_EP_GENERATE_INVITE_TENANT_USER_LINK,
    _EP_LIST_INVITE_TENNAT_USER_RECORDS as _M_EP_LIST_INVITE_TENNAT_USER_RECORDS,
    _EP_SEND_INVITE_TENANT_USER_EMAIL as _M_EP_SEND_INVITE_TENANT_USER_EMAIL,
)
from genauth_async._generated.management.messages import (
    _EP_CONFIG_EMAIL_PROVIDER as _M_EP_CONFIG_EMAIL_PROVIDER,
    _EP_GET_EMAIL_PROVIDER as _M_EP_GET_EMAIL_PROVIDER,
    _EP_GET_EMAIL_TEMPLATES as _M_EP_GET_EMAIL_TEMPLATES,
    _EP_PREVIEW_EMAIL_TEMPLATE as _M_EP_PREVIEW_EMAIL_TEMPLATE,
    _EP_SEND_EMAIL_BATCH as _M_EP_SEND_EMAIL_BATCH,
    _EP_SEND_SMS_BATCH as _M_EP_SEND_SMS_BATCH,
    _EP_UPDATE_EMAIL_TEMPLATE as _M_EP_UPDATE_EMAIL_TEMPLATE,
)
from genauth_async._generated.management.metadata import (
    _EP_CAPTURE as _M_EP_CAPTURE,
    _EP_COPY_OPERATE as _M_EP_COPY_OPERATE,
    _EP_CREATE_FIELD as _M_EP_CREATE_FIELD,
    _EP_CREATE_MODEL as _M_EP_CREATE_MODEL,
    _EP_CREATE_OPERATE as _M_EP_CREATE_OPERATE,
    _EP_CREATE_ROW as _M_EP_CREATE_ROW,
    _EP_CREATE_ROW_RELATION as _M_EP_CREATE_ROW_RELATION,
    _EP_EXECUTE_OPERATE as _M_EP_EXECUTE_OPERATE,
    _EP_EXPORT_MEATDATA as _M_EP_EXPORT_MEATDATA,
    _EP_EXPORT_MODEL as _M_EP_EXPORT_MODEL,
    _EP_GET_IMPORT_TEMPLATE as _M_EP_GET_IMPORT_TEMPLATE,
    _EP_GET_MODEL as _M_EP_GET_MODEL,
    _EP_GET_RELATION_INFO as _M_EP_GET_RELATION_INFO,
    _EP_GET_RELATION_VALUE as _M_EP_GET_RELATION_VALUE,
    _EP_GET_ROW as _M_EP_GET_ROW,
    _EP_GET_ROW_BATCH as _M_EP_GET_ROW_BATCH,
    _EP_GET_ROW_BY_VALUE as _M_EP_GET_ROW_BY_VALUE,
    _EP_IMPORT_METADATA as _M_EP_IMPORT_METADATA,
    _EP_IMPORT_MODEL as _M_EP_IMPORT_MODEL,
    _EP_LIST_FIELD as _M_EP_LIST_FIELD,
    _EP_LIST_MODEL as _M_EP_LIST_MODEL,
    _EP_LIST_OPERATE as _M_EP_LIST_OPERATE,
    _EP_LIST_OPERATE_ALL as _M_EP_LIST_OPERATE_ALL,
    _EP_LIST_ROW as _M_EP_LIST_ROW,
    _EP_REMOTE_FIELD as _M_EP_REMOTE_FIELD,
    _EP_REMOVE_MODEL as _M_EP_REMOVE_MODEL,
    _EP_REMOVE_OPERATE as _M_EP_REMOVE_OPERATE,
    _EP_REMOVE_RELATION_VALUE as _M_EP_REMOVE_RELATION_VALUE,
    _EP_REMOVE_ROW as _M_EP_REMOVE_ROW,
    _EP_UPDATE_FIELD as _M_EP_UPDATE_FIELD,
    _EP_UPDATE_MODEL as _M_EP_UPDATE_MODEL,
    _EP_UPDATE_OPERATE as _M_EP_UPDATE_OPERATE,
    _EP_UPDATE_ROW as _M_EP_UPDATE_ROW,
)
from genauth_async._generated.management.mfa import (
    _EP_GET_GLOBAL_MFA_SETTINGS as _M_EP_GET_GLOBAL_MFA_SETTINGS,
    _EP_GET_MFA_TRIGGER_DATA as _M_EP_GET_MFA_TRIGGER_DATA,
    _EP_GET_OTP_SECRET_BY_USER as _M_EP_GET_OTP_SECRET_BY_USER,
    _EP_GET_USER_MFA_INFO as _M_EP_GET_USER_MFA_INFO,
    _EP_GET_USER_MFA_STATUS as _M_EP_GET_USER_MFA_STATUS,
    _EP_IMPORT_OTP as _M_EP_IMPORT_OTP,
    _EP_SET_USERS_MFA_STATUS as _M_EP_SET_USERS_MFA_STATUS,
    _EP_UPDATE_APPLICATION_MFA_SETTINGS as _M_EP_UPDATE_APPLICATION_MFA_SETTINGS,
    _EP_UPDATE_GLOBAL_MFA_SETTINGS as _M_EP_UPDATE_GLOBAL_MFA_SETTINGS,
)
from genauth_async._generated.management.namespaces import (
    _EP_CHECK_PERMISSION_NAMESPACE_EXISTS as _M_EP_CHECK_PERMISSION_NAMESPACE_EXISTS,
    _EP_CREATE_NAMESPACE as _M_EP_CREATE_NAMESPACE,
    _EP_CREATE_NAMESPACES_BATCH as _M_EP_CREATE_NAMESPACES_BATCH,
    _EP_CREATE_PERMISSION_NAMESPACE as _M_EP_CREATE_PERMISSION_NAMESPACE,
    _EP_CREATE_PERMISSION_NAMESPACES_BATCH as _M_EP_CREATE_PERMISSION_NAMESPACES_BATCH,
    _EP_DELETE_NAMESPACE as _M_EP_DELETE_NAMESPACE,
    _EP_DELETE_NAMESPACES_BATCH as _M_EP_DELETE_NAMESPACES_BATCH,
    _EP_DELETE_PERMISSION_NAMESPACE as _M_EP_DELETE_PERMISSION_NAMESPACE,
    _EP_DELETE_PERMISSION_NAMESPACES_BATCH as _M_EP_DELETE_PERMISSION_NAMESPACES_BATCH,
    _EP_DELETE_ROLES as _M_EP_DELETE_ROLES,
    _EP_GET_NAMESPACE as _M_EP_GET_NAMESPACE,
    _EP_GET_NAMESPACES_BATCH as _M_EP_GET_NAMESPACES_BATCH,
    _EP_GET_PERMISSION_NAMESPACE as _M_EP_GET_PERMISSION_NAMESPACE,
    _EP_GET_PERMISSION_NAMESPACES_BATCH as _M_EP_GET_PERMISSION_NAMESPACES_BATCH,
    _EP_LIST_NAMESPACES as _M_EP_LIST_NAMESPACES,
    _EP_LIST_NAMESPACE_ROLES as _M_EP_LIST_NAMESPACE_ROLES,
    _EP_LIST_PERMISSION_NAMESPACES as _M_EP_LIST_PERMISSION_NAMESPACES,
    _EP_LIST_PERMISSION_NAMESPACE_ROLES as _M_EP_LIST_PERMISSION_NAMESPACE_ROLES,
    _EP_UPDATE_NAMESPACE as _M_EP_UPDATE_NAMESPACE,
    _EP_UPDATE_PERMISSION_NAMESPACE as _M_EP_UPDATE_PERMISSION_NAMESPACE,
)
from genauth_async._generated.management.organizations import (
    _EP_GET_ORGANIZATION as _M_EP_GET_ORGANIZATION,
    _EP_GET_ORGANIZATIONS_BATCH as _M_EP_GET_ORGANIZATIONS_BATCH,
    _EP_LIST_ORGANIZATIONS as _M_EP_LIST_ORGANIZATIONS,
)
from genauth_async._generated.management.pipelines import (
    _EP_CREATE_PIPELINE_FUNCTION as _M_EP_CREATE_PIPELINE_FUNCTION,
    _EP_DELETE_PIPELINE_FUNCTION as _M_EP_DELETE_PIPELINE_FUNCTION,
    _EP_GET_PIPELINE_FUNCTION as _M_EP_GET_PIPELINE_FUNCTION,
    _EP_GET_PIPELINE_LOGS as _M_EP_GET_PIPELINE_LOGS,
    _EP_LIST_PIPELINE_FUNCTIONS as _M_EP_LIST_PIPELINE_FUNCTIONS,
    _EP_REUPLOAD_PIPELINE_FUNCTION as _M_EP_REUPLOAD_PIPELINE_FUNCTION,
    _EP_UPDATE_PIPELINE_FUNCTION as _M_EP_UPDATE_PIPELINE_FUNCTION,
    _EP_UPDATE_PIPELINE_ORDER as _M_EP_UPDATE_PIPELINE_ORDER,
)
from genauth_async._generated.management.public_accounts import (
    _EP_BIND_PUBLIC_ACCOUNT_OF_ROLES as _M_EP_BIND_PUBLIC_ACCOUNT_OF_ROLES,
    _EP_BIND_USERS_PUBLIC_ACCOUNT as _M_EP_BIND_USERS_PUBLIC_ACCOUNT,
    _EP_CHANGE_INTO_PUBLIC_ACCOUNT as _M_EP_CHANGE_INTO_PUBLIC_ACCOUNT,
    _EP_CREATE_PUBLIC_ACCOUNT as _M_EP_CREATE_PUBLIC_ACCOUNT,
    _EP_CREATE_PUBLIC_ACCOUNTS_BATCH as _M_EP_CREATE_PUBLIC_ACCOUNTS_BATCH,
    _EP_DELETE_PUBLIC_ACCOUNTS_BATCH as _M_EP_DELETE_PUBLIC_ACCOUNTS_BATCH,
    _EP_GET_GROUPS_OF_PUBLIC_ACCOUNT as _M_EP_GET_GROUPS_OF_PUBLIC_ACCOUNT,
    _EP_GET_PUBLIC_ACCOUNT as _M_EP_GET_PUBLIC_ACCOUNT,
    _EP_GET_PUBLIC_ACCOUNTS_OF_GROUP as _M_EP_GET_PUBLIC_ACCOUNTS_OF_GROUP,
    _EP_GET_PUBLIC_ACCOUNTS_OF_ROLE as _M_EP_GET_PUBLIC_ACCOUNTS_OF_ROLE,
    _EP_GET_PUBLIC_ACCOUNTS_OF_USER as _M_EP_GET_PUBLIC_ACCOUNTS_OF_USER,
    _EP_GET_PUBLIC_ACCOUNT_BATCH as _M_EP_GET_PUBLIC_ACCOUNT_BATCH,
    _EP_GET_PUBLIC_ACCOUNT_OF_GROUPS as _M_EP_GET_PUBLIC_ACCOUNT_OF_GROUPS,
    _EP_GET_PUBLIC_ACCOUNT_ROLES as _M_EP_GET_PUBLIC_ACCOUNT_ROLES,
    _EP_GET_USERS_OF_PUBLIC_ACCOUNT as _M_EP_GET_USERS_OF_PUBLIC_ACCOUNT,
    _EP_KICK_PUBLIC_ACCOUNTS as _M_EP_KICK_PUBLIC_ACCOUNTS,
    _EP_LIST_PUBLIC_ACCOUNTS as _M_EP_LIST_PUBLIC_ACCOUNTS,
    _EP_SETUSER_OF_PUBLIC_ACCOUNT as _M_EP_SETUSER_OF_PUBLIC_ACCOUNT,
    _EP_UNBIND_USERS_PUBLIC_ACCOUNT as _M_EP_UNBIND_USERS_PUBLIC_ACCOUNT,
    _EP_UPDATE_PUBLIC_ACCOUNT as _M_EP_UPDATE_PUBLIC_ACCOUNT,
    _EP_UPDATE_PUBLIC_ACCOUNT_BATCH as _M_EP_UPDATE_PUBLIC_ACCOUNT_BATCH,
)
from genauth_async._generated.management.resources import (
    _EP_AUTHORIZE_APPLICATION_ACCESS as _M_EP_AUTHORIZE_APPLICATION_ACCESS,
    _EP_AUTHORIZE_RESOURCES as _M_EP_AUTHORIZE_RESOURCES,
    _EP_BATCH_DELETE_COMMON_RESOURCE as _M_EP_BATCH_DELETE_COMMON_RESOURCE,
    _EP_CHECK_EXTERNAL_USER_PERMISSION as _M_EP_CHECK_EXTERNAL_USER_PERMISSION,
    _EP_CHECK_PERMISSION as _M_EP_CHECK_PERMISSION,
    _EP_CHECK_USER_SAME_LEVEL_PERMISSION as _M_EP_CHECK_USER_SAME_LEVEL_PERMISSION,
    _EP_CREATE_RESOURCE as _M_EP_CREATE_RESOURCE,
    _EP_CREATE_RESOURCES_BATCH as _M_EP_CREATE_RESOURCES_BATCH,
    _EP_DELETE_AUTH as _M_EP_DELETE_AUTH,
    _EP_DELETE_RESOURCE as _M_EP_DELETE_RESOURCE,
    _EP_DELETE_RESOURCES_BATCH as _M_EP_DELETE_RESOURCES_BATCH,
    _EP_ENABLED_AUTH as _M_EP_ENABLED_AUTH,
    _EP_GET_APPLICATION_PERMISSION_STRATEGY as _M_EP_GET_APPLICATION_PERMISSION_STRATEGY,
    _EP_GET_AUTHORIZED_RESOURCES as _M_EP_GET_AUTHORIZED_RESOURCES,
    _EP_GET_EXTERNAL_USER_RESOURCE_STRUCT as _M_EP_GET_EXTERNAL_USER_RESOURCE_STRUCT,
    _EP_GET_GROUP_AUTHORIZED_RESOURCES as _M_EP_GET_GROUP_AUTHORIZED_RESOURCES,
    _EP_GET_RESOURCE as _M_EP_GET_RESOURCE,
    _EP_GET_RESOURCES_BATCH as _M_EP_GET_RESOURCES_BATCH,
    _EP_GET_RESOURCE_AUTHORIZED_TARGETS as _M_EP_GET_RESOURCE_AUTHORIZED_TARGETS,
    _EP_GET_USER_AUTHORIZED_APPS as _M_EP_GET_USER_AUTHORIZED_APPS,
    _EP_GET_USER_AUTHORIZED_RESOURCES as _M_EP_GET_USER_AUTHORIZED_RESOURCES,
    _EP_GET_USER_PERMISSION_LIST as _M_EP_GET_USER_PERMISSION_LIST,
    _EP_GET_USER_PRINCIPAL_AUTHENTICATION_INFO as _M_EP_GET_USER_PRINCIPAL_AUTHENTICATION_INFO,
    _EP_GET_USER_RESOURCE_PERMISSION_LIST as _M_EP_GET_USER_RESOURCE_PERMISSION_LIST,
    _EP_GET_USER_RESOURCE_STRUCT as _M_EP_GET_USER_RESOURCE_STRUCT,
    _EP_IS_ACTION_ALLOWED as _M_EP_IS_ACTION_ALLOWED,
    _EP_LIST_AUTH_APPLICATION as _M_EP_LIST_AUTH_APPLICATION,
    _EP_LIST_COMMON_RESOURCE as _M_EP_LIST_COMMON_RESOURCE,
    _EP_LIST_RESOURCES as _M_EP_LIST_RESOURCES,
    _EP_LIST_RESOURCE_TARGETS as _M_EP_LIST_RESOURCE_TARGETS,
    _EP_RESET_USER_PRINCIPAL_AUTHENTICATION_INFO as _M_EP_RESET_USER_PRINCIPAL_AUTHENTICATION_INFO,
    _EP_UPDATE_APPLICATION_PERMISSION_STRATEGY as _M_EP_UPDATE_APPLICATION_PERMISSION_STRATEGY,
    _EP_UPDATE_RESOURCE as _M_EP_UPDATE_RESOURCE,
)
from genauth_async._generated.management.roles import (
    _EP_ASSIGN_ROLE as _M_EP_ASSIGN_ROLE,
    _EP_ASSIGN_ROLE_BATCH as _M_EP_ASSIGN_ROLE_BATCH,
    _EP_CHECK_PARAMS_NAMESPACE as _M_EP_CHECK_PARAMS_NAMESPACE,
    _EP_CREATE_ADMIN_ROLE as _M_EP_CREATE_ADMIN_ROLE,
    _EP_CREATE_ROLE as _M_EP_CREATE_ROLE,
    _EP_CREATE_ROLES_BATCH as _M_EP_CREATE_ROLES_BATCH,
    _EP_DELETE_ADMIN_ROLES_BATCH as _M_EP_DELETE_ADMIN_ROLES_BATCH,
    _EP_DELETE_ROLES_BATCH as _M_EP_DELETE_ROLES_BATCH,
    _EP_GET_ROLE as _M_EP_GET_ROLE,
    _EP_GET_ROLE_AUTHORIZED_RESOURCES as _M_EP_GET_ROLE_AUTHORIZED_RESOURCES,
    _EP_GET_USER_ROLES as _M_EP_GET_USER_ROLES,
    _EP_HAS_ANY_ROLE as _M_EP_HAS_ANY_ROLE,
    _EP_LIST_ROLES as _M_EP_LIST_ROLES,
    _EP_LIST_ROLE_ASSIGNMENTS as _M_EP_LIST_ROLE_ASSIGNMENTS,
    _EP_LIST_ROLE_MEMBERS as _M_EP_LIST_ROLE_MEMBERS,
    _EP_REVOKE_ROLE as _M_EP_REVOKE_ROLE,
    _EP_REVOKE_ROLE_BATCH as _M_EP_REVOKE_ROLE_BATCH,
    _EP_UPDATE_ROLE as _M_EP_UPDATE_ROLE,
)
from genauth_async._generated.management.security import (
    _EP_ADD as _M_EP_ADD,
    _EP_ADD_RISK_LIST_POLICY as _M_EP_ADD_RISK_LIST_POLICY,
    _EP_ADD_USER as _M_EP_ADD_USER,
    _EP_ADD_WHITELIST as _M_EP_ADD_WHITELIST,
    _EP_CREATE_ACCESS_KEY as _M_EP_CREATE_ACCESS_KEY,
    _EP_DELETE_ACCESS_KEY as _M_EP_DELETE_ACCESS_KEY,
    _EP_DELETE_BY_ID as _M_EP_DELETE_BY_ID,
    _EP_DELETE_RISK_LIST_POLICY_BY_ID as _M_EP_DELETE_RISK_LIST_POLICY_BY_ID,
    _EP_DELETE_USER_LIST_BY_ID as _M_EP_DELETE_USER_LIST_BY_ID,
    _EP_DELETE_WHITELIST as _M_EP_DELETE_WHITELIST,
    _EP_FIND_IP_LIST as _M_EP_FIND_IP_LIST,
    _EP_FIND_RISK_LIST_POLICY as _M_EP_FIND_RISK_LIST_POLICY,
    _EP_FIND_USER_LIST as _M_EP_FIND_USER_LIST,
    _EP_GET_ACCESS_KEY as _M_EP_GET_ACCESS_KEY,
    _EP_GET_ACCESS_KEY_LIST as _M_EP_GET_ACCESS_KEY_LIST,
    _EP_GET_SECURITY_SETTINGS as _M_EP_GET_SECURITY_SETTINGS,
    _EP_LIST_WHITELISTS as _M_EP_LIST_WHITELISTS,
    _EP_UPDATE_ACCESS_KEY as _M_EP_UPDATE_ACCESS_KEY,
    _EP_UPDATE_SECURITY_SETTINGS as _M_EP_UPDATE_SECURITY_SETTINGS,
)
from genauth_async._generated.management.sync import (
    _EP_DELETE_USER_SYNC_RELATIONS as _M_EP_DELETE_USER_SYNC_RELATIONS,
    _EP_GET_USER_SYNC_RELATIONS as _M_EP_GET_USER_SYNC_RELATIONS,
)
from genauth_async._generated.management.tenants import (
    _EP_ADD_TENANT_USERS as _M_EP_ADD_TENANT_USERS,
    _EP_ASSOCIATE_TENANT_RESOURCE as _M_EP_ASSOCIATE_TENANT_RESOURCE,
    _EP_CHANGE_USERPOOL_TENAN_EXT_IDP_CONN_STATE as _M_EP_CHANGE_USERPOOL_TENAN_EXT_IDP_CONN_STATE,
    _EP_CREATE_MULTIPLE_TENANT_ADMIN as _M_EP_CREATE_MULTIPLE_TENANT_ADMIN,
    _EP_CREATE_TENANT as _M_EP_CREATE_TENANT,
    _EP_CREATE_TENANT_COOPERATOR as _M_EP_CREATE_TENANT_COOPERATOR,
    _EP_CREATE_TENANT_USER as _M_EP_CREATE_TENANT_USER,
    _EP_DELETE_TENANT as _M_EP_DELETE_TENANT,
    _EP_DELETE_TENANT_ADMIN as _M_EP_DELETE_TENANT_ADMIN,
    _EP_DELETE_TENANT_USER as _M_EP_DELETE_TENANT_USER,
    _EP_GET_MULTIPLE_TENANT_ADMIN as _M_EP_GET_MULTIPLE_TENANT_ADMIN,
    _EP_GET_TENANT as _M_EP_GET_TENANT,
    _EP_GET_TENANT_BY_CODE as _M_EP_GET_TENANT_BY_CODE,
    _EP_GET_TENANT_COOPERATOR as _M_EP_GET_TENANT_COOPERATOR,
    _EP_GET_TENANT_COOPERATOR_MENU as _M_EP_GET_TENANT_COOPERATOR_MENU,
    _EP_GET_TENANT_LITTLE_INFO as _M_EP_GET_TENANT_LITTLE_INFO,
    _EP_GET_TENANT_USER as _M_EP_GET_TENANT_USER,
    _EP_IMPORT_TENANT as _M_EP_IMPORT_TENANT,
    _EP_IMPORT_TENANT_HISTORY as _M_EP_IMPORT_TENANT_HISTORY,
    _EP_IMPORT_TENANT_NOTIFY_USER as _M_EP_IMPORT_TENANT_NOTIFY_USER,
    _EP_LIST_MULTIPLE_TENANT_ADMIN as _M_EP_LIST_MULTIPLE_TENANT_ADMIN,
    _EP_LIST_TENANTS as _M_EP_LIST_TENANTS,
    _EP_LIST_TENANT_ADMIN as _M_EP_LIST_TENANT_ADMIN,
    _EP_LIST_TENANT_APPLICATIONS as _M_EP_LIST_TENANT_APPLICATIONS,
    _EP_LIST_TENANT_COOPERATORS as _M_EP_LIST_TENANT_COOPERATORS,
    _EP_LIST_TENANT_EXT_IDP as _M_EP_LIST_TENANT_EXT_IDP,
    _EP_LIST_TENANT_USERS as _M_EP_LIST_TENANT_USERS,
    _EP_REMOVE_TENANT_USERS as _M_EP_REMOVE_TENANT_USERS,
    _EP_SET_TENANT_ADMIN as _M_EP_SET_TENANT_ADMIN,
    _EP_UPDATE_TENANT as _M_EP_UPDATE_TENANT,
    _EP_UPDATE_TENANT_QR_CODE_STATE as _M_EP_UPDATE_TENANT_QR_CODE_STATE,
    _EP_UPDATE_TENANT_USER as _M_EP_UPDATE_TENANT_USER,
    _EP_UPDATE_USER_POOL_TENANT_CONFIG as _M_EP_UPDATE_USER_POOL_TENANT_CONFIG,
    _EP_USERPOLL_TENANT_CONFIG as _M_EP_USERPOLL_TENANT_CONFIG,
)
from genauth_async._generated.management.users import (
    _EP_CHECK_SESSION_STATUS as _M_EP_CHECK_SESSION_STATUS,
    _EP_CREATE_USER as _M_EP_CREATE_USER,
    _EP_CREATE_USERS_BATCH as _M_EP_CREATE_USERS_BATCH,
    _EP_DELETE_CUSTOM_FIELDS as _M_EP_DELETE_CUSTOM_FIELDS,
    _EP_DELETE_USERS_BATCH as _M_EP_DELETE_USERS_BATCH,
    _EP_GET_CUSTOM_DATA as _M_EP_GET_CUSTOM_DATA,
    _EP_GET_CUSTOM_FIELDS as _M_EP_GET_CUSTOM_FIELDS,
    _EP_GET_USER as _M_EP_GET_USER,
    _EP_GET_USER_BASE_FIELDS as _M_EP_GET_USER_BASE_FIELDS,
    _EP_GET_USER_BATCH as _M_EP_GET_USER_BATCH,
    _EP_GET_USER_PASSWORD_CIPHERTEXT as _M_EP_GET_USER_PASSWORD_CIPHERTEXT,
    _EP_IS_USER_EXISTS as _M_EP_IS_USER_EXISTS,
    _EP_KICK_USERS as _M_EP_KICK_USERS,
    _EP_LIST_ARCHIVED_USERS as _M_EP_LIST_ARCHIVED_USERS,
    _EP_LIST_CUST_FIELDS as _M_EP_LIST_CUST_FIELDS,
    _EP_LIST_USERS as _M_EP_LIST_USERS,
    _EP_LIST_USERS_LEGACY as _M_EP_LIST_USERS_LEGACY,
    _EP_LIST_USER_BASE_FIELDS as _M_EP_LIST_USER_BASE_FIELDS,
    _EP_RESIGN_USER as _M_EP_RESIGN_USER,
    _EP_RESIGN_USER_BATCH as _M_EP_RESIGN_USER_BATCH,
    _EP_SET_CUSTOM_DATA as _M_EP_SET_CUSTOM_DATA,
    _EP_SET_CUSTOM_FIELDS as _M_EP_SET_CUSTOM_FIELDS,
    _EP_SET_USER_BASE_FIELDS as _M_EP_SET_USER_BASE_FIELDS,
    _EP_UPDATE_USER as _M_EP_UPDATE_USER,
    _EP_UPDATE_USER_BATCH as _M_EP_UPDATE_USER_BATCH,
    _EP_USER_FIELD_DECRYPT as _M_EP_USER_FIELD_DECRYPT,
)
from genauth_async._generated.management.webhooks import (
    _EP_CREATE_WEBHOOK as _M_EP_CREATE_WEBHOOK,
    _EP_DELETE_WEBHOOK as _M_EP_DELETE_WEBHOOK,
    _EP_GET_WEBHOOK as _M_EP_GET_WEBHOOK,
    _EP_GET_WEBHOOK_EVENT_LIST as _M_EP_GET_WEBHOOK_EVENT_LIST,
    _EP_GET_WEBHOOK_LOGS as _M_EP_GET_WEBHOOK_LOGS,
    _EP_LIST_WEBHOOKS as _M_EP_LIST_WEBHOOKS,
    _EP_TRIGGER_WEBHOOK as _M_EP_TRIGGER_WEBHOOK,
    _EP_UPDATE_WEBHOOK as _M_EP_UPDATE_WEBHOOK,
)
from genauth_async._options import request_options as _request_options

if TYPE_CHECKING:
    from genauth_async._options import CallOptions, Unpack

__all__ = ["AuthenticationClient", "ManagementClient"]


class ManagementClient(CompatManagementBase):
    """The official ``genauth.ManagementClient``, answering as it did, on ``genauth_async.ManagementClient``."""

    async def add(
        self,
        expire_at: Any,
        limit_list: Any,
        remove_type: Any,
        add_type: Any,
        ip_type: Any,
        ips: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add``: ``POST /api/v3/ip-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_ADD, (expire_at, limit_list, remove_type, add_type, ip_type, ips), None, _request_options(call_options),
        )

    async def add_group_members(
        self,
        user_ids: Any,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add_group_members``: ``POST /api/v3/add-group-members``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_ADD_GROUP_MEMBERS, (user_ids, code), None, _request_options(call_options),
        )

    async def add_risk_list_policy(
        self,
        limit_list: Any,
        action: Any,
        remove_type: Any,
        event_state_type: Any,
        count_thr: Any,
        time_range: Any,
        user_cond: Any,
        ip_cond: Any,
        user_range: Any,
        ip_range: Any,
        opt_object: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add_risk_list_policy``: ``POST /api/v3/risk-list-policy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_ADD_RISK_LIST_POLICY, (limit_list, action, remove_type, event_state_type, count_thr, time_range, user_cond, ip_cond, user_range, ip_range, opt_object), None, _request_options(call_options),
        )

    async def add_tenant_users(
        self,
        link_user_ids: Any,
        tenant_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add_tenant_users``: ``POST /api/v3/add-tenant-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_ADD_TENANT_USERS, (link_user_ids, tenant_id), None, _request_options(call_options),
        )

    async def add_user(
        self,
        expire_at: Any,
        limit_list: Any,
        remove_type: Any,
        add_type: Any,
        user_list_type: Any,
        user_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add_user``: ``POST /api/v3/user-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_ADD_USER, (expire_at, limit_list, remove_type, add_type, user_list_type, user_ids), None, _request_options(call_options),
        )

    async def add_whitelist(
        self,
        type: Any,
        list: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``add_whitelist``: ``POST /api/v3/add-whitelist``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_ADD_WHITELIST, (type, list), None, _request_options(call_options),
        )

    async def assign_asa_account(
        self,
        app_id: Any,
        account_id: Any,
        targets: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``assign_asa_account``: ``POST /api/v3/assign-asa-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_ASSIGN_ASA_ACCOUNT, (app_id, account_id, targets), None, _request_options(call_options),
        )

    async def assign_role(
        self,
        targets: Any,
        code: Any,
        end_time: Any = None,
        enable_time: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``assign_role``: ``POST /api/v3/assign-role``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_ASSIGN_ROLE, (targets, code, end_time, enable_time, namespace), None, _request_options(call_options),
        )

    async def assign_role_batch(
        self,
        targets: Any,
        roles: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``assign_role_batch``: ``POST /api/v3/assign-role-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_ASSIGN_ROLE_BATCH, (targets, roles), None, _request_options(call_options),
        )

    async def associate_tenant_resource(
        self,
        code: Any,
        association: Any,
        app_id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``associate_tenant_resource``: ``POST /api/v3/associate-tenant-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_ASSOCIATE_TENANT_RESOURCE, (code, association, app_id, tenant_id), None, _request_options(call_options),
        )

    async def authorize_application_access(
        self,
        app_id: Any,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``authorize_application_access``: ``POST /api/v3/authorize-application-access``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_AUTHORIZE_APPLICATION_ACCESS, (app_id, list), None, _request_options(call_options),
        )

    async def authorize_data_policies(
        self,
        target_list: Any,
        policy_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``authorize_data_policies``: ``POST /api/v3/authorize-data-policies``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_AUTHORIZE_DATA_POLICIES, (target_list, policy_ids), None, _request_options(call_options),
        )

    async def authorize_resources(
        self,
        list: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``authorize_resources``: ``POST /api/v3/authorize-resources``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_AUTHORIZE_RESOURCES, (list, namespace), None, _request_options(call_options),
        )

    async def batch_delete_common_resource(
        self,
        ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``batch_delete_common_resource``: ``POST /api/v3/delete-common-resources-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_BATCH_DELETE_COMMON_RESOURCE, (ids,), None, _request_options(call_options),
        )

    async def bind_public_account_of_roles(
        self,
        role_ids: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_public_account_of_roles``: ``POST /api/v3/set-public-account-of-roles``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_BIND_PUBLIC_ACCOUNT_OF_ROLES, (role_ids, user_id), None, _request_options(call_options),
        )

    async def bind_users_public_account(
        self,
        public_account_id: Any,
        user_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_users_public_account``: ``POST /api/v3/set-public-account-of-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_BIND_USERS_PUBLIC_ACCOUNT, (public_account_id, user_ids), None, _request_options(call_options),
        )

    async def capture(
        self,
        data: Any,
        model_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``capture``: ``POST /api/v3/metadata/ueba/capture``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CAPTURE, (data, model_id), None, _request_options(call_options),
        )

    async def change_ext_idp_conn_association_state(
        self,
        id: Any,
        association: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_ext_idp_conn_association_state``: ``POST /api/v3/change-ext-idp-conn-association-state``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CHANGE_EXT_IDP_CONN_ASSOCIATION_STATE, (id, association, tenant_id), None, _request_options(call_options),
        )

    async def change_ext_idp_conn_state(
        self,
        id: Any,
        enabled: Any,
        app_id: Any,
        tenant_id: Any = None,
        app_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_ext_idp_conn_state``: ``POST /api/v3/change-ext-idp-conn-state``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CHANGE_EXT_IDP_CONN_STATE, (id, enabled, app_id, tenant_id, app_ids), None, _request_options(call_options),
        )

    async def change_into_public_account(
        self,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_into_public_account``: ``POST /api/v3/transfer-into-public-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CHANGE_INTO_PUBLIC_ACCOUNT, (user_id,), None, _request_options(call_options),
        )

    async def change_userpool_tenan_ext_idp_conn_state(
        self,
        enabled: Any,
        conn_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_userpool_tenan_ext_idp_conn_state``: ``POST /api/v3/change-userpool-tenant-ext-idp-conn-state``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CHANGE_USERPOOL_TENAN_EXT_IDP_CONN_STATE, (enabled, conn_ids), None, _request_options(call_options),
        )

    async def check_data_policy_exists(
        self,
        policy_name: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_data_policy_exists``: ``GET /api/v3/check-data-policy-exists``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CHECK_DATA_POLICY_EXISTS, (policy_name,), None, _request_options(call_options),
        )

    async def check_data_resource_exists(
        self,
        namespace_code: Any,
        resource_name: Any = None,
        resource_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_data_resource_exists``: ``GET /api/v3/check-data-resource-exists``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CHECK_DATA_RESOURCE_EXISTS, (namespace_code, resource_name, resource_code), None, _request_options(call_options),
        )

    async def check_domain_available(
        self,
        domain: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_domain_available``: ``POST /api/v3/check-domain-available``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CHECK_DOMAIN_AVAILABLE, (domain,), None, _request_options(call_options),
        )

    async def check_external_user_permission(
        self,
        resources: Any,
        action: Any,
        external_id: Any,
        namespace_code: Any,
        judge_condition_enabled: Any = None,
        auth_env_params: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_external_user_permission``: ``POST /api/v3/check-external-user-permission``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CHECK_EXTERNAL_USER_PERMISSION, (resources, action, external_id, namespace_code, judge_condition_enabled, auth_env_params), None, _request_options(call_options),
        )

    async def check_params_namespace(
        self,
        code: Any,
        namespace: Any,
        name: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_params_namespace``: ``POST /api/v3/check-role-params``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CHECK_PARAMS_NAMESPACE, (code, namespace, name), None, _request_options(call_options),
        )

    async def check_permission(
        self,
        resources: Any,
        action: Any,
        user_id: Any,
        namespace_code: Any,
        judge_condition_enabled: Any = None,
        auth_env_params: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission``: ``POST /api/v3/check-permission``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CHECK_PERMISSION, (resources, action, user_id, namespace_code, judge_condition_enabled, auth_env_params), None, _request_options(call_options),
        )

    async def check_permission_namespace_exists(
        self,
        code: Any = None,
        name: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission_namespace_exists``: ``POST /api/v3/check-permission-namespace-exists``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CHECK_PERMISSION_NAMESPACE_EXISTS, (code, name), None, _request_options(call_options),
        )

    async def check_session_status(
        self,
        app_id: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_session_status``: ``POST /api/v3/check-session-status``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CHECK_SESSION_STATUS, (app_id, user_id), None, _request_options(call_options),
        )

    async def check_user_same_level_permission(
        self,
        resource_node_codes: Any,
        resource: Any,
        action: Any,
        user_id: Any,
        namespace_code: Any,
        judge_condition_enabled: Any = None,
        auth_env_params: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_user_same_level_permission``: ``POST /api/v3/check-user-same-level-permission``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CHECK_USER_SAME_LEVEL_PERMISSION, (resource_node_codes, resource, action, user_id, namespace_code, judge_condition_enabled, auth_env_params), None, _request_options(call_options),
        )

    async def config_email_provider(
        self,
        type: Any,
        enabled: Any,
        smtp_config: Any = None,
        send_grid_config: Any = None,
        ali_exmail_config: Any = None,
        tencent_exmail_config: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``config_email_provider``: ``POST /api/v3/config-email-provider``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CONFIG_EMAIL_PROVIDER, (type, enabled, smtp_config, send_grid_config, ali_exmail_config, tencent_exmail_config), None, _request_options(call_options),
        )

    async def copy_operate(
        self,
        custom_config: Any,
        model_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``copy_operate``: ``POST /api/v3/metadata/copy-operate``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_COPY_OPERATE, (custom_config, model_id, id), None, _request_options(call_options),
        )

    async def create_access_key(
        self,
        type: Any,
        user_id: Any = None,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_access_key``: ``POST /api/v3/create-access-key``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_ACCESS_KEY, (type, user_id, tenant_id), None, _request_options(call_options),
        )

    async def create_admin_role(
        self,
        name: Any,
        code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_admin_role``: ``POST /api/v3/create-admin-role``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_ADMIN_ROLE, (name, code, description), None, _request_options(call_options),
        )

    async def create_application(
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
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_APPLICATION, (app_name, template, template_data, app_identifier, app_logo, app_description, app_type, default_protocol, redirect_uris, logout_redirect_uris, init_login_uri, sso_enabled, oidc_config, saml_provider_enabled, saml_config, oauth_provider_enabled, oauth_config, cas_provider_enabled, cas_config, login_config, register_config, branding_config), None, _request_options(call_options),
        )

    async def create_asa_account(
        self,
        account_info: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_asa_account``: ``POST /api/v3/create-asa-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_ASA_ACCOUNT, (account_info, app_id), None, _request_options(call_options),
        )

    async def create_asa_account_batch(
        self,
        list: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_asa_account_batch``: ``POST /api/v3/create-asa-accounts-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_ASA_ACCOUNT_BATCH, (list, app_id), None, _request_options(call_options),
        )

    async def create_data_policy(
        self,
        statement_list: Any,
        policy_name: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_policy``: ``POST /api/v3/create-data-policy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_DATA_POLICY, (statement_list, policy_name, description), None, _request_options(call_options),
        )

    async def create_data_resource(
        self,
        actions: Any,
        struct: Any,
        type: Any,
        resource_code: Any,
        resource_name: Any,
        namespace_code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_resource``: ``POST /api/v3/create-data-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_DATA_RESOURCE, (actions, struct, type, resource_code, resource_name, namespace_code, description), None, _request_options(call_options),
        )

    async def create_data_resource_by_array(
        self,
        actions: Any,
        struct: Any,
        resource_code: Any,
        resource_name: Any,
        namespace_code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_resource_by_array``: ``POST /api/v3/create-array-data-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_DATA_RESOURCE_BY_ARRAY, (actions, struct, resource_code, resource_name, namespace_code, description), None, _request_options(call_options),
        )

    async def create_data_resource_by_string(
        self,
        actions: Any,
        struct: Any,
        resource_code: Any,
        resource_name: Any,
        namespace_code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_resource_by_string``: ``POST /api/v3/create-string-data-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_DATA_RESOURCE_BY_STRING, (actions, struct, resource_code, resource_name, namespace_code, description), None, _request_options(call_options),
        )

    async def create_data_resource_by_tree(
        self,
        actions: Any,
        struct: Any,
        resource_code: Any,
        resource_name: Any,
        namespace_code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_data_resource_by_tree``: ``POST /api/v3/create-tree-data-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_DATA_RESOURCE_BY_TREE, (actions, struct, resource_code, resource_name, namespace_code, description), None, _request_options(call_options),
        )

    async def create_device(
        self,
        device_unique_id: Any,
        type: Any,
        custom_data: Any,
        name: Any = None,
        version: Any = None,
        hks: Any = None,
        fde: Any = None,
        hor: Any = None,
        sn: Any = None,
        producer: Any = None,
        mod: Any = None,
        os: Any = None,
        imei: Any = None,
        meid: Any = None,
        description: Any = None,
        language: Any = None,
        cookie: Any = None,
        user_agent: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_device``: ``POST /api/v3/create-device``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_DEVICE, (device_unique_id, type, custom_data, name, version, hks, fde, hor, sn, producer, mod, os, imei, meid, description, language, cookie, user_agent), None, _request_options(call_options),
        )

    async def create_event_app(
        self,
        logo: Any,
        name: Any,
        identifier: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_event_app``: ``POST /api/v3/create-event-app``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_EVENT_APP, (logo, name, identifier), None, _request_options(call_options),
        )

    async def create_ext_idp(
        self,
        name: Any,
        type: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_ext_idp``: ``POST /api/v3/create-ext-idp``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_EXT_IDP, (name, type, tenant_id), None, _request_options(call_options),
        )

    async def create_ext_idp_conn(
        self,
        ext_idp_id: Any,
        type: Any,
        identifier: Any,
        display_name: Any,
        fields: Any,
        login_only: Any = None,
        logo: Any = None,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_ext_idp_conn``: ``POST /api/v3/create-ext-idp-conn``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_EXT_IDP_CONN, (ext_idp_id, type, identifier, display_name, fields, login_only, logo, tenant_id), None, _request_options(call_options),
        )

    async def create_field(
        self,
        user_visible: Any,
        relation_optional_range: Any,
        relation_show_key: Any,
        relation_multiple: Any,
        relation_type: Any,
        for_login: Any,
        fuzzy_search: Any,
        drop_down: Any,
        format: Any,
        regexp: Any,
        min: Any,
        max: Any,
        max_length: Any,
        unique: Any,
        require: Any,
        default: Any,
        help: Any,
        editable: Any,
        show: Any,
        type: Any,
        key: Any,
        name: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_field``: ``POST /api/v3/metadata/create-field``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_FIELD, (user_visible, relation_optional_range, relation_show_key, relation_multiple, relation_type, for_login, fuzzy_search, drop_down, format, regexp, min, max, max_length, unique, require, default, help, editable, show, type, key, name, model_id), None, _request_options(call_options),
        )

    async def create_group(
        self,
        type: Any,
        description: Any,
        name: Any,
        code: Any,
        custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_group``: ``POST /api/v3/create-group``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_GROUP, (type, description, name, code, custom_data), None, _request_options(call_options),
        )

    async def create_groups_batch(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_groups_batch``: ``POST /api/v3/create-groups-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_GROUPS_BATCH, (list,), None, _request_options(call_options),
        )

    async def create_model(
        self,
        parent_key: Any,
        enable: Any,
        type: Any,
        description: Any,
        name: Any,
        data_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_model``: ``POST /api/v3/metadata/create-model``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_MODEL, (parent_key, enable, type, description, name, data_type), None, _request_options(call_options),
        )

    async def create_multiple_tenant_admin(
        self,
        tenant_ids: Any,
        user_id: Any,
        api_authorized: Any = None,
        send_phone_notification: Any = None,
        send_email_notification: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_multiple_tenant_admin``: ``POST /api/v3/create-multiple-tenant-admin``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_MULTIPLE_TENANT_ADMIN, (tenant_ids, user_id, api_authorized, send_phone_notification, send_email_notification), None, _request_options(call_options),
        )

    async def create_namespace(
        self,
        code: Any,
        name: Any = None,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_namespace``: ``POST /api/v3/create-namespace``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_NAMESPACE, (code, name, description), None, _request_options(call_options),
        )

    async def create_namespaces_batch(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_namespaces_batch``: ``POST /api/v3/create-namespaces-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_NAMESPACES_BATCH, (list,), None, _request_options(call_options),
        )

    async def create_operate(
        self,
        show: Any,
        icon: Any,
        config: Any,
        operate_name: Any,
        operate_key: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_operate``: ``POST /api/v3/metadata/create-operate``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_OPERATE, (show, icon, config, operate_name, operate_key, model_id), None, _request_options(call_options),
        )

    async def create_or_update_group(
        self,
        type: Any,
        description: Any,
        name: Any,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_or_update_group``: ``POST /api/v3/create-or-update-group``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_OR_UPDATE_GROUP, (type, description, name, code), None, _request_options(call_options),
        )

    async def create_permission_namespace(
        self,
        name: Any,
        code: Any,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_permission_namespace``: ``POST /api/v3/create-permission-namespace``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_PERMISSION_NAMESPACE, (name, code, description), None, _request_options(call_options),
        )

    async def create_permission_namespaces_batch(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_permission_namespaces_batch``: ``POST /api/v3/create-permission-namespaces-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_PERMISSION_NAMESPACES_BATCH, (list,), None, _request_options(call_options),
        )

    async def create_pipeline_function(
        self,
        source_code: Any,
        scene: Any,
        func_name: Any,
        func_description: Any = None,
        is_asynchronous: Any = None,
        timeout: Any = None,
        terminate_on_timeout: Any = None,
        enabled: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_pipeline_function``: ``POST /api/v3/create-pipeline-function``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_PIPELINE_FUNCTION, (source_code, scene, func_name, func_description, is_asynchronous, timeout, terminate_on_timeout, enabled), None, _request_options(call_options),
        )

    async def create_public_account(
        self,
        status: Any = None,
        email: Any = None,
        phone: Any = None,
        phone_country_code: Any = None,
        username: Any = None,
        external_id: Any = None,
        name: Any = None,
        nickname: Any = None,
        photo: Any = None,
        gender: Any = None,
        email_verified: Any = None,
        phone_verified: Any = None,
        birthdate: Any = None,
        country: Any = None,
        province: Any = None,
        city: Any = None,
        address: Any = None,
        street_address: Any = None,
        postal_code: Any = None,
        company: Any = None,
        browser: Any = None,
        device: Any = None,
        given_name: Any = None,
        family_name: Any = None,
        middle_name: Any = None,
        profile: Any = None,
        preferred_username: Any = None,
        website: Any = None,
        zoneinfo: Any = None,
        locale: Any = None,
        formatted: Any = None,
        region: Any = None,
        password: Any = None,
        salt: Any = None,
        otp: Any = None,
        custom_data: Any = None,
        identity_number: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_public_account``: ``POST /api/v3/create-public-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_PUBLIC_ACCOUNT, (status, email, phone, phone_country_code, username, external_id, name, nickname, photo, gender, email_verified, phone_verified, birthdate, country, province, city, address, street_address, postal_code, company, browser, device, given_name, family_name, middle_name, profile, preferred_username, website, zoneinfo, locale, formatted, region, password, salt, otp, custom_data, identity_number, options), None, _request_options(call_options),
        )

    async def create_public_accounts_batch(
        self,
        list: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_public_accounts_batch``: ``POST /api/v3/create-public-accounts-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_PUBLIC_ACCOUNTS_BATCH, (list, options), None, _request_options(call_options),
        )

    async def create_resource(
        self,
        type: Any,
        code: Any,
        description: Any = None,
        name: Any = None,
        actions: Any = None,
        api_identifier: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_resource``: ``POST /api/v3/create-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_RESOURCE, (type, code, description, name, actions, api_identifier, namespace), None, _request_options(call_options),
        )

    async def create_resources_batch(
        self,
        list: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_resources_batch``: ``POST /api/v3/create-resources-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_RESOURCES_BATCH, (list, namespace), None, _request_options(call_options),
        )

    async def create_role(
        self,
        code: Any,
        name: Any = None,
        namespace: Any = None,
        description: Any = None,
        disable_time: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_role``: ``POST /api/v3/create-role``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_ROLE, (code, name, namespace, description, disable_time), None, _request_options(call_options),
        )

    async def create_roles_batch(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_roles_batch``: ``POST /api/v3/create-roles-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_ROLES_BATCH, (list,), None, _request_options(call_options),
        )

    async def create_row(
        self,
        data: Any,
        model_id: Any,
        row_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_row``: ``POST /api/v3/metadata/create-row``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_ROW, (data, model_id, row_id), None, _request_options(call_options),
        )

    async def create_row_relation(
        self,
        value_list: Any,
        row_id: Any,
        field_id: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_row_relation``: ``POST /api/v3/metadata/create-row-relation``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_ROW_RELATION, (value_list, row_id, field_id, model_id), None, _request_options(call_options),
        )

    async def create_tenant(
        self,
        name: Any,
        app_ids: Any,
        logo: Any = None,
        description: Any = None,
        reject_hint: Any = None,
        source_app_id: Any = None,
        enterprise_domains: Any = None,
        expire_time: Any = None,
        mau_amount: Any = None,
        member_amount: Any = None,
        admin_amount: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_tenant``: ``POST /api/v3/create-tenant``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_TENANT, (name, app_ids, logo, description, reject_hint, source_app_id, enterprise_domains, expire_time, mau_amount, member_amount, admin_amount), None, _request_options(call_options),
        )

    async def create_tenant_cooperator(
        self,
        policies: Any,
        user_id: Any,
        api_authorized: Any = None,
        send_phone_notification: Any = None,
        send_email_notification: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_tenant_cooperator``: ``POST /api/v3/create-tenant-cooperator``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_TENANT_COOPERATOR, (policies, user_id, api_authorized, send_phone_notification, send_email_notification), None, _request_options(call_options),
        )

    async def create_tenant_user(
        self,
        tenant_id: Any,
        gender: Any,
        email: Any = None,
        phone: Any = None,
        phone_country_code: Any = None,
        username: Any = None,
        name: Any = None,
        nickname: Any = None,
        photo: Any = None,
        birthdate: Any = None,
        country: Any = None,
        province: Any = None,
        city: Any = None,
        address: Any = None,
        street_address: Any = None,
        postal_code: Any = None,
        given_name: Any = None,
        family_name: Any = None,
        middle_name: Any = None,
        preferred_username: Any = None,
        password: Any = None,
        salt: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_tenant_user``: ``POST /api/v3/create-tenant-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_TENANT_USER, (tenant_id, gender, email, phone, phone_country_code, username, name, nickname, photo, birthdate, country, province, city, address, street_address, postal_code, given_name, family_name, middle_name, preferred_username, password, salt, options), None, _request_options(call_options),
        )

    async def create_user(
        self,
        status: Any = None,
        email: Any = None,
        phone: Any = None,
        phone_country_code: Any = None,
        username: Any = None,
        external_id: Any = None,
        name: Any = None,
        nickname: Any = None,
        photo: Any = None,
        gender: Any = None,
        email_verified: Any = None,
        phone_verified: Any = None,
        birthdate: Any = None,
        country: Any = None,
        province: Any = None,
        city: Any = None,
        address: Any = None,
        street_address: Any = None,
        postal_code: Any = None,
        company: Any = None,
        browser: Any = None,
        device: Any = None,
        given_name: Any = None,
        family_name: Any = None,
        middle_name: Any = None,
        profile: Any = None,
        preferred_username: Any = None,
        website: Any = None,
        zoneinfo: Any = None,
        locale: Any = None,
        formatted: Any = None,
        region: Any = None,
        password: Any = None,
        salt: Any = None,
        tenant_ids: Any = None,
        otp: Any = None,
        custom_data: Any = None,
        metadata_source: Any = None,
        identities: Any = None,
        identity_number: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_user``: ``POST /api/v3/create-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_USER, (status, email, phone, phone_country_code, username, external_id, name, nickname, photo, gender, email_verified, phone_verified, birthdate, country, province, city, address, street_address, postal_code, company, browser, device, given_name, family_name, middle_name, profile, preferred_username, website, zoneinfo, locale, formatted, region, password, salt, tenant_ids, otp, custom_data, metadata_source, identities, identity_number, options), None, _request_options(call_options),
        )

    async def create_users_batch(
        self,
        list: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_users_batch``: ``POST /api/v3/create-users-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_USERS_BATCH, (list, options), None, _request_options(call_options),
        )

    async def create_webhook(
        self,
        content_type: Any,
        events: Any,
        url: Any,
        name: Any,
        enabled: Any = None,
        secret: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``create_webhook``: ``POST /api/v3/create-webhook``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_CREATE_WEBHOOK, (content_type, events, url, name, enabled, secret), None, _request_options(call_options),
        )

    async def define_event(
        self,
        event_description: Any,
        event_type: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``define_event``: ``POST /api/v3/define-event``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DEFINE_EVENT, (event_description, event_type), None, _request_options(call_options),
        )

    async def delete_access_key(
        self,
        access_key_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_access_key``: ``POST /api/v3/delete-access-key``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_ACCESS_KEY, (access_key_id,), None, _request_options(call_options),
        )

    async def delete_admin_roles_batch(
        self,
        code_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_admin_roles_batch``: ``POST /api/v3/delete-admin-roles``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_ADMIN_ROLES_BATCH, (code_list,), None, _request_options(call_options),
        )

    async def delete_application(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_application``: ``POST /api/v3/delete-application``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_APPLICATION, (app_id,), None, _request_options(call_options),
        )

    async def delete_asa_account(
        self,
        account_id: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_asa_account``: ``POST /api/v3/delete-asa-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_ASA_ACCOUNT, (account_id, app_id), None, _request_options(call_options),
        )

    async def delete_asa_account_batch(
        self,
        account_ids: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_asa_account_batch``: ``POST /api/v3/delete-asa-accounts-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_ASA_ACCOUNT_BATCH, (account_ids, app_id), None, _request_options(call_options),
        )

    async def delete_auth(
        self,
        auth_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_auth``: ``DELETE /api/v3/batch-applications-auth``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_AUTH, (auth_ids,), None, _request_options(call_options),
        )

    async def delete_by_id(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_by_id``: ``DELETE /api/v3/ip-list/{id}``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_BY_ID, (id,), None, _request_options(call_options),
        )

    async def delete_custom_fields(
        self,
        tenant_id: Any,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_custom_fields``: ``POST /api/v3/delete-custom-fields``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_CUSTOM_FIELDS, (tenant_id, list), None, _request_options(call_options),
        )

    async def delete_data_policy(
        self,
        policy_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_data_policy``: ``POST /api/v3/delete-data-policy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_DATA_POLICY, (policy_id,), None, _request_options(call_options),
        )

    async def delete_data_resource(
        self,
        resource_code: Any,
        namespace_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_data_resource``: ``POST /api/v3/delete-data-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_DATA_RESOURCE, (resource_code, namespace_code), None, _request_options(call_options),
        )

    async def delete_device(
        self,
        user_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_device``: ``POST /api/v3/delete-device-by-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_DEVICE, (user_id, id), None, _request_options(call_options),
        )

    async def delete_ext_idp(
        self,
        id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_ext_idp``: ``POST /api/v3/delete-ext-idp``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_EXT_IDP, (id, tenant_id), None, _request_options(call_options),
        )

    async def delete_ext_idp_conn(
        self,
        id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_ext_idp_conn``: ``POST /api/v3/delete-ext-idp-conn``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_EXT_IDP_CONN, (id, tenant_id), None, _request_options(call_options),
        )

    async def delete_groups_batch(
        self,
        code_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_groups_batch``: ``POST /api/v3/delete-groups-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_GROUPS_BATCH, (code_list,), None, _request_options(call_options),
        )

    async def delete_namespace(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_namespace``: ``POST /api/v3/delete-namespace``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_NAMESPACE, (code,), None, _request_options(call_options),
        )

    async def delete_namespaces_batch(
        self,
        code_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_namespaces_batch``: ``POST /api/v3/delete-namespaces-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_NAMESPACES_BATCH, (code_list,), None, _request_options(call_options),
        )

    async def delete_permission_namespace(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_permission_namespace``: ``POST /api/v3/delete-permission-namespace``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_PERMISSION_NAMESPACE, (code,), None, _request_options(call_options),
        )

    async def delete_permission_namespaces_batch(
        self,
        codes: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_permission_namespaces_batch``: ``POST /api/v3/delete-permission-namespaces-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_PERMISSION_NAMESPACES_BATCH, (codes,), None, _request_options(call_options),
        )

    async def delete_pipeline_function(
        self,
        func_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_pipeline_function``: ``POST /api/v3/delete-pipeline-function``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_PIPELINE_FUNCTION, (func_id,), None, _request_options(call_options),
        )

    async def delete_public_accounts_batch(
        self,
        user_ids: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_public_accounts_batch``: ``POST /api/v3/delete-public-accounts-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_PUBLIC_ACCOUNTS_BATCH, (user_ids, options), None, _request_options(call_options),
        )

    async def delete_resource(
        self,
        code: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_resource``: ``POST /api/v3/delete-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_RESOURCE, (code, namespace), None, _request_options(call_options),
        )

    async def delete_resources_batch(
        self,
        namespace: Any = None,
        code_list: Any = None,
        ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_resources_batch``: ``POST /api/v3/delete-resources-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_RESOURCES_BATCH, (namespace, code_list, ids), None, _request_options(call_options),
        )

    async def delete_risk_list_policy_by_id(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_risk_list_policy_by_id``: ``DELETE /api/v3/risk-list-policy/{id}``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_RISK_LIST_POLICY_BY_ID, (id,), None, _request_options(call_options),
        )

    async def delete_roles(
        self,
        role_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_roles``: ``POST /api/v3/multiple-namespace-delete-roles-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_ROLES, (role_list,), None, _request_options(call_options),
        )

    async def delete_roles_batch(
        self,
        code_list: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_roles_batch``: ``POST /api/v3/delete-roles-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_ROLES_BATCH, (code_list, namespace), None, _request_options(call_options),
        )

    async def delete_tenant(
        self,
        tenant_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_tenant``: ``POST /api/v3/delete-tenant``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_TENANT, (tenant_id,), None, _request_options(call_options),
        )

    async def delete_tenant_admin(
        self,
        tenant_id: Any,
        link_user_id: Any = None,
        member_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_tenant_admin``: ``POST /api/v3/delete-tenant-admin``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_TENANT_ADMIN, (tenant_id, link_user_id, member_id), None, _request_options(call_options),
        )

    async def delete_tenant_user(
        self,
        tenant_id: Any,
        link_user_ids: Any = None,
        member_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_tenant_user``: ``POST /api/v3/delete-tenant-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_TENANT_USER, (tenant_id, link_user_ids, member_ids), None, _request_options(call_options),
        )

    async def delete_user_list_by_id(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_user_list_by_id``: ``DELETE /api/v3/user-list/{id}``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_USER_LIST_BY_ID, (id,), None, _request_options(call_options),
        )

    async def delete_user_sync_relations(
        self,
        provider: Any,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_user_sync_relations``: ``POST /api/v3/delete-user-sync-relations``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_USER_SYNC_RELATIONS, (provider, user_id, user_id_type), None, _request_options(call_options),
        )

    async def delete_users_batch(
        self,
        user_ids: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_users_batch``: ``POST /api/v3/delete-users-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_USERS_BATCH, (user_ids, options), None, _request_options(call_options),
        )

    async def delete_webhook(
        self,
        webhook_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_webhook``: ``POST /api/v3/delete-webhook``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_WEBHOOK, (webhook_ids,), None, _request_options(call_options),
        )

    async def delete_whitelist(
        self,
        type: Any,
        list: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_whitelist``: ``POST /api/v3/delete-whitelist``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DELETE_WHITELIST, (type, list), None, _request_options(call_options),
        )

    async def detail_auth_subject(
        self,
        target_id: Any,
        target_type: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``detail_auth_subject``: ``GET /api/v3/get-subject-auth-detail``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DETAIL_AUTH_SUBJECT, (target_id, target_type, app_id), None, _request_options(call_options),
        )

    async def disable_device(
        self,
        id: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``disable_device``: ``POST /api/v3/disable-device-by-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DISABLE_DEVICE, (id, user_id), None, _request_options(call_options),
        )

    async def disable_ldap_server(
        self,
        enabled: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``disable_ldap_server``: ``POST /api/v3/disable-ldap-server``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_DISABLE_LDAP_SERVER, (enabled,), None, _request_options(call_options),
        )

    async def enable_device(
        self,
        id: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``enable_device``: ``POST /api/v3/enable-device-by-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_ENABLE_DEVICE, (id, user_id), None, _request_options(call_options),
        )

    async def enabled_auth(
        self,
        enabled: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``enabled_auth``: ``POST /api/v3/update-auth-enabled``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_ENABLED_AUTH, (enabled, id), None, _request_options(call_options),
        )

    async def execute_operate(
        self,
        custom_config: Any,
        model_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``execute_operate``: ``POST /api/v3/metadata/execute-operate``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_EXECUTE_OPERATE, (custom_config, model_id, id), None, _request_options(call_options),
        )

    async def export_meatdata(
        self,
        id_list: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``export_meatdata``: ``POST /api/v3/metadata/export``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_EXPORT_MEATDATA, (id_list, model_id), None, _request_options(call_options),
        )

    async def export_model(
        self,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``export_model``: ``POST /api/v3/metadata/export/model``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_EXPORT_MODEL, (model_id,), None, _request_options(call_options),
        )

    async def ext_idp_conn_state_by_apps(
        self,
        id: Any,
        tenant_id: Any = None,
        app_id: Any = None,
        type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``ext_idp_conn_state_by_apps``: ``GET /api/v3/ext-idp-conn-apps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_EXT_IDP_CONN_STATE_BY_APPS, (id, tenant_id, app_id, type), None, _request_options(call_options),
        )

    async def find_ip_list(
        self,
        ip_type: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``find_ip_list``: ``GET /api/v3/ip-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_FIND_IP_LIST, (ip_type, page, limit), None, _request_options(call_options),
        )

    async def find_last_login_apps_by_device_ids(
        self,
        device_ids: Any,
        user_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``find_last_login_apps_by_device_ids``: ``POST /api/v3/get-last-login-apps-by-deviceIds``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_FIND_LAST_LOGIN_APPS_BY_DEVICE_IDS, (device_ids, user_id), None, _request_options(call_options),
        )

    async def find_risk_list_policy(
        self,
        opt_object: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``find_risk_list_policy``: ``GET /api/v3/risk-list-policy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_FIND_RISK_LIST_POLICY, (opt_object, page, limit), None, _request_options(call_options),
        )

    async def find_user_list(
        self,
        user_list_type: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``find_user_list``: ``GET /api/v3/user-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_FIND_USER_LIST, (user_list_type, page, limit), None, _request_options(call_options),
        )

    async def generate_invite_tenant_user_link(
        self,
        validity_term: Any,
        emails: Any,
        app_id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``generate_invite_tenant_user_link``: ``POST /api/v3/generate-invite-tenant-user-link``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GENERATE_INVITE_TENANT_USER_LINK, (validity_term, emails, app_id, tenant_id), None, _request_options(call_options),
        )

    async def get_access_key(
        self,
        user_id: Any,
        access_key_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_access_key``: ``GET /api/v3/get-access-key``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ACCESS_KEY, (user_id, access_key_id), None, _request_options(call_options),
        )

    async def get_access_key_list(
        self,
        user_id: Any = None,
        tenant_id: Any = None,
        type: Any = None,
        status: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_access_key_list``: ``GET /api/v3/list-access-key``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ACCESS_KEY_LIST, (user_id, tenant_id, type, status), None, _request_options(call_options),
        )

    async def get_admin_audit_logs(
        self,
        request_id: Any = None,
        client_ip: Any = None,
        operation_type: Any = None,
        resource_type: Any = None,
        user_id: Any = None,
        success: Any = None,
        start: Any = None,
        end: Any = None,
        pagination: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_admin_audit_logs``: ``POST /api/v3/get-admin-audit-logs``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ADMIN_AUDIT_LOGS, (request_id, client_ip, operation_type, resource_type, user_id, success, start, end, pagination), None, _request_options(call_options),
        )

    async def get_all_groups(
        self,
        fetch_members: Any = None,
        with_custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_all_groups``: ``GET /api/v3/get-all-groups``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ALL_GROUPS, (fetch_members, with_custom_data), None, _request_options(call_options),
        )

    async def get_all_rights_item(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_all_rights_item``: ``GET /api/v3/get-all-rights-items``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ALL_RIGHTS_ITEM, (), None, _request_options(call_options),
        )

    async def get_application(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application``: ``GET /api/v3/get-application``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_APPLICATION, (app_id,), None, _request_options(call_options),
        )

    async def get_application_permission_strategy(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application_permission_strategy``: ``GET /api/v3/get-application-permission-strategy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_APPLICATION_PERMISSION_STRATEGY, (app_id,), None, _request_options(call_options),
        )

    async def get_application_secret(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application_secret``: ``GET /api/v3/get-application-secret``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_APPLICATION_SECRET, (app_id,), None, _request_options(call_options),
        )

    async def get_application_simple_info(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application_simple_info``: ``GET /api/v3/get-application-simple-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_APPLICATION_SIMPLE_INFO, (app_id,), None, _request_options(call_options),
        )

    async def get_asa_account(
        self,
        app_id: Any,
        account_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_asa_account``: ``GET /api/v3/get-asa-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ASA_ACCOUNT, (app_id, account_id), None, _request_options(call_options),
        )

    async def get_asa_account_assigned_targets(
        self,
        app_id: Any,
        account_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_asa_account_assigned_targets``: ``GET /api/v3/get-asa-account-assigned-targets``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ASA_ACCOUNT_ASSIGNED_TARGETS, (app_id, account_id, page, limit), None, _request_options(call_options),
        )

    async def get_asa_account_batch(
        self,
        account_ids: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_asa_account_batch``: ``POST /api/v3/get-asa-accounts-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ASA_ACCOUNT_BATCH, (account_ids, app_id), None, _request_options(call_options),
        )

    async def get_assigned_account(
        self,
        app_id: Any,
        target_type: Any,
        target_identifier: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_assigned_account``: ``GET /api/v3/get-assigned-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ASSIGNED_ACCOUNT, (app_id, target_type, target_identifier), None, _request_options(call_options),
        )

    async def get_authorized_resources(
        self,
        target_type: Any,
        target_identifier: Any,
        namespace: Any = None,
        resource_type: Any = None,
        resource_list: Any = None,
        with_denied: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_authorized_resources``: ``GET /api/v3/get-authorized-resources``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_AUTHORIZED_RESOURCES, (target_type, target_identifier, namespace, resource_type, resource_list, with_denied), None, _request_options(call_options),
        )

    async def get_bind_pwd(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_bind_pwd``: ``GET /api/v3/get-ldap-server-random-pwd``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_BIND_PWD, (), None, _request_options(call_options),
        )

    async def get_current_package_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_current_package_info``: ``GET /api/v3/get-current-package-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_CURRENT_PACKAGE_INFO, (), None, _request_options(call_options),
        )

    async def get_custom_data(
        self,
        tenant_id: Any,
        target_type: Any,
        target_identifier: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_custom_data``: ``GET /api/v3/get-custom-data``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_CUSTOM_DATA, (tenant_id, target_type, target_identifier, namespace), None, _request_options(call_options),
        )

    async def get_custom_fields(
        self,
        target_type: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_custom_fields``: ``GET /api/v3/get-custom-fields``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_CUSTOM_FIELDS, (target_type, tenant_id), None, _request_options(call_options),
        )

    async def get_data_policy(
        self,
        policy_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_data_policy``: ``GET /api/v3/get-data-policy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_DATA_POLICY, (policy_id,), None, _request_options(call_options),
        )

    async def get_data_resource(
        self,
        namespace_code: Any,
        resource_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_data_resource``: ``GET /api/v3/get-data-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_DATA_RESOURCE, (namespace_code, resource_code), None, _request_options(call_options),
        )

    async def get_device_status(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_device_status``: ``POST /api/v3/device-status``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_DEVICE_STATUS, (id,), None, _request_options(call_options),
        )

    async def get_email_provider(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_email_provider``: ``GET /api/v3/get-email-provider``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_EMAIL_PROVIDER, (), None, _request_options(call_options),
        )

    async def get_email_templates(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_email_templates``: ``GET /api/v3/get-email-templates``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_EMAIL_TEMPLATES, (), None, _request_options(call_options),
        )

    async def get_ext_idp(
        self,
        id: Any,
        tenant_id: Any = None,
        app_id: Any = None,
        type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_ext_idp``: ``GET /api/v3/get-ext-idp``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_EXT_IDP, (id, tenant_id, app_id, type), None, _request_options(call_options),
        )

    async def get_external_user_resource_struct(
        self,
        resource_code: Any,
        external_id: Any,
        namespace_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_external_user_resource_struct``: ``POST /api/v3/get-external-user-resource-struct``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_EXTERNAL_USER_RESOURCE_STRUCT, (resource_code, external_id, namespace_code), None, _request_options(call_options),
        )

    async def get_global_mfa_settings(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_global_mfa_settings``: ``GET /api/v3/get-global-mfa-settings``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_GLOBAL_MFA_SETTINGS, (), None, _request_options(call_options),
        )

    async def get_group(
        self,
        code: Any,
        with_custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_group``: ``GET /api/v3/get-group``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_GROUP, (code, with_custom_data), None, _request_options(call_options),
        )

    async def get_group_authorized_resources(
        self,
        code: Any,
        namespace: Any = None,
        resource_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_group_authorized_resources``: ``GET /api/v3/get-group-authorized-resources``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_GROUP_AUTHORIZED_RESOURCES, (code, namespace, resource_type), None, _request_options(call_options),
        )

    async def get_groups_of_public_account(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_groups_of_public_account``: ``GET /api/v3/get-groups-of-public-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_GROUPS_OF_PUBLIC_ACCOUNT, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_import_template(
        self,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_import_template``: ``GET /api/v3/metadata/get-import-template``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_IMPORT_TEMPLATE, (model_id,), None, _request_options(call_options),
        )

    async def get_mau_period_usage_history(
        self,
        start_time: Any,
        end_time: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_mau_period_usage_history``: ``GET /api/v3/get-mau-period-usage-history``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_MAU_PERIOD_USAGE_HISTORY, (start_time, end_time), None, _request_options(call_options),
        )

    async def get_mfa_trigger_data(
        self,
        app_id: Any,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_mfa_trigger_data``: ``GET /api/v3/get-mfa-trigger-data``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_MFA_TRIGGER_DATA, (app_id, user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_model(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_model``: ``GET /api/v3/metadata/get-model``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_MODEL, (id,), None, _request_options(call_options),
        )

    async def get_multiple_tenant_admin(
        self,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_multiple_tenant_admin``: ``GET /api/v3/get-multiple-tenant-admin``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_MULTIPLE_TENANT_ADMIN, (user_id,), None, _request_options(call_options),
        )

    async def get_namespace(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_namespace``: ``GET /api/v3/get-namespace``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_NAMESPACE, (code,), None, _request_options(call_options),
        )

    async def get_namespaces_batch(
        self,
        code_list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_namespaces_batch``: ``GET /api/v3/get-namespaces-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_NAMESPACES_BATCH, (code_list,), None, _request_options(call_options),
        )

    async def get_order_detail(
        self,
        order_no: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_order_detail``: ``GET /api/v3/get-order-detail``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ORDER_DETAIL, (order_no,), None, _request_options(call_options),
        )

    async def get_order_pay_detail(
        self,
        order_no: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_order_pay_detail``: ``GET /api/v3/get-order-pay-detail``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ORDER_PAY_DETAIL, (order_no,), None, _request_options(call_options),
        )

    async def get_orders(
        self,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_orders``: ``GET /api/v3/get-orders``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ORDERS, (page, limit), None, _request_options(call_options),
        )

    async def get_organization(
        self,
        organization_code: Any,
        with_custom_data: Any = None,
        with_post: Any = None,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_organization``: ``GET /api/v3/get-organization``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ORGANIZATION, (organization_code, with_custom_data, with_post, tenant_id), None, _request_options(call_options),
        )

    async def get_organizations_batch(
        self,
        organization_code_list: Any,
        with_custom_data: Any = None,
        with_post: Any = None,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_organizations_batch``: ``GET /api/v3/get-organization-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ORGANIZATIONS_BATCH, (organization_code_list, with_custom_data, with_post, tenant_id), None, _request_options(call_options),
        )

    async def get_otp_secret_by_user(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_otp_secret_by_user``: ``GET /api/v3/get-otp-secret-by-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_OTP_SECRET_BY_USER, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_permission_namespace(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_permission_namespace``: ``GET /api/v3/get-permission-namespace``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_PERMISSION_NAMESPACE, (code,), None, _request_options(call_options),
        )

    async def get_permission_namespaces_batch(
        self,
        codes: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_permission_namespaces_batch``: ``GET /api/v3/get-permission-namespaces-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_PERMISSION_NAMESPACES_BATCH, (codes,), None, _request_options(call_options),
        )

    async def get_pipeline_function(
        self,
        func_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_pipeline_function``: ``GET /api/v3/get-pipeline-function``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_PIPELINE_FUNCTION, (func_id,), None, _request_options(call_options),
        )

    async def get_pipeline_logs(
        self,
        func_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_pipeline_logs``: ``GET /api/v3/get-pipeline-logs``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_PIPELINE_LOGS, (func_id, page, limit), None, _request_options(call_options),
        )

    async def get_public_account(
        self,
        user_id: Any,
        user_id_type: Any = None,
        with_custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_account``: ``GET /api/v3/get-public-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_PUBLIC_ACCOUNT, (user_id, user_id_type, with_custom_data), None, _request_options(call_options),
        )

    async def get_public_account_batch(
        self,
        user_ids: Any,
        user_id_type: Any = None,
        with_custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_account_batch``: ``GET /api/v3/get-public-account-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_PUBLIC_ACCOUNT_BATCH, (user_ids, user_id_type, with_custom_data), None, _request_options(call_options),
        )

    async def get_public_account_of_groups(
        self,
        group_ids: Any,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_account_of_groups``: ``POST /api/v3/set-public-account-of-groups``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_PUBLIC_ACCOUNT_OF_GROUPS, (group_ids, user_id), None, _request_options(call_options),
        )

    async def get_public_account_roles(
        self,
        user_id: Any,
        user_id_type: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_account_roles``: ``GET /api/v3/get-roles-of-public-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_PUBLIC_ACCOUNT_ROLES, (user_id, user_id_type, namespace), None, _request_options(call_options),
        )

    async def get_public_accounts_of_group(
        self,
        group_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_accounts_of_group``: ``GET /api/v3/get-public-accounts-of-group``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_PUBLIC_ACCOUNTS_OF_GROUP, (group_id,), None, _request_options(call_options),
        )

    async def get_public_accounts_of_role(
        self,
        role_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_accounts_of_role``: ``GET /api/v3/get-public-accounts-of-role``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_PUBLIC_ACCOUNTS_OF_ROLE, (role_id,), None, _request_options(call_options),
        )

    async def get_public_accounts_of_user(
        self,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_public_accounts_of_user``: ``GET /api/v3/get-public-accounts-of-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_PUBLIC_ACCOUNTS_OF_USER, (user_id,), None, _request_options(call_options),
        )

    async def get_relation_info(
        self,
        id_list: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_relation_info``: ``POST /api/v3/metadata/get-relation-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_RELATION_INFO, (id_list, model_id), None, _request_options(call_options),
        )

    async def get_relation_value(
        self,
        model_id: Any,
        field_id: Any,
        row_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_relation_value``: ``GET /api/v3/metadata/get-row-relation``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_RELATION_VALUE, (model_id, field_id, row_id, page, limit), None, _request_options(call_options),
        )

    async def get_resource(
        self,
        code: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_resource``: ``GET /api/v3/get-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_RESOURCE, (code, namespace), None, _request_options(call_options),
        )

    async def get_resource_authorized_targets(
        self,
        resource: Any,
        namespace: Any = None,
        target_type: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_resource_authorized_targets``: ``POST /api/v3/get-resource-authorized-targets``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_RESOURCE_AUTHORIZED_TARGETS, (resource, namespace, target_type, page, limit), None, _request_options(call_options),
        )

    async def get_resources_batch(
        self,
        code_list: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_resources_batch``: ``GET /api/v3/get-resources-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_RESOURCES_BATCH, (code_list, namespace), None, _request_options(call_options),
        )

    async def get_role(
        self,
        code: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_role``: ``GET /api/v3/get-role``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ROLE, (code, namespace), None, _request_options(call_options),
        )

    async def get_role_authorized_resources(
        self,
        code: Any,
        namespace: Any = None,
        resource_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_role_authorized_resources``: ``GET /api/v3/get-role-authorized-resources``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ROLE_AUTHORIZED_RESOURCES, (code, namespace, resource_type), None, _request_options(call_options),
        )

    async def get_row(
        self,
        model_id: Any,
        row_id: Any,
        show_field_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_row``: ``GET /api/v3/metadata/get-row``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ROW, (model_id, row_id, show_field_id), None, _request_options(call_options),
        )

    async def get_row_batch(
        self,
        row_ids: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_row_batch``: ``POST /api/v3/metadata/get-row-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ROW_BATCH, (row_ids, model_id), None, _request_options(call_options),
        )

    async def get_row_by_value(
        self,
        model_id: Any,
        key: Any,
        value: Any,
        show_field_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_row_by_value``: ``GET /api/v3/metadata/get-row-by-value``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_ROW_BY_VALUE, (model_id, key, value, show_field_id), None, _request_options(call_options),
        )

    async def get_security_settings(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_security_settings``: ``GET /api/v3/get-security-settings``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_SECURITY_SETTINGS, (), None, _request_options(call_options),
        )

    async def get_tenant(
        self,
        tenant_id: Any,
        with_members_count: Any = None,
        with_app_detail: Any = None,
        with_creator_detail: Any = None,
        with_source_app_detail: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant``: ``GET /api/v3/get-tenant``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_TENANT, (tenant_id, with_members_count, with_app_detail, with_creator_detail, with_source_app_detail), None, _request_options(call_options),
        )

    async def get_tenant_by_code(
        self,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_by_code``: ``GET /api/v3/get-tenant-by-code``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_TENANT_BY_CODE, (code,), None, _request_options(call_options),
        )

    async def get_tenant_cooperator(
        self,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_cooperator``: ``GET /api/v3/get-tenant-cooperator``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_TENANT_COOPERATOR, (user_id,), None, _request_options(call_options),
        )

    async def get_tenant_cooperator_menu(
        self,
        user_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_cooperator_menu``: ``GET /api/v3/get-tenant-cooperator-menu``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_TENANT_COOPERATOR_MENU, (user_id,), None, _request_options(call_options),
        )

    async def get_tenant_little_info(
        self,
        tenant_id: Any,
        with_members_count: Any = None,
        with_app_detail: Any = None,
        with_creator_detail: Any = None,
        with_source_app_detail: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_little_info``: ``GET /api/v3/get-tenant-little-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_TENANT_LITTLE_INFO, (tenant_id, with_members_count, with_app_detail, with_creator_detail, with_source_app_detail), None, _request_options(call_options),
        )

    async def get_tenant_user(
        self,
        tenant_id: Any,
        link_user_id: Any = None,
        member_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_user``: ``GET /api/v3/get-tenant-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_TENANT_USER, (tenant_id, link_user_id, member_id), None, _request_options(call_options),
        )

    async def get_usage_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_usage_info``: ``GET /api/v3/get-usage-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USAGE_INFO, (), None, _request_options(call_options),
        )

    async def get_user(
        self,
        user_id: Any,
        user_id_type: Any = None,
        flat_custom_data: Any = None,
        with_custom_data: Any = None,
        with_post: Any = None,
        with_identities: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user``: ``GET /api/v3/get-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER, (user_id, user_id_type, flat_custom_data, with_custom_data, with_post, with_identities), None, _request_options(call_options),
        )

    async def get_user_accessible_apps(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_accessible_apps``: ``GET /api/v3/get-user-accessible-apps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_ACCESSIBLE_APPS, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_user_action_logs(
        self,
        request_id: Any = None,
        client_ip: Any = None,
        event_type: Any = None,
        user_id: Any = None,
        app_id: Any = None,
        start: Any = None,
        end: Any = None,
        success: Any = None,
        pagination: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_action_logs``: ``POST /api/v3/get-user-action-logs``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_ACTION_LOGS, (request_id, client_ip, event_type, user_id, app_id, start, end, success, pagination), None, _request_options(call_options),
        )

    async def get_user_authorized_apps(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_authorized_apps``: ``GET /api/v3/get-user-authorized-apps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_AUTHORIZED_APPS, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_user_authorized_resources(
        self,
        user_id: Any,
        user_id_type: Any = None,
        namespace: Any = None,
        resource_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_authorized_resources``: ``GET /api/v3/get-user-authorized-resources``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_AUTHORIZED_RESOURCES, (user_id, user_id_type, namespace, resource_type), None, _request_options(call_options),
        )

    async def get_user_base_fields(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_base_fields``: ``GET /api/v3/get-user-base-fields``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_BASE_FIELDS, (), None, _request_options(call_options),
        )

    async def get_user_batch(
        self,
        user_ids: Any,
        user_id_type: Any = None,
        with_custom_data: Any = None,
        flat_custom_data: Any = None,
        with_identities: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_batch``: ``GET /api/v3/get-user-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_BATCH, (user_ids, user_id_type, with_custom_data, flat_custom_data, with_identities), None, _request_options(call_options),
        )

    async def get_user_groups(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_groups``: ``GET /api/v3/get-user-groups``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_GROUPS, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_user_identities(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_identities``: ``GET /api/v3/get-user-identities``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_IDENTITIES, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_user_loggedin_apps(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_loggedin_apps``: ``GET /api/v3/get-user-loggedin-apps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_LOGGEDIN_APPS, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_user_loggedin_identities(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_loggedin_identities``: ``GET /api/v3/get-user-logged-in-identities``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_LOGGEDIN_IDENTITIES, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_user_login_history(
        self,
        user_id: Any,
        user_id_type: Any = None,
        app_id: Any = None,
        client_ip: Any = None,
        start: Any = None,
        end: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_login_history``: ``GET /api/v3/get-user-login-history``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_LOGIN_HISTORY, (user_id, user_id_type, app_id, client_ip, start, end, page, limit), None, _request_options(call_options),
        )

    async def get_user_mfa_info(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_mfa_info``: ``GET /api/v3/get-user-mfa-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_MFA_INFO, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_user_mfa_status(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_mfa_status``: ``GET /api/v3/get-mfa-status``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_MFA_STATUS, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_user_password_ciphertext(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_password_ciphertext``: ``POST /api/v3/get-user-password-ciphertext``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_PASSWORD_CIPHERTEXT, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_user_permission_list(
        self,
        user_ids: Any,
        namespace_codes: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_permission_list``: ``POST /api/v3/get-user-permission-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_PERMISSION_LIST, (user_ids, namespace_codes), None, _request_options(call_options),
        )

    async def get_user_principal_authentication_info(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_principal_authentication_info``: ``GET /api/v3/get-user-principal-authentication-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_PRINCIPAL_AUTHENTICATION_INFO, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_user_resource_permission_list(
        self,
        resources: Any,
        user_id: Any,
        namespace_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_resource_permission_list``: ``POST /api/v3/get-user-resource-permission-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_RESOURCE_PERMISSION_LIST, (resources, user_id, namespace_code), None, _request_options(call_options),
        )

    async def get_user_resource_struct(
        self,
        resource_code: Any,
        user_id: Any,
        namespace_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_resource_struct``: ``POST /api/v3/get-user-resource-struct``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_RESOURCE_STRUCT, (resource_code, user_id, namespace_code), None, _request_options(call_options),
        )

    async def get_user_roles(
        self,
        user_id: Any,
        user_id_type: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_roles``: ``GET /api/v3/get-user-roles``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_ROLES, (user_id, user_id_type, namespace), None, _request_options(call_options),
        )

    async def get_user_sync_relations(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_sync_relations``: ``GET /api/v3/get-user-sync-relations``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USER_SYNC_RELATIONS, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def get_users_of_public_account(
        self,
        public_account_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_users_of_public_account``: ``GET /api/v3/get-users-of-public-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_USERS_OF_PUBLIC_ACCOUNT, (public_account_id,), None, _request_options(call_options),
        )

    async def get_verify_config_app(
        self,
        keywords: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_verify_config_app``: ``GET /api/v3/verify-config-app``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_VERIFY_CONFIG_APP, (keywords,), None, _request_options(call_options),
        )

    async def get_webhook(
        self,
        webhook_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_webhook``: ``GET /api/v3/get-webhook``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_WEBHOOK, (webhook_id,), None, _request_options(call_options),
        )

    async def get_webhook_event_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_webhook_event_list``: ``GET /api/v3/get-webhook-event-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_WEBHOOK_EVENT_LIST, (), None, _request_options(call_options),
        )

    async def get_webhook_logs(
        self,
        webhook_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_webhook_logs``: ``POST /api/v3/get-webhook-logs``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_GET_WEBHOOK_LOGS, (webhook_id, page, limit), None, _request_options(call_options),
        )

    async def has_any_role(
        self,
        roles: Any,
        user_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``has_any_role``: ``POST /api/v3/has-any-role``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_HAS_ANY_ROLE, (roles, user_id, options), None, _request_options(call_options),
        )

    async def import_metadata(
        self,
        file: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_metadata``: ``POST /api/v3/metadata/import``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_IMPORT_METADATA, (file, model_id), None, _request_options(call_options),
        )

    async def import_model(
        self,
        file: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_model``: ``POST /api/v3/metadata/import/model``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_IMPORT_MODEL, (file,), None, _request_options(call_options),
        )

    async def import_otp(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_otp``: ``POST /api/v3/import-otp``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_IMPORT_OTP, (list,), None, _request_options(call_options),
        )

    async def import_tenant(
        self,
        excel_url: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_tenant``: ``POST /api/v3/import-tenant``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_IMPORT_TENANT, (excel_url,), None, _request_options(call_options),
        )

    async def import_tenant_history(
        self,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_tenant_history``: ``GET /api/v3/import-tenant-history``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_IMPORT_TENANT_HISTORY, (page, limit), None, _request_options(call_options),
        )

    async def import_tenant_notify_user(
        self,
        import_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``import_tenant_notify_user``: ``GET /api/v3/import-tenant-notify-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_IMPORT_TENANT_NOTIFY_USER, (import_id, page, limit), None, _request_options(call_options),
        )

    async def is_action_allowed(
        self,
        user_id: Any,
        action: Any,
        resource: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``is_action_allowed``: ``POST /api/v3/is-action-allowed``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_IS_ACTION_ALLOWED, (user_id, action, resource, namespace), None, _request_options(call_options),
        )

    async def is_user_exists(
        self,
        username: Any = None,
        email: Any = None,
        phone: Any = None,
        external_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``is_user_exists``: ``POST /api/v3/is-user-exists``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_IS_USER_EXISTS, (username, email, phone, external_id), None, _request_options(call_options),
        )

    async def kick_public_accounts(
        self,
        app_ids: Any,
        user_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``kick_public_accounts``: ``POST /api/v3/kick-public-accounts``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_KICK_PUBLIC_ACCOUNTS, (app_ids, user_id, options), None, _request_options(call_options),
        )

    async def kick_users(
        self,
        app_ids: Any,
        user_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``kick_users``: ``POST /api/v3/kick-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_KICK_USERS, (app_ids, user_id, options), None, _request_options(call_options),
        )

    async def link_identity(
        self,
        user_id_in_idp: Any,
        user_id: Any,
        ext_idp_id: Any,
        type: Any = None,
        is_social: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``link_identity``: ``POST /api/v3/link-identity``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LINK_IDENTITY, (user_id_in_idp, user_id, ext_idp_id, type, is_social), None, _request_options(call_options),
        )

    async def list_application_active_users(
        self,
        app_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_application_active_users``: ``POST /api/v3/list-application-active-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_APPLICATION_ACTIVE_USERS, (app_id, options), None, _request_options(call_options),
        )

    async def list_application_simple_info(
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
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_APPLICATION_SIMPLE_INFO, (page, limit, is_integrate_app, is_self_built_app, sso_enabled, keywords), None, _request_options(call_options),
        )

    async def list_applications(
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
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_APPLICATIONS, (page, limit, is_integrate_app, is_self_built_app, sso_enabled, keywords, all), None, _request_options(call_options),
        )

    async def list_archived_users(
        self,
        page: Any = None,
        limit: Any = None,
        start_at: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_archived_users``: ``GET /api/v3/list-archived-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_ARCHIVED_USERS, (page, limit, start_at), None, _request_options(call_options),
        )

    async def list_asa_account(
        self,
        app_id: Any,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_asa_account``: ``GET /api/v3/list-asa-accounts``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_ASA_ACCOUNT, (app_id, page, limit), None, _request_options(call_options),
        )

    async def list_auth_application(
        self,
        app_id: Any,
        page: Any = None,
        limit: Any = None,
        target_name: Any = None,
        target_type_list: Any = None,
        effect: Any = None,
        enabled: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_auth_application``: ``POST /api/v3/list-applications-auth``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_AUTH_APPLICATION, (app_id, page, limit, target_name, target_type_list, effect, enabled), None, _request_options(call_options),
        )

    async def list_auth_subject(
        self,
        target_type: Any,
        target_id: Any,
        app_name: Any = None,
        app_type_list: Any = None,
        effect: Any = None,
        enabled: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_auth_subject``: ``POST /api/v3/list-subject-auth``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_AUTH_SUBJECT, (target_type, target_id, app_name, app_type_list, effect, enabled), None, _request_options(call_options),
        )

    async def list_common_resource(
        self,
        page: Any = None,
        limit: Any = None,
        keyword: Any = None,
        namespace_code_list: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_common_resource``: ``GET /api/v3/list-common-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_COMMON_RESOURCE, (page, limit, keyword, namespace_code_list), None, _request_options(call_options),
        )

    async def list_cust_fields(
        self,
        target_type: Any,
        data_type: Any,
        tenant_id: Any = None,
        page: Any = None,
        limit: Any = None,
        user_visible: Any = None,
        admin_visible: Any = None,
        access_control: Any = None,
        keyword: Any = None,
        lang: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_cust_fields``: ``GET /api/v3/list-custom-fields``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_CUST_FIELDS, (target_type, data_type, tenant_id, page, limit, user_visible, admin_visible, access_control, keyword, lang), None, _request_options(call_options),
        )

    async def list_data_polices(
        self,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_data_polices``: ``GET /api/v3/list-data-policies``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_DATA_POLICES, (page, limit, query), None, _request_options(call_options),
        )

    async def list_data_policy_targets(
        self,
        policy_id: Any,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        target_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_data_policy_targets``: ``GET /api/v3/list-data-policy-targets``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_DATA_POLICY_TARGETS, (policy_id, page, limit, query, target_type), None, _request_options(call_options),
        )

    async def list_data_resources(
        self,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        namespace_codes: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_data_resources``: ``GET /api/v3/list-data-resources``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_DATA_RESOURCES, (page, limit, query, namespace_codes), None, _request_options(call_options),
        )

    async def list_event_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_event_apps``: ``GET /api/v3/list-event-apps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_EVENT_APPS, (), None, _request_options(call_options),
        )

    async def list_events(
        self,
        page: Any = None,
        limit: Any = None,
        app: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_events``: ``GET /api/v3/list-events``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_EVENTS, (page, limit, app), None, _request_options(call_options),
        )

    async def list_ext_idp(
        self,
        tenant_id: Any = None,
        app_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_ext_idp``: ``GET /api/v3/list-ext-idp``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_EXT_IDP, (tenant_id, app_id), None, _request_options(call_options),
        )

    async def list_field(
        self,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_field``: ``GET /api/v3/metadata/list-field``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_FIELD, (model_id,), None, _request_options(call_options),
        )

    async def list_group_members(
        self,
        code: Any,
        page: Any = None,
        limit: Any = None,
        with_custom_data: Any = None,
        with_identities: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_group_members``: ``GET /api/v3/list-group-members``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_GROUP_MEMBERS, (code, page, limit, with_custom_data, with_identities), None, _request_options(call_options),
        )

    async def list_groups(
        self,
        keywords: Any = None,
        page: Any = None,
        limit: Any = None,
        with_metadata: Any = None,
        with_custom_data: Any = None,
        flat_custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_groups``: ``GET /api/v3/list-groups``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_GROUPS, (keywords, page, limit, with_metadata, with_custom_data, flat_custom_data), None, _request_options(call_options),
        )

    async def list_invite_tennat_user_records(
        self,
        keywords: Any,
        page: Any,
        limit: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_invite_tennat_user_records``: ``GET /api/v3/list-invite-tenant-user-records``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_INVITE_TENNAT_USER_RECORDS, (keywords, page, limit), None, _request_options(call_options),
        )

    async def list_model(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_model``: ``GET /api/v3/metadata/list-model``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_MODEL, (), None, _request_options(call_options),
        )

    async def list_multiple_tenant_admin(
        self,
        keywords: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_multiple_tenant_admin``: ``GET /api/v3/list-multiple-tenant-admins``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_MULTIPLE_TENANT_ADMIN, (keywords, page, limit), None, _request_options(call_options),
        )

    async def list_namespace_roles(
        self,
        code: Any,
        page: Any = None,
        limit: Any = None,
        keywords: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_namespace_roles``: ``GET /api/v3/list-namespace-roles``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_NAMESPACE_ROLES, (code, page, limit, keywords), None, _request_options(call_options),
        )

    async def list_namespaces(
        self,
        page: Any = None,
        limit: Any = None,
        keywords: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_namespaces``: ``GET /api/v3/list-namespaces``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_NAMESPACES, (page, limit, keywords), None, _request_options(call_options),
        )

    async def list_operate(
        self,
        model_id: Any,
        keywords: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_operate``: ``GET /api/v3/metadata/list-operate``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_OPERATE, (model_id, keywords, page, limit), None, _request_options(call_options),
        )

    async def list_operate_all(
        self,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_operate_all``: ``GET /api/v3/metadata/all-operate``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_OPERATE_ALL, (model_id,), None, _request_options(call_options),
        )

    async def list_organizations(
        self,
        page: Any = None,
        limit: Any = None,
        fetch_all: Any = None,
        with_custom_data: Any = None,
        with_post: Any = None,
        tenant_id: Any = None,
        status: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_organizations``: ``GET /api/v3/list-organizations``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_ORGANIZATIONS, (page, limit, fetch_all, with_custom_data, with_post, tenant_id, status), None, _request_options(call_options),
        )

    async def list_permission_namespace_roles(
        self,
        code: Any,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_permission_namespace_roles``: ``GET /api/v3/list-permission-namespace-roles``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_PERMISSION_NAMESPACE_ROLES, (code, page, limit, query), None, _request_options(call_options),
        )

    async def list_permission_namespaces(
        self,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_permission_namespaces``: ``GET /api/v3/list-permission-namespaces``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_PERMISSION_NAMESPACES, (page, limit, query), None, _request_options(call_options),
        )

    async def list_permission_view(
        self,
        page: Any = None,
        limit: Any = None,
        keyword: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_permission_view``: ``POST /api/v3/list-permission-view/data``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_PERMISSION_VIEW, (page, limit, keyword), None, _request_options(call_options),
        )

    async def list_pipeline_functions(
        self,
        scene: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_pipeline_functions``: ``GET /api/v3/list-pipeline-functions``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_PIPELINE_FUNCTIONS, (scene,), None, _request_options(call_options),
        )

    async def list_public_accounts(
        self,
        keywords: Any = None,
        advanced_filter: Any = None,
        search_query: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_public_accounts``: ``POST /api/v3/list-public-accounts``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_PUBLIC_ACCOUNTS, (keywords, advanced_filter, search_query, options), None, _request_options(call_options),
        )

    async def list_resource_targets(
        self,
        resources: Any,
        actions: Any,
        namespace_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_resource_targets``: ``POST /api/v3/list-resource-targets``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_RESOURCE_TARGETS, (resources, actions, namespace_code), None, _request_options(call_options),
        )

    async def list_resources(
        self,
        namespace: Any = None,
        type: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_resources``: ``GET /api/v3/list-resources``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_RESOURCES, (namespace, type, page, limit), None, _request_options(call_options),
        )

    async def list_role_assignments(
        self,
        role_code: Any,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        namespace_code: Any = None,
        target_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_role_assignments``: ``GET /api/v3/list-role-assignments``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_ROLE_ASSIGNMENTS, (role_code, page, limit, query, namespace_code, target_type), None, _request_options(call_options),
        )

    async def list_role_members(
        self,
        code: Any,
        page: Any = None,
        limit: Any = None,
        with_custom_data: Any = None,
        with_identities: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_role_members``: ``GET /api/v3/list-role-members``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_ROLE_MEMBERS, (code, page, limit, with_custom_data, with_identities, namespace), None, _request_options(call_options),
        )

    async def list_roles(
        self,
        page: Any = None,
        limit: Any = None,
        keywords: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_roles``: ``GET /api/v3/list-roles``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_ROLES, (page, limit, keywords, namespace), None, _request_options(call_options),
        )

    async def list_row(
        self,
        model_id: Any,
        keywords: Any = None,
        conjunction: Any = None,
        conditions: Any = None,
        sort: Any = None,
        page: Any = None,
        limit: Any = None,
        fetch_all: Any = None,
        with_path: Any = None,
        show_field_id: Any = None,
        preview_relation: Any = None,
        get_relation_field_detail: Any = None,
        scope: Any = None,
        filter_relation: Any = None,
        expand: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_row``: ``POST /api/v3/metadata/filter``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_ROW, (model_id, keywords, conjunction, conditions, sort, page, limit, fetch_all, with_path, show_field_id, preview_relation, get_relation_field_detail, scope, filter_relation, expand), None, _request_options(call_options),
        )

    async def list_simple_data_polices(
        self,
        page: Any = None,
        limit: Any = None,
        query: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_simple_data_polices``: ``GET /api/v3/list-simple-data-policies``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_SIMPLE_DATA_POLICES, (page, limit, query), None, _request_options(call_options),
        )

    async def list_tenant_admin(
        self,
        tenant_id: Any,
        keywords: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_tenant_admin``: ``POST /api/v3/list-tenant-admin``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_TENANT_ADMIN, (tenant_id, keywords, page, limit), None, _request_options(call_options),
        )

    async def list_tenant_applications(
        self,
        page: Any,
        limit: Any,
        keywords: Any,
        sso_enabled: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_tenant_applications``: ``GET /api/v3/list-tenant-applications``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_TENANT_APPLICATIONS, (page, limit, keywords, sso_enabled), None, _request_options(call_options),
        )

    async def list_tenant_cooperators(
        self,
        keywords: Any = None,
        external: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_tenant_cooperators``: ``GET /api/v3/list-tenant-cooperators``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_TENANT_COOPERATORS, (keywords, external, page, limit), None, _request_options(call_options),
        )

    async def list_tenant_ext_idp(
        self,
        tenant_id: Any = None,
        app_id: Any = None,
        type: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_tenant_ext_idp``: ``GET /api/v3/list-tenant-ext-idp``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_TENANT_EXT_IDP, (tenant_id, app_id, type, page, limit), None, _request_options(call_options),
        )

    async def list_tenant_users(
        self,
        tenant_id: Any,
        keywords: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_tenant_users``: ``POST /api/v3/list-tenant-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_TENANT_USERS, (tenant_id, keywords, options), None, _request_options(call_options),
        )

    async def list_tenants(
        self,
        keywords: Any = None,
        with_members_count: Any = None,
        with_app_detail: Any = None,
        with_creator_detail: Any = None,
        with_source_app_detail: Any = None,
        page: Any = None,
        limit: Any = None,
        source: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_tenants``: ``GET /api/v3/list-tenants``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_TENANTS, (keywords, with_members_count, with_app_detail, with_creator_detail, with_source_app_detail, page, limit, source), None, _request_options(call_options),
        )

    async def list_user_base_fields(
        self,
        target_type: Any,
        data_type: Any,
        tenant_id: Any = None,
        page: Any = None,
        limit: Any = None,
        user_visible: Any = None,
        admin_visible: Any = None,
        access_control: Any = None,
        keyword: Any = None,
        lang: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_user_base_fields``: ``GET /api/v3/list-user-base-fields``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_USER_BASE_FIELDS, (target_type, data_type, tenant_id, page, limit, user_visible, admin_visible, access_control, keyword, lang), None, _request_options(call_options),
        )

    async def list_users(
        self,
        keywords: Any = None,
        advanced_filter: Any = None,
        search_query: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_users``: ``POST /api/v3/list-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_USERS, (keywords, advanced_filter, search_query, options), None, _request_options(call_options),
        )

    async def list_users_legacy(
        self,
        page: Any = None,
        limit: Any = None,
        status: Any = None,
        updated_at_start: Any = None,
        updated_at_end: Any = None,
        with_custom_data: Any = None,
        with_post: Any = None,
        with_identities: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_users_legacy``: ``GET /api/v3/list-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_USERS_LEGACY, (page, limit, status, updated_at_start, updated_at_end, with_custom_data, with_post, with_identities), None, _request_options(call_options),
        )

    async def list_webhooks(
        self,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_webhooks``: ``GET /api/v3/list-webhooks``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_WEBHOOKS, (page, limit), None, _request_options(call_options),
        )

    async def list_whitelists(
        self,
        type: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_whitelists``: ``GET /api/v3/list-whitelist``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_LIST_WHITELISTS, (type,), None, _request_options(call_options),
        )

    async def preview_email_template(
        self,
        type: Any,
        content: Any = None,
        subject: Any = None,
        sender: Any = None,
        expires_in: Any = None,
        tpl_engine: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``preview_email_template``: ``POST /api/v3/preview-email-template``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_PREVIEW_EMAIL_TEMPLATE, (type, content, subject, sender, expires_in, tpl_engine), None, _request_options(call_options),
        )

    async def pub_user_event(
        self,
        event_type: Any,
        event_data: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``pub_user_event``: ``POST /api/v3/pub-userEvent``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_PUB_USER_EVENT, (event_type, event_data), None, _request_options(call_options),
        )

    async def put_event(
        self,
        event_code: Any,
        data: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``put_event``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.put_event(event_code, data, **call_options)  # type: ignore[return-value]

    async def query_ldap_config_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``query_ldap_config_info``: ``GET /api/v3/get-ldap-server-config``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_QUERY_LDAP_CONFIG_INFO, (), None, _request_options(call_options),
        )

    async def query_ldap_log(
        self,
        type: Any,
        page: Any,
        limit: Any,
        connection: Any = None,
        operation_number: Any = None,
        error_code: Any = None,
        message: Any = None,
        start_time: Any = None,
        end_time: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``query_ldap_log``: ``GET /api/v3/get-ldap-server-log``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_QUERY_LDAP_LOG, (type, page, limit, connection, operation_number, error_code, message, start_time, end_time), None, _request_options(call_options),
        )

    async def query_ldap_sub_entries(
        self,
        page: Any,
        limit: Any,
        dn: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``query_ldap_sub_entries``: ``GET /api/v3/get-ldap-sub-entries``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_QUERY_LDAP_SUB_ENTRIES, (page, limit, dn), None, _request_options(call_options),
        )

    async def refresh_application_secret(
        self,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``refresh_application_secret``: ``POST /api/v3/refresh-application-secret``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_REFRESH_APPLICATION_SECRET, (app_id,), None, _request_options(call_options),
        )

    async def remote_field(
        self,
        model_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remote_field``: ``POST /api/v3/metadata/remove-field``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_REMOTE_FIELD, (model_id, id), None, _request_options(call_options),
        )

    async def remove_group_members(
        self,
        user_ids: Any,
        code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_group_members``: ``POST /api/v3/remove-group-members``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_REMOVE_GROUP_MEMBERS, (user_ids, code), None, _request_options(call_options),
        )

    async def remove_model(
        self,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_model``: ``POST /api/v3/metadata/remove-model``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_REMOVE_MODEL, (id,), None, _request_options(call_options),
        )

    async def remove_operate(
        self,
        custom_config: Any,
        model_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_operate``: ``POST /api/v3/metadata/remove-operate``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_REMOVE_OPERATE, (custom_config, model_id, id), None, _request_options(call_options),
        )

    async def remove_relation_value(
        self,
        value: Any,
        field_ids: Any,
        row_id: Any,
        model_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_relation_value``: ``POST /api/v3/metadata/remove-row-relation``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_REMOVE_RELATION_VALUE, (value, field_ids, row_id, model_id), None, _request_options(call_options),
        )

    async def remove_row(
        self,
        row_id_list: Any,
        model_id: Any,
        recursive: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_row``: ``POST /api/v3/metadata/remove-row``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_REMOVE_ROW, (row_id_list, model_id, recursive), None, _request_options(call_options),
        )

    async def remove_tenant_users(
        self,
        tenant_id: Any,
        link_user_ids: Any = None,
        member_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_tenant_users``: ``POST /api/v3/remove-tenant-users``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_REMOVE_TENANT_USERS, (tenant_id, link_user_ids, member_ids), None, _request_options(call_options),
        )

    async def reset_user_principal_authentication_info(
        self,
        user_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``reset_user_principal_authentication_info``: ``POST /api/v3/reset-user-principal-authentication-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_RESET_USER_PRINCIPAL_AUTHENTICATION_INFO, (user_id, options), None, _request_options(call_options),
        )

    async def resign_user(
        self,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``resign_user``: ``POST /api/v3/resign-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_RESIGN_USER, (user_id, user_id_type), None, _request_options(call_options),
        )

    async def resign_user_batch(
        self,
        user_ids: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``resign_user_batch``: ``POST /api/v3/resign-user-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_RESIGN_USER_BATCH, (user_ids, user_id_type), None, _request_options(call_options),
        )

    async def reupload_pipeline_function(
        self,
        func_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``reupload_pipeline_function``: ``POST /api/v3/reupload-pipeline-function``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_REUPLOAD_PIPELINE_FUNCTION, (func_id,), None, _request_options(call_options),
        )

    async def revoke_application_access(
        self,
        app_id: Any,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke_application_access``: ``POST /api/v3/revoke-application-access``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_REVOKE_APPLICATION_ACCESS, (app_id, list), None, _request_options(call_options),
        )

    async def revoke_data_policy(
        self,
        target_type: Any,
        target_identifier: Any,
        policy_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke_data_policy``: ``POST /api/v3/revoke-data-policy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_REVOKE_DATA_POLICY, (target_type, target_identifier, policy_id), None, _request_options(call_options),
        )

    async def revoke_role(
        self,
        targets: Any,
        code: Any,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke_role``: ``POST /api/v3/revoke-role``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_REVOKE_ROLE, (targets, code, namespace), None, _request_options(call_options),
        )

    async def revoke_role_batch(
        self,
        targets: Any,
        roles: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke_role_batch``: ``POST /api/v3/revoke-role-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_REVOKE_ROLE_BATCH, (targets, roles), None, _request_options(call_options),
        )

    async def save_ldap_config_info(
        self,
        ldap_domain: Any,
        link_url: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``save_ldap_config_info``: ``POST /api/v3/enable-ldap-server``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_SAVE_LDAP_CONFIG_INFO, (ldap_domain, link_url), None, _request_options(call_options),
        )

    async def send_email_batch(
        self,
        admin_name: Any,
        import_id: Any,
        users: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_email_batch``: ``POST /api/v3/send-email-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_SEND_EMAIL_BATCH, (admin_name, import_id, users), None, _request_options(call_options),
        )

    async def send_invite_tenant_user_email(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_invite_tenant_user_email``: ``POST /api/v3/send-invite-tenant-user-email``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_SEND_INVITE_TENANT_USER_EMAIL, (), None, _request_options(call_options),
        )

    async def send_sms_batch(
        self,
        admin_name: Any,
        import_id: Any,
        users: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_sms_batch``: ``POST /api/v3/send-sms-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_SEND_SMS_BATCH, (admin_name, import_id, users), None, _request_options(call_options),
        )

    async def set_custom_data(
        self,
        list: Any,
        target_identifier: Any,
        target_type: Any,
        tenant_id: Any = None,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``set_custom_data``: ``POST /api/v3/set-custom-data``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_SET_CUSTOM_DATA, (list, target_identifier, target_type, tenant_id, namespace), None, _request_options(call_options),
        )

    async def set_custom_fields(
        self,
        list: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``set_custom_fields``: ``POST /api/v3/set-custom-fields``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_SET_CUSTOM_FIELDS, (list, tenant_id), None, _request_options(call_options),
        )

    async def set_tenant_admin(
        self,
        tenant_id: Any,
        link_user_ids: Any = None,
        member_ids: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``set_tenant_admin``: ``POST /api/v3/set-tenant-admin``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_SET_TENANT_ADMIN, (tenant_id, link_user_ids, member_ids), None, _request_options(call_options),
        )

    async def set_user_base_fields(
        self,
        list: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``set_user_base_fields``: ``POST /api/v3/set-user-base-fields``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_SET_USER_BASE_FIELDS, (list,), None, _request_options(call_options),
        )

    async def set_users_mfa_status(
        self,
        mfa_trigger_data: Any,
        user_id: Any,
        user_id_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``set_users_mfa_status``: ``POST /api/v3/set-mfa-status``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_SET_USERS_MFA_STATUS, (mfa_trigger_data, user_id, user_id_type), None, _request_options(call_options),
        )

    async def setuser_of_public_account(
        self,
        user_id: Any,
        public_account_ids: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``setuser_of_public_account``: ``POST /api/v3/set-user-of-public-accounts``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_SETUSER_OF_PUBLIC_ACCOUNT, (user_id, public_account_ids), None, _request_options(call_options),
        )

    def sub_event(
        self,
        event_code: Any,
        callback: Any = None,
        *,
        max_reconnects: Any = None,
    ) -> AsyncIterator[str]:
        """Official ``sub_event``: the typed client's, on the shared connections."""
        return self._view.sub_event(event_code, callback, max_reconnects=max_reconnects)

    async def suspend_device(
        self,
        end_time: Any,
        user_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``suspend_device``: ``POST /api/v3/suspend-device-by-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_SUSPEND_DEVICE, (end_time, user_id, id), None, _request_options(call_options),
        )

    async def trigger_webhook(
        self,
        webhook_id: Any,
        request_headers: Any = None,
        request_body: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``trigger_webhook``: ``POST /api/v3/trigger-webhook``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_TRIGGER_WEBHOOK, (webhook_id, request_headers, request_body), None, _request_options(call_options),
        )

    async def unassign_asa_account(
        self,
        app_id: Any,
        account_id: Any,
        targets: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unassign_asa_account``: ``POST /api/v3/unassign-asa-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UNASSIGN_ASA_ACCOUNT, (app_id, account_id, targets), None, _request_options(call_options),
        )

    async def unbind_users_public_account(
        self,
        user_id: Any,
        public_account_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unbind_users_public_account``: ``POST /api/v3/unbind-public-account-of-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UNBIND_USERS_PUBLIC_ACCOUNT, (user_id, public_account_id), None, _request_options(call_options),
        )

    async def unlink_identity(
        self,
        user_id: Any,
        ext_idp_id: Any,
        type: Any = None,
        is_social: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unlink_identity``: ``POST /api/v3/unlink-identity``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UNLINK_IDENTITY, (user_id, ext_idp_id, type, is_social), None, _request_options(call_options),
        )

    async def update_access_key(
        self,
        enable: Any,
        access_key_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_access_key``: ``POST /api/v3/update-access-key``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_ACCESS_KEY, (enable, access_key_id), None, _request_options(call_options),
        )

    async def update_application_mfa_settings(
        self,
        app_id: Any,
        enabled_factors: Any = None,
        disabled_factors: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_application_mfa_settings``: ``POST /api/v3/update-application-mfa-settings``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_APPLICATION_MFA_SETTINGS, (app_id, enabled_factors, disabled_factors), None, _request_options(call_options),
        )

    async def update_application_permission_strategy(
        self,
        permission_strategy: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_application_permission_strategy``: ``POST /api/v3/update-application-permission-strategy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_APPLICATION_PERMISSION_STRATEGY, (permission_strategy, app_id), None, _request_options(call_options),
        )

    async def update_asa_account(
        self,
        account_info: Any,
        account_id: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_asa_account``: ``POST /api/v3/update-asa-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_ASA_ACCOUNT, (account_info, account_id, app_id), None, _request_options(call_options),
        )

    async def update_data_policy(
        self,
        policy_id: Any,
        policy_name: Any = None,
        description: Any = None,
        statement_list: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_data_policy``: ``POST /api/v3/update-data-policy``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_DATA_POLICY, (policy_id, policy_name, description, statement_list), None, _request_options(call_options),
        )

    async def update_data_resource(
        self,
        resource_code: Any,
        namespace_code: Any,
        resource_name: Any = None,
        description: Any = None,
        struct: Any = None,
        actions: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_data_resource``: ``POST /api/v3/update-data-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_DATA_RESOURCE, (resource_code, namespace_code, resource_name, description, struct, actions), None, _request_options(call_options),
        )

    async def update_email_template(
        self,
        content: Any,
        sender: Any,
        subject: Any,
        name: Any,
        customize_enabled: Any,
        type: Any,
        expires_in: Any = None,
        redirect_to: Any = None,
        tpl_engine: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_email_template``: ``POST /api/v3/update-email-template``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_EMAIL_TEMPLATE, (content, sender, subject, name, customize_enabled, type, expires_in, redirect_to, tpl_engine), None, _request_options(call_options),
        )

    async def update_ext_idp(
        self,
        name: Any,
        id: Any,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_ext_idp``: ``POST /api/v3/update-ext-idp``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_EXT_IDP, (name, id, tenant_id), None, _request_options(call_options),
        )

    async def update_ext_idp_conn(
        self,
        id: Any,
        display_name: Any,
        fields: Any,
        logo: Any = None,
        login_only: Any = None,
        tenant_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_ext_idp_conn``: ``POST /api/v3/update-ext-idp-conn``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_EXT_IDP_CONN, (id, display_name, fields, logo, login_only, tenant_id), None, _request_options(call_options),
        )

    async def update_field(
        self,
        user_visible: Any,
        relation_optional_range: Any,
        relation_show_key: Any,
        for_login: Any,
        fuzzy_search: Any,
        drop_down: Any,
        format: Any,
        regexp: Any,
        min: Any,
        max: Any,
        max_length: Any,
        unique: Any,
        require: Any,
        default: Any,
        help: Any,
        editable: Any,
        show: Any,
        name: Any,
        model_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_field``: ``POST /api/v3/metadata/update-field``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_FIELD, (user_visible, relation_optional_range, relation_show_key, for_login, fuzzy_search, drop_down, format, regexp, min, max, max_length, unique, require, default, help, editable, show, name, model_id, id), None, _request_options(call_options),
        )

    async def update_global_mfa_settings(
        self,
        enabled_factors: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_global_mfa_settings``: ``POST /api/v3/update-global-mfa-settings``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_GLOBAL_MFA_SETTINGS, (enabled_factors,), None, _request_options(call_options),
        )

    async def update_group(
        self,
        description: Any,
        code: Any,
        name: Any = None,
        new_code: Any = None,
        custom_data: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_group``: ``POST /api/v3/update-group``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_GROUP, (description, code, name, new_code, custom_data), None, _request_options(call_options),
        )

    async def update_ldap_config_info(
        self,
        bind_pwd: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_ldap_config_info``: ``POST /api/v3/update-ldap-server-config``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_LDAP_CONFIG_INFO, (bind_pwd,), None, _request_options(call_options),
        )

    async def update_login_page_config(
        self,
        update: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_login_page_config``: ``POST /api/v3/update-login-page-config``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_LOGIN_PAGE_CONFIG, (update,), None, _request_options(call_options),
        )

    async def update_model(
        self,
        config: Any,
        field_order: Any,
        type: Any,
        parent_key: Any,
        enable: Any,
        description: Any,
        name: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_model``: ``POST /api/v3/metadata/update-model``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_MODEL, (config, field_order, type, parent_key, enable, description, name, id), None, _request_options(call_options),
        )

    async def update_namespace(
        self,
        code: Any,
        description: Any = None,
        name: Any = None,
        new_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_namespace``: ``POST /api/v3/update-namespace``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_NAMESPACE, (code, description, name, new_code), None, _request_options(call_options),
        )

    async def update_operate(
        self,
        icon: Any,
        config: Any,
        operate_name: Any,
        operate_key: Any,
        show: Any,
        model_id: Any,
        id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_operate``: ``POST /api/v3/metadata/update-operate``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_OPERATE, (icon, config, operate_name, operate_key, show, model_id, id), None, _request_options(call_options),
        )

    async def update_permission_namespace(
        self,
        code: Any,
        name: Any = None,
        new_code: Any = None,
        description: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_permission_namespace``: ``POST /api/v3/update-permission-namespace``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_PERMISSION_NAMESPACE, (code, name, new_code, description), None, _request_options(call_options),
        )

    async def update_pipeline_function(
        self,
        func_id: Any,
        func_name: Any = None,
        func_description: Any = None,
        source_code: Any = None,
        is_asynchronous: Any = None,
        timeout: Any = None,
        terminate_on_timeout: Any = None,
        enabled: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_pipeline_function``: ``POST /api/v3/update-pipeline-function``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_PIPELINE_FUNCTION, (func_id, func_name, func_description, source_code, is_asynchronous, timeout, terminate_on_timeout, enabled), None, _request_options(call_options),
        )

    async def update_pipeline_order(
        self,
        order: Any,
        scene: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_pipeline_order``: ``POST /api/v3/update-pipeline-order``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_PIPELINE_ORDER, (order, scene), None, _request_options(call_options),
        )

    async def update_public_account(
        self,
        user_id: Any,
        phone_country_code: Any = None,
        name: Any = None,
        nickname: Any = None,
        photo: Any = None,
        external_id: Any = None,
        status: Any = None,
        email_verified: Any = None,
        phone_verified: Any = None,
        birthdate: Any = None,
        country: Any = None,
        province: Any = None,
        city: Any = None,
        address: Any = None,
        street_address: Any = None,
        postal_code: Any = None,
        gender: Any = None,
        username: Any = None,
        email: Any = None,
        phone: Any = None,
        password: Any = None,
        company: Any = None,
        browser: Any = None,
        device: Any = None,
        given_name: Any = None,
        family_name: Any = None,
        middle_name: Any = None,
        profile: Any = None,
        preferred_username: Any = None,
        website: Any = None,
        zoneinfo: Any = None,
        locale: Any = None,
        formatted: Any = None,
        region: Any = None,
        identity_number: Any = None,
        custom_data: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_public_account``: ``POST /api/v3/update-public-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_PUBLIC_ACCOUNT, (user_id, phone_country_code, name, nickname, photo, external_id, status, email_verified, phone_verified, birthdate, country, province, city, address, street_address, postal_code, gender, username, email, phone, password, company, browser, device, given_name, family_name, middle_name, profile, preferred_username, website, zoneinfo, locale, formatted, region, identity_number, custom_data, options), None, _request_options(call_options),
        )

    async def update_public_account_batch(
        self,
        list: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_public_account_batch``: ``POST /api/v3/update-public-account-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_PUBLIC_ACCOUNT_BATCH, (list, options), None, _request_options(call_options),
        )

    async def update_resource(
        self,
        code: Any,
        description: Any = None,
        name: Any = None,
        actions: Any = None,
        api_identifier: Any = None,
        namespace: Any = None,
        type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_resource``: ``POST /api/v3/update-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_RESOURCE, (code, description, name, actions, api_identifier, namespace, type), None, _request_options(call_options),
        )

    async def update_role(
        self,
        name: Any,
        new_code: Any,
        code: Any,
        namespace: Any = None,
        description: Any = None,
        status: Any = None,
        disable_time: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_role``: ``POST /api/v3/update-role``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_ROLE, (name, new_code, code, namespace, description, status, disable_time), None, _request_options(call_options),
        )

    async def update_row(
        self,
        data: Any,
        row_id: Any,
        model_id: Any,
        show_field_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_row``: ``POST /api/v3/metadata/update-row``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_ROW, (data, row_id, model_id, show_field_id), None, _request_options(call_options),
        )

    async def update_security_settings(
        self,
        allowed_origins: Any = None,
        genauth_token_expires_in: Any = None,
        verify_code_length: Any = None,
        verify_code_max_attempts: Any = None,
        change_email_strategy: Any = None,
        change_phone_strategy: Any = None,
        cookie_settings: Any = None,
        register_disabled: Any = None,
        register_anomaly_detection: Any = None,
        complete_password_after_pass_code_login: Any = None,
        login_anomaly_detection: Any = None,
        login_require_email_verified: Any = None,
        self_unlock_account: Any = None,
        enable_login_account_switch: Any = None,
        qrcode_login_strategy: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_security_settings``: ``POST /api/v3/update-security-settings``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_SECURITY_SETTINGS, (allowed_origins, genauth_token_expires_in, verify_code_length, verify_code_max_attempts, change_email_strategy, change_phone_strategy, cookie_settings, register_disabled, register_anomaly_detection, complete_password_after_pass_code_login, login_anomaly_detection, login_require_email_verified, self_unlock_account, enable_login_account_switch, qrcode_login_strategy), None, _request_options(call_options),
        )

    async def update_tenant(
        self,
        tenant_id: Any,
        name: Any = None,
        app_ids: Any = None,
        logo: Any = None,
        description: Any = None,
        reject_hint: Any = None,
        source_app_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_tenant``: ``POST /api/v3/update-tenant``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_TENANT, (tenant_id, name, app_ids, logo, description, reject_hint, source_app_id), None, _request_options(call_options),
        )

    async def update_tenant_qr_code_state(
        self,
        enabled: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_tenant_qr_code_state``: ``POST /api/v3/update-userpool-tenant-appqrcode-state``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_TENANT_QR_CODE_STATE, (enabled,), None, _request_options(call_options),
        )

    async def update_tenant_user(
        self,
        updates: Any,
        tenant_id: Any,
        link_user_id: Any = None,
        member_id: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_tenant_user``: ``POST /api/v3/update-tenant-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_TENANT_USER, (updates, tenant_id, link_user_id, member_id), None, _request_options(call_options),
        )

    async def update_user(
        self,
        user_id: Any,
        phone_country_code: Any = None,
        name: Any = None,
        nickname: Any = None,
        photo: Any = None,
        external_id: Any = None,
        status: Any = None,
        email_verified: Any = None,
        phone_verified: Any = None,
        birthdate: Any = None,
        country: Any = None,
        province: Any = None,
        city: Any = None,
        address: Any = None,
        street_address: Any = None,
        postal_code: Any = None,
        gender: Any = None,
        username: Any = None,
        email: Any = None,
        phone: Any = None,
        password: Any = None,
        company: Any = None,
        browser: Any = None,
        device: Any = None,
        given_name: Any = None,
        family_name: Any = None,
        middle_name: Any = None,
        profile: Any = None,
        preferred_username: Any = None,
        website: Any = None,
        zoneinfo: Any = None,
        locale: Any = None,
        formatted: Any = None,
        region: Any = None,
        identity_number: Any = None,
        custom_data: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_user``: ``POST /api/v3/update-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_USER, (user_id, phone_country_code, name, nickname, photo, external_id, status, email_verified, phone_verified, birthdate, country, province, city, address, street_address, postal_code, gender, username, email, phone, password, company, browser, device, given_name, family_name, middle_name, profile, preferred_username, website, zoneinfo, locale, formatted, region, identity_number, custom_data, options), None, _request_options(call_options),
        )

    async def update_user_batch(
        self,
        list: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_user_batch``: ``POST /api/v3/update-user-batch``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_USER_BATCH, (list, options), None, _request_options(call_options),
        )

    async def update_user_pool_tenant_config(
        self,
        update: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_user_pool_tenant_config``: ``POST /api/v3/update-userpool-tenant-config``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_USER_POOL_TENANT_CONFIG, (update,), None, _request_options(call_options),
        )

    async def update_webhook(
        self,
        webhook_id: Any,
        name: Any = None,
        url: Any = None,
        events: Any = None,
        content_type: Any = None,
        enabled: Any = None,
        secret: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_webhook``: ``POST /api/v3/update-webhook``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_UPDATE_WEBHOOK, (webhook_id, name, url, events, content_type, enabled, secret), None, _request_options(call_options),
        )

    async def user_field_decrypt(
        self,
        data: Any,
        private_key: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``user_field_decrypt``: ``POST /api/v3/users/field/decrypt``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_USER_FIELD_DECRYPT, (data, private_key), None, _request_options(call_options),
        )

    async def userpoll_tenant_config(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``userpoll_tenant_config``: ``GET /api/v3/userpool-tenant-config``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_USERPOLL_TENANT_CONFIG, (), None, _request_options(call_options),
        )

    async def verify_event(
        self,
        event_type: Any,
        event_data: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_event``: ``POST /api/v3/pub-event``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _M_EP_VERIFY_EVENT, (event_type, event_data), None, _request_options(call_options),
        )


class AuthenticationClient(CompatAuthenticationBase):
    """The official ``genauth.AuthenticationClient``, answering as it did, on ``genauth_async.AuthenticationClient``."""

    async def auth_by_code_identity(
        self,
        code: Any,
        app_id: Any = None,
        conn_id: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``auth_by_code_identity``: ``POST /api/v2/ecConn/wechatMobile/authByCodeIdentity``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_AUTH_BY_CODE_IDENTITY, (code, app_id, conn_id, options), None, _request_options(call_options),
        )

    async def bind_by_account(
        self,
        key: Any,
        action: Any,
        password: Any,
        account: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_by_account``: ``POST /api/v2/ecConn/wechatMobile/byAccount``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_BIND_BY_ACCOUNT, (key, action, password, account), None, _request_options(call_options),
        )

    async def bind_by_account_id(
        self,
        key: Any,
        action: Any,
        account_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_by_account_id``: ``POST /api/v2/ecConn/wechatMobile/byAccountId``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_BIND_BY_ACCOUNT_ID, (key, action, account_id), None, _request_options(call_options),
        )

    async def bind_by_email_code(
        self,
        key: Any,
        action: Any,
        code: Any,
        email: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_by_email_code``: ``POST /api/v2/ecConn/wechatMobile/byEmailCode``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_BIND_BY_EMAIL_CODE, (key, action, code, email), None, _request_options(call_options),
        )

    async def bind_by_phone_code(
        self,
        key: Any,
        action: Any,
        code: Any,
        phone: Any,
        phone_country_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_by_phone_code``: ``POST /api/v2/ecConn/wechatMobile/byPhoneCode``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_BIND_BY_PHONE_CODE, (key, action, code, phone, phone_country_code), None, _request_options(call_options),
        )

    async def bind_email(
        self,
        pass_code: Any,
        email: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_email``: ``POST /api/v3/bind-email``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_BIND_EMAIL, (pass_code, email), None, _request_options(call_options),
        )

    async def bind_phone(
        self,
        pass_code: Any,
        phone_number: Any,
        phone_country_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``bind_phone``: ``POST /api/v3/bind-phone``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_BIND_PHONE, (pass_code, phone_number, phone_country_code), None, _request_options(call_options),
        )

    def build_authorize_url(
        self,
        redirect_uri: Any = None,
        response_type: Any = None,
        response_mode: Any = None,
        state: Any = None,
        nonce: Any = None,
        scope: Any = None,
        code_challenge_method: Any = None,
        code_challenge: Any = None,
        service: Any = None,
    ) -> str:
        """Official ``build_authorize_url``, answering the official shape (``str``)."""
        return self._view.build_authorize_url(redirect_uri, response_type, response_mode, state, nonce, scope, code_challenge_method, code_challenge, service)

    def build_logout_url(
        self,
        redirect_uri: Any = None,
        id_token: Any = None,
        state: Any = None,
    ) -> str:
        """Official ``build_logout_url``, answering the official shape (``str``)."""
        return self._view.build_logout_url(redirect_uri, id_token, state)

    async def change_push_code_status(
        self,
        action: Any,
        push_code_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_push_code_status``: ``POST /api/v3/change-pushcode-status``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_CHANGE_PUSH_CODE_STATUS, (action, push_code_id), None, _request_options(call_options),
        )

    async def change_qr_code_status(
        self,
        action: Any,
        qrcode_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``change_qr_code_status``: ``POST /api/v3/change-qrcode-status``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_CHANGE_QR_CODE_STATUS, (action, qrcode_id), None, _request_options(call_options),
        )

    async def check_permission_by_array_resource(
        self,
        resources: Any,
        action: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission_by_array_resource``: ``POST /api/v3/check-permission-array-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_CHECK_PERMISSION_BY_ARRAY_RESOURCE, (resources, action), None, _request_options(call_options),
        )

    async def check_permission_by_string_resource(
        self,
        resources: Any,
        action: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission_by_string_resource``: ``POST /api/v3/check-permission-string-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_CHECK_PERMISSION_BY_STRING_RESOURCE, (resources, action), None, _request_options(call_options),
        )

    async def check_permission_by_tree_resource(
        self,
        resources: Any,
        action: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_permission_by_tree_resource``: ``POST /api/v3/check-permission-tree-resource``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_CHECK_PERMISSION_BY_TREE_RESOURCE, (resources, action), None, _request_options(call_options),
        )

    async def check_push_code_status(
        self,
        push_code_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_push_code_status``: ``GET /api/v3/check-pushcode-status``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_CHECK_PUSH_CODE_STATUS, (push_code_id,), None, _request_options(call_options),
        )

    async def check_qr_code_status(
        self,
        qrcode_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_qr_code_status``: ``GET /api/v3/check-qrcode-status``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_CHECK_QR_CODE_STATUS, (qrcode_id,), None, _request_options(call_options),
        )

    async def check_valid_credentials_by_cred_ids(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``check_valid_credentials_by_cred_ids``: ``POST /api/v3/webauthn/check-valid-credentials-by-credIds``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_CHECK_VALID_CREDENTIALS_BY_CRED_IDS, (), None, _request_options(call_options),
        )

    async def decrypt_wechat_mini_program_data(
        self,
        code: Any,
        iv: Any,
        encrypted_data: Any,
        ext_idp_connidentifier: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``decrypt_wechat_mini_program_data``: ``POST /api/v3/decrypt-wechat-miniprogram-data``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_DECRYPT_WECHAT_MINI_PROGRAM_DATA, (code, iv, encrypted_data, ext_idp_connidentifier), None, _request_options(call_options),
        )

    async def delete_account(
        self,
        delete_account_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``delete_account``: ``POST /api/v3/delete-account``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_DELETE_ACCOUNT, (delete_account_token,), None, _request_options(call_options),
        )

    async def enroll_factor(
        self,
        enrollment_data: Any,
        enrollment_token: Any,
        factor_type: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``enroll_factor``: ``POST /api/v3/enroll-factor``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_ENROLL_FACTOR, (enrollment_data, enrollment_token, factor_type), None, _request_options(call_options),
        )

    async def exchange_token_set_with_qr_code_ticket(
        self,
        ticket: Any,
        client_id: Any = None,
        client_secret: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``exchange_token_set_with_qr_code_ticket``: ``POST /api/v3/exchange-tokenset-with-qrcode-ticket``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_EXCHANGE_TOKEN_SET_WITH_QR_CODE_TICKET, (ticket, client_id, client_secret), None, _request_options(call_options),
        )

    async def gene_fastpass_qrcode_info(
        self,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``gene_fastpass_qrcode_info``: ``POST /api/v3/gene-fastpass-qrcode-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GENE_FASTPASS_QRCODE_INFO, (options,), None, _request_options(call_options),
        )

    async def gene_qr_code(
        self,
        type: Any,
        ext_idp_conn_id: Any = None,
        custom_data: Any = None,
        context: Any = None,
        auto_merge_qr_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``gene_qr_code``: ``POST /api/v3/gene-qrcode``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GENE_QR_CODE, (type, ext_idp_conn_id, custom_data, context, auto_merge_qr_code), None, _request_options(call_options),
        )

    def generate_code_challenge(
        self,
        length: Any = 43,
    ) -> str:
        """Official ``generate_code_challenge``, answering the official shape (``str``)."""
        return self._view.generate_code_challenge(length)

    def generate_code_challenge_digest(
        self,
        code_challenge: Any,
        method: Any = None,
    ) -> str:
        """Official ``generate_code_challenge_digest``, answering the official shape (``str``)."""
        return self._view.generate_code_challenge_digest(code_challenge, method)

    async def generate_link_ext_idp_url(
        self,
        ext_idp_conn_identifier: Any,
        app_id: Any,
        id_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``generate_link_ext_idp_url``: ``GET /api/v3/generate-link-extidp-url``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GENERATE_LINK_EXT_IDP_URL, (ext_idp_conn_identifier, app_id, id_token), None, _request_options(call_options),
        )

    async def get_access_token_by_client_credentials(
        self,
        scope: Any,
        access_key: Any,
        access_secret: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_access_token_by_client_credentials``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.get_access_token_by_client_credentials(scope, access_key, access_secret, **call_options)

    async def get_access_token_by_code(
        self,
        code: Any,
        code_verifier: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_access_token_by_code``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.get_access_token_by_code(code, code_verifier, **call_options)

    async def get_accessible_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_accessible_apps``: ``GET /api/v3/get-my-accessible-apps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_ACCESSIBLE_APPS, (), None, _request_options(call_options),
        )

    async def get_alipay_auth_info(
        self,
        ext_idp_connidentifier: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_alipay_auth_info``: ``GET /api/v3/get-alipay-authinfo``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_ALIPAY_AUTH_INFO, (ext_idp_connidentifier,), None, _request_options(call_options),
        )

    async def get_application_enabled_ext_idps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_application_enabled_ext_idps``: ``GET /api/v3/get-application-enabled-extidps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_APPLICATION_ENABLED_EXT_IDPS, (), None, _request_options(call_options),
        )

    async def get_authorized_resources(
        self,
        namespace: Any = None,
        resource_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_authorized_resources``: ``GET /api/v3/get-my-authorized-resources``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_AUTHORIZED_RESOURCES, (namespace, resource_type), None, _request_options(call_options),
        )

    async def get_country_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_country_list``: ``GET /api/v3/get-country-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_COUNTRY_LIST, (), None, _request_options(call_options),
        )

    async def get_factor(
        self,
        factor_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_factor``: ``GET /api/v3/get-factor``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_FACTOR, (factor_id,), None, _request_options(call_options),
        )

    async def get_fastpass_params(
        self,
        qrcode_id: Any,
        app_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_fastpass_params``: ``GET /api/v3/get-fastpass-client-apps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_FASTPASS_PARAMS, (qrcode_id, app_id), None, _request_options(call_options),
        )

    async def get_group_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_group_list``: ``GET /api/v3/get-my-group-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_GROUP_LIST, (), None, _request_options(call_options),
        )

    async def get_identities(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_identities``: ``GET /api/v3/get-identities``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_IDENTITIES, (), None, _request_options(call_options),
        )

    async def get_logged_in_apps(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_logged_in_apps``: ``GET /api/v3/get-my-logged-in-apps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_LOGGED_IN_APPS, (), None, _request_options(call_options),
        )

    async def get_login_history(
        self,
        app_id: Any = None,
        client_ip: Any = None,
        success: Any = None,
        start: Any = None,
        end: Any = None,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_login_history``: ``GET /api/v3/get-my-login-history``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_LOGIN_HISTORY, (app_id, client_ip, success, start, end, page, limit), None, _request_options(call_options),
        )

    async def get_new_access_token_by_refresh_token(
        self,
        refresh_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_new_access_token_by_refresh_token``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.get_new_access_token_by_refresh_token(refresh_token, **call_options)

    async def get_profile(
        self,
        with_custom_data: Any = None,
        with_identities: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_profile``: ``GET /api/v3/get-profile``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_PROFILE, (with_custom_data, with_identities), None, _request_options(call_options),
        )

    async def get_push_login_relation_apps(
        self,
        app_id: Any,
        push_code_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_push_login_relation_apps``: ``POST /api/v3/get-pushlogin-relation-apps``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_PUSH_LOGIN_RELATION_APPS, (app_id, push_code_id), None, _request_options(call_options),
        )

    async def get_qr_code_status(
        self,
        qrcode_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_qr_code_status``: ``GET /api/v3/get-app-login-qrcode-status``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_QR_CODE_STATUS, (qrcode_id,), None, _request_options(call_options),
        )

    async def get_role_list(
        self,
        namespace: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_role_list``: ``GET /api/v3/get-my-role-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_ROLE_LIST, (namespace,), None, _request_options(call_options),
        )

    async def get_security_level(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_security_level``: ``GET /api/v3/get-security-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_SECURITY_LEVEL, (), None, _request_options(call_options),
        )

    async def get_system_info(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_system_info``: ``GET /api/v3/system``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_SYSTEM_INFO, (), None, _request_options(call_options),
        )

    async def get_tenant_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_tenant_list``: ``GET /api/v3/get-my-tenant-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_TENANT_LIST, (), None, _request_options(call_options),
        )

    async def get_user_auth_resource_permission_list(
        self,
        resources: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_auth_resource_permission_list``: ``POST /api/v3/get-user-auth-resource-permission-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_USER_AUTH_RESOURCE_PERMISSION_LIST, (resources,), None, _request_options(call_options),
        )

    async def get_user_auth_resource_struct(
        self,
        resource: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_auth_resource_struct``: ``POST /api/v3/get-user-auth-resource-struct``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_USER_AUTH_RESOURCE_STRUCT, (resource,), None, _request_options(call_options),
        )

    async def get_user_authorized_resources_list(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_authorized_resources_list``: ``GET /api/v3/get-user-auth-resource-list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_USER_AUTHORIZED_RESOURCES_LIST, (), None, _request_options(call_options),
        )

    async def get_user_info_by_access_token(
        self,
        access_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_user_info_by_access_token``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.get_user_info_by_access_token(access_token, **call_options)

    async def get_wechat_mp_access_token(
        self,
        app_id: Any,
        app_secret: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_wechat_mp_access_token``: ``POST /api/v3/get-wechat-access-token``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_WECHAT_MP_ACCESS_TOKEN, (app_id, app_secret), None, _request_options(call_options),
        )

    async def get_wechat_mp_access_token_info(
        self,
        app_id: Any,
        app_secret: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``get_wechat_mp_access_token_info``: ``POST /api/v3/get-wechat-access-token-info``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_GET_WECHAT_MP_ACCESS_TOKEN_INFO, (app_id, app_secret), None, _request_options(call_options),
        )

    async def init_authentication_options(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``init_authentication_options``: ``GET /api/v3/webauthn/authentication``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_INIT_AUTHENTICATION_OPTIONS, (), None, _request_options(call_options),
        )

    async def init_register_options(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``init_register_options``: ``GET /api/v3/webauthn/registration``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_INIT_REGISTER_OPTIONS, (), None, _request_options(call_options),
        )

    async def introspect_token(
        self,
        token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``introspect_token``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.introspect_token(token, **call_options)

    async def introspect_token_offline(
        self,
        token: Any,
        server_jwks: Any = None,
        *,
        leeway: Any = 30.0,
        issuer: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``introspect_token_offline``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.introspect_token_offline(token, server_jwks, leeway=leeway, issuer=issuer, **call_options)

    async def list(
        self,
        page: Any = None,
        limit: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list``: ``GET /api/v3/mydevices/list``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_LIST, (page, limit), None, _request_options(call_options),
        )

    async def list_credentials_by_page(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_credentials_by_page``: ``POST /api/v3/webauthn/page-authenticator-device``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_LIST_CREDENTIALS_BY_PAGE, (), None, _request_options(call_options),
        )

    async def list_enrolled_factors(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_enrolled_factors``: ``GET /api/v3/list-enrolled-factors``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_LIST_ENROLLED_FACTORS, (), None, _request_options(call_options),
        )

    async def list_factors_to_enroll(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_factors_to_enroll``: ``GET /api/v3/list-factors-to-enroll``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_LIST_FACTORS_TO_ENROLL, (), None, _request_options(call_options),
        )

    async def list_public_accounts_for_switch_logged_in(
        self,
        with_origin_user: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``list_public_accounts_for_switch_logged_in``: ``GET /api/v3/get-user-select-login-public-accounts``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_LIST_PUBLIC_ACCOUNTS_FOR_SWITCH_LOGGED_IN, (with_origin_user,), None, _request_options(call_options),
        )

    async def mfa_otp_verify(
        self,
        totp: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``mfa_otp_verify``: ``POST /api/v3/mfa-totp-verify``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_MFA_OTP_VERIFY, (totp,), None, _request_options(call_options),
        )

    async def pre_check_code(
        self,
        code_type: Any,
        sms_code_payload: Any = None,
        email_code_payload: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``pre_check_code``: ``POST /api/v3/pre-check-code``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_PRE_CHECK_CODE, (code_type, sms_code_payload, email_code_payload), None, _request_options(call_options),
        )

    async def put_event(
        self,
        event_code: Any,
        data: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``put_event``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.put_event(event_code, data, **call_options)  # type: ignore[no-any-return]

    async def qr_code_app_login(
        self,
        action: Any,
        qrcode_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``qr_code_app_login``: ``POST /api/v3/qrcode-app-login``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_QR_CODE_APP_LOGIN, (action, qrcode_id), None, _request_options(call_options),
        )

    async def register_new_user(
        self,
        key: Any,
        action: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``register_new_user``: ``POST /api/v2/ecConn/wechatMobile/register``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_REGISTER_NEW_USER, (key, action), None, _request_options(call_options),
        )

    async def remove_all_credentials(
        self,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_all_credentials``: ``POST /api/v3/webauthn/remove-credentials-by-authenticator-code``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_REMOVE_ALL_CREDENTIALS, (), None, _request_options(call_options),
        )

    async def remove_credential(
        self,
        credential_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``remove_credential``: ``POST /api/v3/webauthn/remove-credential/{credentialID}``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_REMOVE_CREDENTIAL, (credential_id,), None, _request_options(call_options),
        )

    async def reset_factor(
        self,
        factor_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``reset_factor``: ``POST /api/v3/reset-factor``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_RESET_FACTOR, (factor_id,), None, _request_options(call_options),
        )

    async def reset_password(
        self,
        password: Any,
        password_reset_token: Any,
        password_encrypt_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``reset_password``: ``POST /api/v3/reset-password``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_RESET_PASSWORD, (password, password_reset_token, password_encrypt_type), None, _request_options(call_options),
        )

    async def revoke(
        self,
        device_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``revoke``: ``POST /api/v3/mydevices/revoke-session``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_REVOKE, (device_id,), None, _request_options(call_options),
        )

    async def revoke_token(
        self,
        token: Any,
        **call_options: Unpack[CallOptions],
    ) -> bool:
        """Official ``revoke_token``, answering the official shape (``bool``)."""
        return await self._view.revoke_token(token, **call_options)

    async def select_account(
        self,
        key: Any,
        action: Any,
        account: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``select_account``: ``POST /api/v2/ecConn/wechatMobile/select``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_SELECT_ACCOUNT, (key, action, account), None, _request_options(call_options),
        )

    async def send_email(
        self,
        channel: Any,
        email: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_email``: ``POST /api/v3/send-email``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_SEND_EMAIL, (channel, email), None, _request_options(call_options),
        )

    async def send_enroll_factor_request(
        self,
        profile: Any,
        factor_type: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_enroll_factor_request``: ``POST /api/v3/send-enroll-factor-request``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_SEND_ENROLL_FACTOR_REQUEST, (profile, factor_type), None, _request_options(call_options),
        )

    async def send_sms(
        self,
        channel: Any,
        phone_number: Any,
        phone_country_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``send_sms``: ``POST /api/v3/send-sms``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_SEND_SMS, (channel, phone_number, phone_country_code), None, _request_options(call_options),
        )

    async def sign_in_by_account_password(
        self,
        account: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_account_password``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.sign_in_by_account_password(account, password, options, **call_options)  # type: ignore[no-any-return]

    async def sign_in_by_ad(
        self,
        sAMAccountName: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_ad``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.sign_in_by_ad(sAMAccountName, password, options, **call_options)  # type: ignore[no-any-return]

    async def sign_in_by_credentials(
        self,
        connection: Any,
        password_payload: Any = None,
        pass_code_payload: Any = None,
        ad_payload: Any = None,
        ldap_payload: Any = None,
        options: Any = None,
        client_id: Any = None,
        client_secret: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_credentials``: ``POST /api/v3/signin``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_SIGN_IN_BY_CREDENTIALS, (connection, password_payload, pass_code_payload, ad_payload, ldap_payload, options, client_id, client_secret), None, _request_options(call_options),
        )

    async def sign_in_by_email_passcode(
        self,
        email: Any,
        pass_code: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_email_passcode``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.sign_in_by_email_passcode(email, pass_code, options, **call_options)  # type: ignore[no-any-return]

    async def sign_in_by_email_password(
        self,
        email: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_email_password``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.sign_in_by_email_password(email, password, options, **call_options)  # type: ignore[no-any-return]

    async def sign_in_by_ldap(
        self,
        sAMAccountName: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_ldap``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.sign_in_by_ldap(sAMAccountName, password, options, **call_options)  # type: ignore[no-any-return]

    async def sign_in_by_mobile(
        self,
        ext_idp_connidentifier: Any,
        connection: Any,
        wechat_payload: Any = None,
        apple_payload: Any = None,
        alipay_payload: Any = None,
        wechatwork_payload: Any = None,
        wechatwork_agency_payload: Any = None,
        lark_public_payload: Any = None,
        lark_internal_payload: Any = None,
        lark_block_payload: Any = None,
        yidun_payload: Any = None,
        wechat_mini_program_code_payload: Any = None,
        wechat_mini_program_phone_payload: Any = None,
        wechat_mini_program_code_and_phone_payload: Any = None,
        google_payload: Any = None,
        facebook_payload: Any = None,
        qq_payload: Any = None,
        weibo_payload: Any = None,
        baidu_payload: Any = None,
        linked_in_payload: Any = None,
        ding_talk_payload: Any = None,
        github_payload: Any = None,
        gitee_payload: Any = None,
        gitlab_payload: Any = None,
        douyin_payload: Any = None,
        kuaishou_payload: Any = None,
        xiaomi_payload: Any = None,
        line_payload: Any = None,
        slack_payload: Any = None,
        oppo_payload: Any = None,
        huawei_payload: Any = None,
        amazon_payload: Any = None,
        options: Any = None,
        client_id: Any = None,
        client_secret: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_mobile``: ``POST /api/v3/signin-by-mobile``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_SIGN_IN_BY_MOBILE, (ext_idp_connidentifier, connection, wechat_payload, apple_payload, alipay_payload, wechatwork_payload, wechatwork_agency_payload, lark_public_payload, lark_internal_payload, lark_block_payload, yidun_payload, wechat_mini_program_code_payload, wechat_mini_program_phone_payload, wechat_mini_program_code_and_phone_payload, google_payload, facebook_payload, qq_payload, weibo_payload, baidu_payload, linked_in_payload, ding_talk_payload, github_payload, gitee_payload, gitlab_payload, douyin_payload, kuaishou_payload, xiaomi_payload, line_payload, slack_payload, oppo_payload, huawei_payload, amazon_payload, options, client_id, client_secret), None, _request_options(call_options),
        )

    async def sign_in_by_phone_passcode(
        self,
        phone: Any,
        pass_code: Any,
        phone_country_code: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_phone_passcode``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.sign_in_by_phone_passcode(phone, pass_code, phone_country_code, options, **call_options)  # type: ignore[no-any-return]

    async def sign_in_by_phone_password(
        self,
        phone: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_phone_password``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.sign_in_by_phone_password(phone, password, options, **call_options)  # type: ignore[no-any-return]

    async def sign_in_by_push(
        self,
        account: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_push``: ``POST /api/v3/signin-by-push``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_SIGN_IN_BY_PUSH, (account, options), None, _request_options(call_options),
        )

    async def sign_in_by_username_password(
        self,
        username: Any,
        password: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_in_by_username_password``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.sign_in_by_username_password(username, password, options, **call_options)  # type: ignore[no-any-return]

    async def sign_up(
        self,
        connection: Any,
        password_payload: Any = None,
        pass_code_payload: Any = None,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_up``: ``POST /api/v3/signup``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_SIGN_UP, (connection, password_payload, pass_code_payload, profile, options), None, _request_options(call_options),
        )

    async def sign_up_by_email_passcode(
        self,
        email: Any,
        pass_code: Any,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_up_by_email_passcode``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.sign_up_by_email_passcode(email, pass_code, profile, options, **call_options)  # type: ignore[no-any-return]

    async def sign_up_by_email_password(
        self,
        email: Any,
        password: Any,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_up_by_email_password``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.sign_up_by_email_password(email, password, profile, options, **call_options)  # type: ignore[no-any-return]

    async def sign_up_by_phone_passcode(
        self,
        phone: Any,
        pass_code: Any,
        phone_country_code: Any = None,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_up_by_phone_passcode``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.sign_up_by_phone_passcode(phone, pass_code, phone_country_code, profile, options, **call_options)  # type: ignore[no-any-return]

    async def sign_up_by_username_password(
        self,
        username: Any,
        password: Any,
        profile: Any = None,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``sign_up_by_username_password``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.sign_up_by_username_password(username, password, profile, options, **call_options)  # type: ignore[no-any-return]

    def sub_event(
        self,
        event_code: Any,
        callback: Any = None,
        *,
        max_reconnects: Any = None,
    ) -> AsyncIterator[str]:
        """Official ``sub_event``: the typed client's, on the shared connections."""
        return self._view.sub_event(event_code, callback, max_reconnects=max_reconnects)

    async def switch_login_by_user(
        self,
        target_user_id: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``switch_login_by_user``: ``POST /api/v3/switch-login-by-user``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_SWITCH_LOGIN_BY_USER, (target_user_id, options), None, _request_options(call_options),
        )

    async def unbind(
        self,
        device_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unbind``: ``POST /api/v3/mydevices/unbind``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_UNBIND, (device_id,), None, _request_options(call_options),
        )

    async def unbind_email(
        self,
        pass_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unbind_email``: ``POST /api/v3/unbind-email``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_UNBIND_EMAIL, (pass_code,), None, _request_options(call_options),
        )

    async def unbind_phone(
        self,
        pass_code: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unbind_phone``: ``POST /api/v3/unbind-phone``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_UNBIND_PHONE, (pass_code,), None, _request_options(call_options),
        )

    async def unlink_ext_idp(
        self,
        ext_idp_id: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``unlink_ext_idp``: ``POST /api/v3/unlink-extidp``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_UNLINK_EXT_IDP, (ext_idp_id,), None, _request_options(call_options),
        )

    async def update_email(
        self,
        update_email_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_email``: ``POST /api/v3/update-email``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_UPDATE_EMAIL, (update_email_token,), None, _request_options(call_options),
        )

    async def update_password(
        self,
        new_password: Any,
        old_password: Any = None,
        password_encrypt_type: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_password``: ``POST /api/v3/update-password``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_UPDATE_PASSWORD, (new_password, old_password, password_encrypt_type), None, _request_options(call_options),
        )

    async def update_phone(
        self,
        update_phone_token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_phone``: ``POST /api/v3/update-phone``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_UPDATE_PHONE, (update_phone_token,), None, _request_options(call_options),
        )

    async def update_profile(
        self,
        name: Any = None,
        nickname: Any = None,
        photo: Any = None,
        external_id: Any = None,
        birthdate: Any = None,
        country: Any = None,
        province: Any = None,
        city: Any = None,
        address: Any = None,
        street_address: Any = None,
        postal_code: Any = None,
        gender: Any = None,
        username: Any = None,
        company: Any = None,
        custom_data: Any = None,
        identity_number: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``update_profile``: ``POST /api/v3/update-profile``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_UPDATE_PROFILE, (name, nickname, photo, external_id, birthdate, country, province, city, address, street_address, postal_code, gender, username, company, custom_data, identity_number), None, _request_options(call_options),
        )

    async def validate_ticket_v1(
        self,
        ticket: Any,
        service: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``validate_ticket_v1``, answering the official shape (``dict[str, Any]``)."""
        return await self._view.validate_ticket_v1(ticket, service, **call_options)

    async def verify_authentication(
        self,
        ticket: Any,
        authentication_credential: Any,
        options: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_authentication``: ``POST /api/v3/webauthn/authentication``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_VERIFY_AUTHENTICATION, (ticket, authentication_credential, options), None, _request_options(call_options),
        )

    async def verify_delete_account_request(
        self,
        verify_method: Any,
        phone_pass_code_payload: Any = None,
        email_pass_code_payload: Any = None,
        password_payload: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_delete_account_request``: ``POST /api/v3/verify-delete-account-request``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_VERIFY_DELETE_ACCOUNT_REQUEST, (verify_method, phone_pass_code_payload, email_pass_code_payload, password_payload), None, _request_options(call_options),
        )

    async def verify_mfa_token(
        self,
        token: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_mfa_token``: ``POST /mfa/token/introspection``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_VERIFY_MFA_TOKEN, (token,), None, _request_options(call_options),
        )

    async def verify_register(
        self,
        ticket: Any,
        registration_credential: Any,
        authenticator_code: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_register``: ``POST /api/v3/webauthn/registration``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_VERIFY_REGISTER, (ticket, registration_credential, authenticator_code), None, _request_options(call_options),
        )

    async def verify_reset_password_request(
        self,
        verify_method: Any,
        phone_pass_code_payload: Any = None,
        email_pass_code_payload: Any = None,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_reset_password_request``: ``POST /api/v3/verify-reset-password-request``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_VERIFY_RESET_PASSWORD_REQUEST, (verify_method, phone_pass_code_payload, email_pass_code_payload), None, _request_options(call_options),
        )

    async def verify_update_email_request(
        self,
        email_pass_code_payload: Any,
        verify_method: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_update_email_request``: ``POST /api/v3/verify-update-email-request``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_VERIFY_UPDATE_EMAIL_REQUEST, (email_pass_code_payload, verify_method), None, _request_options(call_options),
        )

    async def verify_update_phone_request(
        self,
        phone_pass_code_payload: Any,
        verify_method: Any,
        **call_options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Official ``verify_update_phone_request``: ``POST /api/v3/verify-update-phone-request``, the whole answer."""
        return await self._view._call(  # type: ignore[no-any-return]
            _A_EP_VERIFY_UPDATE_PHONE_REQUEST, (phone_pass_code_payload, verify_method), None, _request_options(call_options),
        )
