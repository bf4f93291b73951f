"""The docs template: scaffolded, served by `sprag dev`, exported by `sprag build static`,
and searched in headless Chromium."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import json
import re
import threading
import xml.etree.ElementTree as ET

import pytest

from ._processes import SpragProcess, fetch, wait_for
from .conftest import free_port, scaffold
from .test_browser_counter import browser  # noqa: F401  (the module-scoped Chromium)

DOC_PAGES = ["/docs", "/docs/getting-started", "/docs/guides", "/docs/guides/writing",
             "/docs/guides/publishing"]
PAGES = DOC_PAGES + ["/", "/blog", "/blog/hello-world", "/blog/writing-docs", "/tags",
                     "/tags/news", "/tags/markdown", "/search", "/404"]
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture()
def docs_project(tmp_path):
    return scaffold(tmp_path, "site1", template="docs")


@pytest.fixture()
def exported(run, docs_project):
    result = run("build", "static", "--check-links", "-C", docs_project)
    assert result.exit_code == 0, result.output
    assert "broken link" not in result.output
    return docs_project / "site"


def _html(site, url):
    rel = url.strip("/")
    return (site / rel / "index.html" if rel else site / "index.html").read_text()


def test_the_static_export_has_every_page_the_feed_the_sitemap_and_the_index(exported):
    for url in PAGES:
        assert "<!doctype html>" in _html(exported, url), url
    writing = _html(exported, "/docs/guides/writing")
    assert '<pre class="highlight"><code class="language-python">' in writing
    assert 'class="toc"' in writing and 'href="#tables-and-footnotes"' in writing
    assert 'aria-current="page"' in writing  # the sidebar marks the current page
    assert '<a href="/docs/guides" rel="prev">' in writing
    assert '<a href="/docs/guides/publishing" rel="next">' in writing

    feed = ET.parse(exported / "feed.xml").getroot()
    assert [i.findtext("link") for i in feed.iter("item")] == [
        "http://127.0.0.1:8000/blog/writing-docs", "http://127.0.0.1:8000/blog/hello-world"]

    listed = [loc.text.replace("http://127.0.0.1:8000", "") for loc in
              ET.parse(exported / "sitemap.xml").getroot().findall("s:url/s:loc", SITEMAP)]
    exported_pages = {"/" + p.parent.relative_to(exported).as_posix() for p in exported.rglob("index.html")}
    exported_pages = {"/" if p == "/." else p for p in exported_pages}
    assert set(listed) == exported_pages - {"/404", "/search"}

    index = json.loads((exported / "search.json").read_text())
    assert {r["url"] for r in index} == set(DOC_PAGES) | {"/blog/hello-world", "/blog/writing-docs"}
    assert (exported / "404.html").read_text() == _html(exported, "/404")
    assert "Page not found" in (exported / "404.html").read_text()


def test_only_the_search_page_ships_javascript(exported):
    for url in PAGES:
        html = _html(exported, url)
        if url == "/search":
            script = re.search(r'<script defer src="(/static/search\.[0-9a-f]{12}\.js)">', html)
            assert script and (exported / script.group(1).lstrip("/")).is_file()
        else:
            assert "<script" not in html, url
    shipped = sum(len(gzip.compress(p.read_bytes(), 9)) for p in exported.rglob("*.js")
                  if ".sprag-build" not in p.name and p.name != "search.js")
    assert shipped < 3000  # search.js (hashed) and SPRAG's boot entry, gzip


def test_a_broken_link_in_the_docs_fails_the_build_naming_both_files(run, docs_project):
    page = docs_project / "app" / "content" / "docs" / "getting-started.md"
    page.write_text(page.read_text() + "\nSee [the old page](guides/removed.md).\n")
    result = run("build", "static", "-C", docs_project)
    assert result.exit_code == 1
    assert "app/content/docs/getting-started.md:" in result.output
    assert "app/content/docs/guides/removed.md does not exist" in result.output
    assert not (docs_project / "site").exists()


def test_check_links_fails_on_a_page_link_that_leads_nowhere(run, docs_project):
    shell = docs_project / "app" / "shell.html"
    shell.write_text(shell.read_text().replace('<a href="/tags">Tags</a>', '<a href="/nowhere">X</a>'))
    result = run("build", "static", "--check-links", "-C", docs_project)
    assert result.exit_code == 1
    assert re.search(r"broken link: /\S* links to /nowhere, which answers 404", result.output)


def test_drafts_show_under_dev_only(run, docs_project):
    draft = docs_project / "app" / "content" / "docs" / "wip.md"
    draft.write_text("---\ntitle: Work in progress\ndraft: true\n---\nSoon.\n")
    assert run("build", "static", "-C", docs_project).exit_code == 0
    assert not (docs_project / "site" / "docs" / "wip").exists()
    port = free_port()
    server = SpragProcess(["dev", "--port", port, "-C", docs_project], docs_project,
                          docs_project / "dev.log")
    try:
        status, body = wait_for(f"http://127.0.0.1:{port}/docs/wip", server)
        assert status == 200 and "Work in progress" in body
    finally:
        server.stop()


def test_the_docs_template_serves_under_sprag_dev(docs_project):
    port = free_port()
    server = SpragProcess(["dev", "--port", port, "-C", docs_project], docs_project,
                          docs_project / "dev.log")
    base = f"http://127.0.0.1:{port}"
    try:
        for url in PAGES:
            status, body = wait_for(base + url, server)
            assert status == 200 and "<h1" in body, (url, body[:500])
        status, body = fetch(base + "/docs/no/such/page")
        assert status == 404 and "Page not found" in body
        status, body = fetch(base + "/feed.xml")
        assert status == 200 and body.startswith("<?xml") and "<rss" in body
        status, body = fetch(base + "/search.json")
        assert status == 200 and json.loads(body)[0]["url"] == "/docs"
    finally:
        server.stop()


@contextlib.contextmanager
def _static_host(folder):
    """Serve ``folder`` the way a static host does (index.html for folders)."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.browser
