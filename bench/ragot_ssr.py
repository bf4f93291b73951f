"""ragot SSR speed: `render_to_string` against a naive f-string renderer, same tree, same run.

    .venv/bin/python bench/ragot_ssr.py

The reference is what one writes without thinking about speed: a recursive function that
builds each element with an f-string and `html.escape`, joining children per element. Both
renderers must produce identical markup for the benchmark to count (asserted).
"""

from __future__ import annotations

import html
import statistics
import sys
import time

from ragot import render_to_string, ui
from ragot.attrs import URL_ATTRIBUTES, is_dangerous_url, style_text
from ragot.tags import VOID_TAGS
from ragot.vnode import Fragment, Raw


def naive_render(node) -> str:
    """The reference: f-strings + html.escape, one join per element."""
    if node is None:
        return ""
    if isinstance(node, str):
        return html.escape(node, quote=False)
    if isinstance(node, Raw):
        return node.html
    if isinstance(node, Fragment):
        return "".join(naive_render(c) for c in node.children)
    attrs = ""
    for name, value in node.attrs.items():
        if value is True:
            attrs += f" {name}"
        elif value is None or value is False:
            continue
        else:
            text = style_text(value) if isinstance(value, dict) else str(value)
            if name in URL_ATTRIBUTES and is_dangerous_url(text):
                continue
            attrs += f' {name}="{html.escape(text, quote=True)}"'
    if node.tag in VOID_TAGS:
        return f"<{node.tag}{attrs}>"
    inner = "".join(naive_render(c) for c in node.children)
    return f"<{node.tag}{attrs}>{inner}</{node.tag}>"


def build_page(rows: int):
    """A realistic page: a nav, a table of `rows` rows with links, badges and inputs."""
    return ui.div(
        ui.nav(ui.a("Home", href="/"), ui.a("Docs & API", href="/docs"), class_="nav"),
        ui.table(
            ui.thead(ui.tr(ui.th("#"), ui.th("Name"), ui.th("State"), ui.th("Edit"))),
            ui.tbody(
                [
                    ui.tr(
                        ui.td(i),
                        ui.td(ui.a(f"Row <{i}> & 'friends'", href=f"/rows/{i}?a=1&b=2")),
                        ui.td(
                            ui.span(
                                "open" if i % 3 else "closed",
                                class_="badge",
                                data_state="o" if i % 3 else "c",
                            )
                        ),
                        ui.td(
                            ui.input(
                                type="checkbox",
                                checked=i % 2 == 0,
                                disabled=False,
                                aria_label=f"select row {i}",
                            )
                        ),
                        key=i,
                        class_="row",
                        style={"color": "red"} if i % 10 == 0 else None,
                    )
                    for i in range(rows)
                ]
            ),
            class_="grid",
        ),
        ui.footer(ui.p("Made with ", ui.strong("ragot"), ".")),
        class_="page",
    )


def forget_attributes() -> None:
    """Empty SSR's memo of rendered attributes (absent before it existed), so a render sees
    every attribute value for the first time, as a page of all-new values does."""
    from ragot import ssr

    memo = getattr(ssr, "_STR_ATTRS", None)
    if memo is not None:
        memo.clear()
        ssr._cached_count[0] = 0


def paired_medians(ours, reference, repeat: int):
    """Median seconds of each, measured alternately so both see the same machine load."""
    a, b = [], []
    for _ in range(repeat):
        for fn, out in ((ours, a), (reference, b)):
            t0 = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t0)
    return statistics.median(a), statistics.median(b)


def main() -> None:
    rows = 1000
    repeat = 31
    tree = build_page(rows)
    fast, naive = render_to_string(tree), naive_render(tree)
    # html.escape writes &#x27; for ' as ragot does; the markup must match byte for byte.
    assert fast == naive, "renderers disagree"

    results = [
        (
            "render only (prebuilt tree)",
            *paired_medians(lambda: render_to_string(tree), lambda: naive_render(tree), repeat),
        ),
        (
            "render only, every attribute value new",
            *paired_medians(
                lambda: (forget_attributes(), render_to_string(tree)),
                lambda: (forget_attributes(), naive_render(tree)),
                repeat,
            ),
        ),
        (
            "build + render",
            *paired_medians(
                lambda: render_to_string(build_page(rows)),
                lambda: naive_render(build_page(rows)),
                repeat,
            ),
        ),
    ]
    print(
        f"Python {sys.version.split()[0]}, {rows} table rows, {len(fast):,} bytes of HTML, "
        f"median of {repeat} runs each, the two renderers measured alternately"
    )
    print()
    print("| case | ragot render_to_string | naive f-string + html.escape | ragot speed-up |")
    print("|---|---|---|---|")
    for name, ours, ref in results:
        print(f"| {name} | {ours * 1000:.2f} ms | {ref * 1000:.2f} ms | {ref / ours:.2f}x |")


if __name__ == "__main__":
    main()
