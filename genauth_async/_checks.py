"""Argument checks shared by the clients' constructors, ``with_options`` and per-call options.

Every check raises :class:`ValidationError` naming the argument, before anything is sent: a bad
value caught here is a one-line fix for the caller, the same value caught by aiohttp or orjson
surfaces as a ``TransportError`` ("the request may have been sent") or a raw ``TypeError``.

These run at construction and on the per-call options path only (a call without options skips
them), so none of them is on the hot path of a plain generated call.
"""

from __future__ import annotations

import math
import os
import re
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Union

from .errors import ValidationError

if TYPE_CHECKING:
    import ssl

__all__ = [
    "VerifyTypes",
    "check_bool",
    "check_client_arguments",
    "check_deadline",
    "check_header_value",
    "check_headers",
    "check_max_retries",
    "check_optional_str",
    "check_positive_int",
    "check_required_str",
    "check_text",
    "check_timeout",
    "check_verify",
]

#: What ``verify=`` accepts, named as httpx names it: ``True`` (the system's CAs), ``False`` (no
#: verification, with a warning), the path of a CA bundle (a file, or a directory of hashed
#: certificates), or a ready ``ssl.SSLContext``.
VerifyTypes = Union[bool, str, "os.PathLike[str]", "ssl.SSLContext"]

# RFC 9110 token characters: what a header name may be made of.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_FORBIDDEN_IN_VALUE = ("\r", "\n", "\x00")


def _kind(value: Any) -> str:
    return type(value).__name__


def _seconds(value: Any, name: str) -> float:
    # bool is an int; True seconds is never what the caller meant.
    if value.__class__ is bool or not isinstance(value, (int, float)):
        raise ValidationError(f"{name} must be a number of seconds, not {_kind(value)}", param=name)
    seconds = float(value)
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValidationError(
            f"{name} must be a positive, finite number of seconds, got {value!r} "
            "(there is no 'no timeout': pass a large value instead)",
            param=name,
        )
    return seconds


def check_timeout(value: Any, name: str = "timeout") -> float | None:
    """Seconds of one attempt, or None for "the default".

    The official docstring speaks of milliseconds (10000) while its default is 10.0 seconds; no API
    call legitimately needs 1000 s, so such values are read as milliseconds.
    """
    if value is None:
        return None
    seconds = _seconds(value, name)
    return seconds / 1000.0 if seconds >= 1000 else seconds


def check_deadline(value: Any, name: str = "deadline") -> float | None:
    """Seconds for a whole call across its attempts and pauses, or None for the default."""
    if value is None:
        return None
    return _seconds(value, name)


def check_max_retries(value: Any, name: str = "max_retries") -> int | None:
    if value is None:
        return None
    if value.__class__ is bool or not isinstance(value, int) or value < 0:
        raise ValidationError(f"{name} must be an int >= 0, got {value!r}", param=name)
    return int(value)


def check_positive_int(value: Any, name: str) -> int:
    if value.__class__ is bool or not isinstance(value, int) or value <= 0:
        raise ValidationError(f"{name} must be an int > 0, got {value!r}", param=name)
    return int(value)


def check_bool(value: Any, name: str) -> bool:
    if value.__class__ is not bool:
        raise ValidationError(f"{name} must be True or False, not {_kind(value)}", param=name)
    return bool(value)


def check_text(value: str, name: str) -> None:
    """A string that cannot be encoded as UTF-8 (a lone surrogate) cannot be sent anywhere."""
    if value.isascii():
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError(
            f"{name} contains a character that cannot be encoded as UTF-8 (position {exc.start})",
            param=name,
        ) from None


def check_header_value(value: Any, name: str) -> str:
    if value.__class__ is not str and not isinstance(value, str):
        raise ValidationError(f"header {name!r} must be a str, not {_kind(value)}", param=name)
    for bad in _FORBIDDEN_IN_VALUE:
        if bad in value:
            raise ValidationError(f"header {name!r} must not contain {bad!r}", param=name)
    check_text(value, f"header {name!r}")
    return value


def check_headers(headers: Any, param: str = "extra_headers") -> None:
    """Names are RFC 9110 tokens, values are str without CR, LF or NUL (no header injection)."""
    if not isinstance(headers, Mapping):
        raise ValidationError(f"{param} must be a mapping of str to str, not {_kind(headers)}", param=param)
    for key, value in headers.items():
        if not isinstance(key, str) or _TOKEN.fullmatch(key) is None:
            raise ValidationError(f"{param}: {key!r} is not a valid header name", param=param)
        check_header_value(value, key)


