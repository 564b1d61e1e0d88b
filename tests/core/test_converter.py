from __future__ import annotations

import sys
import types
import typing
from typing import Any, Literal

import attrs
import pytest
from _fixtures import FakeApplicationDto, FakeApplicationPaginatedDataDto, FakeAppType, FakeLoginConfig

from genauth_async._converter import from_wire, resolve_type, to_wire
from genauth_async._model import UNSET, Unset, WireEnum


def test_unknown_keys_tolerated_and_renames_applied() -> None:
    app = from_wire({"appId": "a1", "appName": "n", "brandNewField": {"x": 1}, "isIntegrateApp": False},
                    FakeApplicationDto)
    assert app == FakeApplicationDto(app_id="a1", app_name="n", is_integrate_app=False)


def test_unknown_enum_value_accepted() -> None:
    app = from_wire({"appId": "a", "appName": "n", "appType": "quantum-app"}, FakeApplicationDto)
    assert app.app_type == "quantum-app"
    assert isinstance(app.app_type, FakeAppType) and not app.app_type.is_known
    assert from_wire({"appId": "a", "appName": "n", "appType": "web"}, FakeApplicationDto).app_type is FakeAppType.WEB
    assert FakeAppType("quantum-app") is app.app_type


def test_missing_required_and_null_fields_do_not_abort() -> None:
    app = from_wire({"appName": None}, FakeApplicationDto)
    assert app.app_id is None and app.app_name is None


def test_type_expressions() -> None:
    apps = from_wire([{"appId": "1", "appName": "a"}], list[FakeApplicationDto])
    assert apps[0].app_id == "1"
    assert from_wire({"k": [1]}, "dict[str, Any]") == {"k": [1]}
    assert from_wire(True, "bool") is True
    assert from_wire({"x": 1}, "Any") == {"x": 1}
    assert from_wire(None, FakeApplicationDto) is None
    page = from_wire({"list": [{"appId": "1", "appName": "a"}], "totalCount": 1}, FakeApplicationPaginatedDataDto)
    assert page.total_count == 1 and page.list[0].app_name == "a"


def test_unset_omitted_none_kept_nested() -> None:
    assert to_wire(FakeLoginConfig()) == {}
    assert to_wire(FakeLoginConfig(merge_login_and_register_page=None)) == {"mergeLoginAndRegisterPage": None}
    assert to_wire([FakeLoginConfig(enabled_basic_login_methods=["a"])]) == [{"enabledBasicLoginMethods": ["a"]}]
    assert to_wire(FakeAppType.SPA) == "spa"
    raw = {"anyWireKey": 1}
    assert to_wire(raw) is raw


class Colour(WireEnum):
    RED = "red"


@attrs.define(kw_only=True)
class LazyThing:
    colour: Colour | None = attrs.field(default=None)
    mode: str | None | Unset = attrs.field(default=UNSET, metadata={"wire": "modeName"})
    list: list[Colour] | None = attrs.field(default=None)  # a field named like the builtin


def test_type_expressions_name_models_of_the_lazy_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """A return type string looks its names up on genauth_async.models (by attribute access, so
    the lazy package imports just those modules); a model's own annotations resolve in its module."""
    looked_up: list[str] = []
    fake = types.ModuleType("genauth_async.models")

    def module_getattr(name: str) -> Any:
        looked_up.append(name)
        if name == "LazyThing":
            return LazyThing
        raise AttributeError(name)

    fake.__getattr__ = module_getattr  # type: ignore[method-assign]
    monkeypatch.setitem(sys.modules, "genauth_async.models", fake)
    thing = from_wire([{"colour": "blue", "modeName": "m", "list": ["red"]}], "list[LazyThing]")[0]
    assert thing.colour == "blue" and isinstance(thing.colour, Colour)
    assert thing.mode == "m" and thing.list == [Colour.RED]
    assert looked_up == ["LazyThing"]  # Colour came from this module, not from the package
    assert resolve_type("LazyThing | None") == LazyThing | None
    with pytest.raises(NameError, match="NoSuchDto"):
        resolve_type("list[NoSuchDto]")
    with pytest.raises(ValueError, match="not a type expression"):
        resolve_type("__import__('os').getcwd()")


def test_type_expression_forms() -> None:
    from genauth_async.models import ApplicationDto, UserDto

    assert resolve_type("ApplicationDto") is ApplicationDto
    assert resolve_type("list[UserDto]") == list[UserDto]
    assert resolve_type("dict[str, UserDto]") == dict[str, UserDto]
    assert resolve_type("Optional[UserDto]") == UserDto | None
    assert resolve_type("List[str]") == typing.List[str]  # noqa: UP006
    assert resolve_type("Literal['a', 1]") == Literal["a", 1]
    assert resolve_type("None") is type(None)
    assert from_wire([{"userId": "u"}], list[UserDto])[0].user_id == "u"  # a type works as well


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


def _application_answer() -> dict[str, Any]:
    from benchmarks.server import application_dto

    return application_dto("6400000000000000000000aa", "Shop", "shop")


@pytest.mark.parametrize("read", ["from_wire", "from_answer"])
def test_required_keys_read_by_subscript_and_a_missing_one_still_parses(read: str) -> None:
    """The compiled function subscripts required keys; a server that leaves one out gets the
    ``.get`` variant, so the field comes back None and the rest of the answer is kept."""
    from genauth_async import _converter
    from genauth_async.models import ApplicationDto

    convert = getattr(_converter, read)
    whole = _application_answer()
    full = convert(dict(whole), ApplicationDto if read == "from_wire" else "ApplicationDto")
    assert full.app_id == "6400000000000000000000aa" and full.app_name == "Shop"
    assert full.login_config is not None

    for key in ("appName", "appType", "loginConfig"):  # a scalar, an enum and a nested (deferred) field
        partial = dict(whole)
        del partial[key]
        app = convert(partial, ApplicationDto if read == "from_wire" else "ApplicationDto")
        assert app.app_id == "6400000000000000000000aa"
        field = {"appName": "app_name", "appType": "app_type", "loginConfig": "login_config"}[key]
        assert getattr(app, field) is None
        assert app.user_pool_id == whole["userPoolId"]
        assert app.oidc_config == full.oidc_config


def test_a_mapping_with_missing_is_not_subscripted() -> None:
    """A defaultdict handed to from_wire must not grow the keys the model reads."""
    import collections

    from genauth_async.models import ApplicationDto

    given = collections.defaultdict(lambda: "default", {"appId": "a1"})
    app = from_wire(given, ApplicationDto)
    assert app.app_id == "a1" and app.app_name is None
    assert dict(given) == {"appId": "a1"}
