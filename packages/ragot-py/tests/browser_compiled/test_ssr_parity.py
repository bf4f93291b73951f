"""Python SSR and the JS runtime agree: same DOM, and hydration adopts SSR output in place."""

from __future__ import annotations

import json

import pytest
from vnode_js import to_js

from ragot import render_to_string, ui

pytestmark = pytest.mark.browser

TREES = {
    "counter_card": ui.div(
        ui.div("3", class_="counter-display"),
        ui.button("Increment", type="button", data_role="increment"),
        class_="counter-card",
    ),
    "attributes": ui.form(
        ui.label("Name", for_="name"),
        ui.input(
            id="name",
            type="text",
            required=True,
            disabled=False,
            title=None,
            aria_label='Your "name" & <title>',
            data_x_y=2,
        ),
        ui.select(ui.option("a", value="a", selected=True), ui.option("b", value="b")),
        action="/submit",
        style={"color": "red", "--gap": "2px"},
    ),
    "text_escaping": ui.p("a < b && c > d ", ui.b("'quoted'"), ' "double"'),
    "lists_and_fragments": ui.ul(
        [ui.li(n, key=n) for n in range(3)],
        ui.Fragment(ui.li("x"), ui.li("y")),
        None,
        False,
    ),
    "svg": ui.svg(
        ui.circle(cx=5, cy=5, r=4, stroke_width=2),
        ui.clip_path(ui.rect(width=1, height=1), id="c"),
        viewBox="0 0 10 10",
    ),
    "raw_and_void": ui.div(ui.HTML("<em>raw</em>"), ui.br(), ui.img(src="/a.png", alt="")),
    "adjacent_text": ui.p("Count: ", "3", " items"),
    "textarea_newline": ui.textarea("\nbody", name="t"),
}


@pytest.mark.parametrize("name", sorted(TREES))
def test_runtime_builds_the_same_dom_as_ssr(run_js, name):
    tree = TREES[name]
    result = run_js(
        f"""
  const ssr = document.createElement("div");
  ssr.innerHTML = {json.dumps(render_to_string(tree))};
  const built = R.patch(null, {to_js(tree)});
  const host = document.createElement("div");
  host.append(built);
  host.normalize();
  const names = (root) => [...root.querySelectorAll("*")].map((e) => e.getAttributeNames().join(","));
  return {{ equal: ssr.isEqualNode(host), ssr: ssr.innerHTML, built: host.innerHTML,
           orderSame: JSON.stringify(names(ssr)) === JSON.stringify(names(host)) }};
"""
    )
    assert result["equal"], (result["ssr"], result["built"])
    assert result["orderSame"]


@pytest.mark.parametrize("name", sorted(TREES))
def test_hydrating_ssr_output_recreates_no_element(run_js, name):
    tree = TREES[name]
    result = run_js(
        f"""
  document.body.innerHTML = {json.dumps(render_to_string(ui.div(tree, id="root")))};
  const root = document.getElementById("root");
  const before = [...root.querySelectorAll("*")];
  const added = [];
  const removed = [];
  const attributes = [];
  const mo = new MutationObserver((recs) => {{
    for (const r of recs) {{
      for (const n of r.addedNodes) if (n.nodeType === 1) added.push(n.nodeName);
      for (const n of r.removedNodes) if (n.nodeType === 1) removed.push(n.nodeName);
      if (r.type === "attributes") attributes.push(r.target.nodeName + "." + r.attributeName);
    }}
  }});
  mo.observe(document.body, {{ childList: true, subtree: true, attributes: true }});
  R.hydrate(R.h("div", {{id: "root"}}, [{to_js(tree)}]), root);
  await Promise.resolve();
  mo.disconnect();
  const after = [...root.querySelectorAll("*")];
  return {{ same: after.length === before.length && after.every((n, i) => n === before[i]),
           added, removed, attributes }};
"""
    )
    assert result["same"] is True
    assert result["added"] == [] and result["removed"] == []
    assert result["attributes"] == []  # SSR attributes are already what the runtime wants
