"""Relation values of metadata rows: which values a row's relation field holds.

create-row-relation adds values to (model, row, field), get-row-relation answers them as a page
of strings, remove-row-relation takes one value out of the named fields. The model, row and field
are the engine's metadata families and must exist.
"""

from __future__ import annotations

from typing import Any

from genauth_async.testing._wire import NO_DATA, ApiError
from genauth_async.testing.routing import Ctx, Router


def _row_key(ctx: Ctx) -> str:
    model_id = ctx.str_arg("modelId")
    row_id = ctx.str_arg("rowId")
    if not model_id or not row_id:
        raise ApiError(400, "modelId and rowId are required")
    store = ctx.emu.store
    if not any(m.get("id") == model_id for m in store.ensure("metadata_models")):
        raise ApiError(404, f"Model {model_id} does not exist")
    if not any(r.get("modelId") == model_id and r.get("rowId") == row_id for r in store.ensure("metadata_rows")):
        raise ApiError(404, f"Row {row_id} does not exist")
    return f"{model_id}:{row_id}"


def _check_field(ctx: Ctx, model_id: str, field_id: Any) -> str:
    if not isinstance(field_id, str) or not field_id:
        raise ApiError(400, "fieldId is required; fieldId should not be empty")
    if not any(f.get("modelId") == model_id and f.get("id") == field_id for f in ctx.emu.store.ensure("metadata_fields")):
        raise ApiError(404, f"Field {field_id} does not exist")
    return field_id


def _fields(ctx: Ctx, key: str) -> dict[str, list[str]]:
    return dict((ctx.emu.store.ensure("row_relations").get(key) or {}).get("fields") or {})


async def create_row_relation(ctx: Ctx) -> Any:
    key = _row_key(ctx)
    field_id = _check_field(ctx, key.split(":", 1)[0], ctx.arg("fieldId"))
    values = ctx.list_arg("valueList")
    if not all(isinstance(v, str) for v in values):
        raise ApiError(400, "valueList must be an array of strings")
    fields = _fields(ctx, key)
    held = list(fields.get(field_id) or [])
    held += [v for v in dict.fromkeys(values) if v not in held]
    fields[field_id] = held
    ctx.emu.store.ensure("row_relations").put(key, {"fields": fields})
    return NO_DATA


async def get_row_relation(ctx: Ctx) -> Any:
    key = _row_key(ctx)
    field_id = _check_field(ctx, key.split(":", 1)[0], ctx.arg("fieldId"))
    held = _fields(ctx, key).get(field_id) or []
    page, limit = ctx.pagination()
    start = (page - 1) * limit
    return {"totalCount": len(held), "list": held[start : start + limit]}


async def remove_row_relation(ctx: Ctx) -> Any:
    key = _row_key(ctx)
    value = ctx.require("value")
    field_ids = ctx.list_arg("fieldIds")
    fields = _fields(ctx, key)
    for field_id in field_ids:
        _check_field(ctx, key.split(":", 1)[0], field_id)
    if not any(value in (fields.get(f) or []) for f in field_ids):
        raise ApiError(404, f"Relation value {value} does not exist")
    for field_id in field_ids:
        fields[field_id] = [v for v in fields.get(field_id) or [] if v != value]
    ctx.emu.store.ensure("row_relations").put(key, {"fields": fields})
    return NO_DATA


def register(router: Router) -> None:
    m = router.management
    m("POST", "/api/v3/metadata/create-row-relation", create_row_relation)
    m("GET", "/api/v3/metadata/get-row-relation", get_row_relation)
    m("POST", "/api/v3/metadata/remove-row-relation", remove_row_relation)
