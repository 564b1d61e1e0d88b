"""Hand-written protocol helpers: OIDC/OAuth/SAML/CAS URLs, PKCE, token exchanges, introspection
(online and offline), revocation, CAS ticket validation, sign-in/sign-up wrappers and events.

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
    from .mixins import AuthenticationProtocolMixin as AuthenticationProtocolMixin
    from .mixins import ManagementEventsMixin as ManagementEventsMixin
    from .offline import JwksUnavailableError as JwksUnavailableError
    from .offline import TokenVerificationError as TokenVerificationError

__all__ = ["HELPERS", "AuthenticationProtocolMixin", "ManagementEventsMixin", "TokenVerificationError",
           "JwksUnavailableError"]

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
    ("management", "sub_event", "aiter"),
    ("management", "put_event", "async"),
)

_LAZY = {
    "AuthenticationProtocolMixin": ".mixins",
    "ManagementEventsMixin": ".mixins",
    "TokenVerificationError": ".offline",
    "JwksUnavailableError": ".offline",
}


__getattr__, __dir__ = lazy_attributes(globals(), _LAZY)
