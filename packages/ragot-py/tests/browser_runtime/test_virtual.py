"""VirtualScroller: 100,000 rows with a bounded DOM; stale async chunks are discarded."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

SETUP = """
  const root = document.createElement("div");
  root.style.cssText = "height: 300px; width: 400px";
  document.body.append(root);
  const { VirtualScroller, h } = R;
  const rows = (ctx) => { const out = []; for (let i = ctx.start; i < ctx.end; i++) out.push(h("div", { class_: "row", style: { height: "20px" } }, ["row " + i])); return out; };
"""


def test_100k_rows_keep_a_bounded_number_of_rows_in_the_dom_while_scrolling(ragot):
    result = ragot(
        SETUP
        + """
  const s = new VirtualScroller({ total: () => 100000, chunk: (i, ctx) => rows(ctx) },
                                { root, chunk: 50, maxChunks: 5, itemSize: 20 }).start();
  const seen = [];
  for (const top of [0, 5000, 250000, 1000000, 1999000, 400]) {
    root.scrollTop = top;
    await frame();
    const visible = [...root.querySelectorAll(".row")];
    const atTop = visible.find((r) => { const b = r.getBoundingClientRect(); const rb = root.getBoundingClientRect(); return b.top <= rb.top && b.bottom > rb.top; });
    seen.push({ rows: visible.length, chunks: root.querySelectorAll(".ragot-chunk").length, first: atTop && atTop.textContent });
  }
  return { seen, height: root.scrollHeight };
"""
    )
    assert result["height"] == 2_000_000
    for step in result["seen"]:
        assert step["chunks"] <= 5
        assert step["rows"] <= 250
    assert [s["first"] for s in result["seen"]] == [
        "row 0",
        "row 250",
        "row 12500",
        "row 50000",
        "row 99950",
        "row 20",
    ]


def test_stale_async_chunks_are_discarded(ragot):
    result = ragot(
        SETUP
        + """
  const pending = [];
  const s = new VirtualScroller({
    total: () => 100000,
    chunk: (i, ctx) => new Promise((resolve) => pending.push({ i, resolve: () => resolve(rows(ctx)) })),
    placeholder: () => h("div", { class_: "loading" }, ["..."]),
  }, { root, chunk: 50, maxChunks: 3, itemSize: 20 }).start();
  await frame();
  const early = pending.map((p) => p.i);
  root.scrollTop = 1000000;
  await frame();
  for (const p of pending) p.resolve();
  await sleep(0);
  const texts = [...root.querySelectorAll(".row")].map((r) => r.textContent);
  return { early, stale: s.stale, chunks: [...root.querySelectorAll(".ragot-chunk")].map((c) => +c.dataset.chunk).sort((a, b) => a - b),
           hasEarlyRows: texts.includes("row 0"), firstRow: texts.sort()[0], loading: root.querySelectorAll(".loading").length };
"""
    )
    assert result["early"][:2] == [0, 1]
    assert result["stale"] == len(result["early"])
    assert result["hasEarlyRows"] is False
    assert result["chunks"] == [999, 1000, 1001]
    assert result["loading"] == 0


def test_horizontal_and_grid_layouts_stay_bounded(ragot):
    result = ragot(
        SETUP
        + """
  const cell = (ctx) => { const out = []; for (let i = ctx.start; i < ctx.end; i++) out.push(h("span", { class_: "cell", style: { width: "40px", height: "20px", "flex-shrink": "0" } }, [String(i)])); return out; };
  const x = new VirtualScroller({ total: () => 100000, chunk: (i, ctx) => cell(ctx) }, { root, axis: "x", chunk: 20, itemSize: 40 }).start();
  root.scrollLeft = 2000000;
  await frame();
  const horizontal = { width: root.scrollWidth, cells: root.querySelectorAll(".cell").length,
    firstLeft: [...root.querySelectorAll(".cell")].find((c) => c.getBoundingClientRect().left >= root.getBoundingClientRect().left).textContent };
  x.stop();
  const g = new VirtualScroller({ total: () => 100000, chunk: (i, ctx) => cell(ctx) }, { root, axis: "grid", columns: 4, chunk: 40, itemSize: 20 }).start();
  root.scrollTop = 100000;
  await frame();
  const cells = [...root.querySelectorAll(".cell")];
  const grid = { height: root.scrollHeight, cells: cells.length, chunks: root.querySelectorAll(".ragot-chunk").length,
                 rowOf: (() => { const c = cells.find((c) => c.textContent === "20000"); const d = cells.find((c) => c.textContent === "20003");
                                  return c && d && c.getBoundingClientRect().top === d.getBoundingClientRect().top; })() };
  g.stop();
  return { horizontal, grid, after: R.debugCounts() };
"""
    )
    assert result["horizontal"]["width"] == 4_000_000
    assert result["horizontal"]["cells"] <= 5 * 20
    assert result["horizontal"]["firstLeft"] == "50000"
    assert result["grid"]["height"] == 25000 * 20
    assert result["grid"]["chunks"] <= 5 and result["grid"]["cells"] <= 5 * 40
    assert result["grid"]["rowOf"] is True
    assert result["after"] == {"listeners": 0, "timers": 0, "subscriptions": 0, "owners": 0}


def test_virtual_scroll_decorator_uses_the_instance_as_the_source(ragot):
    result = ragot(
        """
  const { Component, h, virtualScroll } = R;
  class Rows extends Component {
    render() { return h("div", { style: { height: "200px" } }, []); }
    total() { return 1000; }
    chunk(i, ctx) { const out = []; for (let k = ctx.start; k < ctx.end; k++) out.push(h("p", { style: { height: "10px", margin: "0" }, on_click: () => this.setStateSync({ picked: k }) }, [String(k)])); return out; }
  }
  const Decorated = virtualScroll({ chunk: 25, itemSize: 10 })(Rows);
  const c = new Decorated().mount(document.body);
  c.element.querySelector("p").click();
  const picked = c.state.picked;
  const n = c.element.querySelectorAll("p").length;
  c.unmount();
  return { picked, n, after: R.debugCounts() };
"""
    )
    assert result["picked"] == 0
    assert 0 < result["n"] <= 125
    assert result["after"] == {"listeners": 0, "timers": 0, "subscriptions": 0, "owners": 0}
