"""Children rules (contracts.md section 3)."""

import pytest

from ragot import render_to_string, ui


def test_none_children_are_skipped():
    assert render_to_string(ui.div(None, "a", None)) == "<div>a</div>"


def test_true_and_false_children_are_skipped():
    show = False
    assert render_to_string(ui.div(show and ui.b("x"), True, "a")) == "<div>a</div>"


def test_lists_are_flattened():
    assert render_to_string(ui.ul([ui.li("a"), [ui.li("b")]])) == "<ul><li>a</li><li>b</li></ul>"


def test_tuples_are_flattened():
    assert render_to_string(ui.div(("a", ("b",)))) == "<div>ab</div>"


def test_generators_are_flattened():
    assert render_to_string(ui.ul(ui.li(n) for n in range(2))) == "<ul><li>0</li><li>1</li></ul>"


def test_flattening_keeps_node_order():
    node = ui.div("a", ["b", ["c"]], "d")
    assert node.children == ["a", "b", "c", "d"]


def test_integers_render_with_python_str():
    assert render_to_string(ui.span(42)) == "<span>42</span>"


def test_floats_render_with_python_str():
    assert render_to_string(ui.span(1.5, " ", 2.0)) == "<span>1.5 2.0</span>"


def test_zero_is_rendered_not_skipped():
    assert render_to_string(ui.span(0)) == "<span>0</span>"


def test_empty_string_renders_nothing():
    assert render_to_string(ui.span("")) == "<span></span>"


def test_adjacent_strings_render_as_one_run_of_text():
    assert render_to_string(ui.p("Hello, ", "world")) == "<p>Hello, world</p>"


def test_fragment_renders_children_without_an_element():
    assert render_to_string(ui.Fragment(ui.b("a"), "b")) == "<b>a</b>b"


def test_fragment_inside_an_element_renders_inline():
    assert render_to_string(ui.div("x", ui.Fragment("y", ui.i("z")))) == "<div>xy<i>z</i></div>"


def test_void_element_renders_without_closing_tag():
    assert (
        render_to_string(ui.div(ui.br(), ui.img(src="a.png"))) == '<div><br><img src="a.png"></div>'
    )


def test_void_element_with_children_is_an_error():
    with pytest.raises(ValueError, match="<input> is a void element"):
        ui.input("text")


def test_dict_child_is_an_error_pointing_to_keywords():
    with pytest.raises(TypeError, match="pass attributes as keywords"):
        ui.div({"class": "x"})


def test_arbitrary_object_child_is_an_error():
    with pytest.raises(TypeError, match="convert it with str"):
        ui.div(object())


def test_leading_newline_in_textarea_survives_parsing():
    assert render_to_string(ui.textarea("\nbody")) == "<textarea>\n\nbody</textarea>"


def test_leading_newline_in_pre_survives_parsing():
    assert render_to_string(ui.pre("\ncode")) == "<pre>\n\ncode</pre>"


def test_render_to_string_accepts_a_list():
    assert render_to_string([ui.b("a"), "b", None]) == "<b>a</b>b"


def test_render_to_string_accepts_a_string():
    assert render_to_string("<x>") == "&lt;x&gt;"


def test_render_to_string_of_none_is_empty():
    assert render_to_string(None) == ""


def test_none_children_between_elements_are_skipped_in_order():
    node = ui.li(ui.a("x"), None, "t", None, ui.b("y"))
    assert [getattr(c, "tag", c) for c in node.children] == ["a", "t", "b"]
    assert render_to_string(node) == "<li><a>x</a>t<b>y</b></li>"
