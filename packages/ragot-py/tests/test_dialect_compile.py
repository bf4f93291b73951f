"""Browser Python compiled with sprag-codegen and the ragot dialect: the JS it produces."""

import textwrap

import pytest

from ragot import compile_component_module
from sprag_codegen import JSCodegenError


def compile_js(source, **options):
    options.setdefault("helpers", "import")
    return compile_component_module(textwrap.dedent(source), "components.py", "/rt", **options).code


COUNTER = """
from ragot import Component, ui

class CounterCard(Component):
    def render(self, props=None):
        return ui.div(
            ui.div(str(self.state["count"]), class_="counter-display"),
            ui.button("Increment", type="button", data_role="increment"),
            class_="counter-card",
        )
"""


def test_component_module_imports_only_the_runtime_pieces_it_uses():
    code = compile_js(COUNTER)
    assert 'from "/rt/component.js"' in code
    assert 'from "/rt/vdom.js"' in code
    assert "/rt/module.js" not in code and "/rt/timing.js" not in code


def test_component_class_extends_the_runtime_component():
    assert "class CounterCard extends $$Component" in compile_js(COUNTER)


def test_ui_calls_lower_to_h_with_html_attribute_names():
    code = compile_js(COUNTER)
    assert '$$h("div", {"class": "counter-card"}, [' in code
    assert '$$h("button", {"type": "button", "data-role": "increment"}, ["Increment"])' in code


def test_component_class_is_exported():
    assert "export { CounterCard }" in compile_js(COUNTER)


def test_snake_case_methods_are_defined_in_camel_case():
    code = compile_js(
        """
        from ragot import Module

        class Clicks(Module):
            def on_start(self):
                self.set_state({"n": 0})
        """
    )
    assert "onStart()" in code and "self.setState(" in code


def test_timeout_seconds_become_milliseconds():
    code = compile_js(
        """
        from ragot import Module

        class Ticker(Module):
            def on_start(self):
                self.timeout(self.tick, 1.5)
                self.interval(lambda: self.tick(), 0.25)

            def tick(self):
                pass
        """
    )
    assert ", 1500);" in code and ", 250);" in code


def test_debounce_wraps_the_method_on_the_prototype():
    code = compile_js(
        """
        from ragot import Component, debounce, ui

        class Search(Component):
            @debounce(0.3)
            def on_input(self, event):
                pass

            def render(self, props=None):
                return ui.input(on_input=self.on_input)
        """
    )
    assert 'import { debounce as $$debounce } from "/rt/timing.js"' in code
    assert "Search.prototype.onInput = $$debounce(Search.prototype.onInput, 300);" in code
    assert '{"on_input": ' in code


def test_virtual_scroll_wraps_the_class_with_camel_case_options():
    code = compile_js(
        """
        from ragot import Component, virtual_scroll, ui

        @virtual_scroll(chunk=100, max_chunks=4)
        class Rows(Component):
            def total(self):
                return 1000

            def chunk(self, i, ctx):
                return [ui.div(n) for n in range(i * 100, i * 100 + 100)]

            def render(self, props=None):
                return ui.div()
        """
    )
    assert 'Rows = $$virtualScroll({"chunk": 100, "maxChunks": 4})(Rows);' in code


def test_lazy_image_uses_the_runtime_lazy_image():
    code = compile_js(
        """
        from ragot import Component, ui

        class Pic(Component):
            def render(self, props=None):
                return ui.div(ui.LazyImage("/a.png", placeholder="/p.png", alt="A"))
        """
    )
    assert '$$LazyImage("/a.png", {"placeholder": "/p.png", "alt": "A"})' in code


def _error(source):
    with pytest.raises(JSCodegenError) as info:
        compile_js(source)
    return str(info.value)


@pytest.mark.parametrize("module", ["specter", "flask", "gevent", "subprocess", "sqlite3"])
def test_server_only_import_fails_with_a_hint(module):
    text = _error(f"import {module}\n")
    assert f"import of '{module}' is not allowed in browser code" in text
    assert "hint:" in text


def test_specter_import_hint_points_to_actions():
    assert "call an action from the browser instead" in _error("from specter import Service\n")


def test_server_only_ragot_name_fails_listing_the_browser_names():
    text = _error("from ragot import render_to_string\n")
    assert "'ragot' has no name 'render_to_string'" in text
    assert "Component, Module" in text


def test_unknown_tag_fails_at_the_call_with_a_suggestion():
    text = _error(
        """
        from ragot import Component, ui

        class A(Component):
            def render(self, props=None):
                return ui.dvi()
        """
    )
    assert "ui.dvi is not an HTML or SVG tag" in text
    assert "in A.render" in text
    assert "did you mean ui.div" in text


def test_literal_javascript_url_fails_the_build():
    text = _error(
        """
        from ragot import Component, ui

        class A(Component):
            def render(self, props=None):
                return ui.a("x", href="javascript:go()")
        """
    )
    assert "javascript: URL" in text
