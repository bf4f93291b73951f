"""The library API: artifacts, exports, helper modes, compile_function/compile_class."""

from __future__ import annotations

import textwrap

import pytest
from conftest import needs_node, run_node_file

from sprag_codegen import (
    Artifact,
    JSCodegenError,
    compile_class,
    compile_function,
    compile_source,
    helper_module,
)

PROGRAM = textwrap.dedent(
    """
    class Counter:
        def __init__(self, start=0):
            self.value = start

        def bump(self, by=1):
            self.value += by
            return self.value

    def total(xs):
        return sum(xs)

    c = Counter(start=2)
    c.bump()
    print(c.value, total([1, 2, 3]))
    """
)


def test_artifact_carries_code_map_helpers_and_exports():
    art = compile_source(PROGRAM, "counter.py")
    assert isinstance(art, Artifact)
    assert art.exports == ["Counter", "total"]
    assert "export { Counter, total };" in art.code
    assert art.source_map["version"] == 3
    assert "$print" in art.helpers
    assert art.diagnostics == []


def test_inline_mode_has_no_imports():
    art = compile_source(PROGRAM, "counter.py")
    assert "import " not in art.code.split("\n", 1)[0]
    assert "function $print" in art.code


def test_helpers_are_tree_shaken():
    art = compile_source("print(1)\n", "one.py")
    assert "$M_str" not in art.code
    assert "$sorted" not in art.code


def test_simple_signatures_use_the_small_binder():
    art = compile_source("def f(a, b=1):\n    return a\n\n\nprint(f(1))\n", "simple.py")
    assert "$bindp" in art.helpers and "$bind" not in art.helpers
    art = compile_source("def f(a, *, b=1):\n    return a\n\n\nprint(f(1))\n", "kwonly.py")
    assert "$bind" in art.helpers


def test_import_mode_imports_exactly_the_used_helpers():
    art = compile_source(PROGRAM, "counter.py", helpers="import", helpers_specifier="/rt.js")
    first = art.code.splitlines()[0]
    assert first.startswith("import {") and first.endswith('from "/rt.js";')
    imported = {n.strip() for n in first[len("import {"):first.index("}")].split(",")}
    assert imported == set(art.helpers)
    assert "function $print" not in art.code


def test_helper_module_exports_requested_names_and_their_dependencies():
    text = helper_module(["$print"])
    assert "export function $print" in text
    assert "export function $str" in text  # $print needs $str
    assert "$sorted" not in text


def test_unknown_helper_name_is_an_error():
    with pytest.raises(KeyError, match="unknown runtime helper"):
        helper_module(["$nope"])


def test_bad_helpers_mode_is_rejected():
    with pytest.raises(ValueError, match="inline"):
        compile_source("x = 1\n", "x.py", helpers="bundle")


@needs_node
def test_import_mode_runs_against_the_helper_module(tmp_path):
    art = compile_source(PROGRAM, "counter.py", helpers="import", helpers_specifier="./pyrt.js")
    (tmp_path / "pyrt.js").write_text(helper_module(art.helpers), encoding="utf-8")
    (tmp_path / "package.json").write_text('{"type": "module"}', encoding="utf-8")
    (tmp_path / "app.js").write_text(art.code, encoding="utf-8")
    proc = run_node_file(tmp_path / "app.js")
    assert proc.stdout == "3 6\n", proc.stderr


def _sample_function(a, b=2):
    return a * b


class _SampleClass:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hi " + self.name


def test_compile_function_reads_the_source():
    art = compile_function(_sample_function)
    assert "function _sample_function(a, b)" in art.code
    assert art.exports == ["_sample_function"]


def test_compile_class_reads_the_source():
    art = compile_class(_SampleClass)
    assert "class _SampleClass" in art.code
    assert "greet()" in art.code


def test_compile_function_rejects_non_functions():
    with pytest.raises(TypeError, match="expects a function"):
        compile_function(_SampleClass)


def test_syntax_errors_become_diagnostics():
    with pytest.raises(JSCodegenError) as info:
        compile_source("def f(:\n    pass\n", "broken.py")
    diag = info.value.diagnostic
    assert diag.code == "SC001" and diag.line == 1 and diag.file == "broken.py"
