"""Markdown content: documents with front matter, collections, feeds and a search index.

    from sprag import load_markdown_tree

    docs = load_markdown_tree("app/content/docs", base_url="/docs")
    page = docs.get("guide/install")
    page.title, page.html, page.toc, docs.prev(page), docs.next(page), docs.tags
"""

from __future__ import annotations

from .collection import Collection, NavItem, load_markdown_tree
from .documents import Document, load_markdown_document
from .errors import BrokenLinkError, ContentError, FrontMatterError
from .feeds import rss_feed, search_index, sitemap_xml
from .markdown import Heading, highlight_css, slugify

__all__ = [
    "load_markdown_document",
    "load_markdown_tree",
    "Document",
    "Collection",
    "NavItem",
    "Heading",
    "ContentError",
    "FrontMatterError",
    "BrokenLinkError",
    "rss_feed",
    "sitemap_xml",
    "search_index",
    "highlight_css",
    "slugify",
]
