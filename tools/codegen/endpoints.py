"""Spec endpoints -> async mixins (``genauth_async/_generated``) and sync mixins (``genauth_sync/_generated``).

Both trees come from the same intermediate description (:class:`Method`), so names, parameters
and annotations are identical by construction; the sync text only differs in ``def`` vs
``async def``, ``AsyncIterator`` vs ``Iterator``, the one-line body and docstrings adapted by
:func:`tools.codegen.common.sync_doc` ("an async iterator" -> "an iterator").

Auto-pagination: every endpoint whose spec entry has ``pagination`` (see
``tools.spec.extract.pagination``) also gets ``iter_<name>()``, for all four styles: ``page`` as a
query or JSON-body argument, ``options.pagination.page``, or ``pagination.page`` of a top-level
``pagination`` argument ("object" style). The item list may be named ``list`` or ``data``. The ten
page/limit endpoints whose answer has no ``totalCount`` get no iterator on purpose (their answer is
either not a typed list at all, or a bare list whose only end signal would be a short page, which
loops forever against a server that ignores ``page``); ``tools.spec.extract.PAGED_WITHOUT_TOTAL``
lists them and says why.

Per-call options are declared once, as ``genauth_async._options.CallOptions``: every method ends
with ``**call_options: Unpack[CallOptions]`` and hands them to ``request_options()`` (a runtime
function that also refuses unknown keywords). The generator keeps no copy of the option list; it
only reads the names to refuse a spec parameter that would clash with one.
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass, field, replace
from typing import Any

from genauth_async._options import OPTION_NAMES
from tools.codegen.common import (
    ANNOTATION_NAMES,
    HEADER,
    TypeRenderer,
    const_name,
    param_name,
    sync_doc,
    wrap_names,
)
from tools.spec.extract import snake

CLIENTS = {"management": "ManagementClient", "authentication": "AuthenticationClient"}
#: The name of every method's ``**`` parameter carrying the per-call options.
OPTIONS_VAR = "call_options"
#: The expression turning them into the transport's RequestOptions (None when there are none).
OPTIONS_EXPR = f"_request_options({OPTIONS_VAR})"
IDEMPOTENT_METHODS = {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}
# Paginated endpoints without a page parameter (nothing to iterate with); reported by main().
SKIPPED_ITERATORS: list[str] = []


@dataclass
class Arg:
    name: str
    annotation: str
    required: bool
    keyword_only: bool = False


@dataclass
class Method:
    name: str
    const: str
    args: list[Arg]
    returns: str  # annotation text (async: awaited type; iter: item type)
    doc: list[str]
    call_values: list[str] = field(default_factory=list)
    returns_expr: str | None = None
    iterator: bool = False
    iter_source: str = ""  # paginated endpoint method the iterator calls
    iter_page_arg: str = ""  # parameter that carries the page number ("" for options style)
    iter_options_arg: str = ""  # argument holding the page number (options / object style)
    iter_options_key: str | None = "pagination"  # key inside it (None: the argument itself)
    iter_items: str = "list"
    iter_total: str | None = "totalCount"
    iter_limit_arg: str = ""
    iter_page_str: bool = False  # the official page parameter is a string


def camel(area: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[^0-9A-Za-z]+", area) if p) or "Misc"


def module_name(area: str) -> str:
    out = re.sub(r"[^0-9a-z]+", "_", area.lower()).strip("_") or "misc"
    return out if not out[0].isdigit() else "a_" + out


def _signature_args(ep: dict[str, Any], tr: TypeRenderer) -> list[Arg]:
    args: list[Arg] = []
    seen_optional = False
    kw_only = False
    for p in ep["params"]:
        name = param_name(p["name"])
        if name in OPTION_NAMES or name in (OPTIONS_VAR, "self"):
            raise ValueError(f"{ep['name']}: parameter {name!r} clashes with a per-call option")
        ann = tr.param(p["type"])
        if p["location"] == "query" and p["type"]["kind"] == "list":
            # As in the official SDK, a string goes on the wire as given ("id1,id2").
            ann = f"Sequence[{tr.param(p['type']['items'])}] | str"
        if p.get("keyword_only"):
            kw_only = True  # a field only the Node SDK sends: after the official parameters, by keyword
        if p.get("required"):
            if seen_optional:
                kw_only = True  # a required parameter after an optional one: keyword-only from here on
        else:
            seen_optional = True
            if ann != "Any":
                ann += " | None"
        args.append(Arg(name, ann, bool(p.get("required")), kw_only))
    return args


def _alias_line(ep: dict[str, Any], alias: str) -> str:
    if ep.get("node_name") and alias == snake(ep["node_name"]):
        return f"Alias of ``{ep['name']}`` under the Node SDK's name ``{ep['node_name']}`` (same endpoint)."
    return f"Correctly spelled alias of ``{ep['name']}`` (same endpoint)."


def _doc(ep: dict[str, Any], tr: TypeRenderer, alias: str | None = None) -> list[str]:
    ret = tr.returns(ep.get("data_type")).replace("List[", "list[").replace("Dict[", "dict[")
    lines = [f"``{ep['method']} {ep['path']}`` -> ``{ret}``."]
    lines.append("")
    origin = "official Python name" if ep.get("origin") == "python" else "Node-only endpoint"
    node = f", Node ``{ep['node_name']}``" if ep.get("node_name") else ""
    if alias:
        lines.append(_alias_line(ep, alias))
    else:
        lines.append(f"{origin.capitalize()}{node}; area ``{ep.get('area')}``.")
    if ep["params"]:
        lines.append("")
        lines.append("Parameters (name: wire name, location):")
        for p in ep["params"]:
            req = ", required" if p.get("required") else ""
            # the official SDK has no such parameter; the Node SDK sends the field
            node = ", keyword-only (Node SDK field)" if p.get("keyword_only") else ""
            lines.append(f"    {param_name(p['name'])}: ``{p['wire']}``, {p['location']}{req}{node}")

    for c in ep.get("corrections") or []:
        lines.append("")
        lines.append("Correction: " + " ".join(str(c).split()))
    return lines


def _item_type(ep: dict[str, Any], spec: dict[str, Any], tr: TypeRenderer) -> str:
    dt = ep.get("data_type") or {}
    pag = ep["pagination"]
    if dt.get("kind") == "model":
        model = spec["models"].get(dt["name"], {})
        for f in model.get("fields", []):
            if f["wire"] == pag.get("items", "list") and f["type"]["kind"] == "list":
                return tr.result(f["type"]["items"])
    return "JsonValue"


def build_methods(ep: dict[str, Any], spec: dict[str, Any], tr: TypeRenderer) -> list[Method]:
    args = _signature_args(ep, tr)
    const = const_name(ep["name"])
    values = [param_name(p["name"]) for p in ep["params"]]
    out = []
    for name, alias in [(ep["name"], None)] + [(a, a) for a in ep.get("aliases") or []]:
        out.append(
            Method(
                name=param_name(name),
                const=const,
                args=args,
                returns=tr.returns(ep.get("data_type")),
                doc=_doc(ep, tr, alias),
                call_values=values,
                returns_expr=tr.expr(ep.get("data_type")),
            )
        )
    pag = ep.get("pagination")
    if pag:
        by_wire = {p["wire"]: param_name(p["name"]) for p in ep["params"]}
        kinds = {p["wire"]: p["type"]["kind"] for p in ep["params"]}
        style = pag.get("style")
        page_arg = options_arg = ""
        options_key: str | None = "pagination"
        if style in ("query", "body"):
            page_arg = by_wire.get("page", "")
            where = "Same parameters minus the page number"
        elif style == "options":
            options_arg = by_wire.get("options", "")
            where = f"Same parameters; the page number is set in ``{options_arg}.pagination.page``"
        elif style == "object":
            options_arg = by_wire.get(pag.get("param") or "pagination", "")
            options_key = None
            where = f"Same parameters; the page number is set in ``{options_arg}.page``"
        else:
            raise ValueError(f"{ep['name']}: unknown pagination style {style!r}")
        items = pag.get("items") or "list"
        if page_arg or options_arg:
            it_args = [a for a in args if a.name != page_arg]
            out.append(
                Method(
                    name="iter_" + param_name(ep["name"]),
                    const=const,
                    args=it_args,
                    returns=_item_type(ep, spec, tr),
                    doc=[
                        f"Every item of ``{ep['name']}``, fetched page by page (an async iterator).",
                        "",
                        *textwrap.wrap(
                            f"{where}. Yields the items of ``{items}``; stops after ``totalCount`` "
                            "items, at an empty page, or at a page shorter than the limit (the first "
                            "page's size without one). One page is held in memory at a time.",
                            92,
                        ),
                    ],
                    iterator=True,
                    iter_source=param_name(ep["name"]),
                    iter_page_arg=page_arg,
                    iter_options_arg=options_arg,
                    iter_options_key=options_key,
                    iter_items=items,
                    iter_total=pag.get("total"),
                    iter_limit_arg=by_wire.get("limit", ""),
                    iter_page_str=kinds.get("page") == "str",
                )
            )
        else:
            SKIPPED_ITERATORS.append(ep["name"])
    return out


def enum_values(tr: TypeRenderer, t: dict[str, Any]) -> list[str]:
    """The string values of an enum-typed parameter (empty for any other type)."""
    if t.get("kind") != "enum":
        return []
    values = (tr.enums.get(t.get("name")) or {}).get("values") or []
    return [v for v in values if isinstance(v, str)]


def endpoint_const(ep: dict[str, Any], tr: TypeRenderer) -> list[str]:
    q = json.dumps
    lines = [f"{const_name(ep['name'])} = Endpoint("]
    lines.append(f"    {q(ep['name'])},")
    lines.append(f"    {q(ep['method'])},")
    lines.append(f"    {q(ep['path'])},")
    if ep["params"]:
        lines.append("    (")
        for p in ep["params"]:
            kind = tr.kind(p["type"])
            # Lists also name the kind of their items (the spec's item type), checked before sending.
            items = tr.kind(p["type"]["items"]) if kind == "list" and "items" in p["type"] else "any"
            choices = enum_values(tr, p["type"])
            tail = f", {q(items)}" if items != "any" or choices else ""
            if choices:
                tail += f", ({', '.join(q(v) for v in choices)}{',' if len(choices) == 1 else ''})"
            lines.append(
                f"        Param({q(param_name(p['name']))}, {q(p['wire'])}, {q(p['location'])}, "
                f"{bool(p.get('required'))!r}, {q(kind)}{tail}),"
            )
        lines.append("    ),")
    else:
        lines.append("    (),")
    extra = [f"idempotent={ep['method'].upper() in IDEMPOTENT_METHODS!r}"]
    if ep.get("basic_auth"):  # the spec's fact (tools/spec/extract.py decides it, once)
        extra.append("basic_auth=True")
    if ep.get("envelope") is False:
        extra.append("envelope=False")
    if ep.get("data_key", "data") != "data":
        extra.append(f"data_key={q(ep['data_key'])}")
    lines.append(f"    {', '.join(extra)},")
    lines.append(")")
    return lines


def _sig(m: Method, sync: bool) -> list[str]:
    lines = ["        self,"]
    star = False
    for a in m.args:
        if a.keyword_only and not star:
            lines.append("        *,")
            star = True
        default = "" if a.required else " = None"
        lines.append(f"        {a.name}: {a.annotation}{default},")
    lines.append(f"        **{OPTIONS_VAR}: Unpack[CallOptions],")
    if m.iterator:
        ret = f"Iterator[{m.returns}]" if sync else f"AsyncIterator[{m.returns}]"
    else:
        ret = m.returns
    kw = "def" if (sync or m.iterator) else "async def"
    return [f"    {kw} {m.name}(", *lines, f"    ) -> {ret}:"]


def _docstring(m: Method) -> list[str]:
    if len(m.doc) == 1:
        return [f'        """{m.doc[0]}"""']
    out = [f'        """{m.doc[0]}']
    out.extend(("        " + d) if d else "" for d in m.doc[1:])
    out.append('        """')
    return out


