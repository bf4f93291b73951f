"""Front matter: the YAML-like ``---`` block at the top of a Markdown file.

A deliberately small subset, parsed by hand so a typo is an error naming the file and line
rather than a surprising value::

    ---
    title: "Install: the short way"   # quoted or plain strings
    order: 2                          # int and float
    draft: false                      # true / false
    date: 2024-05-01                  # a date (or 2024-05-01T09:30:00Z, a datetime)
    tags: [setup, "first steps"]      # an inline list
    authors:                          # a dashed list
      - ada
      - grace
    summary: ~                        # null
    ---

Anything else (nested mappings, ``|``/``>`` block text, anchors) is refused with a hint.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from .errors import FrontMatterError

__all__ = ["FrontMatter", "FrontMatterError", "split_front_matter", "parse_front_matter"]


_FENCE = re.compile(r"^---[ \t]*$")
_CLOSE = re.compile(r"^(---|\.\.\.)[ \t]*$")
_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*)|[ \t]*)$")
_INT = re.compile(r"^[-+]?(0|[1-9][0-9_]*)$")
_FLOAT = re.compile(r"^[-+]?([0-9][0-9_]*)?\.[0-9]+([eE][-+]?[0-9]+)?$|^[-+]?[0-9]+[eE][-+]?[0-9]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?[ \t]*(Z|[+-]\d{2}:?\d{2})?$"
)


def split_front_matter(text: str, file: str = "<string>") -> Tuple[str, str, int]:
    """``(block, body, body_line)``: the raw block (without fences), the Markdown after it,
    and the 1-based line where the body starts. No block: ``("", text, 1)``."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or not _FENCE.match(lines[0].rstrip("\r")):
        return "", text, 1
    for index in range(1, len(lines)):
        if _CLOSE.match(lines[index].rstrip("\r")):
            block = "\n".join(line.rstrip("\r") for line in lines[1:index])
            return block, "\n".join(lines[index + 1:]), index + 2
    raise FrontMatterError(
        file, 1, "the front matter block opened here is never closed; end it with a line "
        "holding only ---",
    )


@dataclass
class FrontMatter:
    """The values of a block, the line of each key, and the Markdown body after it."""

    values: Dict[str, Any]
    body: str
    body_line: int = 1
    lines: Dict[str, int] = field(default_factory=dict)


def parse_front_matter(text: str, file: str = "<string>") -> FrontMatter:
    """Split and parse a Markdown source with an optional front matter block."""
    block, body, body_line = split_front_matter(text, file)
    values: Dict[str, Any] = {}
    lines: Dict[str, int] = {}
    if block:
        _parse_block(block, file, 2, values, lines)
    return FrontMatter(values, body, body_line, lines)


def _parse_block(block: str, file: str, first_line: int, values: Dict[str, Any],
                 key_lines: Dict[str, int]) -> None:
    lines = block.split("\n")
    index = 0
    while index < len(lines):
        raw = lines[index]
        number = first_line + index
        index += 1
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if raw[:1] in (" ", "\t"):
            raise FrontMatterError(
                file, number, f"unexpected indentation in {stripped!r}; only dashed list items "
                "under a 'key:' line may be indented",
            )
        if stripped.startswith("- "):
            raise FrontMatterError(file, number, "a list item needs a 'key:' line above it")
        match = _KEY.match(raw.rstrip())
        if match is None:
            raise FrontMatterError(
                file, number, f"expected 'key: value', got {stripped!r} (quote values that "
                "contain ': ', e.g. title: \"a: b\")",
            )
        key, rest = match.group(1), _strip_comment(match.group(2) or "", file, number)
        if key in values:
            raise FrontMatterError(file, number, f"key {key!r} appears twice (first on line "
                                   f"{key_lines[key]})")
        key_lines[key] = number
        if rest:
            values[key] = _scalar_or_list(rest, file, number)
            continue
        items: List[Any] = []
        while index < len(lines):
            item = lines[index]
            if not item.strip() or item.strip().startswith("#"):
                index += 1
                continue
            if item[:1] not in (" ", "\t") and not item.startswith("- "):
                break
            if "\t" in item[: len(item) - len(item.lstrip())]:
                raise FrontMatterError(file, first_line + index, "indent with spaces, not tabs")
            body = item.strip()
            if not (body == "-" or body.startswith("- ")):
                raise FrontMatterError(
                    file, first_line + index, f"under {key!r} expected a '- item' line, got "
                    f"{body!r} (nested mappings are not supported)",
                )
            text = _strip_comment(body[1:].strip(), file, first_line + index)
            items.append(_scalar(text, file, first_line + index) if text else None)
            index += 1
        values[key] = items if items else None


