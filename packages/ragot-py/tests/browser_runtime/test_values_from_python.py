"""Values that compiled Python hands to h(): listener keys, boxed floats, unsafe URLs."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_underscored_listener_keys_listen_for_the_dom_event_name(ragot):
    result = ragot(
        """
  const { Component, h } = R;
  let got = [];
  class C extends Component {
    render() {
      const attrs = {};
      attrs["on_key_down"] = (e) => got.push(e.type);  // a key that arrives at run time
      return h("input", attrs);
    }
  }
  const c = new C({}, {}).mount(document.body);
  c.element.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true }));
  c.unmount();
  return got;
"""
    )
    assert result == ["keydown"]


def test_boxed_integral_float_renders_as_python_str(ragot):
    result = ragot(
        """
  const { h, Component } = R;
  class PyFloatBox extends Number {}  // what compiled code uses for an integral float
  class C extends Component {
    render() {
      return h("p", { "data-n": new PyFloatBox(2) }, [new PyFloatBox(2), " ", 3, " ", new PyFloatBox(2.5), " ", new PyFloatBox(1e16)]);
    }
  }
  const c = new C({}, {}).mount(document.body);
  const out = { text: c.element.textContent, attr: c.element.getAttribute("data-n") };
  c.unmount();
  return out;
"""
    )
    assert result == {"text": "2.0 3 2.5 1e+16", "attr": "2.0"}


def test_script_urls_set_at_run_time_are_dropped(ragot):
    result = ragot(
        """
  const { h, Component } = R;
  class C extends Component {
    render() {
      return h("div", null, [
        h("a", { href: " java\\tscript:alert(1)" }, ["x"]),
        h("a", { href: "/safe?q=javascript:1" }, ["y"]),
        h("iframe", { src: "VBScript:msgbox(1)" }),
      ]);
    }
  }
  const c = new C({}, {}).mount(document.body);
  const [a, b] = c.element.querySelectorAll("a");
  const out = { a: a.getAttribute("href"), b: b.getAttribute("href"), f: c.element.querySelector("iframe").getAttribute("src") };
  c.unmount();
  return out;
"""
    )
    assert result == {"a": None, "b": "/safe?q=javascript:1", "f": None}


def test_set_state_keeps_a_boxed_float_through_the_rerender(ragot):
    result = ragot(
        """
  const { h, Component } = R;
  class PyFloatBox extends Number {}
  class C extends Component { render() { return h("p", null, [this.state.price]); } }
  const c = new C({}, { price: 1 }).mount(document.body);
  c.setStateSync({ price: new PyFloatBox(2) });
  const text = c.element.textContent;
  c.unmount();
  return text;
"""
    )
    assert result == "2.0"


def test_store_tells_boxed_floats_apart_by_value_and_merges_them_whole(ragot):
    result = ragot(
        """
  const { createStore } = R;
  class PyFloatBox extends Number {}
  const store = createStore({ a: { price: new PyFloatBox(2) } });
  const seen = [];
  const off = store.subscribe((v) => seen.push(String(+v)), { selector: (s) => s.a.price });
  store.patch({ a: { price: new PyFloatBox(3) } });   // a change: fires
  store.patch({ a: { price: 3 } });                   // 3.0 == 3: no change
  const kept = store.get("a.price") instanceof Number;
  off();
  return { seen, kept };
"""
    )
    assert result == {"seen": ["3"], "kept": True}


def test_xml_namespaced_names_and_inline_string_handlers_at_run_time(ragot):
    result = ragot(
        """
  const { h, Component } = R;
  class C extends Component {
    render() {
      const attrs = { onclick: "window.__pwned = 1", ONMOUSEOVER: "x()", xml_lang: "en", title: "t" };
      return h("div", attrs, ["x"]);
    }
  }
  const c = new C({}, {}).mount(document.body);
  const names = c.element.getAttributeNames().sort();
  c.element.click();
  c.unmount();
  return { names, pwned: window.__pwned === 1 };
"""
    )
    assert result == {"names": ["title", "xml:lang"], "pwned": False}
