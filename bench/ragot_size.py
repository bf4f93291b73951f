"""Size of the ragot browser runtime: each file minified (minify-go) and gzipped, and the core.

The core is what the issue's budget names: component + module + vdom (patching, hydration,
event delegation) + store + bus + owner (timers, teardown), with plain and state (the value
conversion and state core they import). Keyed lists (keyed.js), like the scroller, lazy images
and animation, are separate responsibilities outside the core; pages load them only when their
code uses them. Budget: at most 6 KB minified and gzipped, judged on the core as one module
(how a page receives it: spragkit's production build always bundles). Also reported:

- per file: each core file minified and gzipped on its own, summed (what an HTTP cache holds
  when the files are served as separate ES modules, e.g. in `sprag dev`); no budget.

minify-go is the Go minifier (tdewolff/minify) shipped as a wheel: it removes comments and
whitespace and renames local variables, never exported names or properties.

    uv pip install --python .venv/bin/python minify-go     # dev/benchmark tool
    .venv/bin/python bench/ragot_size.py
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

JS = Path(__file__).resolve().parent.parent / "packages" / "ragot-py" / "src" / "ragot" / "js"
CORE = ["plain.js", "bus.js", "owner.js", "state.js", "store.js", "vdom.js", "component.js", "module.js"]
BUDGET = 6 * 1024


def gz(text: str) -> int:
    return len(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


def bundle(files: list[str], minify) -> str:
    """The files as one module: intra-runtime imports and re-exports dropped, then minified."""
    out = []
    for name in files:
        code = (JS / name).read_text(encoding="utf-8")
        code = re.sub(r'^import [^;]*? from "\./[^"]+";\s*$', "", code, flags=re.M)
        code = re.sub(r'^export \{[^}]*\} from "\./[^"]+";\s*$', "", code, flags=re.M)
        out.append(code)
    return minify("\n".join(out))


def main() -> int:
    try:
        import minify as mgo
    except ImportError:
        print("minify-go is needed: uv pip install --python .venv/bin/python minify-go", file=sys.stderr)
        return 2

    def minify(src: str) -> str:
        return mgo.string("application/javascript", src)

    missing = [name for name in CORE if not (JS / name).is_file()]
    if missing:
        print(f"core files missing from {JS}: {', '.join(missing)}", file=sys.stderr)
        return 2
    print("| file | source | minified | min+gzip |")
    print("| --- | ---: | ---: | ---: |")
    total_src = total_min = total_gz = 0
    core_src = core_min = core_gz = 0
    for path in sorted(JS.glob("*.js")):
        src = path.read_text(encoding="utf-8")
        mini = minify(src)
        size = gz(mini)
        total_src += len(src)
        total_min += len(mini)
        total_gz += size
        mark = ""
        if path.name in CORE:
            mark = " (core)"
            core_src += len(src)
            core_min += len(mini)
            core_gz += size
        print(f"| {path.name}{mark} | {len(src):,} | {len(mini):,} | {size:,} |")
    print(f"| **core files, each gzipped, summed** | {core_src:,} | {core_min:,} | {core_gz:,} |")
    print(f"| all files, each gzipped, summed | {total_src:,} | {total_min:,} | {total_gz:,} |")
    core = bundle(CORE, minify)
    whole = bundle(sorted(p.name for p in JS.glob("*.js") if p.name != "index.js"), minify)
    verdict = "within" if gz(core) <= BUDGET else "OVER"
    print(
        f"\ncore ({', '.join(CORE)}): {core_gz:,} B gzipped file by file, "
        f"{gz(core):,} B as one bundle ({len(core):,} B minified) -> {verdict} the {BUDGET:,} B budget"
    )
    print(f"whole runtime bundle: {len(whole):,} B minified, {gz(whole):,} B gzipped")
    return 0 if verdict == "within" else 1


if __name__ == "__main__":
    sys.exit(main())
