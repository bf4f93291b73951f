"""Serve an exported static site from a sub-path: ``sprag build static --base /docs/``.

Pages link with root-absolute URLs (``/guides/install``, ``/assets/shell.css``): right when
the site is the whole host, wrong when it lives under a path (a GitHub Pages project site is
``https://user.github.io/project/``). :func:`rebase_site` rewrites an export folder in place
so that every root-absolute URL starts with the base:

* HTML: the URL attributes ``href src action formaction poster cite data-src data-href
  data-search`` (when they start with ``/``), each candidate of ``srcset``/``data-srcset``,
  ``url(/...)`` in ``style`` attributes and ``<style>`` blocks, and ``<meta http-equiv=refresh>``;
  text content is never touched (escaped markup in code blocks stays as written);
* CSS: ``url(/...)`` and ``@import "/..."``.

Protocol-relative (``//host``), relative, ``#fragment`` and absolute URLs are left alone, and
so are JavaScript, JSON, XML and text files: the feed and the sitemap carry absolute URLs made
from the site's address (set it with the base included), and code that builds URLs at run time
(the docs template's search) reads the base from an attribute it already had rewritten.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Callable

__all__ = ["normalize_base", "rebase_site", "rebase_html", "rebase_css", "BaseError"]


class BaseError(ValueError):
    """A ``--base`` that is not a URL path."""


_SAFE_BASE = re.compile(r"(?:/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)+")

_URL_ATTRS = "href|src|action|formaction|poster|cite|data-src|data-href|data-search"
_ATTR = re.compile(r"""(\s(?:""" + _URL_ATTRS + r""")\s*=\s*)(["'])(/(?!/)[^"']*)\2""", re.I)
_SRCSET = re.compile(r"""(\s(?:data-)?srcset\s*=\s*)(["'])([^"']*)\2""", re.I)
_STYLE_ATTR = re.compile(r"""(\sstyle\s*=\s*)(["'])([^"']*)\2""", re.I)
_STYLE_BLOCK = re.compile(r"(<style\b[^>]*>)(.*?)(</style\s*>)", re.I | re.S)
_REFRESH = re.compile(r"""(<meta\b[^>]*?content\s*=\s*["'][^"']*?url\s*=\s*)(/(?!/)[^"'\s>]*)""", re.I)
_CSS_URL = re.compile(r"""(url\(\s*(?:&quot;|&#39;|["'])?)(/(?!/)[^"')&]*)""", re.I)
_CSS_IMPORT = re.compile(r"""(@import\s+["'])(/(?!/)[^"']*)""", re.I)


def normalize_base(base: str) -> str:
    """``"docs"``, ``"/docs/"`` -> ``"/docs"``; ``"/"`` or ``""`` -> ``""`` (no rebasing).
    Raises :class:`BaseError` for anything that is not a plain URL path."""
    if not isinstance(base, str):
        raise BaseError(f"--base must be a URL path such as /docs/, got {base!r}")
    text = base.strip()
    if text in ("", "/"):
        return ""
    if "://" in text or text.startswith("//"):
        raise BaseError(f"--base {base!r} is an address; give only its path, e.g. /docs/ "
                        "(the host goes in the site's own URL setting)")
    path = "/" + text.strip("/")
    if not _SAFE_BASE.fullmatch(path) or any(part in (".", "..") for part in path.split("/")):
        raise BaseError(f"--base {base!r} is not a URL path: use letters, digits and - . _ ~ "
                        "between slashes, e.g. /docs/ or /my-project/")
    return path


def _prefix(base: str) -> Callable[[str], str]:
    def add(url: str) -> str:
        if url == base or url.startswith(base + "/"):
            return url  # written for the base already
        return base + url if url != "/" else base + "/"

    return add


def rebase_css(text: str, base: str) -> str:
    """``url(/x)`` and ``@import "/x"`` in a stylesheet, under ``base``."""
    if not base:
        return text
    add = _prefix(base)
    text = _CSS_URL.sub(lambda m: m.group(1) + add(m.group(2)), text)
    return _CSS_IMPORT.sub(lambda m: m.group(1) + add(m.group(2)), text)


def _srcset(value: str, add: Callable[[str], str]) -> str:
    out = []
    for candidate in value.split(","):
        lead = candidate[: len(candidate) - len(candidate.lstrip())]
        parts = candidate.strip().split(None, 1)
        if parts and parts[0].startswith("/") and not parts[0].startswith("//"):
            parts[0] = add(parts[0])
        out.append(lead + " ".join(parts))
    return ",".join(out)


def rebase_html(text: str, base: str) -> str:
    """The URL attributes, srcsets, inline styles and refresh targets of a page, under ``base``."""
    if not base:
        return text
    add = _prefix(base)
    text = _ATTR.sub(lambda m: m.group(1) + m.group(2) + add(m.group(3)) + m.group(2), text)
    text = _SRCSET.sub(lambda m: m.group(1) + m.group(2) + _srcset(m.group(3), add) + m.group(2), text)
    text = _STYLE_ATTR.sub(lambda m: m.group(1) + m.group(2) + rebase_css(m.group(3), base) + m.group(2), text)
    text = _STYLE_BLOCK.sub(lambda m: m.group(1) + rebase_css(m.group(2), base) + m.group(3), text)
    return _REFRESH.sub(lambda m: m.group(1) + add(m.group(2)), text)


def rebase_site(folder: Path, base: str) -> int:
    """Rewrite the export in ``folder`` for serving under ``base`` (see the module doc);
    returns how many files changed. Each file is replaced atomically."""
    base = normalize_base(base)
    if not base:
        return 0
    changed = 0
    for path in sorted(Path(folder).rglob("*")):
        suffix = path.suffix.lower()
        if suffix not in (".html", ".htm", ".css") or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        new = rebase_css(text, base) if suffix == ".css" else rebase_html(text, base)
        if new == text:
            continue
        temporary = path.with_name(f".{path.name}.rebase")
        temporary.write_text(new, encoding="utf-8")
        os.replace(temporary, path)
        changed += 1
        for sibling in (path.with_name(path.name + ".gz"), path.with_name(path.name + ".br")):
            sibling.unlink(missing_ok=True)  # stale precompressed copies must not be served
    return changed
