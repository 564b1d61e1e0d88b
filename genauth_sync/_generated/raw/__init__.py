# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Types of ``with_raw_response`` (genauth_sync): each endpoint method, answering ``RawResponse``.

For type checkers: the methods are declared under ``TYPE_CHECKING`` only; at run time the
generic proxy base class serves them (see tools/codegen/raw.py).
"""

from __future__ import annotations

from genauth_sync._generated.raw.management_1 import _SyncManagementWithRawResponse1
from genauth_sync._generated.raw.management_2 import _SyncManagementWithRawResponse2
from genauth_sync._generated.raw.authentication_1 import _SyncAuthenticationWithRawResponse1
from genauth_sync._raw_response import SyncWithRawResponse

__all__ = ["SyncAuthenticationWithRawResponse", "SyncManagementWithRawResponse"]


class SyncManagementWithRawResponse(
    _SyncManagementWithRawResponse1,
    _SyncManagementWithRawResponse2,
    SyncWithRawResponse,
):
    """``genauth_sync.ManagementClient().with_raw_response``: 505 endpoint methods answering ``RawResponse``, and ``request()``."""

    __slots__ = ()


class SyncAuthenticationWithRawResponse(
    _SyncAuthenticationWithRawResponse1,
    SyncWithRawResponse,
):
    """``genauth_sync.AuthenticationClient().with_raw_response``: 126 endpoint methods answering ``RawResponse``, and ``request()``."""

    __slots__ = ()
