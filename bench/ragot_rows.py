"""ragot's DOM patching against Preact and naive innerHTML, in headless Chromium, same run.

Operations (js-framework-benchmark style, 1,000 keyed rows with a click handler per row):
create 1,000 rows, swap rows 2 and 999, update every 10th row, clear. Each operation is timed
from the state change to the end of a forced layout, repeated; medians and ratios are printed.

Needs Preact from npm in bench/_build (benchmark only, never a dependency):

    mkdir -p bench/_build && cd bench/_build && npm install preact
    cd ../.. && .venv/bin/python bench/ragot_rows.py [--runs 15]
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import statistics
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PREACT = ROOT / "bench" / "_build" / "node_modules" / "preact" / "dist" / "preact.mjs"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

PAGE = """<!doctype html><html><head><meta charset="utf-8"></head><body>
<div id="ragot"></div><div id="preact"></div><div id="naive"></div>
<script type="module">
import * as R from "/packages/ragot-py/src/ragot/js/index.js";
import { h as ph, render as prender } from "/bench/_build/node_modules/preact/dist/preact.mjs";

const ADJ = ["pretty", "large", "big", "small", "tall", "short", "long", "handsome", "plain", "quaint"];
const NOUN = ["table", "chair", "house", "bbq", "desk", "car", "pony", "cookie", "sandwich", "burger"];
let nextId = 1;
const build = (n) => Array.from({ length: n }, (_, i) => ({ id: nextId++, label: ADJ[i % 10] + " " + NOUN[(i * 7) % 10] }));
const swap = (rows) => { const r = rows.slice(); const t = r[1]; r[1] = r[998]; r[998] = t; return r; };
const every10 = (rows) => rows.map((r, i) => (i % 10 ? r : { ...r, label: r.label + " !!!" }));
let clicked = 0;
const onClick = () => clicked++;

class Table extends R.Component {
  render() {
    return R.h("table", { class_: "table" }, [R.h("tbody", null, this.state.rows.map((r) =>
      R.h("tr", { key: r.id }, [
        R.h("td", { class_: "col-md-1" }, [String(r.id)]),
        R.h("td", { class_: "col-md-4" }, [R.h("a", { on_click: onClick }, [r.label])]),
        R.h("td", { class_: "col-md-1" }, [R.h("a", null, [R.h("span", { class_: "remove", aria_hidden: "true" }, [])])]),
      ])))]);
  }
}
const table = new Table(null, { rows: [] }).mount(document.getElementById("ragot"));
const ragot = (rows) => table.setStateSync({ rows });

const pre = document.getElementById("preact");
const preact = (rows) => prender(ph("table", { class: "table" }, ph("tbody", null, rows.map((r) =>
  ph("tr", { key: r.id },
    ph("td", { class: "col-md-1" }, String(r.id)),
    ph("td", { class: "col-md-4" }, ph("a", { onClick }, r.label)),
    ph("td", { class: "col-md-1" }, ph("a", null, ph("span", { class: "remove", "aria-hidden": "true" }))))))), pre);

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const nv = document.getElementById("naive");
const naive = (rows) => { nv.innerHTML = '<table class="table"><tbody>' + rows.map((r) =>
  '<tr><td class="col-md-1">' + r.id + '</td><td class="col-md-4"><a>' + esc(r.label) +
  '</a></td><td class="col-md-1"><a><span class="remove" aria-hidden="true"></span></a></td></tr>').join("") + "</tbody></table>"; };

const impls = { ragot, preact, naive };
const time = (fn) => { const t0 = performance.now(); fn(); document.body.offsetHeight; return performance.now() - t0; };

window.runOnce = (name) => {
  const render = impls[name];
  const out = {};
  let rows = build(1000);
  out.create = time(() => render(rows));
  rows = swap(rows);
  out.swap = time(() => render(rows));
  rows = every10(rows);
  out.update = time(() => render(rows));
  out.clear = time(() => render([]));
  return out;
};
window.check = () => {
  // all three must produce the same rows, in the same order
  const rows = swap(build(1000));
  const texts = {};
  for (const [name, render] of Object.entries(impls)) {
    render(rows);
    texts[name] = [...document.querySelectorAll("#" + name + " tr")].map((tr) => tr.textContent).join("|");
    render([]);
  }
  return texts.ragot === texts.preact && texts.preact === texts.naive;
};
window.ready = true;
</script></body></html>"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (stdlib signature)
        pass


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per implementation")
    parser.add_argument("--warmup", type=int, default=5, help="untimed runs first")
    args = parser.parse_args(argv)
    if not PREACT.exists():
        print(
            f"Preact not found at {PREACT}: cd bench/_build && npm install preact", file=sys.stderr
        )
        return 2
    from playwright.sync_api import sync_playwright

    page_path = ROOT / "bench" / "_build" / "rows.html"
    page_path.write_text(PAGE, encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(ROOT))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/bench/_build/rows.html"
    names = ["ragot", "preact", "naive"]
    samples = {n: {op: [] for op in ("create", "swap", "update", "clear")} for n in names}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(url)
            page.wait_for_function("window.ready === true")
            if not page.evaluate("window.check()"):
                print("implementations disagree on the rendered rows", file=sys.stderr)
                return 1
            for i in range(args.warmup + args.runs):
                for name in names if i % 2 else reversed(names):  # alternate the order
                    result = page.evaluate(f"window.runOnce({json.dumps(name)})")
                    if i >= args.warmup:
                        for op, ms in result.items():
                            samples[name][op].append(ms)
            browser.close()
    finally:
        httpd.shutdown()
    print(f"runs={args.runs} (after {args.warmup} warm-up), medians in ms, ratio = x / Preact\n")
    print("| operation | ragot | Preact | innerHTML | ragot / Preact | innerHTML / Preact |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for op in ("create", "swap", "update", "clear"):
        med = {n: statistics.median(samples[n][op]) for n in names}
        print(
            f"| {op} 1,000 rows | {med['ragot']:.2f} | {med['preact']:.2f} | {med['naive']:.2f} "
            f"| {med['ragot'] / med['preact']:.2f}x | {med['naive'] / med['preact']:.2f}x |"
        )
    total = {n: sum(statistics.median(samples[n][op]) for op in samples[n]) for n in names}
    print(
        f"| **sum of medians** | {total['ragot']:.2f} | {total['preact']:.2f} | {total['naive']:.2f} "
        f"| {total['ragot'] / total['preact']:.2f}x | {total['naive'] / total['preact']:.2f}x |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
