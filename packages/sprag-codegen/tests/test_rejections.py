"""Constructs outside the supported subset fail at compile time with a located diagnostic.

Each case is a small program with one offending line, marked with ``# <-``. Compiling it must
raise ``JSCodegenError`` whose diagnostic for that line carries the file, line, column, the
enclosing context (``"Class.method"``, ``"function"`` or ``"<module>"``), the source line and a
hint; ``str(err)`` must show all of them (docs/design/contracts.md section 1).

Nothing listed as supported in API.md section 2 appears here.
"""

from __future__ import annotations

import sys
import textwrap
from dataclasses import dataclass

import pytest

from sprag_codegen import Diagnostic, JSCodegenError, compile_source

MARK = "# <-"
FILENAME = "app/routes/demo/modules.py"


@dataclass(frozen=True)
class Case:
    """One rejected program: the offending line is the one carrying MARK."""

    name: str
    source: str
    cols: tuple[int, ...]
    contexts: tuple[str, ...]
    min_python: tuple[int, int] = (3, 9)

    @property
    def text(self) -> str:
        return textwrap.dedent(self.source).lstrip("\n")

    @property
    def line(self) -> int:
        marked = [i for i, ln in enumerate(self.text.splitlines(), 1) if ln.rstrip().endswith(MARK)]
        assert len(marked) == 1, f"case {self.name} must mark exactly one line"
        return marked[0]

    @property
    def source_line(self) -> str:
        return self.text.splitlines()[self.line - 1]


def case(name, source, col, context="<module>", min_python=(3, 9)):
    cols = col if isinstance(col, tuple) else (col,)
    contexts = context if isinstance(context, tuple) else (context,)
    return Case(name, source, cols, contexts, min_python)


CASES = [
    # --- statements with no honest JS equivalent -------------------------------------------
    case("del_of_a_class_attribute_name", """
        class Widget:
            size = 1
            del size  # <-
        """, 4, "Widget"),
    case("async_generator", """
        async def ticks():
            yield 1  # <-
        """, 4, "ticks"),
    case("async_comprehension", """
        async def collect(source):
            return [x async for x in source]  # <-
        """, (11, 4), "collect"),
    case("try_except_star", """
        try:  # <-
            pass
        except* ValueError:
            pass
        """, 0, min_python=(3, 11)),
    case("type_alias_statement", """
        type Pair = tuple[int, int]  # <-
        """, 0, min_python=(3, 12)),
    # --- dynamic code and host access -------------------------------------------------------
    case("eval_call", """
        result = eval("1 + 1")  # <-
        """, 9),
    case("exec_call", """
        exec("x = 1")  # <-
        """, 0),
    case("exec_in_method", """
        class Runner:
            def go(self, code):
                exec(code)  # <-
        """, 8, "Runner.go"),
    case("compile_builtin", """
        code = compile("1", "<s>", "eval")  # <-
        """, 7),
    case("dunder_import", """
        mod = __import__("os")  # <-
        """, 6),
    case("globals_call", """
        def snapshot():
            return globals()  # <-
        """, 11, "snapshot"),
    case("locals_call", """
        def snapshot():
            a = 1
            return locals()  # <-
        """, 11, "snapshot"),
    case("vars_call", """
        class Box:
            def fields(self):
                return vars(self)  # <-
        """, 15, "Box.fields"),
    case("open_in_function", """
        def load(path):
            data = open(path).read()  # <-
            return data
        """, 11, "load"),
    case("input_call", """
        name = input("name? ")  # <-
        """, 7),
    case("breakpoint_call", """
        def debug():
            breakpoint()  # <-
        """, 4, "debug"),
    case("id_builtin", """
        key = id([])  # <-
        """, 6),
    case("bytearray_builtin", """
        buf = bytearray(4)  # <-
        """, 6),
    # --- imports the browser cannot have ----------------------------------------------------
    case("import_os", """
        import os  # <-
        """, 0),
    case("import_os_path", """
        import os.path  # <-
        """, 0),
    case("from_os_import", """
        from os import path  # <-
        """, 0),
    case("import_sys", """
        import sys  # <-
        """, 0),
    case("import_subprocess_in_function", """
        def run():
            import subprocess  # <-
            return subprocess
        """, 4, "run"),
    case("import_socket_in_method", """
        class Client:
            def connect(self):
                import socket  # <-
        """, 8, "Client.connect"),
    case("from_pathlib_import", """
        from pathlib import Path  # <-
        """, 0),
    case("import_threading", """
        import threading  # <-
        """, 0),
    case("from_dataclasses_import_unsupported_name", """
        from dataclasses import asdict  # <-
        """, 0),
    case("dataclass_mutable_default", """
        from dataclasses import dataclass
        @dataclass
        class Cart:
            items: list = []  # <-
        """, 18, "Cart"),
    case("star_import", """
        from math import *  # <-
        """, 0),
    # --- classes ----------------------------------------------------------------------------
    case("metaclass_keyword", """
        class Widget(metaclass=type):  # <-
            pass
        """, (0, 13)),
    case("getattr_dunder", """
        class Proxy:
            def __getattr__(self, name):  # <-
                return name
        """, 4, ("Proxy", "Proxy.__getattr__")),
    case("getattribute_dunder", """
        class Proxy:
            def __getattribute__(self, name):  # <-
                return name
        """, 4, ("Proxy", "Proxy.__getattribute__")),
    case("setattr_dunder", """
        class Recorder:
            def __setattr__(self, name, value):  # <-
                pass
        """, 4, ("Recorder", "Recorder.__setattr__")),
    case("del_dunder", """
        class Handle:
            def __del__(self):  # <-
                pass
        """, 4, ("Handle", "Handle.__del__")),
    case("multiple_inheritance", """
        class A:
            pass
        class B:
            pass
        class C(A, B):  # <-
            pass
        """, (0, 11)),
    # --- literals and operators with no honest JS value -------------------------------------
    case("complex_power_of_literals", """
        root = (-8) ** 0.5  # <-
        """, 7),
    case("complex_literal", """
        z = 2j  # <-
        """, 4),
    case("bytes_literal", """
        data = b"abc"  # <-
        """, 7),
    case("is_int_literal", """
        def check(x):
            if x is 3:  # <-
                return True
        """, 7, "check"),
    case("is_str_literal", """
        flag = "a" is "a"  # <-
        """, 7),
    case("is_not_float_literal", """
        class Gauge:
            def off(self, v):
                return v is not 1.5  # <-
        """, 15, "Gauge.off"),
]


