"""debounce/throttle timing (owner-aware) and animate classes."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_debounce_runs_once_after_the_burst_with_the_last_arguments(ragot):
    result = ragot(
        """
  const calls = [];
  const f = R.debounce((x) => calls.push([x, Math.round(performance.now() - t0)]), 60);
  const t0 = performance.now();
  f(1); await sleep(20); f(2); await sleep(20); f(3);
  const during = calls.length;
  await sleep(120);
  return { during, calls };
"""
    )
    assert result["during"] == 0
    assert [c[0] for c in result["calls"]] == [3]
    assert result["calls"][0][1] >= 40 + 60 - 5


def test_throttle_runs_the_first_call_now_and_the_last_at_the_window_end(ragot):
    result = ragot(
        """
  const calls = [];
  const f = R.throttle((x) => calls.push([x, Math.round(performance.now() - t0)]), 80);
  const t0 = performance.now();
  for (let i = 1; i <= 5; i++) { f(i); await sleep(10); }
  await sleep(200);
  return calls;
"""
    )
    assert [c[0] for c in result] == [1, 5]
    assert result[0][1] < 20
    assert result[1][1] >= 75


def test_a_debounced_method_is_cancelled_when_its_owner_stops(ragot):
    result = ragot(
        """
  let ran = 0;
  class M extends R.Module {}
  M.prototype.save = R.debounce(300 /* ms */)(function () { ran++; });
  const a = new M().start(document.body), b = new M().start(document.body);
  a.save(); b.save();
  const timers = R.debugCounts().timers;
  a.stop();
  await sleep(400);
  b.stop();
  return { timers, ran, after: R.debugCounts().timers };
"""
    )
    assert result == {"timers": 2, "ran": 1, "after": 0}


def test_animate_adds_the_class_while_it_runs_and_removes_it_after(ragot):
    result = ragot(
        """
  const style = document.createElement("style");
  style.textContent = "@keyframes fade { from { opacity: 0 } to { opacity: 1 } } .fade-in { animation: fade 80ms linear }";
  document.head.append(style);
  const el = document.body.appendChild(document.createElement("div"));
  el.textContent = "x";
  const done = R.animateIn(el, "fade");
  const during = el.className;
  const t0 = performance.now();
  await done;
  const took = performance.now() - t0;
  const out = R.animateOut(el, "gone", { remove: true });
  const duringOut = el.className;
  await out;
  return { during, after: el.className, took, duringOut, removed: !el.isConnected };
"""
    )
    assert result["during"] == "fade-in"
    assert result["after"] == ""
    assert 50 <= result["took"] < 1000
    assert result["duringOut"] == "gone-out"
    assert result["removed"] is True


def test_animate_as_a_decorator_animates_the_owner_element(ragot):
    result = ragot(
        """
  class C extends R.Component { render() { return R.h("div", null, ["c"]); } }
  C.prototype.flash = R.animate({ className: "flash" })(function () { return 42; });
  const c = new C().mount(document.body);
  const value = c.flash();
  const during = c.element.className;
  await sleep(100);
  return { value, during, after: c.element.className };
"""
    )
    assert result == {"value": 42, "during": "flash", "after": ""}
