"""Compilation state shared by the passes: diagnostics, helpers, imports, output lines."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set, Tuple

from ..diagnostics import Diagnostic
from ..dialect import Dialect
from .messages import render
from .scopes import Scope
from .types import TypeTable

__all__ = ["Abort", "ClassInfo", "ModuleContext", "Writer", "Expr"]


class Abort(Exception):
    """Stop compiling the current statement; its diagnostic is already recorded."""


@dataclass(frozen=True)
class Expr:
    """A compiled expression: JS code and the static type of its value (None = unknown)."""

    code: str
    type: Optional[str] = None


@dataclass
class ClassInfo:
    """What the compiler knows about one class defined in the module."""

    name: str
    node: ast.ClassDef
    methods: Set[str] = field(default_factory=set)
    properties: Set[str] = field(default_factory=set)
    statics: Set[str] = field(default_factory=set)
    attributes: Set[str] = field(default_factory=set)
    instance_attrs: Set[str] = field(default_factory=set)  # always set by __init__
    late_attrs: Set[str] = field(default_factory=set)  # set by __init__ after super().__init__()
    super_first: bool = False  # __init__ starts with super().__init__(...)
    init_calls_self: bool = False  # __init__ calls something that can reach self
    runtime_base: bool = False  # derives (maybe indirectly) from a non-compiled JS class
    dialect_base: bool = False  # derives from one of dialect.base_classes
    exception: bool = False


class Writer:
    """JS output lines with indentation, each remembering the Python (line, col) it came from."""

    def __init__(self) -> None:
        self.lines: List[Tuple[int, str, Optional[Tuple[int, int]]]] = []
        self.indent = 0
        self.loc: Optional[Tuple[int, int]] = None

    def line(self, text: str) -> None:
        self.lines.append((self.indent, text, self.loc))

    def extend(self, other: Writer, extra: int = 0) -> None:
        for indent, text, loc in other.lines:
            self.lines.append((indent + extra + self.indent, text, loc))

    def render(self) -> Tuple[List[str], List[Optional[Tuple[int, int]]]]:
        lines = self.lines
        texts = ["  " * indent + text if indent else text for indent, text, _ in lines]
        locs = [loc for _, _, loc in lines]
        return texts, locs


class ModuleContext:
    """Everything one compilation accumulates: diagnostics, helpers, imports, class facts."""

    def __init__(self, source: str, filename: str, dialect: Dialect,
                 scopes: Dict[ast.AST, Scope], types: TypeTable, resolve_relative=None) -> None:
        self.source = source
        self.filename = filename
        self.lines = source.splitlines()
        self.dialect = dialect
        self.scopes = scopes
        self.types = types
        self.resolve_relative = resolve_relative
        self.diagnostics: List[Diagnostic] = []
        self.helpers: Set[str] = set()
        self.imports: Dict[str, Dict[str, str]] = {}  # specifier -> {export: local}
        self.classes: Dict[str, ClassInfo] = {}
        self.classes_rebound: Set[str] = set()
        self.attribute_names: Set[str] = set()
        self.method_names: Set[str] = set()
        self.exports: List[str] = []
        self.all_nodes: List[ast.AST] = []
        self.aliases: Dict[str, Optional[str]] = {}  # imported name -> JS expression
        self.lazy_imports: Dict[str, Tuple[str, str]] = {}  # imported on first use
        self.import_origins: Dict[str, Tuple[str, Optional[str]]] = {}  # name -> (module, name)
        self.module_aliases: Dict[str, str] = {}  # local name -> builtin module ("math")
        self.namespace_imports: Dict[str, str] = {}  # local name -> dialect module (import x)
        self.declared_functions: Dict[int, Set[str]] = {}
        self.as_is_names: Set[str] = set()  # local names of sprag_codegen.interop.as_is
        self.unbound_reads: Set[int] = set()  # Name nodes that need an UnboundLocalError check  # scope id -> names declared by JS

    def helper(self, name: str) -> str:
        self.helpers.add(name)
        return name

    def require(self, specifier: str, export: str) -> str:
        names = self.imports.setdefault(specifier, {})
        if export not in names:
            taken = {local for m in self.imports.values() for local in m.values()}
            local = "$$" + export
            n = 2
            while local in taken:
                local = f"$${export}{n}"
                n += 1
            names[export] = local
        return names[export]

    def diagnostic(self, code: str, node: Optional[ast.AST], context: str,
                   severity: str = "error", **fields: object) -> Diagnostic:
        message, hint = render(code, **fields)
        line = getattr(node, "lineno", 1) or 1
        col = getattr(node, "col_offset", 0) or 0
        source_line = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        diag = Diagnostic(code, message, self.filename, line, col, context, source_line, hint,
                          severity)
        self.diagnostics.append(diag)
        return diag
