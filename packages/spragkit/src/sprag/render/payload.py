"""The page payload: JSON that no string can break out of.

The payload rides in ``<script type="application/json">``, which the browser never executes;
``<``, ``>``, ``&``, U+2028 and U+2029 are written as JSON ``\\uXXXX`` escapes so neither
``</script>`` nor ``<!--`` can end or confuse the element, whatever ``load()`` returned.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

__all__ = ["embed_json", "to_json", "typed", "FLOAT_TAG", "DICT_TAG"]

#: ``{"$f": 2}`` is the float 2.0 (JSON alone cannot tell 2.0 from 2); the browser glue
#: revives it as the compiled code's boxed float, so ``str(x)`` stays ``"2.0"``.
FLOAT_TAG = "$f"
#: ``{"$d": [[key, value]]}`` is a user dict whose only key is a tag (escaped, not revived).
DICT_TAG = "$d"
_TAGS = (FLOAT_TAG, DICT_TAG)
#: JSON text that may hold an integral float or a tag-like key: only then is the value walked.
_MAYBE = re.compile(r'\d\.0(?![0-9])|\de\+|"\$[fd]"')

_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def typed(value: Any) -> Any:
    """``value`` with integral floats tagged ``{"$f": n}`` and tag-like dicts escaped."""
    if isinstance(value, float):
        return {FLOAT_TAG: value} if math.isfinite(value) and value.is_integer() else value
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


def to_json(value: Any) -> str:
    """Compact JSON keeping float-ness (see ``typed``); raises TypeError for non-JSON data."""
    try:
        text = _dumps(value)
        if _MAYBE.search(text):
            text = _dumps(typed(value))
        return text
    except (TypeError, ValueError, RecursionError) as exc:
        raise TypeError(
            f"the page payload must be JSON data (dict, list, str, int, float, bool, None): {exc}"
        ) from None


def embed_json(value: Any) -> str:
    """JSON safe to place between ``<script type="application/json">`` tags."""
    return to_json(value).translate(_ESCAPES)
