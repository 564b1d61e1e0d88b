"""Result types for answers the API describes only partly or not at all.

Most methods return generated models. A few answers have no schema anywhere (the Node SDK types
them ``any``: WebAuthn ceremonies, decrypted mini-program data, custom data) and the protocol
endpoints (``/oidc``, ``/oauth``, CAS) answer plain JSON objects whose keys depend on the grant,
the scope and the server's configuration. Those methods return the types below instead of
``Any``, so a type checker still sees "JSON" and a misspelt key of a token answer
(``tokens["acess_token"]``) is reported rather than passed through.

The TypedDicts list the keys the protocols define (RFC 6749 token answers, RFC 7662
introspection, OIDC claims, the CAS validation results we build); every key is optional because
the server decides which it sends, and a server may add others (they are in the dict at run time).
"""

from __future__ import annotations

from typing import TypeAlias, TypedDict

__all__ = [
    "JsonValue",
    "JsonObject",
    "TokenSet",
    "IntrospectionResult",
    "CasValidation",
]

#: Any value a JSON document can hold (recursively).
JsonValue: TypeAlias = None | bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"]

#: A JSON object: what an endpoint with an undescribed answer returns when it is an object.
JsonObject: TypeAlias = dict[str, JsonValue]


class TokenSet(TypedDict, total=False):
    """The token endpoint's answer (``/oidc/token``, ``/oauth/token``)."""

    access_token: str
    token_type: str
    expires_in: int
    refresh_token: str
    id_token: str
    scope: str


class IntrospectionResult(TypedDict, total=False):
    """RFC 7662 introspection answer; ``active`` is the only key an inactive token gets."""

    active: bool
    scope: str
    client_id: str
    username: str
    token_type: str
    exp: int
    iat: int
    nbf: int
    sub: str
    aud: str | list[str]
    iss: str
    jti: str


class CasValidation(TypedDict, total=False):
    """What ``validate_ticket_v1`` / ``validate_ticket_v2`` read from the CAS answer: ``valid`` always,
    then ``username`` (and ``attributes`` in v2) when valid, ``code`` / ``message`` when not."""

    valid: bool
    username: str
    attributes: dict[str, JsonValue]
    code: str
    message: str
