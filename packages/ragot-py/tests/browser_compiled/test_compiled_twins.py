"""A Python Component and Module, compiled through sprag-codegen with the ragot dialect, behave
like hand-written JS twins on the same runtime."""

from __future__ import annotations

import json

import pytest

from ragot import render_to_string

pytestmark = pytest.mark.browser

SOURCE = """
from ragot import Component, Module, ui


class CounterCard(Component):
    def render(self, props=None):
        return ui.div(
            ui.div(str(self.state["count"]), class_="counter-display"),
            ui.button("Increment", type="button", data_role="increment"),
            ui.ul(ui.For(self.state["items"], key=lambda x: x, render=lambda x: ui.li(x))),
            class_="counter-card",
        )


class CounterModule(Module):
    def __init__(self, screen=None, state=None):
        super().__init__(screen=screen, state=state or {"count": 0})

    def on_start(self):
        self.delegate(self.element, "click", "[data-role='increment']", self.on_click)
        self.interval(self.tick, 0.02)
        self.listen("counter:reset", self.on_reset)

    def on_click(self, event):
        event.prevent_default()
        self.set_state({"count": self.state["count"] + 1})

    def tick(self):
        self.set_state({"ticks": self.state.get("ticks", 0) + 1})

    def on_reset(self, data):
        self.set_state({"count": 0})


class Clicker(Component):
    def render(self, props=None):
        return ui.button(
            "Clicked ", self.state.get("n", 0), " times",
            type="button", on_click=self.increment, data_n=self.state.get("n", 0),
        )

    def increment(self, event):
        self.set_state({"n": self.state.get("n", 0) + 1})
"""

TWINS = """
  class CounterCardJS extends R.Component {
    render() {
      return R.h("div", { class: "counter-card" }, [
        R.h("div", { class: "counter-display" }, [String(this.state.count)]),
        R.h("button", { type: "button", "data-role": "increment" }, ["Increment"]),
        R.h("ul", null, [this.state.items.map((x) => R.h("li", { key: x }, [x]))]),
      ]);
    }
  }
  class ClickerJS extends R.Component {
    render() {
      const n = this.state.n || 0;
      return R.h("button", { type: "button", on_click: () => this.setState({ n: (this.state.n || 0) + 1 }), "data-n": n },
                 ["Clicked ", n, " times"]);
    }
  }
  class CounterModuleJS extends R.Module {
    constructor(screen, state) { super(screen, state || { count: 0 }); }
    onStart() {
      this.delegate(this.element, "click", "[data-role='increment']", (e) => this.onClick(e));
      this.interval(() => this.tick(), 20);
      this.listen("counter:reset", () => this.setState({ count: 0 }));
    }
    onClick(event) { event.preventDefault(); this.setState({ count: this.state.count + 1 }); }
    tick() { this.setState({ ticks: (this.state.ticks || 0) + 1 }); }
  }
"""


@pytest.fixture
def compiled(serve_module):
    """Serve the compiled SOURCE; skip (with the reason) while the compiler cannot build it."""
    try:
        from sprag_codegen import compile_source  # noqa: F401
    except ImportError:
        pytest.skip("blocked: sprag_codegen.compile_source has not landed yet")
    from ragot.dialect import compile_component_module

    art = compile_component_module(SOURCE, "counter.py", runtime="/ragot")
    return serve_module("counter", art.code)


def _load(path):
    return f"const M = await import({json.dumps(path)});\n" + TWINS


def test_compiled_component_mounts_the_same_dom_as_its_twin(run_js, compiled):
    result = run_js(
        _load(compiled)
        + """
  const state = { count: 2, items: ["a", "b"] };
  const py = new M.CounterCard(null, state).mount(document.body);
  const js = new CounterCardJS(null, state).mount(document.body);
  return [py.element.outerHTML, js.element.outerHTML];
"""
    )
    assert result[0] == result[1]


