"""Pack stages on a hand-made build folder: renames by content hash follow every reference."""

from __future__ import annotations

import json
from pathlib import Path

from sprag.assets.registry import hashed_name
from sprag.assets.served import short_hash
from sprag.toolchain.pack.artifact import Artifact
from sprag.toolchain.pack.compress import precompress
from sprag.toolchain.pack.css import minify_stylesheets


def _build(root: Path, files: dict) -> Artifact:
    """A build folder whose ``files`` ({logical url: text}) are published under their hashes,
    with ``{name}`` in a text replaced by the hashed URL of ``name``."""
    assets, written = {}, {}
    for logical in sorted(files, key=lambda u: files[u].count("{")):
        text = files[logical]
        for other, url in assets.items():
            text = text.replace("{" + other + "}", url)
        url = hashed_name(logical, short_hash(text.encode()))
        assets[logical] = url
        written[url] = text
        target = root / "public" / url.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    (root / "manifest.json").write_text(json.dumps({"assets": assets, "files": sorted(written)}))
    return Artifact.load(root)


def test_an_import_chain_is_rehashed_from_the_leaf_up(tmp_path):
    artifact = _build(tmp_path, {
        "/assets/base.css": "a  {  color : red ;  }",
        "/assets/theme.css": '@import "{/assets/base.css}";\nb { color : blue }',
        "/assets/shell.css": '@import "{/assets/theme.css}";\nc { background : url( {/assets/base.css} ) }',
    })
    before = dict(artifact.manifest["assets"])
    rows = minify_stylesheets(artifact)
    assets = artifact.manifest["assets"]
    assert all(assets[k] != before[k] for k in before)  # every file changed, so every name did
    shell = artifact.read(assets["/assets/shell.css"]).decode()
    theme = artifact.read(assets["/assets/theme.css"]).decode()
    assert shell == f'@import "{assets["/assets/theme.css"]}";c{{background:url({assets["/assets/base.css"]})}}'
    assert theme == f'@import "{assets["/assets/base.css"]}";b{{color:blue}}'
    for logical, url in assets.items():  # each name is the hash of what it holds
        assert url == hashed_name(logical, short_hash(artifact.read(url)))
    assert sorted(artifact.manifest["files"]) == sorted(assets.values())
    assert not any((tmp_path / "public" / u.lstrip("/")).exists() for u in before.values())
    assert [r[0] for r in rows] == sorted(assets.values())


def test_a_sibling_that_is_not_smaller_is_not_written(tmp_path):
    artifact = _build(tmp_path, {"/static/tiny.css": "a{b:c}", "/static/big.css": "a{b:c}" * 200})
    stale = artifact.path(artifact.manifest["assets"]["/static/tiny.css"] + ".gz")
    stale.write_bytes(b"old")
    rows = precompress(artifact)
    assert not stale.exists()
    big = artifact.manifest["assets"]["/static/big.css"]
    assert [r[0] for r in rows] == [big]
    assert artifact.path(big + ".gz").is_file() and artifact.path(big + ".br").is_file()


def test_gzip_best_decodes_and_is_no_bigger_than_gzip_9():
    import gzip

    from sprag.toolchain.pack.compress import gzip_best

    body = Path(__file__).read_bytes() * 3
    best = gzip_best(body)
    assert gzip.decompress(best) == body
    assert len(best) <= len(gzip.compress(body, 9, mtime=0))
    assert best[4:8] == b"\0\0\0\0"  # mtime 0: the same input gives the same bytes


def test_an_unreadable_image_is_named_and_the_others_are_packed(tmp_path):
    import io

    import pytest

    Image = pytest.importorskip("PIL.Image")
    from sprag.toolchain.pack.images import ImageOptions, optimise_images

    buffer = io.BytesIO()
    Image.new("RGB", (800, 500), (200, 30, 30)).save(buffer, "PNG")
    good = buffer.getvalue()
    root = tmp_path
    urls = {}
    for logical, body in (("/static/bad.png", b"not a png at all"), ("/static/good.png", good)):
        url = hashed_name(logical, short_hash(body))
        urls[logical] = url
        (root / "public" / "static").mkdir(parents=True, exist_ok=True)
        (root / "public" / url.lstrip("/")).write_bytes(body)
    (root / "manifest.json").write_text(json.dumps({"assets": urls, "files": sorted(urls.values())}))
    artifact = Artifact.load(root)
    rows = optimise_images(artifact, ImageOptions())
    assert [r[0] for r in rows] == [urls["/static/good.png"]]
    assert len(artifact.notes) == 1 and urls["/static/bad.png"] in artifact.notes[0]
    entry = artifact.manifest["images"]["/static/good.png"]
    assert [w for _, w in entry["srcset"]] == [320, 640, 800]
    assert "/static/bad.png" not in artifact.manifest["images"]
