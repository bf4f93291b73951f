"""Crossing into foreign JavaScript from compiled browser code.

When compiled code calls a method of a JavaScript object that is not a Python value (a library
global such as ``browser.Chart``, a DOM element, an object a JS library returned), the
arguments are converted at that boundary, deeply: a dict becomes a plain object, a list, tuple
or set an array, an integral float a number. ``as_is(value)`` passes one argument through
unchanged (a dict stays a JS ``Map``, a list stays the same array object), for libraries that
want the Python object itself.

In CPython ``as_is`` returns its argument, so the same module runs on the server.
"""

from __future__ import annotations

from typing import TypeVar

__all__ = ["as_is"]

T = TypeVar("T")


def as_is(value: T) -> T:
    """Pass ``value`` to a foreign JavaScript function without converting it."""
    return value
