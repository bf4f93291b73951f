"""The page payload: JSON that no string can break out of.

The payload rides in ``<script type="application/json">``, which the browser never executes;
``<``, ``>``, ``&``, U+2028 and U+2029 are written as JSON ``\\uXXXX`` escapes so neither
``</script>`` nor ``<!--`` can end or confuse the element, whatever ``load()`` returned.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["embed_json", "to_json"]

_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def to_json(value: Any) -> str:
    """Compact JSON; raises TypeError naming the value that is not JSON-serialisable."""
    try:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise TypeError(
            f"the page payload must be JSON data (dict, list, str, int, float, bool, None): {exc}"
        ) from None


def embed_json(value: Any) -> str:
    """JSON safe to place between ``<script type="application/json">`` tags."""
    return to_json(value).translate(_ESCAPES)
