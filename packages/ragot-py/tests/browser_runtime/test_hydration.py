"""Hydration adopts server-rendered DOM in place: nothing is re-created."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

SERVER_HTML = (
    '<div id="app" class="counter-card"><div class="counter-display">Count: 3</div>'
    '<button type="button" data-role="increment">Increment</button>'
    "<ul><li>a</li><li>b</li></ul></div>"
)

COUNTER = """
  const { Component, h } = R;
  class Counter extends Component {
    render() {
      return h("div", { id: "app", class_: "counter-card" }, [
        h("div", { class_: "counter-display" }, ["Count: ", String(this.state.count)]),
        h("button", { type: "button", data_role: "increment",
                      on_click: () => this.setStateSync({ count: this.state.count + 1 }) }, ["Increment"]),
        h("ul", null, this.state.items.map((x) => h("li", { key: x }, [x]))),
      ]);
    }
  }
"""


def test_hydration_adopts_every_server_node(ragot):
    result = ragot(
        f"""
  document.body.innerHTML = {SERVER_HTML!r};
  const root = document.getElementById("app");
  const before = [root, ...root.querySelectorAll("*")];
  before.forEach((n, i) => (n.__mark = i));
  const added = [];
  const mo = new MutationObserver((recs) => {{ for (const r of recs) for (const n of r.addedNodes) added.push(n.nodeType === 3 ? 'text:' + n.data : n.nodeName); }});
  mo.observe(document.body, {{ childList: true, subtree: true }});
"""
        + COUNTER
        + """
  const c = R.hydrate(Counter, root, { state: { count: 3, items: ["a", "b"] } });
  await Promise.resolve();
  mo.disconnect();
  const after = [c.element, ...c.element.querySelectorAll("*")];
  return { same: after.length === before.length && after.every((n, i) => n === before[i] && n.__mark === i),
           added, html: document.body.innerHTML };
"""
    )
    assert result["same"] is True
    # the only new node is the second half of the text the HTML parser merged ("Count: " + "3")
    assert result["added"] == ["text:3"]
    assert result["html"] == SERVER_HTML


def test_hydration_splits_merged_text_and_later_renders_keep_identity(ragot):
    result = ragot(
        f"""
  document.body.innerHTML = {SERVER_HTML!r};
  const root = document.getElementById("app");
  const display = root.querySelector(".counter-display");
  const button = root.querySelector("button");
  const firstLi = root.querySelector("li");
  const mergedText = display.childNodes.length;
"""
        + COUNTER
        + """
  const c = R.hydrate(Counter, root, { state: { count: 3, items: ["a", "b"] } });
  const splitText = display.childNodes.length;
  button.click();
  c.setStateSync({ items: ["b", "a"] });
  return { mergedText, splitText, text: display.textContent,
           kept: root.querySelector(".counter-display") === display && root.querySelector("button") === button,
           moved: root.querySelectorAll("li")[1] === firstLi };
"""
    )
    assert result == {
        "mergedText": 1,
        "splitText": 2,
        "text": "Count: 4",
        "kept": True,
        "moved": True,
    }


def test_hydration_keeps_a_value_typed_before_it_ran(ragot):
    result = ragot(
        """
  document.body.innerHTML = '<form id="f"><input name="q" value="server"></form>';
  const input = document.querySelector("input");
  input.value = "typed early";
  const { Component, h } = R;
  class F extends Component { render() { return h("form", { id: "f" }, [h("input", { name: "q", value: "server" })]); } }
  const c = R.hydrate(F, document.getElementById("f"));
  c.setStateSync({ other: 1 });
  return { same: c.element.querySelector("input") === input, value: input.value };
"""
    )
    assert result == {"same": True, "value": "typed early"}
