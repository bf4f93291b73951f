"""Markdown documents and collections: rendering, ordering, drafts, links, caching."""

from __future__ import annotations

import datetime as dt
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sprag import load_markdown_document, load_markdown_tree
from sprag.content import (
    BrokenLinkError,
    ContentError,
    FrontMatterError,
    rss_feed,
    search_index,
    sitemap_xml,
)


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.setenv("SPRAG_PROJECT_DIR", str(tmp_path))
    monkeypatch.delenv("SPRAG_MODE", raising=False)
    return tmp_path


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def doc(title: str, **fields) -> str:
    lines = [f"title: {title}"] + [f"{k}: {v}" for k, v in fields.items()]
    return "---\n" + "\n".join(lines) + "\n---\nText of " + title + ".\n"


def test_a_document_has_front_matter_html_toc_reading_time_and_path_parts(project):
    path = write(project, "app/content/guides/setup/install.md", (
        "---\ntitle: Install\ndescription: Get going\ndate: 2024-05-01\ntags: [setup]\n"
        "custom: kept\n---\n## First step\n\n" + "word " * 450 + "\n\n### Detail\n\n#### Deep\n"
    ))
    document = load_markdown_document(path, root=project / "app/content/guides", base_url="/guides")
    assert document.title == "Install" and document.description == "Get going"
    assert document.date == dt.date(2024, 5, 1) and document.tags == ("setup",)
    assert document.meta["custom"] == "kept"
    assert document.path_parts == ("setup", "install")
    assert document.url == "/guides/setup/install"
    assert [(h.level, h.text, h.id) for h in document.toc] == [(2, "First step", "first-step"),
                                                                (3, "Detail", "detail")]
    assert [h.id for h in document.headings][-1] == "deep"
    assert '<h2 id="first-step">First step<a class="anchor" href="#first-step"' in document.html
    assert document.reading_time == 3  # ~455 words at 200 a minute


def test_heading_anchors_escape_the_heading_text(project):
    document = load_markdown_document(write(project, "a.md", (
        "## Say \"hi\" & <b>bye</b> 'x'\n\n## Say \"hi\" & <b>bye</b> 'x'\n"
    )))
    assert document.html == (
        '<h2 id="say-hi-bbyeb-x">Say &quot;hi&quot; &amp; &lt;b&gt;bye&lt;/b&gt; \'x\''
        '<a class="anchor" href="#say-hi-bbyeb-x" aria-label="Link to Say &quot;hi&quot; &amp; '
        '&lt;b&gt;bye&lt;/b&gt; \'x\'">#</a></h2>\n'
        '<h2 id="say-hi-bbyeb-x-1">Say &quot;hi&quot; &amp; &lt;b&gt;bye&lt;/b&gt; \'x\''
        '<a class="anchor" href="#say-hi-bbyeb-x-1" aria-label="Link to Say &quot;hi&quot; &amp; '
        '&lt;b&gt;bye&lt;/b&gt; \'x\'">#</a></h2>\n'
    )


def test_a_leading_h1_is_the_title_when_front_matter_has_none(project):
    document = load_markdown_document(write(project, "a.md", "# The Title\n\nBody.\n"))
    assert document.title == "The Title"
    assert "<h1" not in document.html
    untitled = load_markdown_document(write(project, "getting-started.md", "Just text.\n"))
    assert untitled.title == "Getting started"


def test_tables_footnotes_and_highlighted_code(project):
    document = load_markdown_document(write(project, "a.md", (
        "| a | b |\n|---|---|\n| 1 | 2 |\n\nNote[^1].\n\n[^1]: The footnote.\n\n"
        "```python\ndef f():\n    return 1\n```\n\n```nosuchlang\n<x>\n```\n"
    )))
    assert "<table>" in document.html and "<td>2</td>" in document.html
    assert 'class="footnote-ref"' in document.html and "The footnote." in document.html
    assert '<pre class="highlight"><code class="language-python"><span class="k">def</span>' in document.html
    assert "<pre><code class=\"language-nosuchlang\">&lt;x&gt;" in document.html


