"""The pack minifiers: CSS and HTML keep every byte that can change what a browser does."""

from __future__ import annotations

import pytest

from sprag.toolchain.pack import minify_css, minify_html


@pytest.mark.parametrize("source, expected", [
    ("a  ,  b  {  color : red ;  }", "a,b{color:red}"),
    ("/* gone */ a { b: c } /* gone too */", "a{b:c}"),
    ("/*! MIT licence */\na{b:c}", "/*! MIT licence */a{b:c}"),
    ('a::after { content: "  /* kept */ { } ;  " }', 'a::after{content:"  /* kept */ { } ;  "}'),
    ("a { content: 'it\\'s  ; }' }", "a{content:'it\\'s  ; }'}"),
    ("a { width: calc( 100%  -  (2px + 3px) ) }", "a{width:calc(100% - (2px + 3px))}"),
    ("a { margin: calc(1rem * -1) }", "a{margin:calc(1rem * -1)}"),
    ("ul  >  li  +  li  ~  p { x: y }", "ul>li+li~p{x:y}"),
    ("div :hover , a:not( .b ) { x: y }", "div :hover,a:not(.b){x:y}"),
    ("@media screen and (max-width: 600px) { a { x: y } }", "@media screen and (max-width:600px){a{x:y}}"),
    ("a { color: red !important ; }", "a{color:red!important}"),
    ("a { font: 12px / 1.5 a , b }", "a{font:12px / 1.5 a,b}"),
    (".x\\:y  .z { a: b }", ".x\\:y .z{a:b}"),
    ("a { &:hover  > b { c : d } e : f }", "a{&:hover>b{c:d}e:f}"),
])
def test_css(source, expected):
    assert minify_css(source) == expected


def test_css_url_bodies_and_imports_are_copied_byte_for_byte():
    css = ('@import "/assets/base.0123456789ab.css" screen;\n'
           '@import url( /assets/print.0123456789ab.css ) print;\n'
           'a { background: url( /static/a b/x.abcdef012345.png ) , url("/static/y.abcdef012345.png") ;\n'
           '    src: url(data:font/woff2;base64,AA+/==) format( "woff2" ) }')
    assert minify_css(css) == (
        '@import "/assets/base.0123456789ab.css" screen;'
        '@import url(/assets/print.0123456789ab.css) print;'
        'a{background:url(/static/a b/x.abcdef012345.png),url("/static/y.abcdef012345.png");'
        'src:url(data:font/woff2;base64,AA+/==) format("woff2")}')


def test_css_minified_twice_is_the_same():
    css = "a > b { x : calc(1px + 2px) } @media (min-width: 1px) { c { d: e } }"
    once = minify_css(css)
    assert minify_css(once) == once


def test_css_rewrites_still_match_after_minifying():
    from sprag.assets.registry import rewrite_css

    minified = minify_css('a { background: url( "img/x.png" ) }\n@import  "b.css";')
    seen = []
    rewrite_css(minified, "/static/a.css", lambda url: seen.append(url) or url)
    assert seen == ["/static/img/x.png", "/static/b.css"]


def test_html_collapses_whitespace_and_drops_comments():
    html = "<!doctype html>\n<html>\n  <head>\n    <title> T </title>\n  </head>\n  <body>\n    <!-- x -->\n    <p>a   <b>b</b>\n c</p>\n  </body>\n</html>\n"
    assert minify_html(html) == "<!doctype html><html><head><title>T</title></head><body><p>a <b>b</b> c</p></body></html>"


def test_html_keeps_pre_textarea_script_and_conditional_comments():
    html = ("<div>\n  <pre>  a\n   b </pre>\n  <textarea>\n x  y</textarea>\n"
            "  <script>if (a  <  b) { x = '  </p>  ' }</script>\n  <!--[if IE]> old <![endif]-->\n</div>")
    out = minify_html(html)
    assert "<pre>  a\n   b </pre>" in out
    assert "<textarea>\n x  y</textarea>" in out
    assert "<script>if (a  <  b) { x = '  </p>  ' }</script>" in out
    assert "<!--[if IE]> old <![endif]-->" in out


def test_html_keeps_attribute_values_and_jinja_blocks():
    html = '<a   href="/x?a=1&amp;b"\n   title="two  spaces" >{{  name  }}</a>\n{% if  a > b %} <i>y</i> {% endif %}'
    assert minify_html(html) == '<a href="/x?a=1&amp;b" title="two  spaces">{{  name  }}</a> {% if  a > b %} <i>y</i> {% endif %}'


def test_html_minifies_style_blocks():
    assert minify_html("<style>\n  a  { color : red ; }\n</style>") == "<style>a{color:red}</style>"
