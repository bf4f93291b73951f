"""Ownership: everything a Component or Module starts is released on stop/unmount."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

ZERO = {"listeners": 0, "timers": 0, "subscriptions": 0, "owners": 0}

BUSY_COMPONENT = """
  const { Component, h, createStore } = R;
  const store = createStore({ n: 0 });
  class Busy extends Component {
    render() {
      return h("div", { class_: "busy" }, [
        h("button", { on_click: () => this.setState({ c: 1 }) }, ["go"]),
        h("input", { onInput: () => {} }),
      ]);
    }
    onStart() {
      this.on(window, "resize", () => {});
      this.delegate(this.element, "click", "button", () => {});
      this.timeout(() => {}, 10000);
      this.interval(() => {}, 10000);
      this.listen("ping", () => {});
      this.own(store.subscribe(() => {}));
    }
  }
"""


def test_unmount_leaves_zero_listeners_timers_and_subscriptions(ragot):
    result = ragot(
        BUSY_COMPONENT
        + """
  const c = new Busy().mount(document.body);
  const during = R.debugCounts();
  c.unmount();
  return { during, after: R.debugCounts(), inDom: !!document.querySelector(".busy") };
"""
    )
    assert result["during"]["listeners"] >= 4
    assert result["during"]["timers"] == 2
    assert result["during"]["subscriptions"] == 2
    assert result["after"] == ZERO
    assert result["inDom"] is False


def test_module_stop_releases_everything_it_started(ragot):
    result = ragot(
        """
  const { Module, Component, h, createStore } = R;
  const store = createStore({ n: 0 });
  class Child extends Component { render() { return h("span", null, ["child"]); }
    onStart() { this.timeout(() => {}, 5000); } }
  class M extends Module {
    onStart() {
      this.delegate(this.element, "click", "button", () => {});
      this.on(document, "keydown", () => {});
      this.subscribe(store, () => {}, { selector: "n" });
      this.watchState(() => {});
      this.listen("x", () => {});
      this.interval(() => {}, 1000);
      this.adoptComponent(new Child(), this.element);
    }
  }
  const root = document.createElement("div");
  document.body.append(root);
  const m = new M(null, { a: 1 }).start(root);
  const during = R.debugCounts();
  m.stop();
  return { during, after: R.debugCounts() };
"""
    )
    assert result["during"] == {"listeners": 2, "timers": 2, "subscriptions": 3, "owners": 2}
    assert result["after"] == ZERO


def test_teardown_order_is_on_stop_timers_listeners_children_then_cleanups_lifo(ragot):
    order = ragot(
        """
  const { Module, Owner } = R;
  const log = [];
  class Child extends Owner { constructor(n) { super(); this.n = n; } onStop() { log.push("child" + this.n); } }
  class M extends Module {
    onStart() {
      this.addCleanup(() => log.push("cleanup1"));
      this.adopt(new Child(1));
      this.adopt(new Child(2));
      this.addCleanup(() => log.push("cleanup2"));
    }
    onStop() { log.push("onStop"); }
  }
  new M().start(document.body).stop();
  return log;
"""
    )
    assert order == ["onStop", "child2", "child1", "cleanup2", "cleanup1"]


def test_a_stopped_instance_starts_again_with_working_handlers(ragot):
    result = ragot(
        """
  const { Component, h } = R;
  let clicks = 0, starts = 0;
  class Btn extends Component {
    render() { return h("button", { id: "b", on_click: () => clicks++ }, ["b"]); }
    onStart() { starts++; this.timeout(() => {}, 5000); }
  }
  const c = new Btn().mount(document.body);
  c.stop();
  document.getElementById("b").click();
  const whileStopped = clicks;
  const countsStopped = R.debugCounts();
  c.start();
  document.getElementById("b").click();
  const countsRunning = R.debugCounts();
  c.unmount();
  return { whileStopped, clicks, starts, countsStopped, countsRunning, after: R.debugCounts() };
"""
    )
    assert result["whileStopped"] == 0
    assert result["clicks"] == 1
    assert result["starts"] == 2
    assert result["countsStopped"]["listeners"] == 0
    assert result["countsRunning"]["timers"] == 1
    assert result["after"] == ZERO


def test_on_start_failure_releases_what_it_registered(ragot):
    result = ragot(
        """
  const { Module } = R;
  class Bad extends Module {
    onStart() { this.interval(() => {}, 100); this.listen("e", () => {}); throw new Error("boom"); }
  }
  const m = new Bad();
  let message = null;
  try { m.start(document.body); } catch (e) { message = e.message; }
  return { message, running: m.running, after: R.debugCounts() };
"""
    )
    assert result == {"message": "boom", "running": False, "after": ZERO}


def test_a_restarted_component_restarts_its_nested_components(ragot):
    result = ragot(
        """
  const { Component, h } = R;
  let childStarts = 0, childClicks = 0;
  class Badge extends Component {
    render() { return h("b", { on_click: () => childClicks++ }, ["badge"]); }
    onStart() { childStarts++; this.interval(() => {}, 1000); }
  }
  class Card extends Component { render() { return h("div", null, [h(Badge, {})]); } }
  const c = new Card().mount(document.body);
  const badge = c.element.querySelector("b");
  c.stop();
  const stopped = R.debugCounts();
  c.start();
  badge.click();
  const running = R.debugCounts();
  c.unmount();
  return { childStarts, childClicks, stopped, running, after: R.debugCounts() };
"""
    )
    assert result["childStarts"] == 2
    assert result["childClicks"] == 1
    assert result["stopped"] == ZERO
    assert result["running"] == {"listeners": 1, "timers": 1, "subscriptions": 0, "owners": 2}
    assert result["after"] == ZERO
