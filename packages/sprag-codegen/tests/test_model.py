"""Data-model support ships only where it is used, and its compile-time errors are located."""

from __future__ import annotations

import textwrap

import pytest

from sprag_codegen import JSCodegenError, compile_source
from sprag_codegen.runtime import helper_closure


def helpers(src: str) -> frozenset:
    """Every helper the compiled module ships (what it uses and their dependencies)."""
    return frozenset(helper_closure(compile_source(textwrap.dedent(src), "m.py").helpers))


def test_pages_without_the_features_do_not_ship_their_helpers():
    used = helpers(
        """
        class Counter:
            def __init__(self):
                self.count = 0

            def on_click(self, event):
                event.prevent_default()
                self.count += 1
                return str(self.count)
        """
    )
    for name in ("$ubool", "$ulen", "$rich", "$pyhash", "$hkuser", "$newset", "$tadd",
                 "$cmx", "$tojs", "$enter", "$chain", "$frozenerr", "$sa"):
        assert name not in used, name


def test_each_feature_ships_its_helpers():
    assert {"$ubool", "$ulen"} <= helpers("class A:\n    def __bool__(self): return True\n"
                                         "    def __len__(self): return 0\n")
    assert "$hkuser" in helpers("class K:\n    def __eq__(self, o): return True\n"
                                "    def __hash__(self): return 1\n")
    assert {"$newset", "$tadd", "$setorder"} <= helpers("s = {1, 2}\ns.add(3)\nprint(s)\n")
    assert "$enter" in helpers("def f(m):\n    with m:\n        pass\n")
    assert "$frozenerr" in helpers(
        "from dataclasses import dataclass\n@dataclass(frozen=True)\nclass P:\n    x: int\n")


def test_foreign_calls_convert_only_when_an_argument_may_hold_python_data():
    code = compile_source(textwrap.dedent(
        """
        def draw(lib, event, points):
            event.prevent_default()
            lib.caption("plain text", 3)
            lib.plot(points)
            lib.plot({"type": "line"})
        """
    ), "m.py").code
    assert '$cm(null, event, "prevent_default", [])' in code
    assert '$cm(null, lib, "caption", ["plain text", 3])' in code
    assert code.count("$cmx(null") == 2


def test_dataclass_definition_errors_are_located_in_the_class():
    with pytest.raises(JSCodegenError) as info:
        compile_source(textwrap.dedent(
            """\
            from dataclasses import dataclass, field

            @dataclass
            class Order:
                id: int = 0
                items: list
                tags: list = []
            """
        ), "orders.py")
    diags = info.value.diagnostics
    assert [(d.line, d.context) for d in diags] == [(6, "Order"), (7, "Order")]
    assert "non-default argument 'items' follows default argument" in diags[0].message
    assert "default_factory" in diags[1].hint


def test_async_with_and_prototype_attributes_are_rejected_with_hints():
    with pytest.raises(JSCodegenError) as info:
        compile_source("class A:\n    prototype = 1\n", "a.py")
    assert info.value.diagnostic.line == 2 and "rename" in info.value.diagnostic.hint
