"""Component rendering: batching, sync renders, node identity, keyed moves, focus and values."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

LIST_COMPONENT = """
  const { Component, h } = R;
  class List extends Component {
    render() {
      return h("ul", null, this.state.items.map((it) => h("li", { key: it.id, class_: "row" }, [it.label])));
    }
  }
  const items = (ids) => ids.map((id) => ({ id, label: "item " + id }));
"""


def test_several_set_state_calls_render_once_in_the_next_frame(ragot):
    result = ragot(
        """
  const { Component, h } = R;
  let renders = 0;
  class C extends Component {
    render() { renders++; return h("p", null, [String(this.state.n)]); }
  }
  const c = new C(null, { n: 0 }).mount(document.body);
  const before = renders;
  c.setState({ n: 1 }); c.setState({ n: 2 }); c.setState({ n: 3 });
  const sameTick = { renders: renders - before, text: c.element.textContent, state: c.state.n };
  await frame();
  return { sameTick, renders: renders - before, text: c.element.textContent };
"""
    )
    assert result["sameTick"] == {"renders": 0, "text": "0", "state": 3}
    assert result["renders"] == 1
    assert result["text"] == "3"


def test_set_state_sync_renders_immediately(ragot):
    result = ragot(
        """
  const { Component, h } = R;
  class C extends Component { render() { return h("p", null, ["n=", this.state.n]); } }
  const c = new C({}, { n: 1 }).mount(document.body);
  c.setStateSync({ n: 2 });
  return c.element.textContent;
"""
    )
    assert result == "n=2"


def test_patching_keeps_the_identity_of_unchanged_nodes(ragot):
    result = ragot(
        """
  const { Component, h } = R;
  class C extends Component {
    render() {
      return h("div", { class_: "card", data_count: this.state.n }, [
        h("h2", null, ["Title"]),
        h("span", { class_: "value" }, [String(this.state.n)]),
        h("button", { type: "button" }, ["+"]),
      ]);
    }
  }
  const c = new C(null, { n: 1 }).mount(document.body);
  const before = [c.element, ...c.element.querySelectorAll("*"), c.element.querySelector(".value").firstChild];
  c.setStateSync({ n: 2 });
  const after = [c.element, ...c.element.querySelectorAll("*"), c.element.querySelector(".value").firstChild];
  return { same: before.every((n, i) => n === after[i]), text: c.element.textContent,
           attr: c.element.getAttribute("data-count") };
"""
    )
    assert result == {"same": True, "text": "Title2+", "attr": "2"}


def test_keyed_reorder_moves_the_same_nodes(ragot):
    result = ragot(
        LIST_COMPONENT
        + """
  const c = new List(null, { items: items([1, 2, 3, 4, 5]) }).mount(document.body);
  const byText = () => Object.fromEntries([...c.element.children].map((li) => [li.textContent, li]));
  const before = byText();
  let mutations = 0;
  const mo = new MutationObserver((recs) => { for (const r of recs) mutations += r.addedNodes.length; });
  mo.observe(c.element, { childList: true });
  c.setStateSync({ items: items([5, 2, 3, 4, 1]) });
  await Promise.resolve();
  mo.disconnect();
  const after = byText();
  return {
    order: [...c.element.children].map((li) => li.textContent),
    same: Object.keys(before).every((k) => before[k] === after[k]),
    moved: mutations,
  };
"""
    )
    assert result["order"] == ["item 5", "item 2", "item 3", "item 4", "item 1"]
    assert result["same"] is True
    assert result["moved"] == 2  # only the swapped pair is moved, by the LIS


def test_keyed_insert_and_remove_keep_the_other_nodes(ragot):
    result = ragot(
        LIST_COMPONENT
        + """
  const c = new List(null, { items: items([1, 2, 3]) }).mount(document.body);
  const two = c.element.children[1];
  c.setStateSync({ items: items([0, 2, 4]) });
  return { order: [...c.element.children].map((li) => li.textContent), kept: c.element.children[1] === two };
