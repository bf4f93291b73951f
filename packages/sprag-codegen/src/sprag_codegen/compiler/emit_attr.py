"""Attributes: loads, stores, and the builtin-type method tables."""

from __future__ import annotations

import ast
from typing import Optional

from ..runtime.js_dispatch import BUILTIN_ATTRIBUTE_NAMES
from ..runtime.js_methods import (
    ALL_METHOD_NAMES,
    DICT_METHODS,
    FLOAT_METHODS,
    LIST_METHODS,
    SET_METHODS,
    STR_METHODS,
    TUPLE_METHODS,
)
from .context import Expr
from .emitter import Emitter

__all__ = ["load_attribute", "store_attribute", "always_has", "METHOD_TABLES", "module_of", "method_helper",
           "lookup_helper"]

# static type -> the method names it has; `{type}.{name}` compiles to the helper `${type}_{name}`.
METHOD_TABLES = {
    "str": STR_METHODS,
    "list": LIST_METHODS,
    "tuple": TUPLE_METHODS,
    "dict": DICT_METHODS,
    "set": SET_METHODS,
}
_TYPED = dict(METHOD_TABLES, float=FLOAT_METHODS)


def method_helper(em: Emitter, type_name: str, attr: str) -> str:
    """The JS identifier of builtin method ``type_name.attr`` (which must exist)."""
    return em.h(f"${type_name}_{attr}")


def lookup_helper(em: Emitter, attr: str) -> str:
    """The per-name lookup for a call/read of ``attr`` on a receiver of unknown type."""
    return em.h(f"$k_{attr}") if attr in ALL_METHOD_NAMES else "null"


def module_of(em: Emitter, node: ast.AST) -> Optional[str]:
    """The builtin module ('math', 'asyncio') a Name refers to, if it is one."""
    if isinstance(node, ast.Name):
        owner = em.owner_of(node.id)
        if owner is not None and owner.kind == "module":
            return em.ctx.module_aliases.get(node.id)
    return None


def load_attribute(em: Emitter, node: ast.Attribute) -> Expr:
    attr = node.attr
    module = module_of(em, node.value)
    if module == "math":
        from .builtins import MATH_NAMES

        if attr not in MATH_NAMES:
            em.fail("SC117", node, name="math", attr=attr, allowed=", ".join(sorted(MATH_NAMES)))
        t = "float" if attr in ("pi", "e", "tau", "inf", "nan") else None
        return Expr(em.h(f"$math_{attr}"), t)
    if isinstance(node.value, ast.Name) and node.value.id in em.ctx.namespace_imports \
            and em.owner_of(node.value.id) is not None and em.owner_of(node.value.id).kind == "module":
        mod = em.ctx.namespace_imports[node.value.id]
        binding = em.ctx.dialect.imports[mod]
        target = binding.names.get(attr)
        if target is None:
            em.fail("SC115", node, module=mod, name=attr,
                    allowed=", ".join(sorted(binding.names)) or "(none)")
        return Expr(em.ctx.require(*target))
    if isinstance(node.value, ast.Name) and node.value.id in METHOD_TABLES \
            and em.is_builtin(node.value.id):
        names = METHOD_TABLES[node.value.id]
        if attr == "fromkeys" and node.value.id == "dict":
            return Expr(em.h("$dict_fromkeys"))
        if attr not in names:
            em.fail("SC117", node, name=node.value.id, attr=attr, allowed=", ".join(sorted(names)))
        return Expr(method_helper(em, node.value.id, attr))
    if module == "dataclasses":
        if attr != "FrozenInstanceError":
            em.fail("SC117", node, name=module, attr=attr,
                    allowed="dataclass, field (as decorators/defaults), FrozenInstanceError")
        return Expr(em.h("$FrozenInstanceError"))
    if module is not None:
        em.fail("SC117", node, name=module, attr=attr, allowed="run, sleep, gather, create_task")
    if attr.startswith("__") and attr.endswith("__") and attr not in ("__name__", "__class__",
                                                                      "__doc__", "__cause__", "__context__",
                                                                      "__suppress_context__",
                                                                      "__match_args__"):
        if attr not in em.ctx.method_names:
            em.unsupported(node, f"attribute {attr}", "use a regular attribute or method")
    base = em.expr(node.value)
    js = em.ctx.dialect.js_attribute(attr)
    if attr == "__class__":
        return Expr(f"{em.h('$typeof')}({em.escape(base)})")
    if attr in BUILTIN_ATTRIBUTE_NAMES:
        return Expr(f"{em.h('$getattr')}({em.escape(base)}, {_q(attr)})")
    if base.type in _TYPED and attr in _TYPED[base.type]:
        return Expr(f"{method_helper(em, base.type, attr)}.bind(null, {em.escape(base)})")
    if base.type in METHOD_TABLES or base.type in ("int", "float", "bool", "None"):
        return Expr(f"{em.h('$ga')}(null, {em.escape(base)}, {_q(attr)})")
    if always_has(em, node.value, attr):
        return Expr(f"{base.code}.{js}")
    jsarg = f", {_q(js)}" if js != attr else ""
    return Expr(f"{em.h('$ga')}({lookup_helper(em, attr)}, {base.code}, {_q(attr)}{jsarg})")