def _strip_comment(value: str, file: str, line: int) -> str:
    """Drop a trailing ``# comment`` that is outside quotes."""
    if "#" not in value:
        return value.strip()  # what the scan below returns when it finds no comment
    quote: Optional[str] = None
    for i, char in enumerate(value):
        if quote:
            if char == "\\" and quote == '"':
                continue
            if char == quote:
                quote = None
        elif char in ("'", '"') and (i == 0 or value[i - 1] in " \t,[:"):
            quote = char
        elif char == "#" and (i == 0 or value[i - 1] in " \t"):
            return value[:i].rstrip()
    return value.strip()


def _scalar_or_list(text: str, file: str, line: int) -> Any:
    if text.startswith("["):
        return _inline_list(text, file, line)
    if text.startswith("{"):
        raise FrontMatterError(file, line, "inline mappings {...} are not supported; use one "
                               "'key: value' line per value")
    if text in ("|", ">", "|-", ">-", "|+", ">+"):
        raise FrontMatterError(file, line, "block text (| and >) is not supported; put the "
                               "text on one line, in quotes if it holds ': ' or '#'")
    return _scalar(text, file, line)


def _inline_list(text: str, file: str, line: int) -> List[Any]:
    if not text.endswith("]"):
        raise FrontMatterError(file, line, f"the inline list {text!r} is not closed with ]")
    inner = text[1:-1].strip()
    items: List[Any] = []
    if not inner:
        return items
    current = ""
    quote: Optional[str] = None
    escaped = False
    for char in inner:
        if quote:
            current += char
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = None
            continue
        if char in ("'", '"') and not current.strip():
            quote = char
            current += char
        elif char == ",":
            items.append(current)
            current = ""
        elif char in "[]{}":
            raise FrontMatterError(file, line, "nested lists and mappings are not supported "
                                   "inside [...]")
        else:
            current += char
    if quote:
        raise FrontMatterError(file, line, f"a quoted item in {text!r} is never closed")
    items.append(current)
    out = []
    for item in items:
        item = item.strip()
        if not item:
            raise FrontMatterError(file, line, f"empty item in the list {text!r}")
        out.append(_scalar(item, file, line))
    return out


def _scalar(text: str, file: str, line: int) -> Any:
    if text[0] in ("'", '"'):
        return _quoted(text, file, line)
    if text in ("true", "True", "TRUE"):
        return True
    if text in ("false", "False", "FALSE"):
        return False
    if text in ("~", "null", "Null", "NULL"):
        return None
    if _INT.match(text):
        return int(text.replace("_", ""))
    if _FLOAT.match(text):
        return float(text.replace("_", ""))
    if _DATE.match(text):
        try:
            return _dt.date.fromisoformat(text)
        except ValueError:
            raise FrontMatterError(file, line, f"{text!r} is not a valid date (YYYY-MM-DD)") from None
    stamp = _DATETIME.match(text)
    if stamp:
        return _datetime(stamp, text, file, line)
    if text[0] in "&*!%@`|>":
        raise FrontMatterError(file, line, f"{text!r} starts with {text[0]!r}, which is not "
                               "supported here; put the value in quotes")
    return text


def _quoted(text: str, file: str, line: int) -> str:
    quote = text[0]
    if len(text) < 2 or text[-1] != quote:
        raise FrontMatterError(file, line, f"the string {text} is never closed with {quote}")
    inner = text[1:-1]
    if quote == "'":
        if re.search(r"(?<!')'(?!')", inner.replace("''", "")):
            raise FrontMatterError(file, line, f"stray ' inside {text}; write '' for a quote")
        return inner.replace("''", "'")
    out = []
    chars = iter(inner)
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/", "r": "\r", "0": "\0"}
    for char in chars:
        if char == "\\":
            nxt = next(chars, "")
            if nxt not in escapes:
                raise FrontMatterError(file, line, f"unknown escape \\{nxt} in {text}")
            out.append(escapes[nxt])
        elif char == '"':
            raise FrontMatterError(file, line, f'stray " inside {text}; write \\" for a quote')
        else:
            out.append(char)
    return "".join(out)


def _datetime(match: re.Match[str], text: str, file: str, line: int) -> _dt.datetime:
    day, hour, minute, second, fraction, zone = match.groups()
    try:
        date = _dt.date.fromisoformat(day)
        micro = int((fraction or ".0")[1:].ljust(6, "0")[:6])
        tz = None
        if zone == "Z":
            tz = _dt.timezone.utc
        elif zone:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            tz = _dt.timezone(sign * _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
        return _dt.datetime(date.year, date.month, date.day, int(hour), int(minute),
                            int(second or 0), micro, tzinfo=tz)
    except ValueError as exc:
        raise FrontMatterError(file, line, f"{text!r} is not a valid date and time: {exc}") from None