def test_raw_html_is_escaped_unless_allowed(project):
    path = write(project, "a.md", "<script>alert(1)</script>\n\nText <b onclick=x>bold</b>\n")
    escaped = load_markdown_document(path)
    assert "<script>" not in escaped.html and "&lt;script&gt;alert(1)&lt;/script&gt;" in escaped.html
    assert "<b onclick" not in escaped.html
    allowed = load_markdown_document(path, allow_html=True)
    assert "<script>alert(1)</script>" in allowed.html


def test_javascript_links_are_never_rendered(project):
    document = load_markdown_document(write(project, "a.md", "[x](javascript:alert(1))\n"))
    assert 'href="javascript:' not in document.html and "<a" not in document.html


def test_wrong_types_for_known_keys_name_the_file_and_line(project):
    write(project, "c/a.md", "---\ntitle: A\ndraft: maybe\n---\n")
    with pytest.raises(FrontMatterError, match=r"^c/a.md:3: draft: expected true or false"):
        load_markdown_tree("c")
    write(project, "c/a.md", "---\ndate: May 1st\n---\n")
    with pytest.raises(FrontMatterError, match=r"^c/a.md:2: date: expected a date"):
        load_markdown_tree("c")
    write(project, "c/a.md", "---\norder: first\n---\n")
    with pytest.raises(FrontMatterError, match=r"c/a.md:2: order: expected a number"):
        load_markdown_tree("c")


def test_a_broken_front_matter_block_in_a_tree_names_the_file_and_line(project):
    write(project, "c/ok.md", doc("Fine"))
    write(project, "c/sub/bad.md", "---\ntitle: fine\ntags: [a, b\n---\n")
    with pytest.raises(FrontMatterError, match=r"^c/sub/bad.md:3: the inline list"):
        load_markdown_tree("c")


def test_the_tree_orders_by_order_then_title_then_date_folder_by_folder(project):
    write(project, "c/index.md", doc("Home"))
    write(project, "c/zeta.md", doc("Zeta", order=1))
    write(project, "c/alpha.md", doc("Alpha"))
    write(project, "c/beta.md", doc("beta"))
    write(project, "c/same-b.md", doc("Same", date="2024-02-01"))
    write(project, "c/same-a.md", doc("Same", date="2024-01-01"))
    write(project, "c/guide/index.md", doc("Guide", order=2))
    write(project, "c/guide/two.md", doc("Two", order=2))
    write(project, "c/guide/one.md", doc("One", order=1))
    tree = load_markdown_tree("c", base_url="/c")
    assert [d.url for d in tree] == [
        "/c", "/c/zeta", "/c/guide", "/c/guide/one", "/c/guide/two", "/c/alpha", "/c/beta",
        "/c/same-a", "/c/same-b",
    ]
    assert [item.title for item in tree.nav] == ["Home", "Zeta", "Guide", "Alpha", "beta",
                                                 "Same", "Same"]
    assert [c.title for c in tree.nav[2].children] == ["One", "Two"]
    assert tree.nav[2].url == "/c/guide" and tree.nav[2].contains(tree.get("guide/two"))


def test_date_sort_puts_the_newest_first(project):
    write(project, "blog/old.md", doc("Old", date="2023-01-01"))
    write(project, "blog/new.md", doc("New", date="2024-06-01T10:00:00Z"))
    write(project, "blog/mid.md", doc("Mid", date="2024-01-01"))
    tree = load_markdown_tree("blog", sort="date")
    assert [d.title for d in tree] == ["New", "Mid", "Old"]
    assert [d.title for d in tree.latest(2)] == ["New", "Mid"]


def test_lookup_prev_next_tags_and_static_paths(project):
    write(project, "c/index.md", doc("Home"))
    write(project, "c/a.md", doc("A", order=1, tags="[x, y]"))
    write(project, "c/b/index.md", doc("B", order=2, tags="[y]"))
    write(project, "c/b/c.md", doc("C", tags="x"))
    tree = load_markdown_tree("c")
    a, b, c = tree.get("a"), tree.get(["b"]), tree.get("b/c")
    assert tree.get("") is tree.documents[0] and tree.get("missing") is None
    assert tree.prev(tree.documents[0]) is None and tree.next(a) is b and tree.prev(c) is b
    assert tree.next(c) is None
    assert {tag: [d.title for d in docs] for tag, docs in tree.tags.items()} == {
        "x": ["A", "C"], "y": ["A", "B"]}
    assert tree.static_paths() == [{"segments": ["a"]}, {"segments": ["b"]},
                                   {"segments": ["b", "c"]}]


