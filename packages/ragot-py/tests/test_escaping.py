"""No injection through text, attribute values, attribute names or URLs."""

import pytest

from ragot import render_to_string, ui

HOSTILE = "\"><script>alert('x')</script>&amp;"


def test_text_escapes_ampersand_and_angle_brackets():
    assert render_to_string(ui.p("a < b && c > d")) == "<p>a &lt; b &amp;&amp; c &gt; d</p>"


def test_hostile_text_cannot_open_a_tag():
    html = render_to_string(ui.p(HOSTILE))
    assert "<script>" not in html
    assert html == "<p>\"&gt;&lt;script&gt;alert('x')&lt;/script&gt;&amp;amp;</p>"


def test_hostile_attribute_value_cannot_leave_the_quotes():
    html = render_to_string(ui.div(title=HOSTILE))
    assert html == (
        '<div title="&quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;amp;"></div>'
    )


def test_single_quotes_in_attribute_values_are_escaped():
    assert render_to_string(ui.div(title="it's")) == '<div title="it&#x27;s"></div>'


@pytest.mark.parametrize(
    "name",
    [
        'onmouseover="alert(1)"',
        "x onload",
        "a>b",
        "a/b",
        "a=b",
        "",
        "1abc",
        "a b",
        "'q'",
        "<script>",
    ],
)
def test_invalid_attribute_names_are_rejected(name):
    with pytest.raises(ValueError, match="invalid attribute name"):
        ui.div(**{name: "v"})


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\x01javascript:alert(1)",
        "vbscript:msgbox(1)",
    ],
)
def test_script_urls_in_href_are_dropped(url):
    assert render_to_string(ui.a("x", href=url)) == "<a>x</a>"


@pytest.mark.parametrize("attribute", ["src", "action", "formaction", "poster", "xlink:href"])
def test_script_urls_in_other_url_attributes_are_dropped(attribute):
    assert render_to_string(ui.iframe(**{attribute: "javascript:alert(1)"})) == "<iframe></iframe>"


@pytest.mark.parametrize(
    "url", ["/path", "https://example.com/?a=1&b=2", "#top", "mailto:a@b.c", "notjavascript:1"]
)
def test_ordinary_urls_are_kept(url):
    html = render_to_string(ui.a("x", href=url))
    assert html == f'<a href="{url.replace("&", "&amp;")}">x</a>'


def test_script_url_in_a_non_url_attribute_is_plain_text():
    assert render_to_string(ui.div(title="javascript:x")) == '<div title="javascript:x"></div>'


def test_raw_html_is_inserted_unescaped():
    assert render_to_string(ui.div(ui.HTML("<b>bold</b>"))) == "<div><b>bold</b></div>"


def test_raw_html_requires_a_string():
    with pytest.raises(TypeError, match="takes a str of markup"):
        ui.HTML(ui.b("x"))


def test_script_text_is_verbatim():
    assert (
        render_to_string(ui.script("if (a < b && c) {}")) == "<script>if (a < b && c) {}</script>"
    )


@pytest.mark.parametrize("text", ["x</script><script>alert(1)", "x</SCRIPT >", "<!--<script>"])
def test_script_text_that_would_close_the_element_is_rejected(text):
    with pytest.raises(ValueError, match="would end the element early"):
        render_to_string(ui.script(text))


def test_style_text_that_would_close_the_element_is_rejected():
    with pytest.raises(ValueError, match="would end the element early"):
        render_to_string(ui.style("a{}</style><script>"))


def test_title_text_is_escaped():
    assert render_to_string(ui.title("</title><x>")) == "<title>&lt;/title&gt;&lt;x&gt;</title>"


def test_repeated_attributes_render_the_same_every_time():
    # SSR remembers how each (name, str value) renders; the second render takes that path
    def tree():
        return ui.div(
            ui.a("x", href="/a?b=1&c=2", title=HOSTILE, class_="nav"),
            ui.a("y", href="javascript:alert(1)", onclick="alert(1)", class_="nav"),
            ui.span(title="/a?b=1&c=2"),
        )

    expected = (
        '<div><a href="/a?b=1&amp;c=2" title="&quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)'
        '&lt;/script&gt;&amp;amp;" class="nav">x</a><a class="nav">y</a>'
        '<span title="/a?b=1&amp;c=2"></span></div>'
    )
    assert render_to_string(tree()) == expected
    assert render_to_string(tree()) == expected


def test_a_value_dropped_under_one_name_is_kept_under_another():
    url = "javascript:alert(1)"
    assert render_to_string(ui.a(href=url)) == "<a></a>"
    assert render_to_string(ui.div(title=url)) == f'<div title="{url}"></div>'
    assert render_to_string(ui.a(href=url)) == "<a></a>"


def test_more_distinct_attribute_values_than_the_ssr_remembers():
    from ragot import ssr

    count = ssr._STR_ATTRS_LIMIT + 10
    html = render_to_string(ui.ul([ui.li(data_n=f"<{i}>") for i in range(count)]))
    assert html.count("<li ") == count
    assert f'data-n="&lt;{count - 1}&gt;"' in html
    assert render_to_string(ui.li(data_n="<0>")) == '<li data-n="&lt;0&gt;"></li>'
    assert ssr._cached_count[0] <= ssr._STR_ATTRS_LIMIT


def test_long_attribute_values_render_without_being_remembered():
    from ragot import ssr

    value = "<" + "v" * (ssr._CACHED_VALUE_LENGTH + 1)
    expected = f'<div data-x="&lt;{value[1:]}"></div>'
    assert render_to_string(ui.div(data_x=value)) == expected
    assert value not in ssr._STR_ATTRS.get("data-x", {})
    assert render_to_string(ui.div(data_x=value)) == expected
