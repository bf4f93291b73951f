"""The dialect plugin API: how a framework adds its own names to compiled code."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Callable, Dict, FrozenSet, List, Mapping, Optional, Tuple

__all__ = ["Dialect", "ImportBinding", "IntrinsicCall"]


def _frozen(mapping: Optional[Mapping[str, Any]]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class ImportBinding:
    """Where the names of one Python module come from in JavaScript.

    ``names`` maps a Python name to ``(js_module_specifier, export_name)``. ``default`` is
    an optional ``(specifier, export_name)`` for ``import module`` (whole-module) use.
    """

    names: Mapping[str, Tuple[str, str]] = field(default_factory=dict)
    default: Optional[Tuple[str, str]] = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "names", _frozen(self.names))


@dataclass
class IntrinsicCall:
    """A call (or decorator) the dialect lowers itself; handlers return a JS expression."""

    name: str
    args: List[str]
    kwargs: List[Tuple[str, str]]
    star_args: List[str]
    star_kwargs: List[str]
    node: ast.AST
    require: Callable[[str, str], str]
    helper: Callable[[str], str]
    error: Callable[..., Any]
    literal_kwargs: Dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Dialect:
    """Framework names for compiled code: imports, renames, intrinsics, decorators, rejections."""

    name: str = "python"
    imports: Mapping[str, ImportBinding] = field(default_factory=dict)
    rejected_imports: Mapping[str, str] = field(default_factory=dict)
    globals: Mapping[str, str] = field(default_factory=dict)
    attribute_name: Optional[Callable[[str], str]] = None
    intrinsics: Mapping[str, Callable[[IntrinsicCall], str]] = field(default_factory=dict)
    decorators: Mapping[str, Callable[[IntrinsicCall], str]] = field(default_factory=dict)
    base_classes: FrozenSet[str] = frozenset()
    # data attributes every instance of a base class has (set by the runtime's constructor):
    # read directly like attributes the module assigns, instead of through the getattr helper
    attributes: FrozenSet[str] = frozenset()

    def __post_init__(self) -> None:
        for name in ("imports", "rejected_imports", "globals", "intrinsics", "decorators"):
            object.__setattr__(self, name, _frozen(getattr(self, name)))
        object.__setattr__(self, "base_classes", frozenset(self.base_classes))
        object.__setattr__(self, "attributes", frozenset(self.attributes))

    def extend(self, other: Dialect) -> Dialect:
        """Return a dialect with this one's names plus ``other``'s (``other`` wins on clashes)."""

        def merged(attr: str) -> Dict[str, Any]:
            out = dict(getattr(self, attr))
            out.update(getattr(other, attr))
            return out

        return Dialect(
            name=other.name,
            imports=merged("imports"),
            rejected_imports=merged("rejected_imports"),
            globals=merged("globals"),
            attribute_name=other.attribute_name or self.attribute_name,
            intrinsics=merged("intrinsics"),
            decorators=merged("decorators"),
            base_classes=self.base_classes | other.base_classes,
            attributes=self.attributes | other.attributes,
        )

    def js_attribute(self, name: str) -> str:
        """The JS name for a Python attribute/method name under this dialect."""
        return self.attribute_name(name) if self.attribute_name else name
