"""`sprag build static --base`: root-absolute URLs of an export moved under a sub-path."""

from __future__ import annotations

import pytest

from sprag.toolchain.rebase import BaseError, normalize_base, rebase_css, rebase_html, rebase_site


@pytest.mark.parametrize("given, want", [("/docs/", "/docs"), ("docs", "/docs"), ("/a/b", "/a/b"),
                                         ("/", ""), ("", ""), (" /my-project/ ", "/my-project")])
def test_bases_are_normalised(given, want):
    assert normalize_base(given) == want


@pytest.mark.parametrize("bad", ["https://x.io/docs", "//cdn/docs", "/a/../b", "/a b", "/a\"b", "/<x>", "/a?q=1", "/a#b"])
def test_a_base_that_is_not_a_path_is_refused_naming_it(bad):
    with pytest.raises(BaseError, match="--base"):
        normalize_base(bad)


def test_url_attributes_move_under_the_base_and_nothing_else_does():
    page = (
        '<a href="/guides/install">x</a><a href="/">home</a><a href="#top">t</a><a href="other">r</a>'
        '<a href="//cdn.example/x.js">c</a><a href="https://example.com/">e</a>'
        '<img src="/static/a.png" srcset="/static/a-640.webp 640w, /static/a-1280.webp 1280w, https://x/y.png 2x">'
        '<form action="/search" data-search="/search.json"></form><link rel=stylesheet href=\'/assets/s.css\'>'
        '<div style="background: url(&quot;/static/bg.png&quot;)"></div>'
        '<style>.x{background:url(/static/b.png)}</style>'
        '<meta http-equiv="refresh" content="0; url=/new">'
        '<pre><code>&lt;a href=&quot;/not/a/link&quot;&gt; and href="/in text"? no: ' + "</code></pre>"
        '<a href="/docs/already">a</a>'
    )
    out = rebase_html(page, "/docs")
    assert '<a href="/docs/guides/install">' in out and '<a href="/docs/">home' in out
    assert 'href="#top"' in out and 'href="other"' in out
    assert 'href="//cdn.example/x.js"' in out and 'href="https://example.com/"' in out
    assert 'src="/docs/static/a.png"' in out
    assert 'srcset="/docs/static/a-640.webp 640w, /docs/static/a-1280.webp 1280w, https://x/y.png 2x"' in out
    assert 'action="/docs/search" data-search="/docs/search.json"' in out
    assert "href='/docs/assets/s.css'" in out
    assert "url(&quot;/docs/static/bg.png&quot;)" in out and "url(/docs/static/b.png)" in out
    assert 'content="0; url=/docs/new"' in out
    assert "&lt;a href=&quot;/not/a/link&quot;&gt;" in out  # escaped markup is text
    assert 'href="/docs/already"' in out  # not prefixed twice
    assert rebase_html(page, "") == page


def test_stylesheets_move_urls_and_imports():
    css = '@import "/assets/base.css";\n.a{background:url(/static/x.png)}\n.b{background:url("//cdn/x.png")}\n.c{background:url(data:image/png;base64,xx)}'
    out = rebase_css(css, "/p")
    assert '@import "/p/assets/base.css"' in out and "url(/p/static/x.png)" in out
    assert 'url("//cdn/x.png")' in out and "url(data:image/png;base64,xx)" in out


def test_a_site_folder_is_rewritten_in_place_and_stale_compressed_copies_go(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "index.html").write_text('<a href="/docs/">Docs</a>')
    (tmp_path / "index.html.gz").write_bytes(b"stale")
    (tmp_path / "docs" / "index.html").write_text('<a href="#x">same</a>')
    (tmp_path / "s.css").write_text(".a{background:url(/i.png)}")
    (tmp_path / "feed.xml").write_text("<link>/docs/</link>")
    assert rebase_site(tmp_path, "/proj/") == 2
    assert (tmp_path / "index.html").read_text() == '<a href="/proj/docs/">Docs</a>'
    assert not (tmp_path / "index.html.gz").exists()
    assert (tmp_path / "docs" / "index.html").read_text() == '<a href="#x">same</a>'
    assert (tmp_path / "s.css").read_text() == ".a{background:url(/proj/i.png)}"
    assert (tmp_path / "feed.xml").read_text() == "<link>/docs/</link>"
    assert not list(tmp_path.rglob("*.rebase"))