"""
    )
    assert result == {"order": ["item 0", "item 2", "item 4"], "kept": True}


def test_focus_selection_and_typed_value_survive_a_rerender(ragot):
    result = ragot(
        """
  const { Component, h } = R;
  class Form extends Component {
    render() {
      const rows = this.state.order.map((k) => h("label", { key: k }, [k, h("input", { name: k, value: "" })]));
      return h("form", null, [h("p", null, [String(this.state.n)]), ...rows]);
    }
  }
  const c = new Form(null, { n: 0, order: ["a", "b", "c"] }).mount(document.body);
  const input = c.element.querySelector("input[name=a]");
  input.focus();
  input.value = "hello world";
  input.setSelectionRange(2, 5);
  c.setStateSync({ n: 1, order: ["b", "c", "a"] });
  return { same: c.element.querySelector("input[name=a]") === input, focused: document.activeElement === input,
           value: input.value, sel: [input.selectionStart, input.selectionEnd], text: c.element.querySelector("p").textContent };
"""
    )
    assert result == {
        "same": True,
        "focused": True,
        "value": "hello world",
        "sel": [2, 5],
        "text": "1",
    }


def test_event_handlers_are_delegated_and_updated_between_renders(ragot):
    result = ragot(
        """
  const { Component, h } = R;
  const log = [];
  class C extends Component {
    render() {
      const tag = this.state.tag;
      return h("div", { on_click: () => log.push("outer") }, [
        h("button", { on_click: (e) => log.push("btn " + tag) }, [h("b", null, ["x"])]),
      ]);
    }
  }
  const c = new C(null, { tag: "v1" }).mount(document.body);
  c.element.querySelector("b").click();
  c.setStateSync({ tag: "v2" });
  c.element.querySelector("b").click();
  return { log, listeners: R.debugCounts().listeners };
"""
    )
    assert result["log"] == ["btn v1", "outer", "btn v2", "outer"]
    assert result["listeners"] == 1  # one delegated listener for "click" on the root


def test_attribute_names_are_normalised_and_values_follow_the_rules(ragot):
    result = ragot(
        """
  const { h, patch } = R;
  const el = patch(null, h("label", { class_: "x", for_: "f", data_user_id: 7, aria_label: "L",
    hidden: true, disabled: false, title: null, style: { color: "red", "font-size": "2px" }, key: "k" }, ["t"]));
  return el.outerHTML;
"""
    )
    assert result == (
        '<label class="x" for="f" data-user-id="7" aria-label="L" hidden="" '
        'style="color:red;font-size:2px;">t</label>'
    )


def test_raw_html_is_inserted_unescaped_and_text_is_escaped(ragot):
    result = ragot(
        """
  const { h, html, patch } = R;
  const el = patch(null, h("div", null, ["<b>text</b>", html("<i>raw</i><u>two</u>")]));
  return el.innerHTML;
"""
    )
    assert result == "&lt;b&gt;text&lt;/b&gt;<i>raw</i><u>two</u>"


def test_nested_components_render_update_and_unmount_with_their_parent(ragot):
    result = ragot(
        """
  const { Component, h } = R;
  let childStops = 0;
  class Badge extends Component {
    render(props) { return h("b", { on_click: () => this.setStateSync({ hits: (this.state.hits || 0) + 1 }) }, [props.label, ":", String(this.state.hits || 0)]); }
    onStart() { this.interval(() => {}, 1000); }
    onStop() { childStops++; }
  }
  class Card extends Component {
    render() { return h("div", null, this.state.show ? [h(Badge, { label: this.state.label })] : []); }
  }
  const c = new Card(null, { show: true, label: "a" }).mount(document.body);
  const badge = c.element.querySelector("b");
  badge.click();
  c.setStateSync({ label: "b" });
  const text = c.element.textContent, same = c.element.querySelector("b") === badge;
  c.setStateSync({ show: false });
  const afterHide = { stops: childStops, timers: R.debugCounts().timers };
  c.unmount();
  return { text, same, afterHide, after: R.debugCounts() };
