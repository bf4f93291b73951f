"""Classes: compiled to ES classes with Python's constructor protocol and class attributes."""

from __future__ import annotations

import ast
from typing import List, Optional

from .context import ClassInfo
from .emit_def import MAPPED_DUNDERS, apply_decorators, base_kind, function_js
from .emitter import Emitter
from .names import js_ident

__all__ = ["emit_class", "collect_class_info"]

_REJECTED_DUNDERS = {
    "__getattr__": "define explicit attributes or a get(name) method",
    "__getattribute__": "define explicit attributes or a get(name) method",
    "__setattr__": "use explicit setter methods or properties",
    "__delattr__": "use explicit methods",
    "__new__": "use __init__ or a factory classmethod",
    "__del__": "use an explicit close() method",
    "__init_subclass__": "use a class decorator",
    "__class_getitem__": "generic aliases are not needed at run time",
    "__slots__": "remove __slots__; attributes are assigned in __init__",
}


def collect_class_info(em: Emitter, node: ast.ClassDef) -> ClassInfo:
    info = ClassInfo(node.name, node)
    for stmt in node.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            decos = {getattr(d, "id", None) for d in stmt.decorator_list}
            setter = any(isinstance(d, ast.Attribute) and d.attr == "setter"
                         for d in stmt.decorator_list)
            if stmt.name == "__init__":
                _init_attributes(stmt, info)
            if "property" in decos or setter:
                info.properties.add(stmt.name)
            else:
                info.methods.add(stmt.name)
                if decos & {"staticmethod", "classmethod"}:
                    info.statics.add(stmt.name)
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            for t in targets:
                if isinstance(t, ast.Name):
                    info.attributes.add(t.id)
    return info


def _init_attributes(init: ast.FunctionDef, info: ClassInfo) -> None:
    """Attributes ``__init__`` assigns on self in its top-level statements (always set).

    Collection stops at control flow and at a call that can reach self (``self.m()``,
    ``f(self)``): that call may read attributes not assigned yet. A leading
    ``super().__init__(...)`` is recorded apart (``late_attrs``): the attributes after it are
    only certain when no base ``__init__`` calls methods on self.
    """
    args = init.args.posonlyargs + init.args.args
    if not args:
        return
    me = args[0].arg
    for i, stmt in enumerate(init.body):
        if i == 0 and _is_super_init(stmt):
            info.super_first = True
            continue
        if isinstance(stmt, (ast.Return, ast.Raise, ast.If, ast.Try, ast.While, ast.For)):
            break  # conservative: later assignments may not run
        if any(isinstance(n, ast.Call) and _mentions(n, me) for n in ast.walk(stmt)):
            info.init_calls_self = True
            break
        targets = stmt.targets if isinstance(stmt, ast.Assign) else \
            [stmt.target] if isinstance(stmt, ast.AnnAssign) and stmt.value is not None else []
        for t in targets:
            for sub in ast.walk(t):
                if isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) \
                        and sub.value.id == me and isinstance(sub.ctx, ast.Store):
                    (info.late_attrs if info.super_first else info.instance_attrs).add(sub.attr)
    if any(isinstance(n, ast.Call) and _mentions(n, me) for s in init.body[1 if info.super_first else 0:]
           for n in ast.walk(s)):
        info.init_calls_self = True


def _mentions(node: ast.AST, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id in (name, "super") for n in ast.walk(node))


def _is_super_init(stmt: ast.stmt) -> bool:
    return (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)
            and isinstance(stmt.value.func, ast.Attribute) and stmt.value.func.attr == "__init__"
            and isinstance(stmt.value.func.value, ast.Call)
            and isinstance(stmt.value.func.value.func, ast.Name)
            and stmt.value.func.value.func.id == "super")


