"""The page payload: JSON that no string can break out of.

The payload rides in ``<script type="application/json">``, which the browser never executes;
``<``, ``>``, ``&``, U+2028 and U+2029 are written as JSON ``\\uXXXX`` escapes so neither
``</script>`` nor ``<!--`` can end or confuse the element, whatever ``load()`` returned. Its
JSON is the wire's (``sprag.wire``): integral floats, ints past 2**53 and tag-like dicts tagged.
"""

from __future__ import annotations

from typing import Any

from ..wire import DICT_TAG, FLOAT_TAG, INT_TAG, to_json, typed

__all__ = ["embed_json", "to_json", "typed", "FLOAT_TAG", "INT_TAG", "DICT_TAG"]

_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def embed_json(value: Any) -> str:
    """JSON safe to place between ``<script type="application/json">`` tags."""
    return to_json(value).translate(_ESCAPES)
