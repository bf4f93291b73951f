"""Responsive markup for packed images: ``srcset`` and ``<picture>`` with the WebP source.

``sprag pack`` records, per image, the packed file, its width variants and its WebP siblings
in the build manifest (``"images"``). ``ImageTable.rewrite(html, picture=)`` then upgrades
each ``<img>`` whose ``src`` (or a ``ui.LazyImage``'s ``data-src``) names a packed image:

- ``picture=True`` (shell templates, static HTML, document pages: nothing hydrates them):
  ``<picture><source type="image/webp" srcset=...><img src=packed srcset=...></picture>``;
- ``picture=False`` (the HTML of interactive surfaces, which the browser adopts node by node,
  so the element structure must stay as rendered): the ``<img>`` keeps its place and gains a
  ``srcset`` (``data-srcset`` for lazy images) listing the WebP candidates.

An ``<img>`` that already has a ``srcset`` is left as its author wrote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape, unescape
from typing import Any, Dict, List, Mapping, Optional, Tuple

__all__ = ["PackedImage", "ImageTable"]

_IMG = re.compile(r"<img\b[^>]*>", re.I)
_ATTR = re.compile(r"""([^\s"'=<>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
_PICTURE_OPEN = re.compile(r"<picture\b", re.I)
_PICTURE_CLOSE = re.compile(r"</picture\s*>", re.I)


@dataclass(frozen=True)
class PackedImage:
    """One packed image: the re-encoded file, its width variants and WebP siblings."""

    src: str
    width: int
    height: int
    type: str
    srcset: Tuple[Tuple[str, int], ...] = ()
    webp: Tuple[Tuple[str, int], ...] = ()

    @classmethod
    def from_manifest(cls, entry: Mapping[str, Any]) -> PackedImage:
        return cls(
            src=str(entry["src"]),
            width=int(entry["width"]),
            height=int(entry["height"]),
            type=str(entry.get("type", "")),
            srcset=tuple((str(u), int(w)) for u, w in entry.get("srcset", ())),
            webp=tuple((str(u), int(w)) for u, w in entry.get("webp", ())),
        )

    def to_manifest(self) -> Dict[str, Any]:
        return {"src": self.src, "width": self.width, "height": self.height, "type": self.type,
                "srcset": [list(c) for c in self.srcset], "webp": [list(c) for c in self.webp]}


def _candidates(pairs: Tuple[Tuple[str, int], ...]) -> str:
    return ", ".join(f"{url} {width}w" for url, width in pairs)


def _attributes(tag: str) -> List[Tuple[str, Optional[str]]]:
    body = tag[4:-1].rstrip("/ \t\r\n")
    found: List[Tuple[str, Optional[str]]] = []
    for match in _ATTR.finditer(body):
        value = match.group(2)
        if value is not None and value[:1] in "\"'":
            value = value[1:-1]
        found.append((match.group(1), None if value is None else unescape(value)))
    return found


def _tag(attrs: List[Tuple[str, Optional[str]]]) -> str:
    parts = [name if value is None else f'{name}="{escape(value, quote=True)}"' for name, value in attrs]
    return "<img " + " ".join(parts) + ">" if parts else "<img>"


@dataclass
class ImageTable:
    """Packed images by URL (the logical ``/static/a.jpg`` and the hashed one both work)."""

    images: Dict[str, PackedImage] = field(default_factory=dict)

    @classmethod
    def from_manifest(cls, entries: Mapping[str, Mapping[str, Any]]) -> ImageTable:
        table = cls()
        for logical, entry in entries.items():
            image = PackedImage.from_manifest(entry)
            table.images[logical] = image
            table.images.setdefault(image.src, image)
        return table

    def __bool__(self) -> bool:
        return bool(self.images)

    def lookup(self, url: Optional[str]) -> Optional[PackedImage]:
        if not url:
            return None
        return self.images.get(url.split("?", 1)[0].split("#", 1)[0])

    def rewrite(self, html: str, picture: bool) -> str:
        """``html`` with every ``<img>`` of a packed image made responsive."""
        if not self.images or ("<img" not in html and "<IMG" not in html):
            return html
        out: List[str] = []
        last = 0
        for match in _IMG.finditer(html):
            replacement = self._img(match.group(0), picture and not _inside_picture(html, match.start()))
            if replacement is not None:
                out.append(html[last:match.start()])
                out.append(replacement)
                last = match.end()
        if not out:
            return html
        out.append(html[last:])
        return "".join(out)

    def _img(self, tag: str, picture: bool) -> Optional[str]:
        attrs = _attributes(tag)
        names = {name.lower(): index for index, (name, _) in enumerate(attrs)}
        if "srcset" in names or "data-srcset" in names:
            return None
        lazy = "data-src" in names
        key = "data-src" if lazy else "src"
        if key not in names:
            return None
        image = self.lookup(attrs[names[key]][1])
        if image is None:
            return None
        attrs[names[key]] = (attrs[names[key]][0], image.src)
        sizes = _sizes(attrs, names)
        if picture and not lazy and image.webp:
            if len(image.srcset) > 1:
                attrs.append(("srcset", _candidates(image.srcset)))
            if sizes and "sizes" not in names:
                attrs.append(("sizes", sizes))
            source = f'<source type="image/webp" srcset="{escape(_candidates(image.webp))}"'
            source += f' sizes="{escape(sizes)}">' if sizes else ">"
            return "<picture>" + source + _tag(attrs) + "</picture>"
        candidates = image.webp or (image.srcset if len(image.srcset) > 1 else ())
        if not candidates:
            return _tag(attrs)
        attrs.append(("data-srcset" if lazy else "srcset", _candidates(candidates)))
        if sizes and "sizes" not in names:
            attrs.append(("sizes", sizes))
        return _tag(attrs)


def _sizes(attrs: List[Tuple[str, Optional[str]]], names: Dict[str, int]) -> Optional[str]:
    """``sizes`` from a numeric ``width`` attribute (the displayed CSS width), else None."""
    if "sizes" in names:
        return attrs[names["sizes"]][1]
    if "width" in names:
        value = (attrs[names["width"]][1] or "").strip()
        if value.isdigit():
            return f"{value}px"
    return None


def _inside_picture(html: str, position: int) -> bool:
    head = html[:position]
    return len(_PICTURE_OPEN.findall(head)) > len(_PICTURE_CLOSE.findall(head))
