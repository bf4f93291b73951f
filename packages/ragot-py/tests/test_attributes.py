"""Attribute normalisation (contracts.md section 3): one table, shared by SSR and the dialect."""

import pytest

from ragot import render_to_string, ui
from ragot.attrs import attribute_name, event_name


@pytest.mark.parametrize(
    ("keyword", "html"),
    [
        ("class_", "class"),
        ("for_", "for"),
        ("data_role", "data-role"),
        ("data_x_y", "data-x-y"),
        ("aria_label", "aria-label"),
        ("aria_described_by", "aria-described-by"),
        ("http_equiv", "http-equiv"),
        ("stroke_width", "stroke-width"),
        ("viewBox", "viewBox"),
        ("id", "id"),
        ("type", "type"),
        ("tabindex", "tabindex"),
    ],
)
def test_keyword_maps_to_html_attribute_name(keyword, html):
    assert attribute_name(keyword) == html


def test_attributes_render_in_the_order_given():
    node = ui.div(id="a", class_="b", data_role="c", title="d")
    assert render_to_string(node) == '<div id="a" class="b" data-role="c" title="d"></div>'


def test_true_renders_the_attribute_present_and_empty():
    assert render_to_string(ui.input(disabled=True)) == "<input disabled>"


def test_false_leaves_the_attribute_out():
    assert render_to_string(ui.input(disabled=False)) == "<input>"


def test_none_leaves_the_attribute_out():
    assert render_to_string(ui.input(value=None)) == "<input>"


def test_numbers_render_with_python_str():
    assert (
        render_to_string(ui.td(colspan=2, data_ratio=0.5))
        == '<td colspan="2" data-ratio="0.5"></td>'
    )


def test_style_dict_renders_as_declarations_with_keys_as_written():
    node = ui.div(style={"background-color": "red", "width": "3px", "--gap": 2})
    assert render_to_string(node) == '<div style="background-color:red;width:3px;--gap:2;"></div>'


def test_style_dict_skips_none_and_false_values():
    node = ui.div(style={"color": None, "width": False, "height": "1px"})
    assert render_to_string(node) == '<div style="height:1px;"></div>'


def test_style_string_renders_as_given():
    assert render_to_string(ui.div(style="color:red")) == '<div style="color:red"></div>'


def test_key_is_the_vnode_key_and_not_rendered():
    node = ui.li("x", key="row-1")
    assert node.key == "row-1"
    assert render_to_string(node) == "<li>x</li>"


def test_ref_names_the_element_and_is_not_rendered():
    node = ui.input(ref="field", type="text")
    assert node.ref == "field"
    assert render_to_string(node) == '<input type="text">'


def test_event_listener_is_kept_on_the_node_and_not_rendered():
    def handler(event):
        return None

    node = ui.button("Go", on_click=handler, type="button")
    assert node.events == {"click": handler}
    assert render_to_string(node) == '<button type="button">Go</button>'


@pytest.mark.parametrize(
    ("keyword", "event"),
    [
        ("on_click", "click"),
        ("on_key_down", "keydown"),
        ("on_input", "input"),
        ("on_mouse_enter", "mouseenter"),
    ],
)
def test_listener_keyword_maps_to_dom_event(keyword, event):
    assert event_name(keyword) == event


def test_listener_that_is_not_callable_is_an_error():
    with pytest.raises(TypeError, match="on_click= on <button> must be a function"):
        ui.button(on_click="alert(1)")


def test_list_value_for_class_is_an_error_with_a_hint():
    with pytest.raises(TypeError, match="join the class names yourself"):
        ui.div(class_=["a", "b"])


def test_dict_value_outside_style_is_an_error():
    with pytest.raises(TypeError, match="attribute 'title' on <div> got a dict"):
        ui.div(title={"a": 1})


def test_function_value_for_a_plain_attribute_points_to_on_keywords():
    with pytest.raises(TypeError, match="on_<event>= keywords"):
        ui.div(title=lambda: 1)


def test_inline_string_handlers_are_not_rendered():
    html = render_to_string(ui.div("x", **{"onclick": "alert(1)", "ONMOUSEOVER": "alert(2)", "id": "a"}))
    assert html == '<div id="a">x</div>'


def test_xml_namespaced_keywords_render_with_a_colon():
    html = render_to_string(ui.use(xlink_href="#icon", xml_lang="en"))
    assert html == '<use xlink:href="#icon" xml:lang="en"></use>'
