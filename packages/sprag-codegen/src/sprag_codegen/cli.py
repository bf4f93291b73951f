"""Command line: `sprag-codegen FILE.py [-o OUT.mjs] [--source-map] [--check]`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import List, Optional

from .api import compile_source
from .diagnostics import JSCodegenError
from .runtime import helper_module

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sprag-codegen",
        description="Compile a Python module to an ES2020 module that behaves as CPython would.",
    )
    p.add_argument("file", help="the Python file to compile")
    p.add_argument("-o", "--output", help="where to write the JS module (default: stdout)")
    p.add_argument("--source-map", action="store_true",
                   help="also write OUT.map (needs -o) and a sourceMappingURL comment")
    p.add_argument("--check", action="store_true",
                   help="compile and report problems without writing anything")
    p.add_argument("--helpers", choices=("inline", "import"), default="inline",
                   help="emit runtime helpers into the module (default) or import them")
    p.add_argument("--helpers-specifier", default="./pyrt.js",
                   help="module the helpers are imported from with --helpers=import")
    p.add_argument("--helper-module", metavar="OUT.js",
                   help="with --helpers=import, also write the helper module the code needs")
    return p


def main(argv: Optional[List[str]] = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 1 compile error, 2 usage error)."""
    args = _parser().parse_args(argv)
    path = Path(args.file)
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        print(f"sprag-codegen: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if args.source_map and not args.output and not args.check:
        print("sprag-codegen: --source-map needs -o OUT.mjs (the map is written next to it)",
              file=sys.stderr)
        return 2
    try:
        artifact = compile_source(source, str(path), helpers=args.helpers,
                                  helpers_specifier=args.helpers_specifier)
    except JSCodegenError as err:
        print(str(err), file=sys.stderr)
        n = len(err.diagnostics)
        print(f"sprag-codegen: {n} error{'s' if n != 1 else ''} in {path}", file=sys.stderr)
        return 1
    for warning in artifact.diagnostics:
        print(str(warning), file=sys.stderr)
    if args.check:
        return 0
    code = artifact.code
    if args.output:
        out = Path(args.output)
        if args.source_map:
            map_path = out.with_name(out.name + ".map")
            smap = dict(artifact.source_map, file=out.name)
            map_path.write_text(json.dumps(smap), encoding="utf-8")
            code = artifact.code_with_map_comment(map_path.name)
        out.write_text(code, encoding="utf-8")
        if args.helper_module:
            Path(args.helper_module).write_text(helper_module(artifact.helpers), encoding="utf-8")
    else:
        sys.stdout.write(code)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
