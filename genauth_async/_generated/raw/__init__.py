# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Types of ``with_raw_response`` (genauth_async): each endpoint method, answering ``RawResponse``.

For type checkers: the methods are declared under ``TYPE_CHECKING`` only; at run time the
generic proxy base class serves them (see tools/codegen/raw.py).
"""

from __future__ import annotations

from genauth_async._generated.raw.management_1 import _ManagementWithRawResponse1
from genauth_async._generated.raw.management_2 import _ManagementWithRawResponse2
from genauth_async._generated.raw.authentication_1 import _AuthenticationWithRawResponse1
from genauth_async._raw_response import WithRawResponse

__all__ = ["AuthenticationWithRawResponse", "ManagementWithRawResponse"]


class ManagementWithRawResponse(
    _ManagementWithRawResponse1,
    _ManagementWithRawResponse2,
    WithRawResponse,
):
    """``genauth_async.ManagementClient().with_raw_response``: 505 endpoint methods answering ``RawResponse``, and ``request()``."""

    __slots__ = ()


class AuthenticationWithRawResponse(
    _AuthenticationWithRawResponse1,
    WithRawResponse,
):
    """``genauth_async.AuthenticationClient().with_raw_response``: 126 endpoint methods answering ``RawResponse``, and ``request()``."""

    __slots__ = ()
