"""The project's own documentation (docs/) is a SPRAG site: it builds with zero broken links."""

from __future__ import annotations

from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[4] / "docs"

pytestmark = pytest.mark.skipif(not (DOCS / "app").is_dir(),
                                reason="the repository's docs/ folder is not here (an sdist)")


def test_every_markdown_file_of_docs_is_in_the_collection():
    stray = [p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")
             if "content" not in p.relative_to(DOCS).parts[:1] and p.name != "README.md"
             and "site" not in p.relative_to(DOCS).parts[:1]]
    assert not stray, f"move these into docs/content/ so the site publishes them: {stray}"


def test_the_docs_site_builds_with_zero_broken_links(run, tmp_path):
    out = tmp_path / "site"
    result = run("build", "static", "--check-links", "--output", out, "-C", DOCS)
    assert result.exit_code == 0, result.output
    assert "broken link" not in result.output and "skipped" not in result.output
    content = DOCS / "content"
    for source in content.rglob("*.md"):
        rel = source.relative_to(content).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "index" else rel.parts
        page = out.joinpath(*parts, "index.html")
        assert page.is_file(), f"{source} was not exported ({page})"
    for rel in ("404.html", "sitemap.xml", "search.json", "static/search.js", "tags/index.html"):
        assert (out / rel).is_file(), rel


def test_doctor_passes_the_docs_site(run):
    result = run("doctor", "-C", DOCS)
    assert result.exit_code == 0, result.output
    assert "FAIL" not in result.output and "warn" not in result.output