def render_async_method(m: Method) -> list[str]:
    lines = _sig(m, sync=False) + _docstring(m)
    if m.iterator:
        call_args = []
        for a in m.args:
            if a.name == m.iter_options_arg:
                key = "" if m.iter_options_key == "pagination" else f", {m.iter_options_key!r}"
                call_args.append(f"{a.name}=_with_page({a.name}, page{key})")
            else:
                call_args.append(f"{a.name}={a.name}")
        if m.iter_page_arg:
            call_args.insert(
                0, f"{m.iter_page_arg}=str(page)" if m.iter_page_str else f"{m.iter_page_arg}=page"
            )
        call_args.append(f"**{OPTIONS_VAR}")
        key = "" if m.iter_options_key == "pagination" else f", {m.iter_options_key!r}"
        limit = m.iter_limit_arg or (
            f"_options_limit({m.iter_options_arg}{key})" if m.iter_options_arg else "None"
        )
        # A keyword that is not an option fails here, as a wrong keyword would, not at the first page.
        lines.append(f"        _check_call_options({OPTIONS_VAR})")
        lines.append("        return _paginate(")
        lines.append(f"            lambda page: self.{m.iter_source}(")
        lines.extend(f"                {c}," for c in call_args)
        lines.append("            ),")
        lines.append(f"            {json.dumps(m.iter_items)},")
        lines.append(f"            {json.dumps(m.iter_total)},")
        lines.append(f"            {limit},")
        lines.append("        )")
        return lines
    vals = m.call_values
    tup = "()" if not vals else ("(" + vals[0] + ",)" if len(vals) == 1 else None)
    ignore = "" if m.returns == "Any" else "  # type: ignore[no-any-return]"
    # Always returned, also for an endpoint that answers nothing: the plain call then returns the
    # None decode gives, and the ``with_raw_response`` view (the same method on a raw-mode client)
    # its RawResponse[None].
    lines.append(f"        return await self._call({ignore}")
    lines.append(f"            {m.const},")
    if tup is not None:
        lines.append(f"            {tup},")
    else:
        lines.append("            (")
        lines.extend(f"                {v}," for v in vals)
        lines.append("            ),")
    lines.append(f"            {json.dumps(m.returns_expr) if m.returns_expr is not None else None},")
    lines.append(f"            {OPTIONS_EXPR},")
    lines.append("        )")
    return lines


