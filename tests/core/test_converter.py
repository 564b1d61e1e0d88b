from __future__ import annotations

import sys
import types
from typing import Any

import attrs
import pytest
from _fixtures import FakeApplicationDto, FakeAppType, FakeLoginConfig

from genauth_async._converter import from_wire, resolve_type, to_wire
from genauth_async._model import UNSET, Unset, WireEnum


def test_unknown_keys_tolerated_and_renames_applied() -> None:
    app = from_wire({"appId": "a1", "appName": "n", "brandNewField": {"x": 1}, "isIntegrateApp": False},
                    "FakeApplicationDto")
    assert app == FakeApplicationDto(app_id="a1", app_name="n", is_integrate_app=False)


def test_unknown_enum_value_accepted() -> None:
    app = from_wire({"appId": "a", "appName": "n", "appType": "quantum-app"}, "FakeApplicationDto")
    assert app.app_type == "quantum-app"
    assert isinstance(app.app_type, FakeAppType) and not app.app_type.is_known
    assert from_wire({"appId": "a", "appName": "n", "appType": "web"}, "FakeApplicationDto").app_type is FakeAppType.WEB
    assert FakeAppType("quantum-app") is app.app_type


def test_missing_required_and_null_fields_do_not_abort() -> None:
    app = from_wire({"appName": None}, "FakeApplicationDto")
    assert app.app_id is None and app.app_name is None


def test_type_expressions() -> None:
    apps = from_wire([{"appId": "1", "appName": "a"}], "list[FakeApplicationDto]")
    assert apps[0].app_id == "1"
    assert from_wire({"k": [1]}, "dict[str, Any]") == {"k": [1]}
    assert from_wire(True, "bool") is True
    assert from_wire({"x": 1}, "Any") == {"x": 1}
    assert from_wire(None, "FakeApplicationDto") is None
    page = from_wire({"list": [{"appId": "1", "appName": "a"}], "totalCount": 1}, "FakeApplicationPaginatedDataDto")
    assert page.total_count == 1 and page.list[0].app_name == "a"


def test_unset_omitted_none_kept_nested() -> None:
    assert to_wire(FakeLoginConfig()) == {}
    assert to_wire(FakeLoginConfig(merge_login_and_register_page=None)) == {"mergeLoginAndRegisterPage": None}
    assert to_wire([FakeLoginConfig(enabled_basic_login_methods=["a"])]) == [{"enabledBasicLoginMethods": ["a"]}]
    assert to_wire(FakeAppType.SPA) == "spa"
    raw = {"anyWireKey": 1}
    assert to_wire(raw) is raw


def test_lazy_models_namespace(monkeypatch: pytest.MonkeyPatch) -> None:
    """Names are looked up on genauth_async.models by attribute access at resolve time."""

    class Colour(WireEnum):
        RED = "red"

    @attrs.define(kw_only=True)
    class LazyThing:
        colour: Colour | None = attrs.field(default=None)
        mode: str | None | Unset = attrs.field(default=UNSET, metadata={"wire": "modeName"})

    looked_up: list[str] = []
    fake = types.ModuleType("genauth_async.models")

    def module_getattr(name: str) -> Any:
        looked_up.append(name)
        table = {"LazyThing": LazyThing, "Colour": Colour}
        if name in table:
            return table[name]
        raise AttributeError(name)

    fake.__getattr__ = module_getattr  # type: ignore[method-assign]
    monkeypatch.setitem(sys.modules, "genauth_async.models", fake)
    LazyThing.__annotations__["colour"] = "Colour | None"  # as `from __future__ import annotations` leaves it
    object.__setattr__(attrs.fields(LazyThing).colour, "type", "Colour | None")
    thing = from_wire([{"colour": "blue", "modeName": "m"}], "list[LazyThing]")[0]
    assert thing.colour == "blue" and isinstance(thing.colour, Colour)
    assert thing.mode == "m"
    assert "LazyThing" in looked_up and "Colour" in looked_up
    assert resolve_type("LazyThing") is LazyThing


def test_cattrs_is_imported_only_for_the_shapes_it_handles() -> None:
    """Typed answers of the usual shapes never import cattrs; a wire union does, and works."""
    import subprocess
    import sys as _sys

    code = (
        "import sys\n"
        "import genauth_async\n"
        "from genauth_async._converter import from_answer, from_wire\n"
        "app = {'appId': 'a', 'appType': 'web', 'loginConfig': {'enabledBasicLoginMethods': ['EMAIL_CODE']},\n"
        "       'redirectUris': ['https://x'], 'ssoEnabled': True}\n"
        "x = from_answer(app, 'CreateApplicationRespDataDto')\n"
        "repr(x); x.login_config.enabled_basic_login_methods\n"
        "y = from_wire(app, 'ApplicationDto'); repr(y)\n"
        "assert from_wire('true', 'bool') is True and from_wire('7', 'int') == 7\n"
        "assert 'cattrs' not in sys.modules, 'cattrs imported for plain models'\n"
        "res = from_wire({'struct': ['a', 'b'], 'resourceName': 'r'}, 'GetDataResourceRespDto')\n"
        "assert res.struct == ['a', 'b'], res\n"
        "assert 'cattrs' in sys.modules\n"
        "print('ok')\n"
    )
    done = subprocess.run([_sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