def test_compiled_component_rerenders_the_same_dom_as_its_twin(run_js, compiled):
    result = run_js(
        _load(compiled)
        + """
  const state = { count: 2, items: ["a", "b"] };
  const py = new M.CounterCard(null, state).mount(document.body);
  const js = new CounterCardJS(null, state).mount(document.body);
  const firstLi = py.element.querySelector("li");
  for (const c of [py, js]) c.setStateSync({ count: 7, items: ["b", "a", "c"] });
  return { py: py.element.outerHTML, js: js.element.outerHTML,
           moved: py.element.querySelectorAll("li")[1] === firstLi };
"""
    )
    assert result["py"] == result["js"]
    assert result["moved"] is True


def test_compiled_component_hydrates_python_ssr_without_recreating_nodes(run_js, compiled):
    namespace: dict = {}
    exec(compile(SOURCE, "counter.py", "exec"), namespace)
    card = namespace["CounterCard"](state={"count": 3, "items": ["a", "b"]})
    html = render_to_string(card.render())
    result = run_js(
        _load(compiled)
        + f"""
  document.body.innerHTML = {json.dumps(html)};
  const root = document.body.firstElementChild;
  const before = [root, ...root.querySelectorAll("*")];
  const c = new M.CounterCard(null, {{ count: 3, items: ["a", "b"] }});
  c.hydrate(root);
  const after = [c.element, ...c.element.querySelectorAll("*")];
  return after.length === before.length && after.every((n, i) => n === before[i]);
"""
    )
    assert result is True


def test_compiled_module_counts_clicks_like_its_twin(run_js, compiled):
    result = run_js(
        _load(compiled)
        + """
  document.body.innerHTML = '<div id="a"><button data-role="increment">+</button></div>' +
                            '<div id="b"><button data-role="increment">+</button></div>';
  const py = new M.CounterModule(null, { count: 1 }).start(document.getElementById("a"));
  const js = new CounterModuleJS(null, { count: 1 }).start(document.getElementById("b"));
  for (const id of ["a", "b"]) for (let i = 0; i < 3; i++) document.querySelector(`#${id} button`).click();
  const counts = [py.state.count, js.state.count];
  R.bus.emit("counter:reset", null);
  const reset = [py.state.count, js.state.count];
  py.stop(); js.stop();
  return { counts, reset };
"""
    )
    assert result == {"counts": [4, 4], "reset": [0, 0]}


def test_compiled_module_releases_listeners_and_timers_on_stop(run_js, compiled):
    result = run_js(
        _load(compiled)
        + """
  document.body.innerHTML = '<div id="a"><button data-role="increment">+</button></div>';
  const base = R.debugCounts();
  const py = new M.CounterModule().start(document.getElementById("a"));
  const running = R.debugCounts();
  await sleep(70);
  const ticked = py.state.ticks > 0;
  py.stop();
  const stopped = R.debugCounts();
  const ticks = py.state.ticks;
  await sleep(60);
  return { base, running, stopped, ticked, stillTicks: py.state.ticks === ticks };
"""
    )
    assert result["ticked"] and result["stillTicks"]
    assert result["running"] != result["base"]
    assert result["stopped"] == result["base"]


def test_compiled_listener_and_batched_set_state_match_the_twin(run_js, compiled):
    result = run_js(
        _load(compiled)
        + """
  const py = new M.Clicker().mount(document.body);
  const js = new ClickerJS().mount(document.body);
  const pyButton = py.element;
  for (const c of [py, js]) { c.element.click(); c.element.click(); }
  const sameFrame = [py.element.textContent, js.element.textContent];
  await frame();
  const out = { sameFrame, py: py.element.outerHTML, js: js.element.outerHTML,
                kept: py.element === pyButton };
  py.unmount(); js.unmount();
  return out;
"""
    )
    # set_state batches per frame: the DOM changes once, after the frame, identically
    assert result["sameFrame"] == ["Clicked 0 times", "Clicked 0 times"]
    assert (
        result["py"] == result["js"] == '<button type="button" data-n="2">Clicked 2 times</button>'
    )
    assert result["kept"] is True
