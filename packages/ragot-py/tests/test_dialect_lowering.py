"""The ragot dialect's lowerings, called through the sprag_codegen IntrinsicCall seam.

Each test hands a handler what the compiler hands it (compiled argument JS, the call's AST,
`require`/`helper`/`error`) and checks the JS it returns.
"""

import ast
import json

import pytest

from ragot.dialect import ragot_dialect
from sprag_codegen.dialect import IntrinsicCall

D = ragot_dialect("/rt")


class LoweringError(Exception):
    pass


def lower(source, table="intrinsics", name=None, fn_js=None):
    """Lower one call written in Python; constant arguments are 'compiled' with json."""
    node = ast.parse(source, mode="eval").body
    imports = {}

    def js(expr):
        try:
            return json.dumps(ast.literal_eval(expr))
        except ValueError:
            return ast.unparse(expr)

    args = [js(a) for a in node.args if not isinstance(a, ast.Starred)]
    stars = [js(a.value) for a in node.args if isinstance(a, ast.Starred)]
    kwargs = [(k.arg, js(k.value)) for k in node.keywords if k.arg]
    star_kwargs = [js(k.value) for k in node.keywords if not k.arg]
    literals = {}
    for k in node.keywords:
        if k.arg:
            try:
                literals[k.arg] = ast.literal_eval(k.value)
            except ValueError:
                pass
    if fn_js is not None:
        args = [fn_js, *args]

    def require(spec, export):
        imports[export] = spec
        return export

    def error(message, hint=""):
        raise LoweringError(f"{message} | {hint}")

    call_name = name or ast.unparse(node.func)
    call = IntrinsicCall(
        name=call_name,
        args=args,
        kwargs=kwargs,
        star_args=stars,
        star_kwargs=star_kwargs,
        node=node,
        require=require,
        helper=lambda h: h,
        error=error,
        literal_kwargs=literals,
    )
    handlers = getattr(D, table)
    handler = handlers.get(call_name) or handlers[call_name.split(".")[0] + ".*"]
    return handler(call), imports


def test_element_lowers_to_h_with_normalised_attributes():
    code, imports = lower("ui.div('hi', class_='card', data_role='x')")
    assert code == 'h("div", {"class": "card", "data-role": "x"}, ["hi"])'
    assert imports == {"h": "/rt/vdom.js"}


def test_element_without_attributes_passes_null():
    assert lower("ui.span(count)")[0] == 'h("span", null, [count])'


def test_key_and_ref_pass_through_unchanged():
    code, _ = lower("ui.li('x', key=row_id, ref='first')")
    assert code == 'h("li", {"key": row_id, "ref": "first"}, ["x"])'


def test_listener_keyword_lowers_to_on_event():
    code, _ = lower("ui.input(on_key_down=self.on_key)")
    assert code == 'h("input", {"on_keydown": self.on_key}, [])'


def test_attribute_spread_goes_through_to_plain():
    code, imports = lower("ui.div(class_='a', **extra)")
    assert code == 'h("div", Object.assign({"class": "a"}, toPlain(extra)), [])'
    assert imports["toPlain"] == "/rt/plain.js"


def test_star_children_are_spread():
    assert lower("ui.ul(first, *rest)")[0] == 'h("ul", null, [first, ...rest])'


def test_generator_child_becomes_an_array():
    code, _ = lower("ui.ul(ui.li(x) for x in xs)")
    assert code.startswith('h("ul", null, [Array.from(')


def test_svg_snake_name_lowers_to_camel_tag():
    assert lower("ui.clip_path()")[0] == 'h("clipPath", null, [])'


def test_custom_element_lowers_to_dashed_tag():
    assert lower("ui.my_widget()")[0] == 'h("my-widget", null, [])'


def test_unknown_tag_is_a_compile_error_with_a_suggestion():
    with pytest.raises(
        LoweringError, match=r"ui.dvi is not an HTML or SVG tag. \| did you mean ui.div"
    ):
        lower("ui.dvi()")


def test_void_element_with_children_is_a_compile_error():
    with pytest.raises(LoweringError, match="<br> is a void element"):
        lower("ui.br('x')")


def test_list_class_literal_is_a_compile_error():
    with pytest.raises(LoweringError, match="join the class names yourself"):
        lower("ui.div(class_=['a', 'b'])")