def _check_member(em: Emitter, stmt: ast.stmt) -> None:
    name = getattr(stmt, "name", None)
    if isinstance(stmt, (ast.Assign, ast.AnnAssign)):
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
        name = next((t.id for t in targets if isinstance(t, ast.Name)), None)
    if name == "prototype" and isinstance(stmt, (ast.Assign, ast.AnnAssign)):
        em.unsupported(stmt, "a class attribute named 'prototype'",
                       "JS classes own a fixed 'prototype' property; rename the attribute")
    if name in _REJECTED_DUNDERS:
        em.fail("SC109", stmt, name=name, supported=", ".join(sorted(MAPPED_DUNDERS)))
    if name and name.startswith("__") and name.endswith("__") and name not in MAPPED_DUNDERS \
            and isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
        em.fail("SC109", stmt, name=name, supported=", ".join(sorted(MAPPED_DUNDERS)))


def emit_class(em: Emitter, node: ast.ClassDef) -> None:
    scope = em.ctx.scopes[node]
    # A rejected header is reported and the class is still compiled (from its first base), so
    # the problems in its methods are reported in the same run.
    for kw in node.keywords:
        if kw.arg == "metaclass":
            em.ctx.diagnostic("SC107", node, em.context_name())
        else:
            em.ctx.diagnostic("SC116", node, em.context_name(), construct=f"class keyword '{kw.arg}'",
                              hint="remove the class keyword argument")
    bases = [b for b in node.bases
             if not (isinstance(b, ast.Name) and b.id == "object" and em.is_builtin("object"))]
    if len(bases) > 1:
        em.ctx.diagnostic("SC108", node, em.context_name(), name=node.name)
        bases = bases[:1]
    info = em.ctx.classes.get(node.name) if em.scope.kind == "module" else None
    if info is None or info.node is not node:
        info = collect_class_info(em, node)
    extends = ""
    if bases:
        kind, ref = base_kind(em, bases[0])
        extends = f" extends {ref}"
        if kind == "exception":
            info.exception = True
        elif kind == "compiled":
            parent = em.ctx.classes[bases[0].id]
            info.runtime_base = parent.runtime_base
            info.dialect_base = parent.dialect_base
            info.exception = parent.exception
        elif kind == "dialect":
            info.runtime_base = info.dialect_base = True
        else:
            info.runtime_base = True
    name = js_ident(node.name)
    pre: List[str] = []
    members: List[tuple] = []  # (header, inner writer, loc)
    after: List[str] = []
    dialect = em.ctx.dialect
    has_init = False
    for stmt in node.body:
        saved_loc = em.w.loc
        em.w.loc = (stmt.lineno, stmt.col_offset)
        member = getattr(stmt, "name", None)
        em.context_override = f"{scope.qualname}.{member}" if member else scope.qualname
        try:
            _check_member(em, stmt)
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                kind, decorators = _method_kind(em, stmt)
                if stmt.name == "__init__":
                    has_init = True
                    if info.runtime_base:
                        kind = "ctor"
                        _check_super_first(em, stmt)
                is_dunder = stmt.name.startswith("__") and stmt.name.endswith("__")
                js = stmt.name if is_dunder else dialect.js_attribute(stmt.name)
                if kind in ("static", "classmethod"):
                    js = static_name(js)
                sig = f"{name}${js}$sig{'_set' if kind == 'setter' else ''}"
                p, inner, header = function_js(em, stmt, kind=kind, js_name=js,
                                               class_info=info, sig_name=sig)
                pre.extend(p)
                members.append((header, inner, em.w.loc))
                if kind in ("static", "classmethod"):
                    after.append(
                        f"Object.defineProperty({name}.prototype, \"{js}\", {{ configurable: true, "
                        f"writable: true, value: function (...a) {{ return this.constructor.{js}(...a); }} }});")
                if decorators:
                    wrapped = apply_decorators(em, decorators, f"{name}.prototype.{js}", "method")
                    after.append(f"{name}.prototype.{js} = {wrapped};")
            elif isinstance(stmt, (ast.Assign, ast.AnnAssign)):
                from .emit_stmt import assign_to

                saved = em.scope
                em.scope = scope
                try:
                    if isinstance(stmt, ast.AnnAssign) and stmt.value is None:
                        continue
                    value = em.expr(stmt.value)
                    targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                    for t in targets:
                        if not isinstance(t, ast.Name):
                            em.unsupported(t, "this class-level target", "assign simple names")
                    sub_w = em.w
                    from .context import Writer

                    em.w = Writer()
                    em.w.loc = sub_w.loc
                    for t in targets:
                        assign_to(em, t, value)
                    after.extend(text for _, text, _ in em.w.lines)
                    em.w = sub_w
                finally:
                    em.scope = saved
            elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                pass
            elif isinstance(stmt, ast.Pass):
                pass
            else:
                em.unsupported(stmt, f"{type(stmt).__name__.lower()} in a class body",
                               "keep class bodies to methods and simple attribute assignments")
        except Exception as exc:
            from .context import Abort

            if not isinstance(exc, Abort):
                raise
        finally:
            em.w.loc = saved_loc
            em.context_override = None
    for p in pre:
        em.line(p)
    declared = node.name in em.ctx.declared_functions.get(id(em.scope), set())
    if declared:
        em.line(f"class {name}{extends} {{")
    else:
        em.line(f"{name} = class {name}{extends} {{")
    em.w.indent += 1
    if not info.runtime_base and not bases:
        em.line("constructor(...args) { this.__init__(...args); }")
        if not has_init:
            em.line(f"__init__(...args) {{ if (args.length && !(args.length === 1 && "
                    f"{em.h('$iskw')}(args[0]) && Object.keys(args[0]).length === 0)) throw new "
                    f"{em.h('$TypeError')}(\"{node.name}() takes no arguments\"); }}")
    for header, inner, loc in members:
        saved = em.w.loc
        em.w.loc = loc
        em.line(header)
        em.w.extend(inner, 1)
        em.line("}")
        em.w.loc = saved
    em.w.indent -= 1
    em.line("}" if declared else "};")
    if name != node.name or True:
        em.line(f"{name}.$pyname = \"{node.name}\";")
    for line in after:
        em.line(line)
    if "__eq__" in info.methods and "__hash__" not in info.methods | info.attributes:
        em.line(f"{name}.prototype.__hash__ = null;")  # as CPython: __eq__ alone -> unhashable
    if "__hash__" in info.methods:
        em.h("$hkuser")
    if "__bool__" in info.methods:
        em.h("$ubool")  # $truthy checks what __bool__ returns once a class defines it
    if "__len__" in info.methods:
        em.h("$ulen")
    if node.decorator_list:
        em.line(f"{name} = {apply_decorators(em, node.decorator_list, name, 'class')};")


