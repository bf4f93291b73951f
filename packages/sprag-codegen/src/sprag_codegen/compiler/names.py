"""Python identifiers -> safe JavaScript identifiers."""

from __future__ import annotations

__all__ = ["js_ident", "JS_RESERVED"]

JS_RESERVED = frozenset(
    """
    abstract arguments await boolean break byte case catch char class const continue debugger
    default delete do double enum eval export extends false final finally float for function goto
    if implements import in instanceof int interface let long native new null package private
    protected public return short static super switch synchronized this throw throws transient
    true try typeof var void volatile while with yield undefined NaN Infinity
    Object Array Map Set Symbol Number String Boolean Math JSON Error Promise Reflect Proxy
    Function Date RegExp BigInt globalThis console process TypeError RangeError WeakMap WeakSet
    DataView ArrayBuffer setTimeout clearTimeout isNaN isFinite parseInt parseFloat
    """.split()
)


def js_ident(name: str) -> str:
    """A JS identifier for a Python name that cannot clash with JS keywords or globals."""
    return name + "$" if name in JS_RESERVED else name