"""
    )
    assert result["text"] == "b:1"
    assert result["same"] is True
    assert result["afterHide"] == {"stops": 1, "timers": 0}
    assert result["after"] == {"listeners": 0, "timers": 0, "subscriptions": 0, "owners": 0}


def test_without_keyed_js_keyed_children_are_matched_in_order_with_the_same_result(browser_page):
    """A page that never loads keyed.js (what a bundle without keys ships) still renders every
    list change right; it patches in order instead of moving nodes."""
    result = browser_page.evaluate(
        """async () => {
  const { Component } = await import('/ragot/component.js');
  const { h } = await import('/ragot/vdom.js');
  class List extends Component {
    render() {
      return h("ul", null, this.state.items.map((id) => h("li", { key: id }, ["item " + id])));
    }
  }
  const c = new List(null, { items: [1, 2, 3, 4, 5] }).mount(document.body);
  const text = () => [...c.element.children].map((li) => li.textContent);
  const seen = [];
  for (const ids of [[5, 2, 3, 4, 1], [0, 2, 4], [], [7, 8], [8, 9, 7, 6]]) {
    c.setStateSync({ items: ids });
    seen.push(text());
  }
  return { seen, loaded: performance.getEntriesByType("resource").some((e) => e.name.endsWith("/keyed.js")) };
}"""
    )
    assert result["loaded"] is False
    assert result["seen"] == [
        ["item 5", "item 2", "item 3", "item 4", "item 1"],
        ["item 0", "item 2", "item 4"],
        [],
        ["item 7", "item 8"],
        ["item 8", "item 9", "item 7", "item 6"],
    ]


def test_keyed_lists_after_random_edits_match_and_keep_every_node(ragot):
    """2,000 random edits (swaps, moves to either end, reversals, inserts, removals, mixed
    unkeyed rows): the DOM always reads as the list, every key that stays keeps its node, and
    a swap of two rows moves at most two nodes."""
    result = ragot(
        """
  const { h, patch } = R;
  let seed = 7;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const row = (k) => (typeof k === "number" ? h("li", { key: "k" + k }, ["k" + k]) : h("li", null, [k]));
  const ul = (items) => h("ul", null, items.map(row));
  let items = Array.from({ length: 12 }, (_, i) => i);
  let next = 12;
  let v = ul(items);
  const el = patch(null, v);
  const nodeOf = () => Object.fromEntries([...el.children].map((n) => [n.textContent, n]));
  let bad = null;
  let swapMoves = 0;
  const mo = new MutationObserver((recs) => { for (const r of recs) swapMoves += r.addedNodes.length; });
  for (let step = 0; step < 2000 && !bad; step++) {
    const was = nodeOf();
    const list = items.slice();
    const op = rand(8);
    const i = rand(Math.max(1, list.length));
    const j = rand(Math.max(1, list.length));
    if (op === 0 && list.length > 1) [list[i], list[j]] = [list[j], list[i]];
    else if (op === 1 && list.length) list.unshift(...list.splice(i, 1));
    else if (op === 2 && list.length) list.push(...list.splice(i, 1));
    else if (op === 3) list.reverse();
    else if (op === 4) list.splice(i, 0, next++);
    else if (op === 5 && list.length) list.splice(i, 1);
    else if (op === 6) list.splice(i, 0, "plain" + rand(3));
    else list.sort(() => rand(3) - 1);
    const nv = ul(list);
    patch(v, nv);
    v = nv;
    items = list;
    const text = [...el.children].map((n) => n.textContent).join(",");
    const want = list.map((k) => (typeof k === "number" ? "k" + k : k)).join(",");
    if (text !== want) bad = { step, op, text, want };
    const now = nodeOf();
    for (const k of list) {
      const name = "k" + k;
      if (typeof k === "number" && was[name] && now[name] !== was[name]) bad = bad || { step, op, lost: name };
    }
  }
  // a plain swap of two rows far apart in a long keyed list
  let rows = Array.from({ length: 1000 }, (_, i) => i);
  let lv = ul(rows);
  const list = patch(null, lv);
  mo.observe(list, { childList: true });
  const swapped = rows.slice();
  [swapped[1], swapped[998]] = [swapped[998], swapped[1]];
  const sv = ul(swapped);
  patch(lv, sv);
  await Promise.resolve();
  mo.disconnect();
  return { bad, swapMoves, order: [list.children[1].textContent, list.children[998].textContent] };
"""
    )
    assert result["bad"] is None, result["bad"]
    assert result["order"] == ["k998", "k1"]
    assert result["swapMoves"] <= 2