def test_drafts_are_hidden_outside_dev(project, monkeypatch):
    write(project, "c/a.md", doc("A"))
    write(project, "c/wip.md", doc("Work in progress", draft="true"))
    assert [d.title for d in load_markdown_tree("c")] == ["A"]
    monkeypatch.setenv("SPRAG_MODE", "production")
    assert [d.title for d in load_markdown_tree("c")] == ["A"]
    monkeypatch.setenv("SPRAG_MODE", "dev")
    assert [d.title for d in load_markdown_tree("c")] == ["A", "Work in progress"]
    assert len(load_markdown_tree("c", include_drafts=False)) == 1


def test_relative_links_and_images_resolve_to_published_urls(project):
    write(project, "app/content/docs/index.md", "See [install](guide/install.md#setup), "
          "[guide](guide/), [abs](/elsewhere), [ext](https://example.com) and "
          "![logo](img/logo.png).\n")
    write(project, "app/content/docs/guide/index.md", "# Guide\n\n[up](../index.md)\n")
    write(project, "app/content/docs/guide/install.md", "# Install\n\n## Setup\n")
    write(project, "app/content/docs/img/logo.png", "png")
    write(project, "app/static/shot.png", "png")
    write(project, "app/content/docs/guide/shot.md", "![s](../../../static/shot.png)\n")
    tree = load_markdown_tree("app/content/docs", base_url="/docs")
    html = tree.get("").html
    assert 'href="/docs/guide/install#setup"' in html and 'href="/docs/guide"' in html
    assert 'href="/elsewhere"' in html and 'href="https://example.com"' in html
    assert 'src="/docs/img/logo.png"' in html  # next to its documents
    assert tree.file("img/logo.png") == project / "app/content/docs/img/logo.png"
    assert tree.file(["img", "logo.png"]) is not None
    assert tree.file("guide/install.md") is None and tree.file("img/other.png") is None
    assert 'href="/docs"' in tree.get("guide").html
    assert "#" not in tree.get("guide/install").text  # heading anchors are not words
    assert 'src="/static/shot.png"' in tree.get("guide/shot").html


def test_a_link_to_a_missing_document_names_both_files(project):
    write(project, "c/a.md", "# A\n\nIntro.\n\nSee [the guide](guide/missing.md).\n")
    with pytest.raises(BrokenLinkError) as info:
        load_markdown_tree("c")
    message = str(info.value)
    assert message.startswith("c/a.md:5: the link 'guide/missing.md' is broken")
    assert "c/guide/missing.md does not exist" in message


def test_links_to_missing_headings_images_and_drafts_are_broken_too(project):
    write(project, "c/a.md", "[b](b.md#nope)\n")
    write(project, "c/b.md", "## Here\n")
    with pytest.raises(BrokenLinkError, match="c/b.md has no heading #nope"):
        load_markdown_tree("c")
    write(project, "c/a.md", "![x](pics/none.png)\n")
    with pytest.raises(BrokenLinkError, match="c/pics/none.png does not exist"):
        load_markdown_tree("c")
    write(project, "c/a.md", "[b](b.md)\n")
    write(project, "c/b.md", "---\ndraft: true\n---\n")
    with pytest.raises(BrokenLinkError, match="c/b.md is a draft"):
        load_markdown_tree("c")
    write(project, "c/a.md", "[p](_partial.md)\n")
    write(project, "c/_partial.md", "Included elsewhere.\n")
    with pytest.raises(BrokenLinkError, match="c/_partial.md is not part of the collection"):
        load_markdown_tree("c")


def test_a_lone_document_checks_its_links_too(project):
    path = write(project, "notes/a.md", "[other](other.md)\n")
    with pytest.raises(BrokenLinkError, match="notes/other.md does not exist"):
        load_markdown_document(path)


