"""createStore: dotted paths, patch, batch; selector subscribers fire only on change."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_selector_subscribers_fire_only_when_their_selection_changes(ragot):
    result = ragot(
        """
  const s = R.createStore({ user: { name: "Ada" }, prefs: { theme: "dark" } });
  const names = [], themes = [];
  s.subscribe((user) => names.push(user.name), { selector: (st) => st.user, immediate: true });
  s.subscribe((t) => themes.push(t), { selector: "prefs.theme" });
  s.set("user.name", "Grace");
  s.set("user.name", "Grace");
  s.patch({ prefs: { theme: "light" } });
  s.patch({ prefs: { theme: "light" } });
  s.set("user", { name: "Grace" });
  return { names, themes, state: s.get() };
"""
    )
    assert result["names"] == ["Ada", "Grace"]
    assert result["themes"] == ["light"]
    assert result["state"] == {"user": {"name": "Grace"}, "prefs": {"theme": "light"}}


def test_batch_notifies_once_at_the_end(ragot):
    result = ragot(
        """
  const s = R.createStore({ a: 1, b: 1 });
  const seen = [];
  s.subscribe((st) => seen.push([st.a, st.b]));
  s.batch(() => { s.set("a", 2); s.set("b", 3); s.set("a", 4); });
  return seen;
"""
    )
    assert result == [[4, 3]]


def test_store_accepts_compiled_python_values_and_kwargs(ragot):
    result = ragot(
        """
  const kw = (o) => Object.assign(o, { [Symbol.for("sprag.kw")]: true });
  const s = R.createStore(new Map([["tags", new Set(["x"])], ["n", new Number(2)]]));
  const seen = [];
  const off = s.subscribe((n) => seen.push(n), kw({ selector: (st) => st.n, immediate: true }));
  s.set("n", new Number(2));
  s.set("n", 3);
  off();
  s.set("n", 4);
  return { seen, state: s.get(), subs: R.debugCounts().subscriptions };
"""
    )
    assert result == {"seen": [2, 3], "state": {"tags": ["x"], "n": 4}, "subs": 0}