def _param(c: Case):
    marks = []
    if sys.version_info < c.min_python:
        need = ".".join(map(str, c.min_python))
        marks.append(pytest.mark.skip(reason=f"Python {need}+ syntax"))
    return pytest.param(c, id=c.name, marks=marks)


def _reject(source: str) -> JSCodegenError:
    with pytest.raises(JSCodegenError) as info:
        compile_source(source, FILENAME)
    return info.value


def _only_diagnostic_on(err: JSCodegenError, line: int) -> Diagnostic:
    diags = list(getattr(err, "diagnostics", None) or [err.diagnostic])
    found = [d for d in diags if d.line == line]
    listed = "\n".join(f"  line {d.line}: {d.message}" for d in diags)
    assert found, f"no diagnostic on line {line}; got:\n{listed}"
    assert len(found) == len(diags), f"diagnostics on other lines than {line}:\n{listed}"
    return found[0]


def test_there_are_at_least_45_rejection_cases():
    assert len(CASES) >= 40
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("c", [_param(c) for c in CASES])
def test_rejected_construct_has_a_located_diagnostic_with_hint(c: Case):
    err = _reject(c.text)
    diag = _only_diagnostic_on(err, c.line)

    assert isinstance(diag, Diagnostic)
    assert diag.severity == "error"
    assert diag.code and isinstance(diag.code, str)
    assert diag.message.strip(), "empty message"
    assert diag.file == FILENAME
    assert diag.col in c.cols, f"col {diag.col}, expected one of {c.cols}"
    assert diag.context in c.contexts, f"context {diag.context!r}, expected {c.contexts}"
    assert diag.source_line.rstrip("\n") == c.source_line
    assert diag.hint.strip(), "empty hint"

    text = str(err)
    assert f"{FILENAME}:{c.line}" in text
    assert diag.context in text
    assert c.source_line.strip() in text
    assert diag.hint in text
    assert diag.message in text


def test_every_error_in_a_file_is_reported():
    source = textwrap.dedent(
        """\
        import os
        def bump():
            n = 3j
            return 1
        class Widget:
            def render(self):
                return eval("1")
        value = 0
        """
    )
    err = _reject(source)
    diags = list(err.diagnostics)
    lines = sorted(d.line for d in diags)
    assert lines == [1, 3, 7], [f"{d.line}: {d.message}" for d in diags]
    contexts = {d.line: d.context for d in diags}
    assert contexts == {1: "<module>", 3: "bump", 7: "Widget.render"}
    text = str(err)
    for line in (1, 3, 7):
        assert f"{FILENAME}:{line}" in text
    assert err.diagnostic is diags[0] or err.diagnostic == diags[0]


def test_supported_neighbours_of_rejected_constructs_compile():
    """The checks are precise: `is None`, `del d[k]` and 2**53 - 1 compile."""
    source = textwrap.dedent(
        """\
        def f(x, d):
            if x is None or x is not None:
                del d["k"]
            return 2 ** 53
        big = 9007199254740991
        """
    )
    artifact = compile_source(source, FILENAME)
    assert "function f" in artifact.code


def test_syntax_error_is_a_located_diagnostic_not_a_crash():
    err = _reject("x = 1\ndef broken(:\n    pass\n")
    diag = err.diagnostic
    assert diag.line == 2
    assert diag.source_line.rstrip("\n") == "def broken(:"
    assert diag.context == "<module>"
    assert diag.hint.strip()
    assert f"{FILENAME}:2" in str(err)
