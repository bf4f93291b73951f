"""The `ui` builders: tags, custom elements, For, Grid, LazyImage."""

import pytest

from ragot import render_to_string, ui
from ragot.tags import HTML_TAGS, SVG_TAGS


@pytest.mark.parametrize("tag", sorted(HTML_TAGS))
def test_every_html_tag_has_a_builder(tag):
    assert getattr(ui, tag)().tag == tag


@pytest.mark.parametrize("tag", sorted(SVG_TAGS))
def test_every_svg_tag_has_a_builder(tag):
    assert getattr(ui, tag)().tag == tag


def test_snake_case_names_build_camel_case_svg_tags():
    assert ui.clip_path().tag == "clipPath"
    assert ui.fe_gaussian_blur().tag == "feGaussianBlur"


def test_trailing_underscore_builds_keyword_tags():
    assert render_to_string(ui.del_("old")) == "<del>old</del>"


def test_underscored_name_builds_a_custom_element():
    assert render_to_string(ui.my_widget("x")) == "<my-widget>x</my-widget>"


def test_unknown_tag_raises_attribute_error_with_a_suggestion():
    with pytest.raises(
        AttributeError, match=r"ui.dvi is not an HTML or SVG tag. Did you mean ui.div"
    ):
        ui.dvi()


def test_reserved_custom_element_name_is_rejected():
    with pytest.raises(AttributeError, match="not an HTML or SVG tag"):
        ui.font_face()


def test_svg_tree_renders_with_attributes_as_given():
    node = ui.svg(ui.circle(cx=5, cy=5, r=4, stroke_width=2), viewBox="0 0 10 10")
    assert render_to_string(node) == (
        '<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" stroke-width="2"></circle></svg>'
    )


def test_for_renders_each_item():
    rows = [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]
    node = ui.ul(ui.For(rows, key=lambda r: r["id"], render=lambda r: ui.li(r["name"])))
    assert render_to_string(node) == "<ul><li>a</li><li>b</li></ul>"


def test_for_sets_each_child_key():
    frag = ui.For([3, 1], key=lambda n: f"n{n}", render=lambda n: ui.li(n))
    assert [c.key for c in frag.children] == ["n3", "n1"]


def test_for_rejects_duplicate_keys():
    with pytest.raises(ValueError, match="duplicate key 1"):
        ui.For([1, 1], key=lambda n: n, render=lambda n: ui.li(n))


def test_for_rejects_a_missing_key():
    with pytest.raises(ValueError, match="key\\(\\) returned None"):
        ui.For([1], key=lambda n: None, render=lambda n: ui.li(n))


def test_for_requires_render():
    with pytest.raises(TypeError, match="needs render="):
        ui.For([1], key=lambda n: n)


def test_for_rejects_text_rows_when_keyed():
    with pytest.raises(TypeError, match="must return a ui element"):
        ui.For([1], key=lambda n: n, render=lambda n: str(n))


def test_for_does_not_change_a_shared_node_with_another_key():
    shared = ui.li("x", key="shared")
    frag = ui.For([1], key=lambda n: n, render=lambda n: shared)
    assert frag.children[0].key == 1
    assert shared.key == "shared"


def test_grid_with_a_column_count():
    html = render_to_string(ui.Grid(ui.div("a"), columns=3, gap=8, class_="cards"))
    assert html == (
        '<div class="cards" style="display:grid;grid-template-columns:repeat(3,minmax(0,1fr));'
        'gap:8px;"><div>a</div></div>'
    )


def test_grid_with_a_minimum_column_width():
    html = render_to_string(ui.Grid(min_width="12rem"))
    assert html == (
        '<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));"></div>'
    )


def test_grid_rejects_zero_columns():
    with pytest.raises(ValueError, match="at least 1"):
        ui.Grid(columns=0)


def test_lazy_image_defers_the_source():
    html = render_to_string(ui.LazyImage("/big.jpg", placeholder="/tiny.jpg", alt="A cat"))
    assert html == '<img src="/tiny.jpg" data-src="/big.jpg" alt="A cat">'


def test_lazy_image_drops_a_script_url():
    html = render_to_string(ui.LazyImage("javascript:alert(1)"))
    assert html == "<img>"


def test_counter_card_markup_from_the_seed():
    node = ui.div(
        ui.div(str(0), class_="counter-display"),
        ui.button("Increment", type="button", data_role="increment"),
        class_="counter-card",
    )
    assert render_to_string(node) == (
        '<div class="counter-card"><div class="counter-display">0</div>'
        '<button type="button" data-role="increment">Increment</button></div>'
    )
