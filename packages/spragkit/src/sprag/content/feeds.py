"""What a content site publishes besides its pages: an RSS feed, ``sitemap.xml`` and the
JSON index client-side search reads."""

from __future__ import annotations

import datetime as _dt
from email.utils import format_datetime
from typing import Any, Dict, Iterable, List, Optional, Union

from .documents import Document

__all__ = ["rss_feed", "sitemap_xml", "search_index"]


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as XML entities (what ``xml.sax.saxutils.escape`` does; that
    module imports ``urllib.request``, which a static export has no other use for)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def _absolute(site_url: str, url: str) -> str:
    return site_url.rstrip("/") + url if url.startswith("/") else url


def _rfc822(date: Union[_dt.date, _dt.datetime]) -> str:
    if not isinstance(date, _dt.datetime):
        date = _dt.datetime(date.year, date.month, date.day)
    if date.tzinfo is None:
        date = date.replace(tzinfo=_dt.timezone.utc)
    return format_datetime(date)


def rss_feed(documents: Iterable[Document], *, title: str, site_url: str, link: str = "/",
             description: str = "", feed_url: Optional[str] = None) -> str:
    """An RSS 2.0 feed of ``documents`` (newest first is the caller's order); links are
    made absolute with ``site_url`` (``https://example.com``)."""
    items = []
    for doc in documents:
        url = _absolute(site_url, doc.url)
        parts = [f"<title>{escape(doc.title)}</title>", f"<link>{escape(url)}</link>",
                 f'<guid isPermaLink="true">{escape(url)}</guid>']
        if doc.date is not None:
            parts.append(f"<pubDate>{_rfc822(doc.date)}</pubDate>")
        parts.append(f"<description>{escape(doc.summary)}</description>")
        parts.extend(f"<category>{escape(tag)}</category>" for tag in doc.tags)
        items.append("<item>" + "".join(parts) + "</item>")
    self_link = (f'<atom:link href="{escape(_absolute(site_url, feed_url))}" rel="self" '
                 'type="application/rss+xml"/>') if feed_url else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{escape(title)}</title><link>{escape(_absolute(site_url, link))}</link>"
        f"<description>{escape(description or title)}</description>{self_link}"
        + "".join(items) + "</channel></rss>\n"
    )


def sitemap_xml(entries: Iterable[Union[str, Document]], *, site_url: str) -> str:
    """``sitemap.xml`` for page URLs or documents (documents with a date get ``lastmod``)."""
    rows = []
    for entry in entries:
        url = entry.url if isinstance(entry, Document) else entry
        row = f"<loc>{escape(_absolute(site_url, url))}</loc>"
        date = entry.meta.get("updated") or entry.date if isinstance(entry, Document) else None
        if isinstance(date, _dt.date):
            row += f"<lastmod>{date.isoformat()}</lastmod>"
        rows.append(f"<url>{row}</url>")
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(rows) + "</urlset>\n")


def search_index(documents: Iterable[Document], *, text_limit: int = 4000) -> List[Dict[str, Any]]:
    """One record per document for client-side search: url, title, description, headings,
    tags and the first ``text_limit`` characters of its text."""
    records = []
    for doc in documents:
        text = " ".join(doc.text.split())
        records.append({
            "url": doc.url,
            "title": doc.title,
            "description": doc.description,
            "headings": [h.text for h in doc.headings],
            "tags": list(doc.tags),
            "text": text[:text_limit],
        })
    return records