def render_sync_method(m: Method) -> list[str]:
    lines = _sig(m, sync=True) + _docstring(replace(m, doc=[sync_doc(d) for d in m.doc]))
    positional = [a.name for a in m.args if not a.keyword_only]
    keywords = [a.name for a in m.args if a.keyword_only]
    runner = "_iter_method" if m.iterator else "_run_method"
    # _run_method returns Any: returning it needs the ignore only where the annotation is not Any.
    ignore = "" if m.iterator or m.returns in ("Any", "None") else "  # type: ignore[no-any-return]"
    ret = "" if m.returns == "None" and not m.iterator else "return "
    lines.append(f"        {ret}self.{runner}({ignore}")
    lines.append(f"            {json.dumps(m.name)},")
    if not positional:
        lines.append("            (),")
    elif len(positional) == 1:
        lines.append(f"            ({positional[0]},),")
    else:
        lines.append("            (")
        lines.extend(f"                {p}," for p in positional)
        lines.append("            ),")
    if keywords:  # the method's own keyword-only arguments, then the options
        lines.append("            {")
        lines.extend(f"                {json.dumps(k)}: {k}," for k in keywords)
        lines.append(f"                **{OPTIONS_VAR},")
        lines.append("            },")
    else:
        lines.append(f"            {OPTIONS_VAR},")
    lines.append("        )")
    return lines


