"""Scope analysis: which names each function, class, lambda and comprehension binds."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set

__all__ = ["Scope", "analyze_scopes", "FUNCTION_NODES", "COMPREHENSION_NODES"]

FUNCTION_NODES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
COMPREHENSION_NODES = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


@dataclass
class Scope:
    """The names one Python scope binds, and what kind of scope it is."""

    kind: str  # "module" | "function" | "class" | "lambda" | "comprehension"
    node: ast.AST
    parent: Optional[Scope]
    qualname: str
    bound: Set[str] = field(default_factory=set)
    params: List[str] = field(default_factory=list)
    nonlocals: Set[str] = field(default_factory=set)
    globals: Set[str] = field(default_factory=set)
    is_generator: bool = False
    is_async: bool = False
    class_name: Optional[str] = None  # the class a method belongs to
    self_name: Optional[str] = None  # the first parameter of a method
    children: List[Scope] = field(default_factory=list)
    # Binding sites for type inference: (name, (kind, node)); kind in expr/aug/for/def/unknown.
    sites: List[tuple] = field(default_factory=list)
    returns: List[Optional[ast.AST]] = field(default_factory=list)

    def declared(self) -> List[str]:
        """Names this scope must declare with `let` (bound here, not params, not nonlocal)."""
        return sorted(n for n in self.bound if n not in self.nonlocals and n not in self.params
                      and n not in self.globals)

    def owns(self, name: str) -> bool:
        return name in self.bound and name not in self.nonlocals and name not in self.globals

    def function_scope(self) -> Scope:
        """The nearest enclosing scope that is not a class body."""
        scope = self
        while scope.kind == "class" and scope.parent is not None:
            scope = scope.parent
        return scope


_DISPATCH: Dict[type, object] = {}


class _Binder(ast.NodeVisitor):
    """Collects the names bound directly in one scope, creating child scopes as it goes."""

    def __init__(self, scope: Scope, table: Dict[ast.AST, Scope]) -> None:
        self.scope = scope
        self.table = table

    def generic_visit(self, node: ast.AST) -> None:
        AST = ast.AST
        for name in node._fields:
            value = getattr(node, name, None)
            if type(value) is list:
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit(self, node: ast.AST) -> None:
        method = _DISPATCH.get(type(node))
        if method is None:
            method = _DISPATCH[type(node)] = getattr(type(self), "visit_" + type(node).__name__,
                                                      type(self).generic_visit)
        method(self, node)

    def visit_Constant(self, node: ast.AST) -> None:
        pass  # NodeVisitor's own visit_Constant is a slow compatibility shim

    # -- binding sites -------------------------------------------------------------------
    def _home(self, name: str) -> Scope:
        """The scope a binding of ``name`` here lands in (the module for ``global`` names)."""
        if name in self.scope.globals:
            scope = self.scope
            while scope.parent is not None:
                scope = scope.parent
            return scope
        return self.scope

    def bind(self, name: str, site: Optional[tuple] = None) -> None:
        home = self._home(name)
        home.bound.add(name)
        if site is not None:
            home.sites.append((name, site if home is self.scope else ("unknown", None)))

    def bind_target(self, target: ast.AST, site: tuple = ("unknown", None)) -> None:
        if isinstance(target, ast.Name):
            self.bind(target.id, site)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for elt in target.elts:
                self.bind_target(elt)
        elif isinstance(target, ast.Starred):
            self.bind_target(target.value)
        else:
            self.visit(target)

    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, (ast.Store, ast.Del)):
            self.bind(node.id)

    def visit_Assign(self, node: ast.Assign) -> None:
        self.visit(node.value)
        for target in node.targets:
            self.bind_target(target, ("expr", node.value))

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self.visit(node.value)
        self.bind_target(node.target, ("aug", node))

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit(node.value)
            self.bind_target(node.target, ("expr", node.value))
        elif isinstance(node.target, ast.Name):
            self.bind(node.target.id)
        else:
            self.visit(node.target)

    def visit_Return(self, node: ast.Return) -> None:
        self.scope.returns.append(node.value)
        if node.value is not None:
            self.visit(node.value)

    def visit_For(self, node: ast.For) -> None:
        self.visit(node.iter)
        self.bind_target(node.target, ("for", node.iter))
        for stmt in node.body + node.orelse:
            self.visit(stmt)

    visit_AsyncFor = visit_For

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.type is not None:
            self.visit(node.type)
        if node.name:
            self.bind(node.name, ("unknown", None))
        for stmt in node.body:
            self.visit(stmt)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.bind((alias.asname or alias.name).split(".")[0])

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        for alias in node.names:
            if alias.name != "*":
                self.bind(alias.asname or alias.name)

    def visit_Global(self, node: ast.Global) -> None:
        if self.scope.parent is not None:
            self.scope.globals.update(node.names)
            self._home(node.names[0]).bound.update(node.names)

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        self.scope.nonlocals.update(node.names)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self.visit(node.value)
        target_scope = self.scope
        while target_scope.kind == "comprehension" and target_scope.parent is not None:
            target_scope = target_scope.parent
        if isinstance(node.target, ast.Name):
            if node.target.id in target_scope.globals:
                _Binder(target_scope, self.table).bind(node.target.id, ("unknown", None))
            else:
                target_scope.bound.add(node.target.id)
                target_scope.sites.append((node.target.id, ("expr", node.value)))

    def visit_MatchAs(self, node: ast.AST) -> None:
        if getattr(node, "pattern", None) is not None:
            self.visit(node.pattern)
        if getattr(node, "name", None):
            self.bind(node.name, ("unknown", None))

    def visit_MatchStar(self, node: ast.AST) -> None:
        if getattr(node, "name", None):
            self.bind(node.name, ("unknown", None))

    def visit_MatchMapping(self, node: ast.AST) -> None:
        self.generic_visit(node)
        if getattr(node, "rest", None):
            self.bind(node.rest, ("unknown", None))

    def visit_Yield(self, node: ast.AST) -> None:
        self.scope.is_generator = True
        self.generic_visit(node)

    visit_YieldFrom = visit_Yield

    # -- nested scopes ---------------------------------------------------------------------
    def _child(self, kind: str, node: ast.AST, name: str) -> Scope:
        prefix = "" if self.scope.kind == "module" else self.scope.qualname + "."
        child = Scope(kind, node, self.scope, prefix + name)
        self.scope.children.append(child)
        self.table[node] = child
        return child

    def _function(self, node: ast.AST) -> None:
        for deco in getattr(node, "decorator_list", []):
            self.visit(deco)
        args: ast.arguments = node.args
        for default in args.defaults + [d for d in args.kw_defaults if d is not None]:
            self.visit(default)
        if isinstance(node, ast.Lambda):
            child = self._child("lambda", node, "<lambda>")
            child.returns.append(node.body)
        else:
            self.bind(node.name, ("def", node))
            child = self._child("function", node, node.name)
            child.is_async = isinstance(node, ast.AsyncFunctionDef)
            if self.scope.kind == "class":
                child.class_name = self.scope.qualname
        params = [a.arg for a in getattr(args, "posonlyargs", []) + args.args]
        if args.vararg:
            params.append(args.vararg.arg)
        params += [a.arg for a in args.kwonlyargs]
        if args.kwarg:
            params.append(args.kwarg.arg)
        child.params = params
        child.bound.update(params)
        if child.class_name and params:
            decos = {getattr(d, "id", None) for d in getattr(node, "decorator_list", [])}
            if "staticmethod" not in decos:
                child.self_name = params[0]
        binder = _Binder(child, self.table)
        body = [node.body] if isinstance(node, ast.Lambda) else node.body
        for stmt in body:
            binder.visit(stmt)

    visit_FunctionDef = _function
    visit_AsyncFunctionDef = _function
    visit_Lambda = _function

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for deco in node.decorator_list:
            self.visit(deco)
        for base in node.bases:
            self.visit(base)
        for kw in node.keywords:
            self.visit(kw.value)
        self.bind(node.name, ("unknown", None))
        child = self._child("class", node, node.name)
        binder = _Binder(child, self.table)
        for stmt in node.body:
            binder.visit(stmt)

    def _comprehension(self, node: ast.AST) -> None:
        generators: List[ast.comprehension] = node.generators
        # The first iterable is evaluated in the enclosing scope.
        self.visit(generators[0].iter)
        child = self._child("comprehension", node, "<comprehension>")
        binder = _Binder(child, self.table)
        for i, gen in enumerate(generators):
            if i:
                binder.visit(gen.iter)
            binder.bind_target(gen.target, ("for", gen.iter))
            for cond in gen.ifs:
                binder.visit(cond)
        if isinstance(node, ast.DictComp):
            binder.visit(node.key)
            binder.visit(node.value)
        else:
            binder.visit(node.elt)
        if isinstance(node, ast.GeneratorExp):
            child.is_generator = True

    visit_ListComp = _comprehension
    visit_SetComp = _comprehension
    visit_DictComp = _comprehension
    visit_GeneratorExp = _comprehension


def all_nodes(tree: ast.AST) -> List[ast.AST]:
    """Every node under tree (breadth-first); faster than ast.walk for one full pass."""
    out = [tree]
    AST = ast.AST
    i = 0
    while i < len(out):
        node = out[i]
        i += 1
        for name in node._fields:
            value = getattr(node, name, None)
            if type(value) is list:
                for item in value:
                    if isinstance(item, AST):
                        out.append(item)
            elif isinstance(value, AST):
                out.append(value)
    return out


def analyze_scopes(tree: ast.Module) -> Dict[ast.AST, Scope]:
    """Map the module and every function/class/lambda/comprehension node to its Scope."""
    module = Scope("module", tree, None, "<module>")
    table: Dict[ast.AST, Scope] = {tree: module}
    binder = _Binder(module, table)
    for stmt in tree.body:
        binder.visit(stmt)
    return table
