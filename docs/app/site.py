"""What every page of the SPRAG documentation shares: the collection (docs/content/, one
Markdown file per page, published at the site's root) and the layout pieces."""

from sprag import env, load_markdown_tree, ui
from sprag.content import slugify

SITE_TITLE = "SPRAG"
#: The public address of the site, for the sitemap (set SITE_URL when publishing).
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000")


def docs():
    """docs/content/ published at / (cached until a file changes)."""
    return load_markdown_tree("content", base_url="")


def tag_url(tag):
    return "/tags/" + slugify(tag)


def all_tags():
    """slug -> (tag, documents)."""
    found = {}
    for tag, documents in docs().tags.items():
        found.setdefault(slugify(tag), (tag, []))[1].extend(documents)
    return dict(sorted(found.items()))


def tag_list(tags):
    if not tags:
        return None
    return ui.ul([ui.li(ui.a(tag, href=tag_url(tag))) for tag in tags], class_="tags")


def sidebar(items, current):
    """The navigation tree: sections, the current one open, the current page marked."""
    entries = []
    for item in items:
        label = ui.a(item.title, href=item.url, aria_current="page" if item.document is current else None) \
            if item.url else ui.span(item.title)
        opened = item.contains(current)
        children = sidebar(item.children, current) if item.children and opened else None
        entries.append(ui.li(label, children, class_="open" if opened else None))
    return ui.ul(entries)


def toc(document):
    if not document.toc:
        return None
    return ui.nav(
        ui.h2("On this page"),
        ui.ul([ui.li(ui.a(h.text, href="#" + h.id), class_=f"level-{h.level}") for h in document.toc]),
        class_="toc", aria_label="On this page",
    )


def pager(tree, document):
    before, after = tree.prev(document), tree.next(document)
    return ui.nav(
        ui.a("← " + before.title, href=before.url, rel="prev") if before else ui.span(),
        ui.a(after.title + " →", href=after.url, rel="next") if after else ui.span(),
        class_="pager", aria_label="Previous and next",
    )


def article(document, tree):
    """One page: title, reading time, tags, the rendered Markdown, prev/next."""
    return ui.article(
        ui.h1(document.title),
        ui.p(f"{document.reading_time} min read", class_="meta"),
        tag_list(document.tags),
        ui.div(ui.HTML(document.html), class_="prose"),
        pager(tree, document),
        class_="doc",
    )