def test_search_works_in_chromium_on_the_static_export(browser, exported):  # noqa: F811
    with _static_host(exported) as base:
        page = browser.new_page()
        try:
            page.goto(base + "/docs/guides/writing/")
            assert page.evaluate("document.scripts.length") == 0
            page.fill(".search-box input[name=q]", "footnotes")
            page.press(".search-box input[name=q]", "Enter")
            page.wait_for_selector("#search-results li a")
            assert re.search(r"/search/?\?q=footnotes$", page.url)
            titles = page.locator("#search-results li a").all_text_contents()
            assert titles[0] == "Writing pages"
            assert "result" in page.text_content("#search-status")

            page.fill("form[data-search] input[name=q]", "zzzz-nothing")
            page.wait_for_function("document.getElementById('search-status').textContent.startsWith('No results')")
            assert page.locator("#search-results li").count() == 0

            page.fill("form[data-search] input[name=q]", "publish static")
            page.wait_for_selector("#search-results li a[href='/docs/guides/publishing']")
            page.click("#search-results li a[href='/docs/guides/publishing']")
            page.wait_for_url(re.compile(r".*/docs/guides/publishing/?$"))
            assert page.text_content("h1") == "Publishing"
        finally:
            page.close()


def test_an_added_collection_is_served_and_exported_page_by_page(run, project):
    assert run("add", "content", "guides", "-C", project).exit_code == 0
    (project / "app" / "content" / "guides" / "faq.md").write_text("# FAQ\n\n## Why\n\nBecause.\n")
    result = run("build", "static", "--check-links", "-C", project)
    assert result.exit_code == 0, result.output
    site = project / "site"
    for rel in ("guides", "guides/getting-started", "guides/faq"):
        assert (site / rel / "index.html").is_file(), rel
    faq = (site / "guides" / "faq" / "index.html").read_text()
    assert "<h1>FAQ</h1>" in faq and 'href="#why"' in faq and 'rel="prev"' in faq


def test_a_big_site_is_exported_by_forked_workers_with_the_same_result(run, docs_project,
                                                                     monkeypatch):
    import os

    from sprag.toolchain import static_site as _static_site

    if not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
        pytest.skip("needs os.fork and two cores")
    serial = run("build", "static", "--check-links", "-o", docs_project / "serial",
                 "-C", docs_project)
    assert serial.exit_code == 0, serial.output
    monkeypatch.setattr(_static_site, "PARALLEL_MIN_PAGES", 5)
    parallel = run("build", "static", "--check-links", "-o", docs_project / "parallel",
                   "-C", docs_project)
    assert parallel.exit_code == 0, parallel.output
    assert parallel.output.count(" ok ") == serial.output.count(" ok ")

    def files(root):
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*")
                if p.is_file()}

    assert files(docs_project / "parallel") == files(docs_project / "serial")


