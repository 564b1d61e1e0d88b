"""Data of the core tests: credentials, hand-written models and endpoint descriptors.

The fake server, its envelopes and the JWT helper are shared by every test folder
(``tests.support``).
"""

from __future__ import annotations

import attrs

from genauth_async._endpoint import Endpoint, Param
from genauth_async._model import UNSET, Unset, WireEnum

ACCESS_KEY_ID = "ak-pool-id"
ACCESS_KEY_SECRET = "SK-very-secret-value-123"
APP_SECRET = "app-secret-XYZ-789"
USER_TOKEN = "user-access-token-ABC"
PASSWORD = "hunter2-password"
ID_TOKEN = "id-token-QWE"


# -- hand-written models following the internals contract §2 -----------------------------------


class FakeAppType(WireEnum):
    WEB = "web"
    SPA = "spa"


@attrs.define(kw_only=True, slots=True)
class FakeLoginConfig:
    merge_login_and_register_page: bool | None | Unset = attrs.field(
        default=UNSET, metadata={"wire": "mergeLoginAndRegisterPage"})
    enabled_basic_login_methods: list[str] | None | Unset = attrs.field(
        default=UNSET, metadata={"wire": "enabledBasicLoginMethods"})


@attrs.define(kw_only=True, slots=True)
class FakeApplicationDto:
    app_id: str = attrs.field(metadata={"wire": "appId"})
    app_name: str = attrs.field(metadata={"wire": "appName"})
    app_type: FakeAppType | None = attrs.field(default=None, metadata={"wire": "appType"})
    is_integrate_app: bool | None = attrs.field(default=None, metadata={"wire": "isIntegrateApp"})
    login_config: FakeLoginConfigResp | None = attrs.field(default=None, metadata={"wire": "loginConfig"})


@attrs.define(kw_only=True, slots=True)
class FakeLoginConfigResp:
    merge_login_and_register_page: bool | None = attrs.field(
        default=None, metadata={"wire": "mergeLoginAndRegisterPage"})


@attrs.define(kw_only=True, slots=True)
class FakeApplicationPaginatedDataDto:
    list: list[FakeApplicationDto] = attrs.field(metadata={"wire": "list"})
    total_count: int = attrs.field(metadata={"wire": "totalCount"})


@attrs.define(kw_only=True, slots=True)
class FakeIsSuccessDto:
    success: bool


# -- hand-written endpoint descriptors ------------------------------------------------------------

GET_APPLICATION = Endpoint(
    name="get_application", method="GET", path="/api/v3/get-application",
    params=(Param("app_id", "appId", "query", True, "str"),),
)
LIST_APPLICATIONS = Endpoint(
    name="list_applications", method="GET", path="/api/v3/list-applications",
    params=(
        Param("page", "page", "query", False, "int"),
        Param("limit", "limit", "query", False, "int"),
        Param("is_integrate_app", "isIntegrateApp", "query", False, "bool"),
        Param("keywords", "keywords", "query", False, "str"),
        Param("app_ids", "appIds", "query", False, "list"),
    ),
)
CREATE_APPLICATION = Endpoint(
    name="create_application", method="POST", path="/api/v3/create-application",
    params=(
        Param("app_name", "appName", "json", True, "str"),
        Param("app_identifier", "appIdentifier", "json", False, "str"),
        Param("app_type", "appType", "json", False, "str"),
        Param("login_config", "loginConfig", "json", False, "dict"),
        Param("password", "password", "json", False, "str"),
    ),
)
DELETE_APPLICATION = Endpoint(
    name="delete_application", method="POST", path="/api/v3/delete-application",
    params=(Param("app_id", "appId", "json", True, "str"),),
)
NO_FIELDS = Endpoint(name="no_fields", method="POST", path="/api/v3/no-fields")
SIGNIN = Endpoint(
    name="sign_in", method="POST", path="/api/v3/signin",
    params=(Param("connection", "connection", "json", True, "str"),
            Param("password_payload", "passwordPayload", "json", False, "dict")),
    basic_auth=True,
)
GET_IDENTITIES = Endpoint(name="get_identities", method="GET", path="/api/v3/get-identities")