@dataclass
class Area:
    client: str
    area: str
    module: str
    cls: str
    endpoints: list[dict[str, Any]]
    methods: list[Method]


def plan_areas(spec: dict[str, Any], tr: TypeRenderer) -> list[Area]:
    areas: list[Area] = []
    for client in CLIENTS:
        by_area: dict[str, list[dict[str, Any]]] = {}
        for ep in spec.get("endpoints", []):
            if ep["client"] == client:
                by_area.setdefault(ep.get("area") or "misc", []).append(ep)
        for area, eps in sorted(by_area.items(), key=lambda kv: module_name(kv[0])):
            # One module per declared area (tools/spec/areas.json), whatever its size.
            eps.sort(key=lambda e: e["name"])
            methods = [m for ep in eps for m in build_methods(ep, spec, tr)]
            areas.append(Area(client, area, module_name(area), camel(area) + "Mixin", eps, methods))
    # method names must be unique per client and must not shadow annotation names
    for client in CLIENTS:
        seen: dict[str, str] = {}
        for a in areas:
            if a.client != client:
                continue
            for m in a.methods:
                if m.name in seen:
                    raise ValueError(f"{client}: method {m.name} defined twice ({seen[m.name]}, {a.module})")
                if m.name in ANNOTATION_NAMES:
                    raise ValueError(f"method name {m.name} shadows an annotation name")
                seen[m.name] = a.module
    return areas


