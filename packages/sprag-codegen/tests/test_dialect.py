"""The dialect plugin API: imports, rejections, globals, renames, intrinsics, decorators, bases."""

from __future__ import annotations

import dataclasses
import re
import textwrap

import pytest
from conftest import needs_node, run_node_file

from sprag_codegen import Dialect, ImportBinding, IntrinsicCall, JSCodegenError, compile_source


def camel(name: str) -> str:
    if name.startswith("__") or "_" not in name.strip("_"):
        return name
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


def lower_ui(call: IntrinsicCall) -> str:
    tag = call.name.rsplit(".", 1)[1]
    attrs = ", ".join(f"{k}: {v}" for k, v in call.kwargs)
    el = call.require("/rt/ui.js", "el")
    return f'{el}("{tag}", {{{attrs}}}, [{", ".join(call.args)}])'


def lower_text(call: IntrinsicCall) -> str:
    if len(call.args) != 1:
        call.error("ui.text takes exactly one argument", "pass the text to show")
    return f"String({call.args[0]})"


def lower_timeout(call: IntrinsicCall) -> str:
    fn, seconds = call.args
    return f"this.setTimer({fn}, ({seconds}) * 1000)"


def lower_debounce(call: IntrinsicCall) -> str:
    wrap = call.require("/rt/deco.js", "debounce")
    return f"{wrap}({call.args[0]}, {call.literal_kwargs.get('wait', 0)})"


TEST = Dialect(
    name="test",
    imports={"widgets": ImportBinding(names={
        "Base": ("/rt/base.js", "Base"),
        "ui": ("/rt/ui.js", "ui"),
        "debounce": ("/rt/deco.js", "debounce"),
    })},
    rejected_imports={"server": "server code stays on the server; call an action instead"},
    globals={"browser": "globalThis"},
    attribute_name=camel,
    intrinsics={"ui.*": lower_ui, "ui.text": lower_text, "self.timeout": lower_timeout},
    decorators={"debounce": lower_debounce},
    base_classes=frozenset({"widgets.Base"}),
)


def compile_(src: str, **kw):
    return compile_source(textwrap.dedent(src), "widget.py", dialect=TEST, **kw)


def rejected(src: str, **kw):
    with pytest.raises(JSCodegenError) as info:
        compile_(src, **kw)
    return info.value.diagnostic


def test_import_binding_becomes_an_es_import():
    art = compile_("from widgets import Base\nclass W(Base):\n    pass\n")
    assert 'import { Base as $$Base } from "/rt/base.js";' in art.code
    assert "class W extends $$Base" in art.code


def test_importing_a_name_the_binding_lacks_lists_the_available_names():
    diag = rejected("from widgets import Missing\n")
    assert diag.code == "SC115"
    assert "Base, debounce, ui" in diag.hint


def test_rejected_import_prefix_gives_the_dialect_hint():
    diag = rejected("from server.db import query\n")
    assert diag.code == "SC113" and diag.line == 1
    assert diag.hint == "server code stays on the server; call an action instead"


def test_unknown_absolute_import_is_rejected():
    diag = rejected("import requests\n")
    assert diag.code == "SC114"
    assert "widgets" in diag.hint


def test_relative_import_defaults_to_a_sibling_js_module():
    art = compile_("from .components import Card\nprint(Card)\n")
    assert 'import { Card as $$Card } from "./components.js";' in art.code


def test_resolve_relative_chooses_the_specifier():
    art = compile_("from .components import Card\nprint(Card)\n",
                   resolve_relative=lambda module, names: "/static/components.mjs")
    assert 'from "/static/components.mjs"' in art.code


def test_globals_map_python_names_to_js_expressions():
    art = compile_("print(browser)\n")
    assert "$print(globalThis)" in art.code


def test_attribute_name_renames_definitions_reads_and_calls():
    art = compile_("""
        class W:
            def __init__(self):
                self.click_count = 0

            def on_click(self):
                self.click_count += 1
                self.on_click_done()
        """)
    assert "onClick()" in art.code
    assert ".clickCount" in art.code
    assert "onClickDone" in art.code
    assert "__init__(" in art.code  # dunders keep their names


def test_builtin_methods_resolve_before_renames():
    art = compile_("xs = []\nxs.append(1)\nd = {}\nprint(d.get('k'), xs)\n")
    assert "push(1)" in art.code
    assert "$dict_get(d" in art.code


def test_star_intrinsic_lowers_any_attribute():
    art = compile_("from widgets import ui\nnode = ui.div(ui.span('x'), class_='c')\n")
    assert '$$el("div", {class_: "c"}, [$$el("span", {}, ["x"])])' in art.code
    assert 'import { el as $$el } from "/rt/ui.js";' in art.code


def test_exact_intrinsic_wins_over_star():
    art = compile_("from widgets import ui\nt = ui.text(3)\n")
    assert "t = String(3);" in art.code


