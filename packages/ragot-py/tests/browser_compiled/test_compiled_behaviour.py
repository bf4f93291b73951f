"""Compiled decorators and timers run on the runtime as the Python says: seconds are seconds,
debounced calls collapse, and stop() cancels what is pending."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.browser

SOURCE = """
from ragot import Module, debounce, throttle


class Search(Module):
    def __init__(self, screen=None, state=None):
        super().__init__(screen=screen, state=state or {"runs": 0, "last": "", "ticks": 0})

    @debounce(0.05)
    def search(self, text):
        self.set_state({"runs": self.state["runs"] + 1, "last": text})

    @throttle(0.05)
    def scrolled(self):
        self.set_state({"ticks": self.state["ticks"] + 1})

    def later(self):
        self.timeout(self.fire, 0.05)

    def fire(self):
        self.set_state({"fired": True})
"""


@pytest.fixture
def compiled(serve_module):
    from ragot.dialect import compile_component_module

    art = compile_component_module(SOURCE, "search.py", runtime="/ragot")
    return f"const M = await import({json.dumps(serve_module('search', art.code))});\n"


def test_debounced_method_runs_once_with_the_last_arguments(run_js, compiled):
    result = run_js(
        compiled
        + """
  const s = new M.Search().start(document.body);
  s.search("a"); s.search("ab"); s.search("abc");
  const before = s.state.runs;
  await sleep(400);
  const after = { runs: s.state.runs, last: s.state.last };
  s.stop();
  return { before, after };
"""
    )
    assert result == {"before": 0, "after": {"runs": 1, "last": "abc"}}


def test_stop_cancels_a_pending_debounced_call(run_js, compiled):
    result = run_js(
        compiled
        + """
  const s = new M.Search().start(document.body);
  s.search("a");
  s.stop();
  await sleep(400);
  return s.state.runs;
"""
    )
    assert result == 0


def test_throttled_method_runs_first_call_now_and_last_at_the_end(run_js, compiled):
    result = run_js(
        compiled
        + """
  const s = new M.Search().start(document.body);
  for (let i = 0; i < 5; i++) s.scrolled();
  const now = s.state.ticks;
  await sleep(400);
  const later = s.state.ticks;
  s.stop();
  return { now, later };
"""
    )
    assert result == {"now": 1, "later": 2}


def test_timeout_seconds_are_seconds(run_js, compiled):
    result = run_js(
        compiled
        + """
  const s = new M.Search().start(document.body);
  s.later();
  await sleep(10);
  const early = s.state.fired === true;
  await sleep(400);
  const late = s.state.fired === true;
  s.stop();
  return { early, late };
"""
    )
    assert result == {"early": False, "late": True}


REF_SOURCE = """
from ragot import Component, ref, ui


class Box(Component):
    go = ref("button.go")

    def render(self, props=None):
        return ui.div(ui.button("go", class_="go"), ui.span("x"))

    def label(self):
        return self.go.text_content
"""


def test_ref_selector_finds_the_element_lazily_and_forgets_it_on_stop(run_js, serve_module):
    from ragot.dialect import compile_component_module

    art = compile_component_module(REF_SOURCE, "box.py", runtime="/ragot")
    result = run_js(
        f"const M = await import({json.dumps(serve_module('box', art.code))});\n"
        + """
  const b = new M.Box(null, {}).mount(document.body);
  const first = b.go;
  const same = b.go === first && first === b.element.querySelector("button.go");
  const label = b.label();
  b.unmount();
  const other = new M.Box(null, {}).mount(document.body);
  return { same, label, tag: first.tagName, others: other.go !== first, declared: M.Box.go.selector };
"""
    )
    assert result == {"same": True, "label": "go", "tag": "BUTTON", "others": True, "declared": "button.go"}
