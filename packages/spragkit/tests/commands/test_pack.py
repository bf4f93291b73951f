"""`sprag pack` on real scaffolded projects: every stage, every flag, validation failures."""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import brotli
import pytest

from sprag.toolchain.compile import compiler_available

from ._processes import run_sprag
from .packfixture import EXPLODE_LINE, add_images

pytestmark = pytest.mark.skipif(not compiler_available(), reason="the browser compiler is not available")
PIL = pytest.importorskip("PIL.Image", reason="Pillow is not installed (spragkit[images])")


def _new(tmp: Path, name: str, images: bool = True) -> Path:
    assert run_sprag(["new", name], tmp).returncode == 0
    project = tmp / name
    if images:
        add_images(project)
    return project


def _pack(project: Path, *flags: str) -> subprocess.CompletedProcess:
    result = run_sprag(["pack", *flags, "-C", project], project, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def _manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text())


@pytest.fixture(scope="module")
def packed(tmp_path_factory):
    """The image fixture app, built and packed once with every step on (and --zip)."""
    project = _new(tmp_path_factory.mktemp("pack"), "shop")
    assert run_sprag(["build", "-C", project], project).returncode == 0
    build = _manifest(project / "dist")
    built_files = {u: (project / "dist" / "public" / u.lstrip("/")).read_bytes() for u in build["files"]}
    result = _pack(project, "--zip")
    return project, project / "dist", result.stdout + result.stderr, build, built_files


def test_pack_shows_progress_sizes_per_kind_and_stage_times(packed):
    _, _, output, _, _ = packed
    for stage in ("images", "css", "html", "js", "bytecode", "compress", "validate", "zip"):
        assert f"  {stage}" in output
    for kind in ("JS", "CSS", "HTML", "Images", "Python", "Served"):
        assert f"\n{kind} " in output, kind
    assert "STAGE" in output and "request(s) answered as expected" in output


