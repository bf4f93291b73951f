"""The JSON wire between server and browser: one encoder and one decoder for every endpoint.

A browser reads JSON numbers as doubles, so plain JSON cannot carry every Python value
exactly. Three tags, each an object with a single key, fill the gaps in both directions:

``{"$f": 2}``
    the float ``2.0`` (plain JSON would make an integral float the int ``2``);
``{"$i": "1234567890123456789012"}``
    an int outside the browser's safe range (``|n| > 2**53 - 1``) as its decimal digits; the
    browser runtime revives it as a ``BigInt`` (compiled code's big int) and sends a ``BigInt``
    back the same way;
``{"$d": [[key, value]]}``
    a dict whose only key is one of the tag names, escaped so data is never taken for a tag.

Everything else is plain JSON: safe-range ints stay numbers, and a value that needs no tag
costs one scan of its JSON text. The server encodes with :func:`to_json` (page payload, action
envelopes, SSE frames) or :func:`for_wire` (Socket.IO emits and acks, which Socket.IO encodes);
it decodes browser JSON with :func:`from_json` (actions, uploads) or :func:`untyped` (socket
events, which Socket.IO decoded). The browser side is ``sprag/js/payload.js``
(``parseTyped``, ``stringify``).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, Union

__all__ = ["to_json", "typed", "for_wire", "from_json", "untyped", "WireError",
           "FLOAT_TAG", "INT_TAG", "DICT_TAG", "MAX_SAFE_INT"]

#: ``{"$f": 2}`` is the float 2.0; the browser revives it as compiled code's boxed float.
FLOAT_TAG = "$f"
#: ``{"$i": "digits"}`` is an int past :data:`MAX_SAFE_INT`; the browser revives a ``BigInt``.
INT_TAG = "$i"
#: ``{"$d": [[key, value]]}`` is a dict whose only key is a tag name (escaped, not revived).
DICT_TAG = "$d"
_TAGS = (FLOAT_TAG, INT_TAG, DICT_TAG)
#: The largest int a JS number holds exactly (``Number.MAX_SAFE_INTEGER``).
MAX_SAFE_INT = 2**53 - 1
#: JSON text that may hold an integral float, a long digit run (an int past 2**53 has 16 or
#: more digits) or a tag-like key: only then is the value walked.
_MAYBE = re.compile(r'\d\.0(?![0-9])|\de\+|\d{16}|"\$[fdi]"')
_DIGITS = re.compile(r"-?[0-9]{1,4300}")


class WireError(ValueError):
    """Browser JSON whose tags are malformed (``{"$i": "12a"}``); the message says which."""


def typed(value: Any) -> Any:
    """``value`` with integral floats and unsafe ints tagged and tag-like dicts escaped."""
    if isinstance(value, float):
        return {FLOAT_TAG: value} if math.isfinite(value) and value.is_integer() else value
    if isinstance(value, int) and not isinstance(value, bool):
        return value if -MAX_SAFE_INT <= value <= MAX_SAFE_INT else {INT_TAG: str(value)}
    if isinstance(value, dict):
        out = {k: typed(v) for k, v in value.items()}
        if len(out) == 1 and next(iter(out)) in _TAGS:
            return {DICT_TAG: [[k, v] for k, v in out.items()]}
        return out
    if isinstance(value, (list, tuple)):
        return [typed(v) for v in value]
    return value


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _not_json(what: str, exc: BaseException) -> TypeError:
    return TypeError(f"{what} must be JSON data (dict, list, str, int, float, bool, None): {exc}")


def to_json(value: Any, what: str = "the page payload") -> str:
    """Compact JSON of ``value`` for the browser (see :func:`typed`); ``TypeError`` naming
    ``what`` for data JSON cannot hold."""
    try:
        text = _dumps(value)
        if _MAYBE.search(text):
            text = _dumps(typed(value))
        return text
    except (TypeError, ValueError, RecursionError) as exc:
        raise _not_json(what, exc) from None


def for_wire(value: Any, what: str = "the socket payload") -> Any:
    """``value`` ready for an encoder that writes plain JSON (Socket.IO): itself when nothing
    needs a tag, else :func:`typed` of it; ``TypeError`` naming ``what`` for non-JSON data."""
    try:
        return typed(value) if _MAYBE.search(_dumps(value)) else value
    except (TypeError, ValueError, RecursionError) as exc:
        raise _not_json(what, exc) from None


def _int(value: Any) -> int:
    if not isinstance(value, str) or not _DIGITS.fullmatch(value):
        raise WireError(f'{{"{INT_TAG}": {value!r:.40}}} is not an int: the tag holds a string of '
                        "decimal digits (at most 4300), e.g. {\"$i\": \"1234567890123456789012\"}")
    return int(value)


def _float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise WireError(f'{{"{FLOAT_TAG}": {value!r:.40}}} is not a float: the tag holds a number, '
                        'e.g. {"$f": 2}')
    return float(value)


def _dict(value: Any) -> dict:
    if not isinstance(value, list) or not all(
        isinstance(p, list) and len(p) == 2 and isinstance(p[0], str) for p in value
    ):
        raise WireError(f'{{"{DICT_TAG}": ...}} is not an escaped dict: the tag holds '
                        '[[key, value], ...] pairs with string keys, e.g. {"$d": [["$i", 1]]}')
    return dict(value)


_REVIVE = {INT_TAG: _int, FLOAT_TAG: _float, DICT_TAG: _dict}


def _revive(obj: dict) -> Any:
    if len(obj) == 1:
        for key, value in obj.items():
            revive = _REVIVE.get(key)
            if revive is not None:
                return revive(value)
    return obj


def from_json(text: Union[str, bytes]) -> Any:
    """Parse JSON a browser sent, reviving tags (``{"$i": "..."}`` -> int ...).

    Raises ``ValueError`` for text that is not JSON and :class:`WireError` (a ValueError) for
    a malformed tag; ``RecursionError`` for nesting too deep."""
    if isinstance(text, (bytes, bytearray)):
        text = text.decode("utf-8")
    if "$" not in text and "\\u0024" not in text:
        return json.loads(text)
    return json.loads(text, object_hook=_revive)


def untyped(value: Any) -> Any:
    """Revive the tags in data already parsed as plain JSON (a Socket.IO event's payload)."""
    if isinstance(value, dict):
        return _revive({k: untyped(v) for k, v in value.items()})
    if isinstance(value, list):
        return [untyped(v) for v in value]
    return value