def test_results_are_cached_until_a_file_changes(project):
    path = write(project, "c/a.md", doc("First"))
    first = load_markdown_tree("c")
    assert load_markdown_tree("c") is first
    assert load_markdown_document(path) is load_markdown_document(path)
    path.write_text(doc("Second version"))
    os.utime(path, ns=(path.stat().st_mtime_ns + 10**9,) * 2)
    second = load_markdown_tree("c")
    assert second is not first and second.get("a").title == "Second version"
    write(project, "c/b.md", doc("New file"))
    assert len(load_markdown_tree("c")) == 2


def test_two_files_publishing_at_one_url_are_an_error(project):
    write(project, "c/a.md", doc("A"))
    write(project, "c/a/index.md", doc("A index"))
    with pytest.raises(ContentError, match="both publish at /c/a"):
        load_markdown_tree("c")


def test_a_missing_folder_is_a_clear_error(project):
    with pytest.raises(ContentError, match="content folder .* does not exist"):
        load_markdown_tree("nope")


def test_feed_sitemap_and_search_index(project):
    write(project, "blog/a.md", doc("A & B", date="2024-05-01", tags="[news]", description="About <a>"))
    write(project, "blog/b.md", doc("Undated"))
    tree = load_markdown_tree("blog", sort="date")
    feed = ET.fromstring(rss_feed(tree.latest(), title="Blog", site_url="https://ex.com",
                                  link="/blog", feed_url="/feed.xml"))
    item = feed.find("channel/item")
    assert item.findtext("title") == "A & B" and item.findtext("link") == "https://ex.com/blog/a"
    assert item.findtext("pubDate") == "Wed, 01 May 2024 00:00:00 +0000"
    assert item.findtext("description") == "About <a>" and item.findtext("category") == "news"
    sitemap = ET.fromstring(sitemap_xml(["/", *tree], site_url="https://ex.com"))
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    assert [u.findtext("s:loc", namespaces=ns) for u in sitemap] == [
        "https://ex.com/", "https://ex.com/blog/a", "https://ex.com/blog/b"]
    assert sitemap[1].findtext("s:lastmod", namespaces=ns) == "2024-05-01"
    index = json.loads(json.dumps(search_index(tree)))
    assert index[0]["url"] == "/blog/a" and index[0]["tags"] == ["news"]
    assert "Text of A & B." in index[0]["text"]


def test_folders_without_an_index_still_group_their_documents(project):
    write(project, "c/zz.md", doc("Ordered", order=9))  # an order sorts before no order
    write(project, "c/api-reference/v1/users.md", doc("Users"))
    write(project, "c/api-reference/v1/groups.md", doc("Groups"))
    tree = load_markdown_tree("c")
    api = tree.nav[1]
    assert (api.title, api.url, api.document) == ("Api reference", None, None)
    assert [c.title for c in api.children] == ["V1"]
    assert [d.title for d in api.children[0].children] == ["Groups", "Users"]
    assert [d.title for d in tree] == ["Ordered", "Groups", "Users"]
    assert api.contains(tree.get("api-reference/v1/users"))


needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


@needs_fork
def test_parallel_rendering_gives_the_same_collection(project, monkeypatch):
    from sprag.content import parallel

    monkeypatch.setattr(parallel, "PARALLEL_MIN_DOCUMENTS", 2)
    for i in range(12):
        write(project, f"c/s{i % 3}/d{i}.md", doc(f"Doc {i}", order=i) + f"\n## Part {i}\n\n[next](d{i}.md)\n")
    with parallel.parallel_rendering(3):
        forked = load_markdown_tree("c")
    serial = load_markdown_tree("c", allow_html=True)  # another cache key: rendered here, once
    assert forked.documents[0] is not serial.documents[0]
    assert [(d.url, d.title, d.html, d.toc) for d in forked] == \
           [(d.url, d.title, d.html, d.toc) for d in serial]


@needs_fork
def test_an_error_in_a_rendering_worker_is_raised_by_the_parent(project, monkeypatch):
    from sprag.content import parallel

    monkeypatch.setattr(parallel, "PARALLEL_MIN_DOCUMENTS", 2)
    for i in range(6):
        write(project, f"c/d{i}.md", doc(f"Doc {i}"))
    write(project, "c/d5.md", "---\ntitle: [broken\n---\n")
    with parallel.parallel_rendering(2), pytest.raises(FrontMatterError, match=r"^c/d5.md:2: "):
        load_markdown_tree("c")