def _typing_imports(body: str, extra: tuple[str, ...] = ()) -> list[str]:
    # "Any" as a from_wire type expression is a string, not a use of typing.Any
    code = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', body)
    names = [
        n
        for n in ("Any", "Dict", "List", "Literal")
        if re.search(rf"\b{n}\[" if n != "Any" else r"\bAny\b", code)
    ]
    return sorted(set(names) | set(extra))


def json_type_imports(body: str, indent: str = "    ") -> list[str]:
    """The ``genauth_async.types`` import for the JSON result types ``body`` uses (none: [])."""
    names = [n for n in ("JsonObject", "JsonValue") if re.search(rf"\b{n}\b", body)]
    return [f"{indent}from genauth_async.types import {', '.join(names)}"] if names else []


def _model_imports(area: Area, tr: TypeRenderer, spec: dict[str, Any], body: str) -> list[str]:
    names: set[str] = set()
    for ep in area.endpoints:
        for p in ep["params"]:
            tr.names(p["type"], names)
        tr.names(ep.get("data_type"), names)
        if ep.get("pagination") and (ep.get("data_type") or {}).get("kind") == "model":
            for f in spec["models"].get(ep["data_type"]["name"], {}).get("fields", []):
                if f["wire"] == ep["pagination"].get("items", "list"):
                    tr.names(f["type"], names)
    return sorted(n for n in names if re.search(rf"\b{n}\b", body))


def _replaced_by_helpers(client: str) -> set[str]:
    """Endpoint names a hand-written helper replaces on ``client`` (e.g. ``put_event``)."""
    from genauth_async.protocols import HELPERS

    return {name for c, name, _ in HELPERS if c == client}


def render_area(area: Area, spec: dict[str, Any], tr: TypeRenderer, sync: bool) -> str:
    kind = "Management" if area.client == "management" else "Authentication"
    body: list[str] = []
    if not sync:
        for ep in area.endpoints:
            body.append("")
            body.extend(endpoint_const(ep, tr))
    body.append("")
    body.append("")
    base = f'_SyncClient["_Async{CLIENTS[area.client]}"]' if sync else "_Caller"
    body.append(f"class {area.cls}({base}):")
    n_ep = len(area.endpoints)
    body.append(f'    """{kind} API, area ``{area.area}``: {n_ep} endpoint{"s" if n_ep != 1 else ""}."""')
    if not sync:
        body.append("")
        body.append("    __slots__ = ()")
    replaced = _replaced_by_helpers(area.client) if sync else set()
    for m in area.methods:
        if m.name in replaced:
            continue  # the sync client mirrors the hand-written helper that replaces this endpoint
        body.append("")
        body.extend(render_sync_method(m) if sync else render_async_method(m))
    text = "\n".join(body)
    head = [
        HEADER.rstrip("\n"),
        f'"""{kind} API endpoints, area ``{area.area}``{" (sync facade)" if sync else ""}."""',
        "",
    ]
    head.append("from __future__ import annotations")
    head.append("")
    abc = [n for n in ("AsyncIterator", "Iterator", "Mapping", "Sequence") if re.search(rf"\b{n}\[", text)]
    if abc:
        head.append(f"from collections.abc import {', '.join(abc)}")
    head.append(f"from typing import {', '.join(_typing_imports(text, ('TYPE_CHECKING',)))}")
    head.append("")
    if sync:
        head.append("from genauth_sync._portal import SyncClient as _SyncClient")
    else:
        head.append("from genauth_async._endpoint import Endpoint, Param")
        head.append("from genauth_async._generated._caller import _Caller")
        if any(m.iterator for m in area.methods):
            head.append(
                "from genauth_async._options import check_call_options as _check_call_options, "
                "request_options as _request_options"
            )
        else:
            head.append("from genauth_async._options import request_options as _request_options")
        if any(m.iterator for m in area.methods):
            helpers = ["paginate as _paginate"]
            if any(m.iter_options_arg for m in area.methods):
                helpers += ["options_limit as _options_limit", "with_page as _with_page"]
            head.append(f"from genauth_async._pagination import {', '.join(helpers)}")
    head.append("")
    head.append("if TYPE_CHECKING:")
    if sync:
        cls = CLIENTS[area.client]
        head.append(f"    from genauth_async._generated.clients import {cls} as _Async{cls}  # noqa: F401")
    head.append("    from genauth_async._options import CallOptions, Unpack")
    head.extend(json_type_imports(text))
    models = _model_imports(area, tr, spec, text)
    if models:
        head.append("    from genauth_async.models import (")
        head.extend(wrap_names(models, indent="        "))
        head.append("    )")
    return "\n".join(head) + "\n" + text + "\n"


