"""Diagnostics are data: every problem in a file is collected and located."""

from __future__ import annotations

import textwrap

import pytest

from sprag_codegen import Diagnostic, JSCodegenError, compile_source

SOURCE = textwrap.dedent(
    """\
    import os

    class Panel:
        async def load(self, path):
            lines = [fh async for fh in path.open()]
            return lines

        def __getattr__(self, name):
            return name

    def main():
        n: complex = 1j
        return eval("1")
    """
)


@pytest.fixture(scope="module")
def error() -> JSCodegenError:
    with pytest.raises(JSCodegenError) as info:
        compile_source(SOURCE, "app/panel.py")
    return info.value


def test_every_problem_in_the_file_is_reported_in_source_order(error):
    assert [(d.line, d.code) for d in error.diagnostics] == [
        (1, "SC114"), (5, "SC116"), (8, "SC109"), (12, "SC119"), (13, "SC105"),
    ]
    assert error.diagnostic is error.diagnostics[0]


def test_diagnostics_name_the_enclosing_class_and_method(error):
    contexts = {d.line: d.context for d in error.diagnostics}
    assert contexts[5] == "Panel.load"
    assert contexts[8] == "Panel.__getattr__"
    assert contexts[12] == "main"
    assert contexts[1] == "<module>"


def test_diagnostic_is_a_frozen_dataclass_with_source_line_and_hint(error):
    diag = error.diagnostics[1]
    assert isinstance(diag, Diagnostic)
    assert diag.source_line == "        lines = [fh async for fh in path.open()]"
    assert diag.col == 16 and diag.severity == "error"
    assert "regular for loop" in diag.hint
    with pytest.raises(AttributeError):
        diag.line = 1  # type: ignore[misc]


def test_error_text_follows_the_contract_format(error):
    text = str(error)
    assert (
        "app/panel.py:5:16: error: 'async comprehension' is not supported in browser code\n"
        "  in Panel.load\n"
        "            lines = [fh async for fh in path.open()]\n"
        "                    ^\n"
        "  hint: "
    ) in text


def test_undefined_names_are_compile_errors():
    with pytest.raises(JSCodegenError) as info:
        compile_source("print(undefined_thing)\n", "x.py")
    assert info.value.diagnostic.code == "SC112"
    assert "undefined_thing" in info.value.diagnostic.message


def test_jscodegenerror_needs_diagnostics():
    with pytest.raises(ValueError):
        JSCodegenError([])


def test_rejected_class_headers_still_have_their_bodies_checked():
    src = textwrap.dedent(
        """\
        class A:
            pass

        class B:
            pass

        class C(A, B):
            async def load(self, path):
                found = [fh async for fh in path]
                return found

        class D(A, metaclass=type):
            def run(self):
                return 2j
        """
    )
    with pytest.raises(JSCodegenError) as info:
        compile_source(src, "app/two.py")
    assert [(d.line, d.code) for d in info.value.diagnostics] == [
        (7, "SC108"), (9, "SC116"), (12, "SC107"), (14, "SC119"),
    ]