_FUNCTION_OWN = {"name", "length", "prototype", "caller", "arguments"}


def static_name(js: str) -> str:
    """Static members must not collide with a JS function's own properties (B.name is 'B')."""
    return js + "$" if js in _FUNCTION_OWN else js


def _method_kind(em: Emitter, stmt) -> tuple:
    kind = "method"
    rest: List[ast.expr] = []
    for d in stmt.decorator_list:
        if isinstance(d, ast.Name) and em.is_builtin(d.id) and d.id in ("staticmethod",
                                                                         "classmethod", "property"):
            kind = {"staticmethod": "static", "classmethod": "classmethod",
                    "property": "getter"}[d.id]
        elif isinstance(d, ast.Attribute) and d.attr == "setter":
            kind = "setter"
        elif isinstance(d, ast.Attribute) and d.attr in ("getter", "deleter"):
            em.unsupported(d, f"@{d.attr} on a property", "use @property and @name.setter")
        else:
            rest.append(d)
    return kind, rest


def _check_super_first(em: Emitter, stmt: ast.FunctionDef) -> None:
    body = [s for s in stmt.body
            if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    first: Optional[ast.stmt] = body[0] if body else None
    ok = (isinstance(first, ast.Expr) and isinstance(first.value, ast.Call)
          and isinstance(first.value.func, ast.Attribute) and first.value.func.attr == "__init__"
          and isinstance(first.value.func.value, ast.Call)
          and isinstance(first.value.func.value.func, ast.Name)
          and first.value.func.value.func.id == "super")
    if not ok:
        em.fail("SC118", first or stmt)