def render_caller() -> str:
    return (
        HEADER
        + '''"""Base of the generated async mixins: declares ``_call`` for type checkers only.

At run time the class is empty, so ``BaseClient._call`` (later in the MRO) is the one that runs.
"""

from __future__ import annotations

from collections.abc import Coroutine, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from genauth_async._endpoint import Endpoint, RequestOptions


class _Caller:
    __slots__ = ()

    if TYPE_CHECKING:

        def _call(
            self,
            endpoint: Endpoint,
            values: Sequence[Any],
            returns: str | None,
            options: RequestOptions | None = None,
        ) -> Coroutine[Any, Any, Any]: ...
'''
    )


#: The hand-written mixin of protocol helpers (genauth_async/protocols/mixins.py) of each client.
HELPER_MIXINS = {"management": "ManagementEventsMixin", "authentication": "AuthenticationProtocolMixin"}


def render_async_clients(areas: list[Area]) -> str:
    t = [
        HEADER.rstrip("\n"),
        '"""The async clients: the hand-written base clients plus every generated endpoint mixin."""',
        "",
    ]
    t.append("from __future__ import annotations")
    t.append("")
    t.append("from typing import TYPE_CHECKING")
    t.append("")
    t.append("from genauth_async._base_client import BaseAuthenticationClient, BaseManagementClient")
    t.append("from genauth_async._generated.raw import AuthenticationWithRawResponse, ManagementWithRawResponse")
    t.append("from genauth_async.protocols.mixins import AuthenticationProtocolMixin, ManagementEventsMixin")
    for a in areas:
        alias = f"_{a.client[0].upper()}{a.cls}"
        t.append(f"from genauth_async._generated.{a.client}.{a.module} import {a.cls} as {alias}")
    t.append("")
    t.append('__all__ = ["AuthenticationClient", "ManagementClient"]')
    for client, cls in CLIENTS.items():
        mine = [a for a in areas if a.client == client]
        n = sum(len(a.endpoints) for a in mine)
        t.append("")
        t.append("")
        t.append(f"class {cls}(")
        # Hand-written helpers come first: where one replaces a generated endpoint (put_event sends
        # eventData as a JSON string, as the official SDK does), the helper must win.
        t.append(f"    {HELPER_MIXINS[client]},")
        for a in mine:
            t.append(f"    _{a.client[0].upper()}{a.cls},")
        t.append(f"    Base{cls},")
        t.append("):")
        t.append(
            f'    """GenAuth {client} API client (async): {n} spec endpoints plus the hand-written helpers."""'
        )
        raw_cls = cls.replace("Client", "") + "WithRawResponse"
        t.append("")
        t.append(f"    _raw_response_class = {raw_cls}")
        t.append("")
        t.append("    if TYPE_CHECKING:")
        t.append("")
        t.append("        @property")
        t.append(f"        def with_raw_response(self) -> {raw_cls}: ...")
        basic = sorted({ep["path"] for a in mine for ep in a.endpoints if ep.get("basic_auth")})
        if basic:
            # The spec's basic_auth endpoints, by path, for request() calls that name no endpoint.
            t.append("")
            t.append("    _basic_auth_paths = frozenset({")
            t.extend(f"        {json.dumps(path)}," for path in basic)
            t.append("    })")
    return "\n".join(t) + "\n"


def package_init(doc: str) -> str:
    return HEADER + f'"""{doc}"""\n'