def check_required_str(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{name} must be a str, not {_kind(value)}", param=name)
    if not value:
        raise ValidationError(f"{name} is required and cannot be empty", param=name)
    check_text(value, name)
    return value


def check_optional_str(value: Any, name: str, *, header: bool = False) -> str | None:
    """None or a str; ``header`` when the value travels in a header (no CR/LF)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(f"{name} must be a str or None, not {_kind(value)}", param=name)
    if header:
        check_header_value(value, name)
    else:
        check_text(value, name)
    return value


def check_verify(verify: Any, use_unverified_ssl: bool) -> bool | ssl.SSLContext:
    """What the connector's ``ssl=`` gets: True, False or a context (a CA path is loaded here, once).

    ``use_unverified_ssl=True`` is the official SDK's spelling of ``verify=False``; asking for
    both verification settings at once is refused rather than guessed.
    """
    if use_unverified_ssl:
        if verify is not True and verify is not False:
            raise ValidationError(
                "use_unverified_ssl=True conflicts with verify=...; pass only one of them", param="verify"
            )
        return False
    if verify is True or verify is False:
        return bool(verify)
    # Without ``ssl`` imported nobody can hold an SSLContext: the sync facade checks its arguments
    # without importing ssl (or aiohttp) unless a CA path has to be loaded.
    loaded = sys.modules.get("ssl")
    if loaded is not None and isinstance(verify, loaded.SSLContext):
        return verify  # type: ignore[no-any-return]
    if isinstance(verify, (str, os.PathLike)):
        import ssl

        path = os.fspath(verify)
        if not isinstance(path, str) or not path:
            raise ValidationError("verify must be a non-empty CA bundle path", param="verify")
        is_dir = os.path.isdir(path)
        if not is_dir and not os.path.isfile(path):
            raise ValidationError(f"verify={path!r}: no such CA bundle file or directory", param="verify")
        try:
            if is_dir:
                return ssl.create_default_context(capath=path)
            return ssl.create_default_context(cafile=path)
        except (ssl.SSLError, OSError, ValueError) as exc:
            raise ValidationError(f"verify={path!r}: not a readable CA bundle ({exc})", param="verify") from None
    raise ValidationError(
        f"verify must be True, False, a CA bundle path or an ssl.SSLContext, not {_kind(verify)}", param="verify"
    )


def _check_leeway(value: Any, name: str) -> None:
    if value.__class__ is bool or not isinstance(value, (int, float)) or not 0 <= value < math.inf:
        raise ValidationError(f"{name} must be a number of seconds >= 0, got {value!r}", param=name)


def _check_retry_policy(value: Any, name: str) -> None:
    # Only an instance of the SDK's RetryPolicy is accepted; without its module loaded there is none.
    module = sys.modules.get("genauth_async._retry")
    if value is not None and (module is None or not isinstance(value, module.RetryPolicy)):
        raise ValidationError(f"{name} must be a RetryPolicy or None, not {_kind(value)}", param=name)


def _check_header_str(value: Any, name: str) -> None:
    check_optional_str(value, name, header=True)


def _check_app_id(value: Any, name: str) -> None:
    check_required_str(value, name)
    check_header_value(value, name)  # sent in the x-genauth-app-id header


# Constructor arguments of both clients (and of their sync twins), by name: one rule each, so the
# async constructors and the sync facade, which checks before its async twin exists, cannot drift.
# ``verify`` is checked with ``use_unverified_ssl`` (check_verify); ``session`` by the async client.
def check_hook(value: Any, name: str) -> None:
    """``on_request`` / ``on_response``: None or a callable taking one record."""
    if value is not None and not callable(value):
        raise ValidationError(f"{name} must be a callable or None, not {type(value).__name__}", param=name)


_CONSTRUCTOR_RULES: dict[str, Callable[[Any, str], object]] = {
    "access_key_id": check_required_str,
    "access_key_secret": check_required_str,
    "app_id": _check_app_id,
    "host": check_optional_str,
    "app_host": check_optional_str,
    "app_secret": check_optional_str,
    "access_token": _check_header_str,
    "timeout": check_timeout,
    "lang": _check_header_str,
    "use_unverified_ssl": check_bool,
    "websocket_host": check_optional_str,
    "websocket_endpoint": check_optional_str,
    "protocol": check_optional_str,
    "token_endpoint_auth_method": check_optional_str,
    "introspection_endpoint_auth_method": check_optional_str,
    "revocation_endpoint_auth_method": check_optional_str,
    "redirect_uri": check_optional_str,
    "post_logout_redirect_uri": check_optional_str,
    "real_ip": _check_header_str,
    "max_retries": check_max_retries,
    "max_connections": check_positive_int,
    "retry_on_post": check_bool,
    "token_leeway": _check_leeway,
    "retry_policy": _check_retry_policy,
    "trust_env": check_bool,
    "deadline": check_deadline,
    "on_request": check_hook,
    "on_response": check_hook,
}


def check_client_arguments(arguments: Mapping[str, Any]) -> bool | ssl.SSLContext:
    """Check a client's constructor arguments; return what ``verify=`` resolves to.

    Names without a rule (``session``) are left to the caller.
    """
    for name, value in arguments.items():
        rule = _CONSTRUCTOR_RULES.get(name)
        if rule is not None:
            rule(value, name)
    return check_verify(arguments.get("verify", True), arguments.get("use_unverified_ssl", False))
