"""Plain synchronous views: each call blocks its request thread only, never the others."""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest, JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from genauth_site.genauth import management


def _int_arg(request: HttpRequest, name: str, default: int, high: int) -> int:
    try:
        value = int(request.GET.get(name, default))
    except ValueError:
        value = 0
    if not 1 <= value <= high:
        raise ValueError(f"{name} must be an integer from 1 to {high}")
    return value


def _application(app: Any) -> dict[str, Any]:
    return {"app_id": app.app_id, "name": app.app_name, "identifier": app.app_identifier}


# A JSON API for machine clients, not a browser form: protect it with your own authentication
# (API keys, a session check...) instead of a CSRF token.
@method_decorator(csrf_exempt, name="dispatch")
class ApplicationsView(View):
    """``GET /applications/?page=&limit=`` lists one page; ``POST /applications/`` creates one."""

    def get(self, request: HttpRequest) -> JsonResponse:
        try:
            page = _int_arg(request, "page", 1, 10_000)
            limit = _int_arg(request, "limit", 10, 50)  # the API allows at most 50
        except ValueError as exc:
            return JsonResponse({"detail": str(exc)}, status=400)
        data = management.list_applications(page=page, limit=limit)
        return JsonResponse(
            {"items": [_application(a) for a in data.list], "total": data.total_count, "page": page, "limit": limit}
        )

    def post(self, request: HttpRequest) -> JsonResponse:
        try:
            body = json.loads(request.body or b"{}")
        except ValueError:
            body = None
        if not isinstance(body, dict) or not isinstance(body.get("name"), str) or not body["name"]:
            return JsonResponse({"detail": 'expected a JSON object like {"name": "...", "identifier": "..."}'}, status=400)
        app = management.create_application(app_name=body["name"], app_identifier=body.get("identifier"))
        return JsonResponse(_application(app), status=201)


def health(request: HttpRequest) -> JsonResponse:
    """Liveness only: it does not call GenAuth."""
    return JsonResponse({"ok": True})
