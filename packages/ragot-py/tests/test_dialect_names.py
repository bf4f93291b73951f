"""The ragot dialect's names: camelCase mapping, imports, rejections, base classes."""

import pytest

from ragot.dialect import REJECTED_IMPORTS, attribute_name, dialect, ragot_dialect
from sprag_codegen.dialect import Dialect


@pytest.mark.parametrize(
    ("python", "js"),
    [
        ("set_state", "setState"),
        ("set_state_sync", "setStateSync"),
        ("on_start", "onStart"),
        ("add_cleanup", "addCleanup"),
        ("prevent_default", "preventDefault"),
        ("query_selector_all", "querySelectorAll"),
        ("inner_html", "innerHTML"),
        ("to_iso_string", "toISOString"),
        ("_on_tick", "_onTick"),
        ("count", "count"),
        ("__init__", "__init__"),
        ("MAX_ROWS", "MAX_ROWS"),
    ],
)
def test_attribute_names_map_to_camel_case(python, js):
    assert attribute_name(python) == js


def test_dialect_uses_the_camel_case_mapping():
    assert dialect.js_attribute("set_state") == "setState"


def test_imports_point_at_one_runtime_file_per_piece():
    names = ragot_dialect("/static/ragot").imports["ragot"].names
    assert names["Component"] == ("/static/ragot/component.js", "Component")
    assert names["Module"] == ("/static/ragot/module.js", "Module")
    assert names["virtual_scroll"] == ("/static/ragot/virtual.js", "virtualScroll")
    assert names["debounce"] == ("/static/ragot/timing.js", "debounce")


def test_server_only_names_are_not_importable_from_ragot():
    names = dialect.imports["ragot"].names
    assert "render_to_string" not in names
    assert "BrowserOnlyError" not in names


def test_ref_selector_imports_its_runtime_file():
    assert dialect.imports["ragot"].names["ref"] == ("/ragot/ref.js", "ref")


@pytest.mark.parametrize("module", ["specter", "flask", "gevent", "os", "subprocess", "sqlite3"])
def test_server_only_modules_are_rejected_with_a_hint(module):
    assert dialect.rejected_imports[module]


def test_server_only_hint_points_to_actions():
    assert "call an action" in REJECTED_IMPORTS["specter"]


def test_base_classes_are_component_and_module():
    assert dialect.base_classes == frozenset({"ragot.Component", "ragot.Module"})


def test_runtime_base_must_not_end_with_a_slash():
    with pytest.raises(ValueError, match="without a trailing '/'"):
        ragot_dialect("/static/ragot/")


def test_dialect_extends_with_sprag_names_and_keeps_its_own():
    sprag = Dialect(
        name="sprag",
        globals={"browser": "globalThis"},
        rejected_imports={"sprag.server": "server-only"},
    )
    merged = dialect.extend(sprag)
    assert merged.globals["browser"] == "globalThis"
    assert merged.rejected_imports["flask"] == REJECTED_IMPORTS["flask"]
    assert "ui.*" in merged.intrinsics
    assert merged.js_attribute("on_start") == "onStart"
