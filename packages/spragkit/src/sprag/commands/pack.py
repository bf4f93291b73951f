"""``sprag pack``: the ``sprag build`` output optimised for production, then validated."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import click

from sprag_cli.project import project_option
from sprag_cli.terminal import SpragError, info, success, verbose_option, warn

from ._common import resolve_project
from .build import build as build_command
from .build import output_dir_for

__all__ = ["pack"]


def _needs_build(root: Path, dist: Path) -> Optional[str]:
    """Why ``dist`` must be built first (None when it is a fresh, unpacked build)."""
    from sprag.toolchain.prebuilt import source_fingerprint

    try:
        manifest = json.loads((dist / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return f"{dist.name}/ holds no build"
    if "pack" in manifest:
        return f"{dist.name}/ is already packed"
    if manifest.get("fingerprint") != source_fingerprint(root):
        return f"{dist.name}/ is older than the sources"
    return None


@click.command()
@click.option("--zip", "make_zip", is_flag=True, help="Also write the packed folder as one .zip archive.")
@click.option("--skip-bytecode", is_flag=True, help="Keep the app's Python sources (no .pyc).")
@click.option("--skip-images", is_flag=True, help="Leave images as the build wrote them.")
@click.option("--image-quality", type=click.IntRange(1, 100), default=80, show_default=True,
              help="JPEG/WebP quality for re-encoded images.")
@click.option("--no-webp", is_flag=True, help="No WebP siblings.")
@click.option("--no-srcset", is_flag=True, help="No width variants (srcset).")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Where the packed folder goes (default: dist/ itself).")
@project_option
@verbose_option
@click.pass_context
def pack(ctx: click.Context, make_zip: bool, skip_bytecode: bool, skip_images: bool,
         image_quality: int, no_webp: bool, no_srcset: bool, output: Optional[Path],
         project: Optional[Path], verbose: bool) -> None:
    """Optimise the build for production: minify, bytecode, images, gzip+brotli, validate."""
    from sprag.toolchain.pack import PackError, PackOptions
    from sprag.toolchain.pack import pack as pack_build

    root = resolve_project(project)
    dist = root / "dist"
    out = output_dir_for(output, root, "dist")  # a bad --output fails before anything is built
    reason = _needs_build(root, dist)
    if reason is not None:
        info(f"{reason}: building first")
        ctx.invoke(build_command, output=None, project=root, verbose=verbose)
    options = PackOptions(bytecode=not skip_bytecode, images=not skip_images,
                          image_quality=image_quality, webp=not no_webp, srcset=not no_srcset,
                          zip=make_zip)
    info(f"Packing {dist} into {out}")

    def progress(stage: str, message: str) -> None:
        if message == "running":
            click.echo(f"  {stage:<9} ...", file=sys.stderr)
        else:
            click.echo(f"  {stage:<9} {message}", file=sys.stderr)

    try:
        report = pack_build(dist, out, options, progress=progress)
    except PackError as exc:
        raise SpragError(f"the pack failed: {exc}",
                         hint=f"{out} was left as it was; fix what is named above and run sprag pack again") from exc
    for note in report.notes:
        warn(note)
    click.echo("")
    click.echo(report.summary())
    click.echo("")
    success(f"Packed {out} in {report.seconds:.2f} s.")
    if options.bytecode:
        info(f"The app is {sys.implementation.cache_tag} bytecode: run it with this Python "
             f"({sys.version_info.major}.{sys.version_info.minor}).")
    if report.archive is not None:
        info(f"Archive: {report.archive}")
    info(f"Run it with:  cd {out} && pip install -r requirements.txt && python server.py")
