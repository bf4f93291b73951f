"""Unit tests of the compiler passes: scopes, types, definite assignment, helper registry."""

from __future__ import annotations

import ast
import subprocess
import textwrap

from conftest import NODE, needs_node

from sprag_codegen.compiler.flow import maybe_unbound_reads
from sprag_codegen.compiler.scopes import analyze_scopes
from sprag_codegen.compiler.types import infer_types
from sprag_codegen.runtime import HELPERS, helper_closure, helper_module


def parse(src: str):
    tree = ast.parse(textwrap.dedent(src))
    return tree, analyze_scopes(tree)


def scope_named(scopes, qualname):
    return next(s for s in scopes.values() if s.qualname == qualname)


def test_scopes_record_params_locals_and_nonlocals():
    _, scopes = parse("""
        def outer(a, *rest, k=1, **kw):
            total = 0
            def inner():
                nonlocal total
                total += 1
            return inner
        """)
    outer = scope_named(scopes, "outer")
    assert outer.params == ["a", "rest", "k", "kw"]
    assert outer.declared() == ["inner", "total"]
    inner = scope_named(scopes, "outer.inner")
    assert inner.nonlocals == {"total"} and inner.declared() == []


def test_comprehension_variables_live_in_their_own_scope():
    tree, scopes = parse("squares = [x * x for x in range(3)]\n")
    assert "x" not in scopes[tree].bound
    comp = next(s for s in scopes.values() if s.kind == "comprehension")
    assert comp.bound == {"x"}


def test_methods_know_their_class_and_self_name():
    _, scopes = parse("""
        class C:
            def m(this, v):
                return v
            @staticmethod
            def s(v):
                return v
        """)
    assert scope_named(scopes, "C.m").self_name == "this"
    assert scope_named(scopes, "C.m").class_name == "C"
    assert scope_named(scopes, "C.s").self_name is None


def test_types_infer_locals_from_literals_and_operators():
    tree, scopes = parse("""
        def f(n: int):
            i = 0
            i += n
            x = 1.5
            y = x * 2
            z = 1
            z = "one"
            s = "a" + "b"
            return i
        """)
    types = infer_types(scopes)
    f = scope_named(scopes, "f")
    got = {name: types.var_type(f, name) for name in ("n", "i", "x", "y", "z", "s")}
    assert got == {"n": "int", "i": "int", "x": "float", "y": "float", "z": None, "s": "str"}


def test_return_types_reach_a_fixed_point_through_recursion():
    tree, scopes = parse("""
        def fib(n: int):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)
        def half(v: int):
            return v / 2
        """)
    types = infer_types(scopes)
    returns = {node.name: t for node, t in types.returns.items()}
    assert returns["fib"] == "int"
    assert returns["half"] is None  # floats are boxed for unknown callers


def test_definite_assignment_flags_only_reads_that_may_be_unbound():
    tree, scopes = parse("""
        def f(flag):
            a = 1
            if flag:
                b = 2
            print(a)
            print(b)
            for i in range(3):
                print(i)
        """)
    unsafe = maybe_unbound_reads(scopes)
    flagged = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and id(n) in unsafe}
    assert flagged == {"b"}


def test_helper_closure_puts_dependencies_first():
    order = helper_closure(["$KeyError"])
    assert order.index("$BaseException") < order.index("$LookupError") < order.index("$KeyError")


def test_every_helper_dependency_is_a_registered_helper():
    for helper in HELPERS.values():
        assert helper.deps <= set(HELPERS), helper.name


@needs_node
def test_the_whole_runtime_is_valid_javascript(tmp_path):
    path = tmp_path / "all.mjs"
    path.write_text(helper_module(HELPERS))
    proc = subprocess.run([NODE, "--check", str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