def test_sources_are_gone_and_bytecode_names_the_original_file_and_line(packed):
    _, dist, _, _, _ = packed
    assert not list((dist / "app").rglob("*.py"))
    assert (dist / "app" / "routes" / "counter" / "server.pyc").is_file()
    assert (dist / "server.py").is_file()
    assert not list(dist.rglob("__pycache__"))
    probe = subprocess.run(
        [sys.executable, "-c", "from app.routes.about.server import explode; explode()"],
        cwd=str(dist), capture_output=True, text=True,
        env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    assert probe.returncode == 1
    assert f'File "app/routes/about/server.py", line {EXPLODE_LINE}, in explode' in probe.stderr
    assert "RuntimeError: boom" in probe.stderr


def test_precompressed_siblings_decompress_to_the_served_bytes(packed):
    _, dist, _, _, _ = packed
    manifest = _manifest(dist)
    checked = 0
    for url in manifest["files"]:
        path = dist / "public" / url.lstrip("/")
        body = path.read_bytes()
        if path.with_name(path.name + ".gz").is_file():
            assert gzip.decompress(path.with_name(path.name + ".gz").read_bytes()) == body
            assert brotli.decompress(path.with_name(path.name + ".br").read_bytes()) == body
            checked += 1
    assert checked >= 3  # the JS entry, the stylesheet, the favicon


def test_webp_and_width_variants_decode_and_never_upscale(packed):
    from PIL import Image

    _, dist, _, _, _ = packed
    images = _manifest(dist)["images"]
    photo = images["/static/photo.jpg"]
    assert (photo["width"], photo["height"]) == (1400, 900)
    widths = [w for _, w in photo["srcset"]]
    assert widths == sorted(widths) and widths[-1] == 1400 and 320 in widths
    assert [w for _, w in photo["webp"]] == widths  # smaller as WebP at every width
    for url, width in photo["srcset"] + photo["webp"]:
        with Image.open(dist / "public" / url.lstrip("/")) as image:
            image.load()
            assert image.width == width <= 1400
            assert image.format == ("WEBP" if url.endswith(".webp") else "JPEG")
    logo = images["/static/logo.png"]
    assert all(w <= 360 for _, w in logo["srcset"] + logo["webp"])


def test_reencoded_images_keep_the_original_when_it_is_smaller(packed):
    _, dist, _, build, built = packed
    manifest = _manifest(dist)
    for logical in ("/static/photo.jpg", "/static/logo.png", "/static/bg.jpg"):
        before = built[build["assets"][logical]]
        after = (dist / "public" / manifest["assets"][logical].lstrip("/")).read_bytes()
        assert len(after) <= len(before)
    photo_before = built[build["assets"]["/static/photo.jpg"]]
    assert manifest["assets"]["/static/photo.jpg"] != build["assets"]["/static/photo.jpg"]
    assert len((dist / "public" / manifest["assets"]["/static/photo.jpg"].lstrip("/")).read_bytes()) < len(photo_before)


def test_css_is_minified_and_points_at_the_renamed_image(packed):
    _, dist, _, build, built = packed
    manifest = _manifest(dist)
    css_url = manifest["assets"]["/assets/shell.css"]
    css = (dist / "public" / css_url.lstrip("/")).read_text()
    assert len(css) < len(built[build["assets"]["/assets/shell.css"]])
    assert "\n" not in css and "/*" not in css
    assert f'url("{manifest["assets"]["/static/bg.jpg"]}")' in css
    assert build["assets"]["/static/bg.jpg"] not in css
    assert css_url != build["assets"]["/assets/shell.css"]  # new content, new hash


def test_shell_template_is_minified_with_a_picture_for_its_image(packed):
    _, dist, _, _, _ = packed
    shell = (dist / "app" / "shell.html").read_text()
    assert "\n" not in shell.strip()
    assert '<picture><source type="image/webp"' in shell
    assert _manifest(dist)["images"]["/static/logo.png"]["src"] in shell


def test_zip_holds_the_packed_folder(packed):
    project, dist, _, _, _ = packed
    with zipfile.ZipFile(project / "dist.zip") as archive:
        names = set(archive.namelist())
        assert {"server.py", "manifest.json", "app/routes/counter/server.pyc"} <= names
        assert not any(n.endswith(".py") and n != "server.py" for n in names)
        assert archive.read("manifest.json") == (dist / "manifest.json").read_bytes()


def test_a_broken_reference_fails_validation_naming_the_url(tmp_path):
    project = _new(tmp_path, "broken", images=False)
    shell = project / "app" / "shell.html"
    shell.write_text(shell.read_text().replace("<main", '<img src="/static/missing.png" alt="x"><main'))
    assert run_sprag(["build", "-C", project], project).returncode == 0
    before = (project / "dist" / "manifest.json").read_text()
    result = run_sprag(["pack", "-C", project], project, timeout=300)
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert "validation failed" in output
    assert "GET /static/missing.png -> 404 (referenced by /" in output
    assert (project / "dist" / "manifest.json").read_text() == before  # the build is left as it was


def test_each_flag_turns_its_step_off(packed, tmp_path):
    project = tmp_path / "copy"  # a copy: packing rebuilds the (packed) dist of the fixture
    shutil.copytree(packed[0], project, ignore=shutil.ignore_patterns("dist", "dist.zip"))
    quality = {}
    # --skip-bytecode --no-webp --image-quality 40: sources kept, jpg variants only, smaller jpg
    _pack(project, "--skip-bytecode", "--no-webp", "--image-quality", "40", "-o", tmp_path / "a")
    a = _manifest(tmp_path / "a")
    assert "pack" not in _manifest(project / "dist")  # --output leaves the build as it was
    assert (tmp_path / "a" / "app" / "routes" / "counter" / "server.py").is_file()
    assert not list((tmp_path / "a" / "app").rglob("*.pyc"))
    assert "bytecode" not in a["pack"]
    assert all(not e["webp"] and len(e["srcset"]) > 1 for e in a["images"].values() if e["width"] > 320)
    quality[40] = (tmp_path / "a" / "public" / a["assets"]["/static/photo.jpg"].lstrip("/")).stat().st_size
    quality[80] = (packed[1] / "public" / _manifest(packed[1])["assets"]["/static/photo.jpg"].lstrip("/")).stat().st_size
    assert quality[40] < quality[80]
    # --no-srcset: WebP of the full width only, no width variants
    _pack(project, "--no-srcset", "-o", tmp_path / "b")
    b = _manifest(tmp_path / "b")
    photo = b["images"]["/static/photo.jpg"]
    assert [w for _, w in photo["srcset"]] == [1400] and [w for _, w in photo["webp"]] == [1400]
    # --skip-images: images exactly as the build wrote them
    _pack(project, "--skip-images", "-o", tmp_path / "c")
    c = _manifest(tmp_path / "c")
    assert not c.get("images") and not any(u.endswith(".webp") for u in c["files"])
    assert c["assets"]["/static/photo.jpg"] == packed[3]["assets"]["/static/photo.jpg"]
    assert not (tmp_path / "c.zip").exists()  # no --zip, no archive


def test_without_pillow_the_image_step_is_skipped_with_one_line(tmp_path):
    project = _new(tmp_path, "plain", images=False)
    blocker = "import sys; sys.modules['PIL'] = None; sys.argv[0] = 'sprag'; from sprag_cli.cli import main; main()"
    result = subprocess.run([sys.executable, "-c", blocker, "pack", "-C", str(project)],
                            cwd=str(project), capture_output=True, text=True, timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    progress = [line for line in output.splitlines() if line.startswith("  images")]
    assert progress == ["  images    skipped (Pillow is not installed; pip install 'spragkit[images]')"]
    assert not _manifest(project / "dist").get("images")


def test_pack_builds_first_when_the_build_is_stale(tmp_path):
    project = _new(tmp_path, "stale", images=False)
    assert run_sprag(["build", "-C", project], project).returncode == 0
    about = project / "app" / "routes" / "about" / "web.py"
    about.write_text(about.read_text().replace('"About"', '"About us"'))
    result = _pack(project, "--skip-images")
    assert "older than the sources: building first" in result.stdout + result.stderr


def test_a_zip_archive_is_deterministic_for_the_same_folder(tmp_path):
    from sprag.toolchain.pack.archive import write_archive

    folder = tmp_path / "f"
    (folder / "a").mkdir(parents=True)
    (folder / "a" / "x.txt").write_text("x" * 1000)
    first = write_archive(folder, tmp_path / "one.zip").read_bytes()
    second = write_archive(folder, tmp_path / "two.zip").read_bytes()
    assert first == second
    assert zipfile.ZipFile(io.BytesIO(first)).read("a/x.txt") == b"x" * 1000


def test_validation_names_a_sibling_the_server_would_send_wrong(packed, tmp_path):
    from sprag.toolchain.pack.artifact import Artifact
    from sprag.toolchain.pack.validate import validate

    copy = tmp_path / "dist"
    shutil.copytree(packed[1], copy)
    manifest = _manifest(copy)
    css = manifest["assets"]["/assets/shell.css"]
    (copy / "public" / (css.lstrip("/") + ".br")).write_bytes(brotli.compress(b"a{}"))
    result = validate(Artifact.load(copy))
    assert result.failures == [f"GET {css} (Accept-Encoding: br) -> {Path(css).name}.br does not decode to the file"]
    assert result.checked > len(manifest["files"])


def test_packed_bytecode_on_another_python_is_named(packed, tmp_path):
    from sprag.project import load_app

    copy = tmp_path / "dist"
    shutil.copytree(packed[1], copy)
    manifest = _manifest(copy)
    manifest["pack"]["bytecode"] = "cpython-27"
    (copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(RuntimeError, match=f"packed as cpython-27 bytecode and cannot run on {sys.implementation.cache_tag}"):
        load_app(copy, mode="production")


def test_a_bad_output_fails_before_anything_is_built(run, project):
    result = run("pack", "-o", project / "app", "-C", project)
    assert result.exit_code == 1
    assert "already holds files that are not a SPRAG build" in result.output
    assert not (project / "dist").exists()


def test_a_linked_page_with_a_broken_reference_fails_validation(tmp_path):
    project = _new(tmp_path, "linked", images=False)
    assert run_sprag(["add", "route", "items/[id]", "--mode=document", "-C", project], project).returncode == 0
    web = project / "app" / "routes" / "items" / "[id]" / "web.py"
    web.write_text(web.read_text().replace('ui.h1(data["title"]),',
                                           'ui.h1(data["title"]), ui.img(src="/static/gone.png", alt="x"),'))
    shell = project / "app" / "shell.html"
    shell.write_text(shell.read_text().replace("<main", '<a href="/items/7">item</a><main'))
    result = run_sprag(["pack", "--skip-images", "-C", project], project, timeout=300)
    assert result.returncode == 1
    assert "GET /static/gone.png -> 404 (referenced by /items/7)" in result.stdout + result.stderr
