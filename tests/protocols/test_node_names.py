"""Issue 19 point 4: every public method of the Node SDK (authing-node-sdk 4.0.1) is reachable on our
clients under its snake_case name, async and sync.

``data/node_public_methods.json`` was extracted once from the Node package's ``src/*Client.ts``
(``tools.spec.ts.parse_client_class``, public methods, constructor excluded); the spec's
``node_name`` fields come from the same files, so the two are checked against each other too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from genauth_async._spec import load_spec
from genauth_async.protocols import HELPER_ALIASES
from tools.spec.extract import NODE_NAME_COLLISIONS, snake

from .conftest import AsyncAuth, AsyncMgmt, SyncAuth, SyncMgmt

NODE = json.loads((Path(__file__).parent / "data" / "node_public_methods.json").read_text(encoding="utf-8"))
CLASSES: dict[str, tuple[Any, Any]] = {"management": (AsyncMgmt, SyncMgmt), "authentication": (AsyncAuth, SyncAuth)}
# Node's hand-written helpers, which the spec (endpoints only) does not describe.
HELPERS = {
    "management": {"makeRequest", "sub", "pub"},
    "authentication": {"loginWithRedirect", "handleRedirectCallback", "parseAccessToken", "parseIDToken",
                       "logoutWithRedirect", "sub", "pub", "getCodeChallengeDigest", "generateCodeChallenge",
                       "buildAuthorizeUrl", "buildLogoutUrl", "setAccessToken", "getAccessTokenByCode",
                       "getAccessTokenByClientCredentials", "getNewAccessTokenByRefreshToken",
                       "getUserInfoByAccessToken", "introspectToken", "introspectTokenOffline", "revokeToken",
                       "signInByEmailPassword", "signInByPhonePassword", "signInByUsernamePassword",
                       "signInByAccountPassword", "signInByEmailPassCode", "signInByPhonePassCode",
                       "signInByLDAP", "signInByAD", "signUpByEmailPassword", "signUpByUsernamePassword",
                       "signUpByEmailCode", "signUpByPhoneCode", "validateTicketV1", "validateTicketV2"},
}


def test_the_node_list_is_the_whole_public_surface() -> None:
    # 652 methods: the count the side-by-side run reports for authing-node-sdk 4.0.1.
    assert len(NODE["management"]) + len(NODE["authentication"]) == 652
    assert {"makeRequest", "sub", "pub"} <= set(NODE["management"])
    assert {"loginWithRedirect", "handleRedirectCallback", "parseAccessToken", "parseIDToken",
            "logoutWithRedirect", "signInByEmailPassCode"} <= set(NODE["authentication"])


@pytest.mark.parametrize("client", ["management", "authentication"])
@pytest.mark.parametrize("side", [0, 1], ids=["async", "sync"])
def test_every_node_method_is_an_attribute(client: str, side: int) -> None:
    cls = CLASSES[client][side]
    missing = sorted(f"{n} -> {snake(n)}" for n in NODE[client] if not callable(getattr(cls, snake(n), None)))
    assert missing == []


def test_spec_node_names_are_names_or_aliases_of_the_same_endpoint() -> None:
    spec = load_spec()
    by_name: dict[tuple[str, str], tuple[str, str]] = {}
    for ep in spec["endpoints"]:
        for name in [ep["name"], *ep["aliases"]]:
            by_name[(ep["client"], name)] = (ep["method"], ep["path"])
    described = set()
    for ep in spec["endpoints"]:
        node = ep.get("node_name")
        if not node:
            continue
        described.add((ep["client"], node))
        where = by_name[(ep["client"], snake(node))]
        if (ep["client"], node) in NODE_NAME_COLLISIONS:
            # The official Python name wins; the Node endpoint keeps its own (renamed) method.
            assert where != (ep["method"], ep["path"])
            assert ep["name"].endswith("_v2")
        else:
            assert where == (ep["method"], ep["path"]), (ep["client"], node)
    # What the spec does not describe is exactly Node's hand-written helper set.
    for client in CLASSES:
        rest = {n for n in NODE[client] if (client, n) not in described}
        assert rest <= HELPERS[client], sorted(rest - HELPERS[client])


def test_generated_node_alias_is_the_same_endpoint() -> None:
    for cls in (AsyncAuth, SyncAuth):
        alias, official = cls.get_app_login_qr_code_status, cls.get_qr_code_status
        assert alias.__doc__.splitlines()[0] == official.__doc__.splitlines()[0]
        assert "getAppLoginQrCodeStatus" in alias.__doc__


@pytest.mark.parametrize("client,alias,target", HELPER_ALIASES)
def test_helper_aliases_are_the_same_methods_async_and_sync(client: str, alias: str, target: str) -> None:
    for cls in CLASSES[client]:
        assert getattr(cls, alias) is getattr(cls, target)