def always_has(em: Emitter, value: ast.AST, attr: str) -> bool:
    """True when ``value.attr`` certainly exists: a data attribute of this method's ``self``
    that the class (or a compiled base) always sets, defines at class level, or that the
    dialect's runtime base sets. Anything else is read through ``$ga``, which raises
    AttributeError for a missing attribute instead of reading it as None."""
    if not (isinstance(value, ast.Name) and value.id in em.scope_self_names()):
        return False
    ctx = em.ctx
    if attr in ctx.method_names or attr in ALL_METHOD_NAMES:
        return False
    deleted = getattr(ctx, "_deleted_attrs", None)
    if deleted is None:
        deleted = ctx._deleted_attrs = {n.attr for n in ctx.all_nodes if isinstance(n, ast.Attribute)
                                        and isinstance(n.ctx, ast.Del)}
    if attr in deleted:
        return False  # `del obj.attr` somewhere: it may be gone
    info = em.fn.class_info
    scope = em.scope
    while info is None and scope is not None:
        if scope.kind == "class":
            info = ctx.classes.get(scope.node.name)
            break
        scope = scope.parent
    if info is None:
        return False
    if info.dialect_base and attr in ctx.dialect.attributes:
        return True
    chain = []
    while info is not None and info not in chain:
        chain.append(info)
        bases = [b for b in info.node.bases if isinstance(b, ast.Name)]
        info = ctx.classes.get(bases[0].id) if bases else None
        if info is not None and not hasattr(info, "instance_attrs"):
            info = None
    for i, c in enumerate(chain):
        if attr in c.instance_attrs or attr in c.attributes or attr in c.properties:
            return True
        # set after super().__init__(): certain unless a base __init__ can call back into self
        if attr in c.late_attrs and not any(b.init_calls_self for b in chain[i + 1:]):
            return True
    return False


def store_attribute(em: Emitter, node: ast.Attribute, value_code: str) -> str:
    base = em.expr(node.value)
    js = em.ctx.dialect.js_attribute(node.attr)
    if module_of(em, node.value):
        em.unsupported(node, "assignment to a module attribute", "keep state in your own objects")
    if isinstance(node.value, ast.Name) and node.value.id in em.scope_self_names():
        return f"{base.code}.{js} = {value_code}"
    # Builtin values (None, str, list ...) have no settable attributes: AttributeError.
    name = f", {_q(node.attr)}" if js != node.attr else ""
    return f"{em.h('$sa')}({em.escape(base)}, {_q(js)}, {value_code}{name})"


def _q(s: str) -> str:
    return '"' + s + '"'
