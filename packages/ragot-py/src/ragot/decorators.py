"""Decorators for browser behaviour: `debounce throttle animate virtual_scroll infinite_scroll`,
and `ref(selector)`.

In the browser the ragot dialect lowers each one to the JS runtime. On the server they only
record what they ask for (`decorations(obj)` reads it back); a debounced or throttled function
called in Python simply runs (the server has no event loop to delay it on).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Tuple, TypeVar, Union

from .owner import BrowserOnlyError

__all__ = [
    "Decoration",
    "decorations",
    "debounce",
    "throttle",
    "animate",
    "virtual_scroll",
    "infinite_scroll",
    "ref",
    "Ref",
]

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")

_ATTR = "__ragot_decorations__"
_AXES = ("y", "x", "grid")


@dataclass(frozen=True)
class Decoration:
    """One ragot decorator applied to a function or class: its name and options."""

    name: str
    options: Dict[str, Any] = field(default_factory=dict)


def decorations(obj: Any) -> Tuple[Decoration, ...]:
    """The ragot decorators applied to `obj`, innermost first."""
    return tuple(getattr(obj, _ATTR, ()))


def _record(obj: Any, name: str, options: Dict[str, Any]) -> None:
    existing: List[Decoration] = list(getattr(obj, _ATTR, ()))
    existing.append(Decoration(name, dict(options)))
    setattr(obj, _ATTR, tuple(existing))


def _seconds(name: str, seconds: Any) -> float:
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds < 0:
        raise TypeError(f"@{name}(seconds) takes a number of seconds >= 0, got {seconds!r}")
    return float(seconds)


def _callable_only(name: str, fn: Any) -> None:
    if not callable(fn) or isinstance(fn, type):
        raise TypeError(f"@{name}(...) decorates a function or method, got {fn!r}")


def debounce(seconds: float) -> Callable[[F], F]:
    """Browser: run the method `seconds` after the last call in a burst.
    Server: the call runs immediately."""
    wait = _seconds("debounce", seconds)

    def decorate(fn: F) -> F:
        _callable_only("debounce", fn)
        wrapper = _passthrough(fn)
        _record(wrapper, "debounce", {"seconds": wait})
        return wrapper  # type: ignore[return-value]

    return decorate


def throttle(seconds: float) -> Callable[[F], F]:
    """Browser: run the method at most once every `seconds` (first call runs, last is kept).
    Server: every call runs immediately."""
    wait = _seconds("throttle", seconds)

    def decorate(fn: F) -> F:
        _callable_only("throttle", fn)
        wrapper = _passthrough(fn)
        _record(wrapper, "throttle", {"seconds": wait})
        return wrapper  # type: ignore[return-value]

    return decorate


def _passthrough(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return fn(*args, **kwargs)

    return wrapper


def animate(class_name: str = "ragot-animate", **options: Any) -> Callable[[F], F]:
    """Browser: after the decorated method runs, animate the element it returns (or
    `self.element`) with the CSS class `class_name`, removed on `animationend`.
    Server: the method runs unchanged."""
    if not isinstance(class_name, str) or not class_name.strip():
        raise TypeError(f"@animate(class_name=) must be a non-empty str, got {class_name!r}")
    recorded = {"class_name": class_name, **options}

    def decorate(fn: F) -> F:
        if isinstance(fn, type) or not callable(fn):
            raise TypeError(
                f"@animate(...) decorates a method (the one that shows the element, e.g. "
                f"on_start or an event handler), got {fn!r}"
            )
        _record(fn, "animate", recorded)
        return fn

    return decorate


def virtual_scroll(
    chunk: int = 50,
    max_chunks: int = 5,
    axis: str = "y",
    root: Optional[str] = None,
    **options: Any,
) -> Callable[[T], T]:
    """Browser: keep at most `max_chunks` chunks of `chunk` rows in the DOM while scrolling.

    The class defines `total()` and `chunk(i, ctx)` (rows of chunk `i`, a `ui` tree or a
    promise of one); optionally `measure`, `placeholder`, `evicted`, `recycle`. `axis` is
    "y", "x" or "grid"; `root` a CSS selector of the scrolling element (default: the element).
    """
    for name, value, low in (("chunk", chunk, 1), ("max_chunks", max_chunks, 2)):
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise TypeError(f"@virtual_scroll({name}=) must be an int >= {low}, got {value!r}")
    if axis not in _AXES:
        raise ValueError(f"@virtual_scroll(axis=) must be one of {', '.join(_AXES)}, got {axis!r}")
    recorded = {"chunk": chunk, "max_chunks": max_chunks, "axis": axis, "root": root, **options}

    def decorate(cls: T) -> T:
        if not isinstance(cls, type):
            raise TypeError(f"@virtual_scroll(...) decorates a class, got {cls!r}")
        missing = [m for m in ("total", "chunk") if not callable(getattr(cls, m, None))]
        if missing:
            raise TypeError(
                f"@virtual_scroll class {cls.__name__} must define "
                f"{' and '.join(m + '()' for m in missing)}: total() -> row count, "
                f"chunk(i, ctx) -> the rows of chunk i"
            )
        _record(cls, "virtual_scroll", recorded)
        return cls

    return decorate


def infinite_scroll(
    at: Union[int, float] = 200,
    container: Optional[str] = None,
    root: Optional[str] = None,
    **options: Any,
) -> Callable[[T], T]:
    """Browser: when the end of `container` (a selector inside the element; default the
    element) comes within `at` pixels of the viewport (or of `root`), call the class's
    `load_more(page)`; it returns False (or a promise of False) when there is nothing more."""
    if isinstance(at, bool) or not isinstance(at, (int, float)) or at < 0:
        raise TypeError(f"@infinite_scroll(at=) takes a distance in pixels >= 0, got {at!r}")
    recorded = {"at": at, "container": container, "root": root, **options}

    def decorate(cls: T) -> T:
        if not isinstance(cls, type):
            raise TypeError(
                f"@infinite_scroll(...) decorates a Component or Module class, got {cls!r}"
            )
        if not callable(getattr(cls, "load_more", None)):
            raise TypeError(
                f"@infinite_scroll class {cls.__name__} must define load_more(self, page): "
                f"load the next page, return False when there is nothing more"
            )
        _record(cls, "infinite_scroll", recorded)
        return cls

    return decorate


class Ref:
    """`name = ref(selector)` on a Component or Module: `self.name` is the first element inside
    `self.element` matching `selector`.

    In the browser (ragot/ref.js) the element is looked up on first read and forgotten when
    the owner stops; on the server reading it is a BrowserOnlyError."""

    def __init__(self, selector: str) -> None:
        if not isinstance(selector, str) or not selector.strip():
            raise TypeError(f"ref(selector) takes a CSS selector string, got {selector!r}")
        self.selector = selector
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: Optional[type] = None) -> Any:
        if instance is None:
            return self
        raise BrowserOnlyError(
            f"{type(instance).__name__}.{self.name} (ref({self.selector!r})) is a DOM element "
            f"and exists only in the browser; read it from on_start or an event handler"
        )

    def __call__(self, fn: Any) -> Any:
        raise TypeError(
            f"ref({self.selector!r}) is not a decorator; write it as a class attribute: "
            f"name = ref({self.selector!r})"
        )

    def __repr__(self) -> str:
        return f"ref({self.selector!r})"


def ref(selector: str) -> Ref:
    """Declare a DOM reference: `button = ref("[data-role='go']")` as a class attribute."""
    return Ref(selector)
