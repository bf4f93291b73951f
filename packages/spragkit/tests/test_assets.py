"""Static files and declared assets: dev serves fresh, production serves content-hashed."""

import gzip
import re
from pathlib import Path

import brotli
import pytest

from sprag.assets.registry import hashed_name, rewrite_css

HASHED = re.compile(r"\.[0-9a-f]{12}\.")


@pytest.fixture
def prod(load_project):
    return load_project("basic", mode="production")


def _stylesheet(client, path="/"):
    html = client.get(path).get_data(as_text=True)
    return re.search(r'<link rel="stylesheet" href="([^"]+)"', html).group(1)


def test_dev_serves_static_files_fresh(client):
    response = client.get("/static/img/logo.svg")
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-cache"
    assert b"<svg" in response.data


def test_dev_stylesheet_url_is_unhashed(client):
    assert _stylesheet(client) == "/assets/shell.css"


def test_production_stylesheet_url_carries_a_12_hex_hash(prod):
    url = _stylesheet(prod.flask.test_client())
    assert re.fullmatch(r"/assets/shell\.[0-9a-f]{12}\.css", url)


def test_production_hashed_file_is_immutable(prod):
    client = prod.flask.test_client()
    response = client.get(_stylesheet(client))
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_production_css_url_and_import_are_rewritten_to_hashed_urls(prod):
    client = prod.flask.test_client()
    css = client.get(_stylesheet(client)).get_data(as_text=True)
    imported = re.search(r'@import "([^"]+)"', css).group(1)
    assert re.fullmatch(r"/static/base\.[0-9a-f]{12}\.css", imported)
    assert re.search(r'url\("/static/img/logo\.[0-9a-f]{12}\.svg"\)', css)
    nested = client.get(imported).get_data(as_text=True)
    assert re.search(r"url\(/static/img/logo\.[0-9a-f]{12}\.svg\)", nested)


def test_hash_changes_when_content_changes(tmp_path):
    a = hashed_name("/static/a.css", "0123456789ab")
    assert a == "/static/a.0123456789ab.css"


def test_rewrite_css_leaves_external_and_data_urls():
    css = 'a{background:url(data:image/png;base64,xx)} b{background:url("https://x/y.png")}'
    assert rewrite_css(css, "/static/s.css", lambda u: "/HASHED") == css


def test_unknown_static_file_is_404(client):
    assert client.get("/static/nope.css").status_code == 404


def test_path_traversal_is_refused(client):
    assert client.get("/static/../page.py").status_code == 404
    assert client.get("/assets/../../conftest.py").status_code == 404


def test_gzip_is_negotiated_for_hashed_files(prod):
    url = prod.assets.hashed_table()["/static/theme.css"]
    response = prod.flask.test_client().get(url, headers={"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.data).startswith(b".c0 {")


def test_brotli_is_preferred_when_accepted(load_project, tmp_path):
    app = load_project("basic", mode="production")
    from sprag.assets.served import ServedFile, send

    served = ServedFile(b"body{color:red}\n" * 100, "text/css", immutable=True)
    with app.flask.test_request_context(headers={"Accept-Encoding": "gzip, br"}):
        response = send(served)
    assert response.headers["Content-Encoding"] == "br"
    assert brotli.decompress(response.get_data()) == served.body
    assert response.headers["Vary"] == "Accept-Encoding"


def test_identity_when_client_accepts_no_encoding(load_project):
    app = load_project("basic", mode="production")
    from sprag.assets.served import ServedFile, send

    served = ServedFile(b"x" * 5000, "text/css", immutable=True)
    with app.flask.test_request_context():
        response = send(served)
    assert "Content-Encoding" not in response.headers and response.get_data() == served.body


def test_etag_revalidation_answers_304(client):
    first = client.get("/static/img/logo.svg")
    again = client.get("/static/img/logo.svg", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304


def test_build_brotli_beats_gzip_and_pack_compresses_harder():
    """`sprag build` uses a fast brotli quality, still smaller than gzip -9 on JavaScript;
    `sprag pack` recompresses at quality 11, which is smaller again."""
    from sprag.assets.compression import compress_variants
    from sprag.toolchain.pack.compress import _brotli

    ragot_js = Path(__import__("ragot").__file__).parent / "js"
    body = b"".join(f.read_bytes() for f in sorted(ragot_js.glob("*.js")))
    variants = compress_variants(body)
    assert brotli.decompress(variants["br"]) == body and gzip.decompress(variants["gzip"]) == body
    assert len(variants["br"]) < len(variants["gzip"])
    assert len(_brotli(body)) < len(variants["br"])
