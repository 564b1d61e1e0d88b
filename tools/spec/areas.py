"""API areas: how generated endpoint code is split into modules of readable size.

An area is picked from keywords of the endpoint path (first rule that matches wins, so the order
of the rules matters); every area name is a valid Python identifier.
"""

from __future__ import annotations

_RULES: dict[str, list[tuple[tuple[str, ...], str]]] = {
    "management": [
        (("metadata", "get-row-batch", "user-field-decrypt"), "metadata"),
        (("pipeline",), "pipelines"),
        (("webhook",), "webhooks"),
        (("public-account",), "public_accounts"),
        (("asa-account", "assigned-account"), "asa_accounts"),
        (("invitation", "invite", "roster", "universal"), "invitations"),
        (("approval", "pend-list", "log-list", "closed-list", "approval/", "/reject"), "approvals"),
        (("tenant",), "tenants"),
        (("audit-log", "action-logs", "login-history", "user-logged", "loggedin"), "audit_logs"),
        (("event",), "events"),
        (("data-polic", "data-resource", "data-polices", "permission-view", "subject"), "data_permissions"),
        (("permission-namespace", "namespace"), "namespaces"),
        (("role",), "roles"),
        (("resource", "permission", "authorize", "-auth", "auth-", "enabled-auth", "action-allowed"),
         "resources"),
        (("group",), "groups"),
        (("department", "organization", "-post", "post-", "list-post", "dnef", "node-status"), "organizations"),
        (("ext-idp", "extidp", "identit", "ldap", "idp", "weixin"), "identity_sources"),
        (("sync",), "sync"),
        (("mfa", "otp"), "mfa"),
        (("email", "sms"), "messages"),
        (("device", "verify-config-app"), "devices"),
        (("ip-list", "user-list", "risk-list", "security", "whitelist", "mutual-exclusion", "access-key",
          "rule-settings", "valid-scope", "white-list"), "security"),
        (("cost", "order", "package", "usage", "rights", "mau"), "billing"),
        (("application", "app", "domain-available", "login-page-config"), "applications"),
        (("user", "session-status", "custom-data", "custom-field", "cust-field", "kick", "bind-pwd", "principal", "password",
          "identity"), "users"),
    ],
    "authentication": [
        (("webauthn",), "webauthn"),
        (("approval", "invitation", "invite", "universal", "initiated"), "invitations"),
        (("mfa", "factor", "totp"), "mfa"),
        (("extidp", "identities", "ecconn", "wechat", "alipay", "douyin", "mini-program"), "identity_sources"),
        (("signin", "signup", "register", "sign-in", "qrcode", "qr-code", "push", "fastpass", "captcha", "login", "switch",
          "pre-check-code", "send-sms", "send-email", "validate-password"), "sign_in"),
        (("permission", "resource", "authorized", "role", "group", "tenant", "department", "accessible",
          "app"), "access"),
    ],
}


def area_for(client: str, path: str, name: str) -> str:
    """The area of one endpoint ("profile" / "users" style catch-alls come last)."""
    tail = path.split("/api/v3/", 1)[-1].lower()
    for needles, area in _RULES[client]:
        if any(n in tail for n in needles):
            return area
    return "profile" if client == "authentication" else "users"
