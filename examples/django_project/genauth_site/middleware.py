"""Turns GenAuth failures raised in any view into JSON answers, so views need no try/except."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse

from genauth_sync import APIError, TransportError


class GenAuthErrorMiddleware:
    """GenAuth's 4xx answers pass through; its 5xx become 502; unreachable becomes 503."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, APIError):
            code = exception.status_code if 400 <= exception.status_code < 500 else 502
            return JsonResponse({"detail": exception.message, "request_id": exception.request_id}, status=code)
        if isinstance(exception, TransportError):
            return JsonResponse({"detail": "GenAuth is unreachable"}, status=503)
        return None  # not ours: Django's usual handling
