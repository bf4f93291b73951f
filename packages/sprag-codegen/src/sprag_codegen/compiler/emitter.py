"""The emitter core: scopes, names, temporaries, escaping, and dispatch to node handlers."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Callable, Dict, List, NoReturn, Optional

from ..runtime.js_exceptions import EXCEPTION_NAMES
from .context import Abort, ClassInfo, Expr, ModuleContext, Writer
from .names import js_ident
from .scopes import Scope

__all__ = ["Emitter", "STMT_HANDLERS", "EXPR_HANDLERS", "FunctionState", "LoopState"]

STMT_HANDLERS: Dict[type, Callable[[Emitter, ast.AST], None]] = {}
EXPR_HANDLERS: Dict[type, Callable[[Emitter, ast.AST], Expr]] = {}

BUILTIN_MODULES = {"math": "$math", "asyncio": None}


@dataclass
class LoopState:
    break_label: Optional[str] = None


@dataclass
class FunctionState:
    """Per-JS-function state: temporaries to declare, loops, current exception variable."""

    scope: Scope
    temps: List[str] = field(default_factory=list)
    loops: List[LoopState] = field(default_factory=list)
    exc_vars: List[str] = field(default_factory=list)
    class_info: Optional[ClassInfo] = None
    in_method: bool = False
    is_constructor: bool = False


class Emitter:
    """Walks one module's AST and writes JS, delegating to per-node handler tables."""

    def __init__(self, ctx: ModuleContext, scope: Scope) -> None:
        self.ctx = ctx
        self.w = Writer()
        self.fn = FunctionState(scope)
        self.scope = scope
        self._temp_counter = 0
        #: set by test() for the comparison it evaluates as a condition (compare() reads it)
        self.compare_as_test = False

    # -- diagnostics -------------------------------------------------------------------------
    context_override: Optional[str] = None

    def context_name(self) -> str:
        if self.context_override:
            return self.context_override
        scope: Optional[Scope] = self.scope
        while scope is not None and scope.kind in ("lambda", "comprehension"):
            scope = scope.parent
        if scope is None or scope.kind == "module":
            return "<module>"
        return scope.qualname

    def fail(self, code: str, node: Optional[ast.AST], **fields: object) -> NoReturn:
        self.ctx.diagnostic(code, node, self.context_name(), **fields)
        raise Abort()

    def unsupported(self, node: ast.AST, construct: str, hint: str) -> NoReturn:
        self.fail("SC116", node, construct=construct, hint=hint)

    def h(self, name: str) -> str:
        return self.ctx.helper(name)

    def temp(self, prefix: str = "t") -> str:
        self._temp_counter += 1
        name = f"${prefix}{self._temp_counter}"
        self.fn.temps.append(name)
        return name

    def line(self, text: str) -> None:
        self.w.line(text)

    # -- statements --------------------------------------------------------------------------
    def stmt(self, node: ast.stmt) -> None:
        handler = STMT_HANDLERS.get(type(node))
        saved = self.w.loc
        self.w.loc = (node.lineno, node.col_offset)
        try:
            if handler is None:
                self.unsupported(node, type(node).__name__.lower(),
                                 "rewrite this with the supported subset (see sprag-codegen README)")
            handler(self, node)
        except Abort:
            pass
        except RecursionError:
            self.ctx.diagnostic("SC116", node, self.context_name(),
                                construct="an expression nested this deeply",
                                hint="split it into several statements")
        except Exception as exc:  # a compiler bug must still point at the user's line
            self.ctx.diagnostic("SC999", node, self.context_name(),
                                detail=f"{type(exc).__name__}: {exc}")
        finally:
            self.w.loc = saved

    def body(self, stmts: List[ast.stmt]) -> None:
        self.w.indent += 1
        for s in stmts:
            self.stmt(s)
        self.w.indent -= 1

    def block(self, header: str, stmts: List[ast.stmt], footer: str = "}") -> None:
        self.line(header)
        self.body(stmts)
        if footer:
            self.line(footer)

    # -- expressions -------------------------------------------------------------------------
    def expr(self, node: ast.expr) -> Expr:
        handler = EXPR_HANDLERS.get(type(node))
        if handler is None:
            self.unsupported(node, type(node).__name__,
                             "rewrite this expression with the supported subset")
        return handler(self, node)

    def escape(self, e: Expr) -> str:
        """Code safe to store anywhere: integral floats of known float type are boxed."""
        if e.type == "float":
            return f"{self.h('$box')}({e.code})"
        return e.code

    def val(self, node: ast.expr) -> str:
        return self.escape(self.expr(node))

    def truthy(self, e: Expr) -> str:
        if e.type == "bool":
            return e.code
        if e.type == "int":
            return f"({e.code} !== 0)"
        if e.type == "str":
            return f"({e.code}.length > 0)"
        if e.type == "None":
            return f"({e.code}, false)"
        if e.type in ("list", "tuple"):
            return f"({e.code}.length > 0)"
        return f"{self.h('$truthy')}({e.code})"

    def test(self, node: ast.expr) -> str:
        """A JS boolean expression for Python truthiness of node."""
        if isinstance(node, ast.BoolOp):
            op = " && " if isinstance(node.op, ast.And) else " || "
            return "(" + op.join(self.test(v) for v in node.values) + ")"
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return f"!{self.test(node.operand)}"
        if isinstance(node, ast.Compare):
            self.compare_as_test = True  # only its truth is needed: no rich-comparison values
            try:
                return self.truthy(self.expr(node))
            finally:
                self.compare_as_test = False
        return self.truthy(self.expr(node))

    # -- names -------------------------------------------------------------------------------
    def owner_of(self, name: str) -> Optional[Scope]:
        scope: Optional[Scope] = self.scope
        first = True
        while scope is not None:
            if (first or scope.kind != "class") and scope.owns(name):
                return scope
            first = False
            scope = scope.parent
        return None

    def js_name(self, name: str) -> str:
        return js_ident(name)

    def class_ref(self, scope: Scope) -> str:
        return js_ident(scope.node.name)

    def name_type(self, name: str) -> Optional[str]:
        return self.ctx.types.var_type(self.scope, name)

    def load_name(self, node: ast.Name) -> Expr:
        name = node.id
        owner = self.owner_of(name)
        if owner is not None:
            if owner.kind == "class":
                return Expr(f"{self.class_ref(owner)}.{name}")
            if owner.kind == "module" and name in self.ctx.aliases:
                alias = self.ctx.aliases[name]
                if alias is None:
                    alias = self.ctx.aliases[name] = self.ctx.require(*self.ctx.lazy_imports[name])
                elif alias.startswith("$math"):
                    self.h(alias)
                t = "float" if alias in ("$math_pi", "$math_e", "$math_tau", "$math_inf",
                                         "$math_nan") else None
                return Expr(alias, t)
            code = self.js_name(name)
            reads = self.ctx.unbound_reads
            if owner.kind == "module" and (id(node) in reads if owner is self.scope
                                           else "global:" + name in reads):
                return Expr(f"{self.h('$ubg')}({code}, \"{name}\")", self.name_type(name))
            if id(node) in reads and owner is self.scope:
                return Expr(f"{self.h('$ub')}({code}, \"{name}\")", self.name_type(name))
            return Expr(code, self.name_type(name))
        return self.builtin_value(node)

    def builtin_value(self, node: ast.Name) -> Expr:
        from .builtins import BUILTIN_VALUES

        name = node.id
        if name in self.ctx.dialect.globals:
            return Expr(self.ctx.dialect.globals[name])
        if name in EXCEPTION_NAMES:
            return Expr(self.h("$" + name))
        if name in BUILTIN_VALUES:
            return Expr(self.h(BUILTIN_VALUES[name]))
        if name == "NotImplemented":
            return Expr(self.h("$NotImplemented"))
        if name == "__name__":
            return Expr('"__main__"', "str")
        from .builtins import REJECTED_BUILTINS

        if name in REJECTED_BUILTINS:
            self.fail("SC105", node, name=name, hint=REJECTED_BUILTINS[name])
        self.fail("SC112", node, name=name)

    def is_builtin(self, name: str) -> bool:
        return self.owner_of(name) is None

    # -- nested scopes -----------------------------------------------------------------------
    def enter(self, scope: Scope, fn: Optional[FunctionState] = None):
        """Context manager-like pair: returns the saved state; call leave(saved) after."""
        saved = (self.scope, self.fn, self.w)
        self.scope = scope
        if fn is not None:
            self.fn = fn
        self.w = Writer()
        self.w.loc = saved[2].loc
        return saved

    def leave(self, saved) -> Writer:
        inner = self.w
        self.scope, self.fn, self.w = saved
        return inner


def _self_names(self: Emitter) -> set:
    """Names that mean the enclosing method's `self` at this point."""
    scope: Optional[Scope] = self.scope
    while scope is not None:
        if scope.self_name:
            if self.owner_of(scope.self_name) is scope:
                return {scope.self_name}
            return set()
        if scope.kind in ("module", "class"):
            return set()
        scope = scope.parent
    return set()


Emitter.scope_self_names = _self_names
