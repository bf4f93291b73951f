"""Nested state graph with path selectors: :class:`Model` and :func:`create_model`.

Paths are dotted strings (``"items.0.title"``) or sequences of keys. Writes copy the path they
change and leave everything else shared, so earlier snapshots never change under a reader and
subscribers compare old and new values cheaply.
"""

from __future__ import annotations

import copy
from typing import Any, Callable, List, Mapping, Optional, Sequence, Union

from ._observe import Observable

__all__ = ["Model", "create_model"]

Path = Union[str, Sequence[Any], None]
_MISSING = object()


def _keys(path: Path) -> List[Any]:
    if path is None or path == "":
        return []
    if isinstance(path, str):
        return path.split(".")
    if isinstance(path, (list, tuple)):
        return list(path)
    raise TypeError(f"a model path is a dotted string or a list of keys, got {path!r}")


def _index(node: list, key: Any, path: Path, allow_end: bool = False) -> int:
    try:
        idx = int(key)
    except (TypeError, ValueError):
        raise KeyError(f"path {path!r}: {key!r} is not a list index") from None
    size = len(node) + (1 if allow_end else 0)
    if not -len(node) <= idx < size:
        raise KeyError(f"path {path!r}: index {idx} is out of range (length {len(node)})")
    return idx


def _get_in(node: Any, keys: List[Any]) -> Any:
    for key in keys:
        if isinstance(node, Mapping):
            if key not in node:
                return _MISSING
            node = node[key]
        elif isinstance(node, list):
            try:
                node = node[int(key)]
            except (ValueError, TypeError, IndexError):
                return _MISSING
        else:
            return _MISSING
    return node


def _set_in(node: Any, keys: List[Any], value: Any, path: Path) -> Any:
    if not keys:
        return value
    key, rest = keys[0], keys[1:]
    if isinstance(node, list):
        idx = _index(node, key, path, allow_end=True)
        new_list = list(node)
        if idx == len(node):
            new_list.append(_set_in(None, rest, value, path))
        else:
            new_list[idx] = _set_in(node[idx], rest, value, path)
        return new_list
    if node is None or node is _MISSING:
        node = {}
    if not isinstance(node, Mapping):
        raise KeyError(f"path {path!r}: cannot set {key!r} inside a {type(node).__name__}")
    new_dict = dict(node)
    new_dict[key] = _set_in(node.get(key), rest, value, path)
    return new_dict


def _delete_in(node: Any, keys: List[Any], path: Path) -> Any:
    key, rest = keys[0], keys[1:]
    if isinstance(node, list):
        idx = _index(node, key, path)
        new_list = list(node)
        if rest:
            new_list[idx] = _delete_in(node[idx], rest, path)
        else:
            del new_list[idx]
        return new_list
    if not isinstance(node, Mapping) or key not in node:
        raise KeyError(f"path {path!r} does not exist")
    new_dict = dict(node)
    if rest:
        new_dict[key] = _delete_in(node[key], rest, path)
    else:
        del new_dict[key]
    return new_dict


def _merge(base: Any, partial: Mapping[str, Any]) -> dict:
    merged = dict(base) if isinstance(base, Mapping) else {}
    for key, value in partial.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


class Model(Observable):
    """A nested state tree: ``get(path) set(path, v) patch delete(path) select subscribe``.

    Subscribers (``subscribe(fn, selector="a.b" | callable, immediate=False)``) fire only when
    the selected value actually changes, and receive a copy they may freely mutate.
    """

    def __init__(self, name: str, initial: Optional[Mapping[str, Any]] = None) -> None:
        super().__init__(name)
        if initial is not None and not isinstance(initial, Mapping):
            raise TypeError(f"model {name!r}: initial state must be a dict, got {initial!r}")
        self._root: Any = copy.deepcopy(dict(initial or {}))

    def _select(self, selector: Any) -> Any:
        if callable(selector):
            return selector(self._root)
        value = _get_in(self._root, _keys(selector))
        return None if value is _MISSING else value

    def get(self, path: Path = None, default: Any = None) -> Any:
        """The value at ``path`` (a copy), or ``default`` when the path does not exist."""
        with self._lock:
            value = _get_in(self._root, _keys(path))
        return default if value is _MISSING else copy.deepcopy(value)

    def select(self, selector: Any) -> Any:
        """The value a selector (path or ``callable(state)``) picks, as a copy."""
        with self._lock:
            return copy.deepcopy(self._select(selector))

    def set(self, path: Path, value: Any) -> None:
        """Set the value at ``path``, creating intermediate dicts; ``set(None, {...})`` replaces."""
        keys = _keys(path)
        if not keys and not isinstance(value, Mapping):
            raise TypeError(f"model {self.name!r}: the root must be a dict, got {value!r}")
        with self._lock:
            self._root = _set_in(self._root, keys, copy.deepcopy(value), path)
            self._changed()

    def patch(self, partial: Mapping[str, Any], path: Path = None) -> None:
        """Deep-merge ``partial`` into the dict at ``path`` (the root by default)."""
        if not isinstance(partial, Mapping):
            raise TypeError(f"model {self.name!r}: patch() takes a dict, got {partial!r}")
        keys = _keys(path)
        with self._lock:
            current = _get_in(self._root, keys)
            if current is not _MISSING and current is not None and not isinstance(current, Mapping):
                raise KeyError(f"path {path!r} holds a {type(current).__name__}, not a dict")
            self._root = _set_in(self._root, keys, _merge(current, partial), path)
            self._changed()

    def delete(self, path: Path) -> None:
        """Remove the value at ``path``; KeyError if it does not exist."""
        keys = _keys(path)
        if not keys:
            raise KeyError(f"model {self.name!r}: delete() needs a path; use replace({{}})")
        with self._lock:
            self._root = _delete_in(self._root, keys, path)
            self._changed()

    def update(self, mutator: Callable[[Any], Any], path: Path = None) -> Any:
        """Atomically transform the value at ``path``: ``mutator(copy)`` edits or returns it."""
        keys = _keys(path)
        with self._lock:
            draft = copy.deepcopy(_get_in(self._root, keys))
            draft = None if draft is _MISSING else draft
            result = mutator(draft)
            new = draft if result is None else result
            self._root = _set_in(self._root, keys, new, path)
            self._changed()
            return copy.deepcopy(new)

    def replace(self, state: Mapping[str, Any]) -> None:
        """Replace the whole tree."""
        self.set(None, state)

    def __repr__(self) -> str:
        return f"Model({self.name!r})"


def create_model(name: str, initial: Optional[Mapping[str, Any]] = None) -> Model:
    """Create a nested, gevent-safe :class:`Model`."""
    return Model(name, initial)