def test_a_failing_page_in_a_forked_worker_is_reported(run, docs_project, monkeypatch):
    import os

    from sprag.toolchain import static_site as _static_site

    if not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
        pytest.skip("needs os.fork and two cores")
    monkeypatch.setattr(_static_site, "PARALLEL_MIN_PAGES", 5)
    screen = docs_project / "app" / "routes" / "tags" / "[tag]" / "page.py"
    screen.write_text(screen.read_text().replace('        tag, documents = found\n',
                                                 '        tag, documents = found\n        1 / 0\n'))
    result = run("build", "static", "-C", docs_project)
    assert result.exit_code == 1
    assert result.output.count("ZeroDivisionError") >= 5  # every tag page, whichever worker


def test_doctor_passes_the_docs_template(run, docs_project):
    # /search.json quotes "<script>" from the docs: not a page, so not a script on a page
    (docs_project / "app" / "content" / "docs" / "html.md").write_text(
        "# Raw HTML\n\n`<script>` tags in Markdown are shown as text.\n")
    result = run("doctor", "-C", docs_project)
    assert result.exit_code == 0, result.output
    assert "FAIL" not in result.output and "warn" not in result.output


PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108020000009077"
    "53de0000000c4944415408d763f8cfc000000301010018dd8db00000000049454e44ae426082"
)


def test_an_image_next_to_a_page_is_published_with_it(run, docs_project):
    guides = docs_project / "app" / "content" / "docs" / "guides"
    (guides / "shot.png").write_bytes(PNG)
    (guides / "notes.txt").write_text("not linked from any page")
    writing = guides / "writing.md"
    writing.write_text(writing.read_text() + "\n![A screenshot](shot.png)\n")
    result = run("build", "static", "--check-links", "-C", docs_project)
    assert result.exit_code == 0, result.output
    site = docs_project / "site"
    assert '<img src="/docs/guides/shot.png" alt="A screenshot" />' in _html(site, "/docs/guides/writing")
    assert (site / "docs" / "guides" / "shot.png").read_bytes() == PNG

    from sprag.project import load_app

    client = load_app(docs_project, mode="dev").flask.test_client()
    image = client.get("/docs/guides/shot.png")
    assert image.status_code == 200 and image.mimetype == "image/png" and image.data == PNG
    assert client.get("/docs/guides/notes.txt").status_code == 404  # no page links to it


@pytest.mark.browser
def test_an_export_with_base_works_under_that_sub_path_in_chromium(browser, run, docs_project, tmp_path):  # noqa: F811
    """`--base /proj/`: served as /proj/ of a host (a GitHub Pages project site), every link,
    stylesheet, image and the search work; nothing is fetched outside /proj/."""
    host_root = tmp_path / "host"
    result = run("build", "static", "--check-links", "--base", "/proj/", "-o", host_root / "proj",
                 "-C", docs_project)
    assert result.exit_code == 0, result.output
    assert "for serving under /proj/" in result.output
    with _static_host(host_root) as origin:
        page = browser.new_page()
        requested, failed = [], []
        page.on("request", lambda r: requested.append(r.url))
        page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
        try:
            seen, queue = set(), [origin + "/proj/"]
            while queue:
                url = queue.pop()
                if url in seen:
                    continue
                seen.add(url)
                page.goto(url)
                assert page.evaluate("[...document.styleSheets].some(s => s.href && s.cssRules.length)"), url
                for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
                    if href.startswith(origin) and "#" not in href and not href.endswith((".xml", ".json")):
                        queue.append(href)
            assert len(seen) >= 15  # every page of the site was reached by following links
            page.goto(origin + "/proj/search/?q=publish")
            page.wait_for_selector("#search-results li a")
            link = page.locator("#search-results li a").first.get_attribute("href")
            assert link.startswith("/proj/docs/")
            page.click("#search-results li a >> nth=0")
            page.wait_for_url(re.compile(r".*/proj/docs/.*"))
        finally:
            page.close()
    assert failed == []
    outside = [u for u in requested if u.startswith(origin) and not u.startswith(origin + "/proj/")]
    assert outside == []
