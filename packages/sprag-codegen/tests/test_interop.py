"""Foreign JavaScript boundary: Python containers reach JS libraries as plain JS data."""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from sprag_codegen import Dialect, ImportBinding, compile_source

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="needs node on PATH")

LIB = """
export class Chart {
  constructor(canvas, config) { this.canvas = canvas; this.config = config; }
  kind() { return this.config.type; }
}
const show = (x) => x instanceof Map ? "Map" : Array.isArray(x) ? "Array" : x === null ? "null" : typeof x;
export const ns = {
  Chart,
  describe(cfg, opts) { return JSON.stringify(cfg) + (opts ? " " + JSON.stringify(opts) : ""); },
  kinds(...xs) { return xs.map(show).join(","); },
  each(fn) { return [1, 2].map((x) => fn(x)).join("+"); },
};
"""

SOURCE = textwrap.dedent(
    """\
    from jslib import ns
    from sprag_codegen.interop import as_is

    cfg = {"type": "line", "data": {"labels": ["a", "b"], "points": (1, 2.0)}, "ids": {3}}
    print(ns.describe(cfg))
    print(ns.describe([1, {"k": None}], legend=True))
    print(ns.kinds(cfg, as_is(cfg), [1], as_is([1]), None))
    chart = ns.Chart("canvas", cfg)
    print(chart.kind(), chart.config["data"]["labels"])
    print(ns.each(lambda x: x * 10))
    print(cfg["data"]["points"], type(cfg).__name__)
    """
)


def test_dicts_and_lists_cross_into_foreign_js_as_plain_data(tmp_path: Path):
    (tmp_path / "jslib.mjs").write_text(LIB)
    dialect = Dialect(imports={"jslib": ImportBinding(names={"ns": ("./jslib.mjs", "ns")})})
    art = compile_source(SOURCE, "interop.py", dialect=dialect)
    (tmp_path / "main.mjs").write_text(art.code)
    proc = subprocess.run(["node", "main.mjs"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=30)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        '{"type":"line","data":{"labels":["a","b"],"points":[1,2]},"ids":[3]}',
        '[1,{"k":null}] {"legend":true}',
        "object,Map,Array,Array,null",
        "line ['a', 'b']",
        "10+20",
        "(1, 2.0) dict",
    ]


def test_as_is_is_the_identity_in_python():
    from sprag_codegen.interop import as_is

    value = {"k": [1]}
    assert as_is(value) is value