def test_literal_javascript_url_is_a_compile_error():
    with pytest.raises(LoweringError, match="javascript: URL"):
        lower("ui.a('x', href='javascript:go()')")


def test_html_lowers_to_the_runtime_html():
    code, imports = lower("ui.HTML(markup)")
    assert code == "html(markup)"
    assert imports == {"html": "/rt/vdom.js"}


def test_fragment_lowers_to_h_fragment():
    assert lower("ui.Fragment(a, b)")[0] == "h(Fragment, null, [a, b])"


def test_for_lowers_to_keyed_children():
    code, _ = lower("ui.For(rows, key=row_key, render=row)")
    assert code.startswith("h(Fragment, null, ((r, k) =>")
    assert "$iterable(rows)" in code and "v.key = toKey(x)" in code
    assert code.endswith("(row, row_key))")


def test_grid_style_is_computed_at_compile_time():
    code, _ = lower("ui.Grid(a, columns=3, gap=8, class_='cards')")
    assert code == (
        'h("div", {"style": "display:grid;grid-template-columns:repeat(3,minmax(0,1fr));'
        'gap:8px;", "class": "cards"}, [a])'
    )


def test_grid_with_a_computed_column_count_is_a_compile_error():
    with pytest.raises(LoweringError, match="must be a literal in browser code"):
        lower("ui.Grid(columns=n)")


def test_lazy_image_lowers_to_the_runtime_lazy_image():
    code, imports = lower("ui.LazyImage(url, placeholder='/tiny.png', alt='cat', class_='pic')")
    assert code == 'LazyImage(url, {"placeholder": "/tiny.png", "alt": "cat", "class": "pic"})'
    assert imports == {"LazyImage": "/rt/lazy.js"}


def test_timeout_seconds_become_milliseconds():
    assert lower("self.timeout(self.tick, 1.5)")[0] == "self.timeout(self.tick, 1500)"


def test_interval_with_computed_seconds_multiplies_at_run_time():
    assert (
        lower("self.interval(self.tick, delay)")[0] == "self.interval(self.tick, (+(delay) * 1000))"
    )


def test_timeout_with_a_negative_delay_is_a_compile_error():
    with pytest.raises(LoweringError, match="delays are >= 0"):
        lower("self.timeout(self.tick, -1)")


def test_debounce_wraps_the_function_with_milliseconds():
    code, imports = lower("debounce(0.3)", table="decorators", fn_js="fn")
    assert code == "debounce(fn, 300)"
    assert imports == {"debounce": "/rt/timing.js"}


def test_virtual_scroll_passes_camel_case_options():
    code, _ = lower("virtual_scroll(chunk=100, max_chunks=4)", table="decorators", fn_js="Rows")
    assert code == 'virtualScroll({"chunk": 100, "maxChunks": 4})(Rows)'


def test_qualified_decorator_name_is_lowered_too():
    code, _ = lower("ragot.throttle(2)", table="decorators", fn_js="fn")
    assert code == "throttle(fn, 2000)"


def test_infinite_scroll_wraps_the_class():
    code, imports = lower("infinite_scroll(at=300)", table="decorators", fn_js="Feed")
    assert code == 'infiniteScroll({"at": 300})(Feed)'
    assert imports == {"infiniteScroll": "/rt/infinite.js"}


def test_animate_passes_the_class_name():
    code, _ = lower("animate(class_name='pop')", table="decorators", fn_js="show")
    assert code == 'animate({"className": "pop"})(show)'


def test_literal_number_children_render_with_python_str():
    assert lower("ui.span(2.0, 3)")[0] == 'h("span", null, ["2.0", "3"])'


@pytest.mark.parametrize(
    "source",
    ["ui.li('x', key=row_id)", "ui.div(**extra)", "ui.For(rows, key=row_key, render=row)"],
)
def test_code_that_keys_children_pulls_in_keyed_js(source):
    _, imports = lower(source)
    assert imports.get("keyed") == "/rt/keyed.js"


@pytest.mark.parametrize("source", ["ui.li('x', class_='row')", "ui.For(rows, render=row)", "ui.span(count)"])
def test_code_without_keys_does_not_ship_keyed_js(source):
    _, imports = lower(source)
    assert "keyed" not in imports