def test_intrinsic_error_is_a_located_diagnostic():
    diag = rejected("from widgets import ui\n\nt = ui.text(1, 2)\n")
    assert diag.line == 3 and diag.message == "ui.text takes exactly one argument"
    assert diag.hint == "pass the text to show"


def test_self_intrinsic_applies_in_classes_deriving_from_a_base_class():
    art = compile_("""
        from widgets import Base
        class W(Base):
            def start(self):
                self.timeout(self.tick, 0.5)
            def tick(self):
                pass
        """)
    assert "this.setTimer(" in art.code and "* 1000" in art.code


def test_self_intrinsic_does_not_apply_to_plain_classes():
    art = compile_("""
        class Plain:
            def timeout(self, fn, s):
                return s
            def start(self):
                return self.timeout(None, 1)
        """)
    assert "setTimer" not in art.code


def test_decorator_handler_wraps_the_function():
    art = compile_("""
        from widgets import debounce
        @debounce(wait=300)
        def save():
            pass
        """)
    assert re.search(r"save = \$\$debounce\(\$f\d+, 300\);", art.code)


def test_unknown_decorator_name_is_called_as_a_plain_function():
    art = compile_("""
        def logged(fn):
            return fn
        @logged
        def save():
            pass
        """)
    assert "$call(logged, $f" in art.code


def test_extend_merges_and_the_other_dialect_wins():
    extra = Dialect(name="more", globals={"browser": "window", "doc": "document"},
                    rejected_imports={"flask": "flask is server-only"})
    merged = TEST.extend(extra)
    assert merged.name == "more"
    assert merged.globals == {"browser": "window", "doc": "document"}
    assert set(merged.rejected_imports) == {"server", "flask"}
    assert merged.attribute_name is camel
    assert merged.base_classes == TEST.base_classes


def test_dialect_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        TEST.name = "x"  # type: ignore[misc]


@needs_node
def test_compiled_component_runs_against_a_runtime_module(tmp_path):
    (tmp_path / "rt").mkdir()
    (tmp_path / "rt" / "base.mjs").write_text(textwrap.dedent("""
        export class Base {
          constructor(props) { this.props = props; this.timers = []; }
          setTimer(fn, ms) { this.timers.push(ms); fn(); }
        }
    """))
    art = compile_source(textwrap.dedent("""
        from widgets import Base

        class Clock(Base):
            def __init__(self, props=None):
                super().__init__(props)
                self.ticks = 0

            def start_clock(self):
                self.timeout(self.tick, 1.5)
                return self.ticks

            def tick(self):
                self.ticks += 1

        c = Clock({"a": 1})
        print(c.start_clock(), c.timers, c.props)
        """), "clock.py", dialect=Dialect(
        imports={"widgets": ImportBinding(names={"Base": ("./rt/base.mjs", "Base")})},
        attribute_name=camel, intrinsics={"self.timeout": lower_timeout},
        base_classes=frozenset({"widgets.Base"})))
    out = tmp_path / "clock.mjs"
    out.write_text(art.code)
    proc = run_node_file(out)
    assert proc.stdout == "1 [1500] {'a': 1}\n", proc.stderr


JS_ERRORS = Dialect(name="jserrors", globals={
    "ActionError": "(class ActionError extends Error { constructor(m) { super(m); "
                   "this.status = 400; this.errors = {count: 'must be an int'}; } })",
    "fail_like_js": "((m) => { throw new (class ActionError extends Error { constructor(x) "
                    "{ super(x); this.status = 403; this.errors = {}; } })(m); })",
})


def test_foreign_js_errors_caught_as_exception_keep_their_properties_and_message(run_py):
    proc = run_py("""
        try:
            fail_like_js("forbidden")
        except Exception as e:
            print(str(e), e.status, e.errors)
        try:
            raise ActionError("invalid payload")
        except Exception as e:
            print(str(e), e.status, e.errors["count"])
        err = ActionError("as a value")
        print(str(err), err.status)
        print(f"{err}", repr(err))
        """, dialect=JS_ERRORS)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        "forbidden 403 {}",
        "invalid payload 400 must be an int",
        "as a value 400",
        "as a value ActionError('as a value')",
    ]


def test_dialect_attributes_are_read_directly_and_others_through_getattr():
    dialect = dataclasses.replace(TEST, attributes=frozenset({"state"}))
    art = compile_source(textwrap.dedent("""
        from widgets import Base
        class W(Base):
            def show(self):
                return [self.state, self.other]
        """), "widget.py", dialect=dialect)
    assert "self.state" in art.code
    assert re.search(r'\$ga\(null, self, "other"\)', art.code)
    assert dialect.extend(Dialect(attributes=frozenset({"props"}))).attributes == {"state", "props"}
