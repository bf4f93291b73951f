"""The reference for bench/content_bench.py: the same documentation pages rendered by a plain
script, markdown-it-py (tables, footnotes, Pygments for fenced code) + Jinja2, no framework.

    python bench/content_reference.py CONTENT_DIR OUTPUT_DIR

Front matter is split with a few lines of str methods (the generated files use only
``key: value`` and ``tags: [a, b]``); pages get the same frame as the docs template: header,
sidebar (sections, the current one open), title, reading time, tags, body, prev/next, TOC.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

import jinja2
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name

FORMATTER = HtmlFormatter(nowrap=True)


def fence(code, lang, _attrs):
    if not lang:
        return ""
    body = highlight(code, get_lexer_by_name(lang), FORMATTER)
    return f'<pre class="highlight"><code class="language-{lang}">{body}</code></pre>'


MD = MarkdownIt("commonmark", {"html": False, "highlight": fence}).enable("table").use(footnote_plugin)

PAGE = jinja2.Environment(autoescape=True).from_string("""<!doctype html><html lang="en"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ doc.title }} · Site</title><meta name="description" content="{{ doc.description }}">
<link rel="stylesheet" href="/shell.css"></head><body><div class="shell"><header class="nav">
<a class="brand" href="/">Site</a><nav><a href="/docs">Docs</a><a href="/blog">Blog</a></nav>
<form class="search-box" action="/search" role="search"><input type="search" name="q"></form>
</header><main class="content"><div class="docs"><nav class="sidebar"><ul>
{% for section in sections %}<li{% if section.name == doc.section %} class="open"{% endif %}>
<a href="{{ section.url }}">{{ section.title }}</a>{% if section.name == doc.section %}<ul>
{% for d in section.docs %}<li><a href="{{ d.url }}"{% if d is sameas doc %} aria-current="page"{% endif %}>{{ d.title }}</a></li>{% endfor %}
</ul>{% endif %}</li>{% endfor %}</ul></nav><article class="doc"><h1>{{ doc.title }}</h1>
<p class="meta">{{ doc.minutes }} min read</p><ul class="tags">{% for t in doc.tags %}<li><a href="/tags/{{ t }}">{{ t }}</a></li>{% endfor %}</ul>
<div class="prose">{{ doc.html | safe }}</div><nav class="pager">
{% if prev %}<a href="{{ prev.url }}" rel="prev">← {{ prev.title }}</a>{% endif %}
{% if next %}<a href="{{ next.url }}" rel="next">{{ next.title }} →</a>{% endif %}</nav></article>
<nav class="toc"><h2>On this page</h2><ul>{% for h in doc.toc %}<li><a href="#{{ h.id }}">{{ h.text }}</a></li>{% endfor %}</ul></nav>
</div></main></div></body></html>""")


def slug(text):
    return re.sub(r"[\s_-]+", "-", re.sub(r"[^\w\s-]", "", text.lower())).strip("-")


class Doc:
    def __init__(self, path, root):
        text = path.read_text(encoding="utf-8")
        _, block, body = text.split("---\n", 2)
        meta = dict(line.split(": ", 1) for line in block.strip().splitlines())
        self.title = meta["title"]
        self.description = meta.get("description", "")
        self.order = int(meta.get("order", 0))
        self.tags = [t.strip() for t in meta.get("tags", "[]").strip("[]").split(",") if t.strip()]
        rel = path.relative_to(root).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "index" else rel.parts
        self.section = parts[0] if parts else ""
        self.url = "/docs/" + "/".join(parts) if parts else "/docs"
        body = re.sub(r"\]\(([\w./-]+)\.md\)",
                      lambda m: "](" + self.link(path, root, m.group(1)) + ")", body)
        tokens = MD.parse(body)
        self.toc = []
        for i, token in enumerate(tokens):
            if token.type == "heading_open":
                heading = tokens[i + 1].content
                token.attrSet("id", slug(heading))
                if token.tag in ("h2", "h3"):
                    self.toc.append({"id": slug(heading), "text": heading})
        self.html = MD.renderer.render(tokens, MD.options, {})
        self.minutes = max(1, math.ceil(len(body.split()) / 200))

    @staticmethod
    def link(path, root, target):
        resolved = (path.parent / (target + ".md")).resolve().relative_to(root.resolve())
        return "/docs/" + resolved.with_suffix("").as_posix()


def main(content, output):
    content, output = Path(content).resolve(), Path(output)
    docs = [Doc(p, content) for p in sorted(content.rglob("*.md"))]
    sections = []
    for name in sorted({d.section for d in docs if d.section}):
        members = sorted((d for d in docs if d.section == name and d.url.count("/") > 2),
                         key=lambda d: (d.order, d.title))
        index = next(d for d in docs if d.url == f"/docs/{name}")
        sections.append({"name": name, "title": index.title, "url": index.url, "docs": members,
                         "index": index})
    ordered = [d for d in docs if d.url == "/docs"]
    for section in sections:
        ordered += [section["index"], *section["docs"]]
    for i, doc in enumerate(ordered):
        html = PAGE.render(doc=doc, sections=sections, prev=ordered[i - 1] if i else None,
                           next=ordered[i + 1] if i + 1 < len(ordered) else None)
        target = output / doc.url.strip("/") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    print(f"{len(ordered)} pages")


if __name__ == "__main__":
    main(*sys.argv[1:3])
