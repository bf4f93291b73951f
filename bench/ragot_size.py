"""Size of the ragot browser runtime: each file minified (rjsmin) and gzipped, and the core.

The core is what every hybrid page needs: component + module + vdom (patching, hydration) +
store + bus + owner (timers, teardown) and the two files they import (debug, plain). Budget:
at most 6 KB gzipped for the core served as one bundle.

    uv pip install --python .venv/bin/python rjsmin     # benchmark-only tool
    .venv/bin/python bench/ragot_size.py
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

JS = Path(__file__).resolve().parent.parent / "packages" / "ragot-py" / "src" / "ragot" / "js"
CORE = [
    "owner.js",
    "debug.js",
    "plain.js",
    "bus.js",
    "store.js",
    "vdom.js",
    "component.js",
    "module.js",
]
BUDGET = 6 * 1024


def gz(text: str) -> int:
    return len(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


def bundle(files: list[str], minify) -> str:
    """The files as one module: intra-runtime imports and re-exports dropped."""
    out = []
    for name in files:
        code = (JS / name).read_text(encoding="utf-8")
        code = re.sub(r'^import [^;]*? from "\./[^"]+";\s*$', "", code, flags=re.M)
        code = re.sub(r'^export \{[^}]*\} from "\./[^"]+";\s*$', "", code, flags=re.M)
        out.append(minify(code))
    return "\n".join(out)


def main() -> int:
    try:
        from rjsmin import jsmin
    except ImportError:
        print("rjsmin is needed: uv pip install --python .venv/bin/python rjsmin", file=sys.stderr)
        return 2
    print("| file | source | minified | min+gzip |")
    print("| --- | ---: | ---: | ---: |")
    total_src = total_min = total_gz = 0
    for path in sorted(JS.glob("*.js")):
        src = path.read_text(encoding="utf-8")
        mini = jsmin(src)
        total_src += len(src)
        total_min += len(mini)
        total_gz += gz(mini)
        mark = " (core)" if path.name in CORE else ""
        print(f"| {path.name}{mark} | {len(src):,} | {len(mini):,} | {gz(mini):,} |")
    print(f"| all files, each gzipped | {total_src:,} | {total_min:,} | {total_gz:,} |")
    core = bundle(CORE, jsmin)
    whole = bundle(sorted(p.name for p in JS.glob("*.js") if p.name != "index.js"), jsmin)
    core_gz = gz(core)
    verdict = "within" if core_gz <= BUDGET else "OVER"
    print(
        f"\ncore bundle ({', '.join(CORE)}): {len(core):,} B minified, {core_gz:,} B gzipped "
        f"-> {verdict} the {BUDGET:,} B budget"
    )
    print(f"whole runtime bundle: {len(whole):,} B minified, {gz(whole):,} B gzipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
