"""`sprag build static` writes, byte for byte, what the server answers for the same page.

The export takes shortcuts a server does not (no Socket.IO stack, one page per surface
rendered before the workers fork, big sites split over forked workers); none of them may
change a byte. The collection here is big enough (over 100 pages) for the forked path.
"""

from __future__ import annotations

from sprag.project import load_app

from .conftest import _forget_app_modules, scaffold

EXTRA_DOCS = 110


def _add_documents(project) -> None:
    folder = project / "app" / "content" / "docs" / "many"
    folder.mkdir()
    (folder / "index.md").write_text("---\ntitle: Many\n---\nA big section.\n")
    for n in range(EXTRA_DOCS):
        (folder / f"doc-{n:03d}.md").write_text(
            f"---\ntitle: Doc {n}\norder: {n}\ntags: [bulk, n{n % 3}]\n---\n"
            f"Text of doc {n} with `code` & <angle> \"quotes\".\n\n## Part\n\n"
            f"```python\nprint({n})\n```\n\nSee [the next](doc-{(n + 1) % EXTRA_DOCS:03d}.md).\n"
        )


def test_every_exported_page_equals_the_server_answer(tmp_path, run):
    project = scaffold(tmp_path, "site", template="docs")
    _add_documents(project)
    result = run("build", "static", "--check-links", "-C", project)
    assert result.exit_code == 0, result.output
    site = project / "site"

    _forget_app_modules()
    app = load_app(project, mode="production")
    client = app.flask.test_client()  # the served app: Socket.IO wired, no export shortcuts
    compared = 0
    for file in sorted(site.rglob("*")):
        rel = file.relative_to(site).as_posix()
        if not file.is_file() or rel == "404.html" or not (
                rel.endswith("index.html") or rel in ("feed.xml", "sitemap.xml", "search.json")):
            continue
        url = "/" + rel[: -len("index.html")].rstrip("/") if rel.endswith("index.html") else "/" + rel
        answer = client.get(url or "/", headers={"Accept": "text/html"})
        assert answer.status_code == 200, url
        exported = file.read_bytes()
        if b'id="sprag-payload"' in exported:
            # a hybrid page: the export marks its payload static and carries no CSRF token
            assert b'"static":true' in exported and b'"static":true' not in answer.data, url
            continue
        assert exported == answer.data, url
        compared += 1
    assert compared > EXTRA_DOCS + 10
    assert (site / "404.html").read_bytes() == client.get("/no-such-page").data
