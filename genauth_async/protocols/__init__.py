"""Hand-written protocol helpers: OIDC/OAuth/SAML/CAS URLs, PKCE, token exchanges, introspection
(online and offline), revocation, CAS ticket validation, sign-in/sign-up wrappers, events, and the
Node SDK's server-side helpers (login/logout redirects, token parsing, ``make_request``).

The clients get them through :mod:`genauth_async.protocols.mixins` (imported by the generated
clients); importing this package itself stays cheap. ``HELPERS`` tells the sync-facade generator
how to wrap each helper:

* ``"sync"``: a plain method (no I/O); the facade calls it directly on the async client.
* ``"async"``: a coroutine method; the facade runs it on its portal and returns the result.
* ``"aiter"``: a method returning an async iterator; the facade returns a blocking iterator.
  When such a call is given a non-None ``callback`` (``sub_event``), the facade instead blocks,
  calling ``callback(message)`` for each item, as the official SDK did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from genauth_async._lazy import lazy_attributes

if TYPE_CHECKING:
    from .jwt_parse import AccessTokenClaims as AccessTokenClaims
    from .jwt_parse import IDTokenClaims as IDTokenClaims
    from .mixins import AuthenticationProtocolMixin as AuthenticationProtocolMixin
    from .mixins import ManagementEventsMixin as ManagementEventsMixin
    from .offline import JwksUnavailableError as JwksUnavailableError
    from .offline import TokenVerificationError as TokenVerificationError
    from .redirect import LoginRedirect as LoginRedirect
    from .redirect import LoginResult as LoginResult
    from .redirect import LoginTransaction as LoginTransaction
    from .redirect import RedirectCallbackError as RedirectCallbackError
    from .redirect import TransactionStorage as TransactionStorage

__all__ = ["HELPERS", "HELPER_ALIASES", "AuthenticationProtocolMixin", "ManagementEventsMixin",
           "TokenVerificationError", "JwksUnavailableError", "AccessTokenClaims", "IDTokenClaims", "LoginRedirect",
           "LoginTransaction", "LoginResult", "TransactionStorage", "RedirectCallbackError"]

#: (client, method name, kind) for every hand-written helper, in a stable order.
HELPERS: tuple[tuple[str, str, str], ...] = (
    ("authentication", "build_authorize_url", "sync"),
    ("authentication", "generate_code_challenge", "sync"),
    ("authentication", "generate_code_challenge_digest", "sync"),
    ("authentication", "build_logout_url", "sync"),
    ("authentication", "get_access_token_by_code", "async"),
    ("authentication", "get_access_token_by_client_credentials", "async"),
    ("authentication", "get_new_access_token_by_refresh_token", "async"),
    ("authentication", "get_user_info_by_access_token", "async"),
    ("authentication", "introspect_token", "async"),
    ("authentication", "introspect_token_offline", "async"),
    ("authentication", "revoke_token", "async"),
    ("authentication", "validate_ticket_v1", "async"),
    ("authentication", "validate_ticket_v2", "async"),
    ("authentication", "sign_in_by_email_password", "async"),
    ("authentication", "sign_in_by_phone_password", "async"),
    ("authentication", "sign_in_by_username_password", "async"),
    ("authentication", "sign_in_by_account_password", "async"),
    ("authentication", "sign_in_by_email_passcode", "async"),
    ("authentication", "sign_in_by_phone_passcode", "async"),
    ("authentication", "sign_in_by_ldap", "async"),
    ("authentication", "sign_in_by_ad", "async"),
    ("authentication", "sign_up_by_email_password", "async"),
    ("authentication", "sign_up_by_username_password", "async"),
    ("authentication", "sign_up_by_email_passcode", "async"),
    ("authentication", "sign_up_by_phone_passcode", "async"),
    ("authentication", "sub_event", "aiter"),
    ("authentication", "put_event", "async"),
    ("authentication", "pub", "async"),
    ("authentication", "parse_access_token", "async"),
    ("authentication", "parse_id_token", "async"),
    ("authentication", "login_with_redirect", "async"),
    ("authentication", "handle_redirect_callback", "async"),
    ("authentication", "logout_with_redirect", "sync"),
    ("management", "sub_event", "aiter"),
    ("management", "put_event", "async"),
    ("management", "pub", "async"),
    ("management", "make_request", "async"),
)

#: (client, alias, helper) for the Node SDK's names of helpers above: the same method under a
#: second name (a class attribute bound to it), mirrored as such by the sync facade.
HELPER_ALIASES: tuple[tuple[str, str, str], ...] = (
    ("authentication", "sign_in_by_email_pass_code", "sign_in_by_email_passcode"),
    ("authentication", "sign_in_by_phone_pass_code", "sign_in_by_phone_passcode"),
    ("authentication", "sign_up_by_email_code", "sign_up_by_email_passcode"),
    ("authentication", "sign_up_by_phone_code", "sign_up_by_phone_passcode"),
    ("authentication", "get_code_challenge_digest", "generate_code_challenge_digest"),
    ("authentication", "sub", "sub_event"),
    ("management", "sub", "sub_event"),
)

_LAZY = {
    "AuthenticationProtocolMixin": ".mixins",
    "ManagementEventsMixin": ".mixins",
    "TokenVerificationError": ".offline",
    "JwksUnavailableError": ".offline",
    "AccessTokenClaims": ".jwt_parse",
    "IDTokenClaims": ".jwt_parse",
    "LoginRedirect": ".redirect",
    "LoginTransaction": ".redirect",
    "RedirectCallbackError": ".redirect",
    "LoginResult": ".redirect",
    "TransactionStorage": ".redirect",
}


__getattr__, __dir__ = lazy_attributes(globals(), _LAZY)
