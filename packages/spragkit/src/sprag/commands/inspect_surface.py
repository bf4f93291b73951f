"""``sprag inspect /path``: one surface's declaration, compiled output and source maps."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional
from urllib.parse import urljoin, urlsplit

import click

from sprag_cli.project import project_option
from sprag_cli.terminal import SpragError, info, table, verbose_option

from ._common import SurfaceInfo, load_project_app, resolve_project, surfaces_of
from ._sourcemap import line_mappings
from .routes import describe_fields

__all__ = ["inspect_surface", "find_surface", "collect_outputs", "CompiledFile"]

_MODULE_REFS = re.compile(
    rb"""<script[^>]*type=["']module["'][^>]*src=["']([^"']+)["']"""
    rb"""|<link[^>]*rel=["']modulepreload["'][^>]*href=["']([^"']+)["']""",
    re.I,
)
_JS_IMPORTS = re.compile(r"""(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']""")
_MAP_URL = re.compile(r"//[#@] sourceMappingURL=(\S+)\s*$", re.M)


@dataclass
class CompiledFile:
    """One generated browser file of a surface, with its source map when it has one."""

    url: str
    size: int
    gzip_size: int
    code: str
    source_map: Optional[Dict[str, Any]] = None
    local_path: Optional[Path] = None
    sources: List[str] = field(default_factory=list)


def find_surface(surfaces: List[SurfaceInfo], path: str) -> SurfaceInfo:
    """The surface declared at ``path`` (a pattern like /blog/[slug] or a URL like /blog/x)."""
    wanted = "/" + path.strip("/") if path.strip("/") else "/"
    for surface in surfaces:
        if surface.path == wanted:
            return surface
    matches = []
    for surface in surfaces:
        pattern = getattr(surface.surface, "pattern", None)
        if pattern is not None and pattern.match(wanted) is not None:
            matches.append((pattern.sort_key, surface))
    if matches:
        return sorted(matches, key=lambda m: m[0])[0][1]
    known = ", ".join(s.path for s in surfaces[:8]) or "none"
    raise SpragError(f"no route or mount matches '{wanted}'",
                     hint=f"known paths: {known} (see: sprag routes)")


def _example_url(surface: SurfaceInfo) -> Optional[str]:
    pattern = getattr(surface.surface, "pattern", None)
    if pattern is None or pattern.is_static:
        return surface.path
    expand = getattr(surface.surface, "static_paths", None)
    if expand is not None:
        try:
            params = list(expand())
        except Exception:
            return None
        if params:
            return pattern.build(params[0])
    return None


def collect_outputs(app: Any, url: str) -> List[CompiledFile]:
    """Fetch the page at ``url`` and every browser module it loads (transitively)."""
    client = app.flask.test_client()
    page = client.get(url, headers={"Accept": "text/html"})
    if page.status_code != 200:
        raise SpragError(f"GET {url} answered {page.status_code}",
                         hint="run sprag doctor, or open the page under sprag dev to see why")
    pending = [a or b for a, b in _MODULE_REFS.findall(page.get_data())]
    pending = [urlsplit(urljoin(url, ref.decode())).path for ref in pending]
    seen, files = set(), []
    while pending:
        ref = pending.pop(0)
        if ref in seen or ref.startswith(("http:", "https:")):
            continue
        seen.add(ref)
        response = client.get(ref)
        if response.status_code != 200:
            continue
        body = response.get_data()
        code = body.decode("utf-8", "replace")
        compiled = CompiledFile(ref, len(body), len(gzip.compress(body, 9)), code)
        map_ref = _MAP_URL.search(code)
        if map_ref and not map_ref.group(1).startswith("data:"):
            map_response = client.get(urlsplit(urljoin(ref, map_ref.group(1))).path)
            if map_response.status_code == 200:
                try:
                    compiled.source_map = json.loads(map_response.get_data())
                    compiled.sources = list(compiled.source_map.get("sources", []))
                except ValueError:
                    pass
        files.append(compiled)
        pending.extend(urlsplit(urljoin(ref, imp)).path for imp in _JS_IMPORTS.findall(code)
                       if not imp.startswith(("http:", "https:")))
    return files


def _write_outputs(root: Path, surface: SurfaceInfo, files: List[CompiledFile]) -> Path:
    slug = surface.path.strip("/").replace("/", "_").replace("[", "").replace("]", "") or "index"
    folder = root / ".sprag" / "inspect" / slug.replace("...", "all-")
    folder.mkdir(parents=True, exist_ok=True)
    for compiled in files:
        target = folder / compiled.url.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(compiled.code, encoding="utf-8")
        compiled.local_path = target
        if compiled.source_map is not None:
            (target.parent / (target.name + ".map")).write_text(
                json.dumps(compiled.source_map, indent=1), encoding="utf-8")
    return folder


def _source_files(surface: SurfaceInfo, root: Path) -> List[str]:
    source = root / surface.source if surface.source else None
    if source is None or not source.exists():
        return []
    return sorted(p.relative_to(root).as_posix() for p in source.parent.glob("*.py"))


def _print_declaration(surface: SurfaceInfo, root: Path) -> None:
    obj = surface.surface
    click.echo(click.style(surface.path, bold=True) + f"  ({surface.label})")
    rows = [["source", surface.source], ["controller", surface.controller or "-"]]
    for attr in ("screen", "component", "module"):
        value = getattr(obj, attr, None)
        if value is not None:
            rows.append([attr, f"{value.__module__}.{value.__qualname__}"])
    for attr in ("css", "js"):
        value = getattr(obj, attr, None)
        if value:
            rows.append([attr, ", ".join(value)])
    for line in table(["", ""], rows).splitlines()[2:]:
        click.echo("  " + line)
    if surface.actions:
        click.echo("  actions:")
        for act in surface.actions:
            click.echo(f"    {act['name']}({describe_fields(act.get('schema'))})")


def _print_outputs(files: List[CompiledFile], root: Path, verbose: bool) -> None:
    if not files:
        click.echo("\n  No browser code: this surface ships no JavaScript.")
        return
    total = sum(f.size for f in files)
    total_gz = sum(f.gzip_size for f in files)
    click.echo(f"\n  browser files: {len(files)}, {total / 1024:.1f} KB "
               f"({total_gz / 1024:.1f} KB gzip)")
    for compiled in files:
        where = compiled.local_path.relative_to(root).as_posix() if compiled.local_path else ""
        click.echo(f"    {compiled.url}  {compiled.size} B ({compiled.gzip_size} B gzip)")
        if where:
            click.echo(f"      saved as {where}")
        if compiled.source_map is not None:
            mappings = line_mappings(compiled.source_map)
            shown = mappings if verbose else mappings[:8]
            for mapping in shown:
                click.echo(f"      js:{mapping.line + 1} -> {mapping.source}:{mapping.source_line + 1}")
            if len(mappings) > len(shown):
                click.echo(f"      ... {len(mappings) - len(shown)} more lines (--verbose)")


@click.command("inspect")
@click.argument("path")
@click.option("--rebuild", is_flag=True,
              help="Load in production mode, compiling everything afresh (hashed output).")
@click.option("--open-files", is_flag=True,
              help="Only print the source and generated file paths (one per line).")
@project_option
@verbose_option
def inspect_surface(path: str, rebuild: bool, open_files: bool, project: Optional[Path],
                    verbose: bool) -> None:
    """Show one surface: its declaration, compiled browser files and source-map lines."""
    root = resolve_project(project)
    app = load_project_app(root, mode="production" if rebuild else "dev")
    surface = find_surface(surfaces_of(app, root), path)
    wanted = "/" + path.strip("/") if path.strip("/") else "/"
    url = wanted if "[" not in wanted else _example_url(surface)
    files: List[CompiledFile] = []
    if url is None:
        info(f"{surface.path} is dynamic and has no static_paths; pass a concrete URL, "
             f"e.g. sprag inspect {surface.path.split('[')[0]}example")
    else:
        files = collect_outputs(app, url)
        _write_outputs(root, surface, files)
    if open_files:
        for name in _source_files(surface, root):
            click.echo(name)
        for compiled in files:
            click.echo(compiled.local_path.relative_to(root).as_posix())
        return
    _print_declaration(surface, root)
    _print_outputs(files, root, verbose)
