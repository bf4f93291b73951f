"""Imports: dialect bindings, relative modules, the few stdlib modules, and rejections."""

from __future__ import annotations

import ast
from typing import List

from .emit_stmt import handles
from .emitter import Emitter

__all__: List[str] = []

_BUILTIN_MODULES = {"math", "asyncio", "dataclasses"}
# dataclass and field are expanded at compile time (dataclasses_pass); only these names exist.
_DATACLASSES = {"dataclass", "field", "FrozenInstanceError"}
_IGNORED_MODULES = {"typing", "__future__", "typing_extensions"}


def _check_rejected(em: Emitter, node: ast.AST, module: str) -> None:
    for prefix, hint in em.ctx.dialect.rejected_imports.items():
        if module == prefix or module.startswith(prefix + "."):
            em.fail("SC113", node, module=module, hint=hint)


def _allowed(em: Emitter) -> str:
    names = sorted(set(em.ctx.dialect.imports) | _BUILTIN_MODULES | _IGNORED_MODULES)
    return ", ".join(names + ["relative imports (from .x import y)"])


def _module_level(em: Emitter, node: ast.AST) -> None:
    if em.scope.kind != "module":
        em.unsupported(node, "import inside a function or class",
                       "move the import to the top of the module")


@handles(ast.Import)
def import_(em: Emitter, node: ast.Import) -> None:
    _module_level(em, node)
    for alias in node.names:
        module = alias.name
        local = alias.asname or module.split(".")[0]
        _check_rejected(em, node, module)
        if module in _BUILTIN_MODULES:
            em.ctx.module_aliases[local] = module
            # `math` used as a value ships the whole module object; math.sqrt only $math_sqrt.
            em.ctx.aliases[local] = "$math" if module == "math" else "null"
            continue
        if module in _IGNORED_MODULES:
            em.ctx.aliases[local] = "null"
            continue
        binding = em.ctx.dialect.imports.get(module)
        if binding is not None and binding.default is not None and (alias.asname or "." not in module):
            em.ctx.aliases[local] = em.ctx.require(*binding.default)
            em.ctx.import_origins[local] = (module, None)
            continue
        if binding is not None:
            em.ctx.import_origins[local] = (module, None)
            em.ctx.aliases[local] = "null"
            em.ctx.namespace_imports[local] = module
            continue
        em.fail("SC114", node, module=module, allowed=_allowed(em))


@handles(ast.ImportFrom)
def import_from(em: Emitter, node: ast.ImportFrom) -> None:
    _module_level(em, node)
    module = node.module or ""
    if any(a.name == "*" for a in node.names):
        em.fail("SC106", node, module=("." * node.level) + module)
    if node.level:
        names = [a.name for a in node.names]
        spec = None
        resolver = em.ctx.resolve_relative
        if resolver is not None:
            spec = resolver(("." * node.level) + module, names)
        for alias in node.names:
            local = alias.asname or alias.name
            if isinstance(spec, dict):
                target = spec.get(alias.name)
                if target is None:
                    em.fail("SC115", node, module="." * node.level + module, name=alias.name,
                            allowed=", ".join(sorted(spec)))
                where, export = target
            else:
                prefix = "./" if node.level == 1 else "../" * (node.level - 1)
                where = spec if isinstance(spec, str) else prefix + module.replace(".", "/") + ".js"
                export = alias.name
            em.ctx.aliases[local] = em.ctx.require(where, export)
            em.ctx.import_origins[local] = ("." * node.level + module, alias.name)
        return
    _check_rejected(em, node, module)
    if module in _IGNORED_MODULES:
        for alias in node.names:
            em.ctx.aliases[alias.asname or alias.name] = "null"
        return
    if module == "sprag_codegen.interop":
        for alias in node.names:
            if alias.name != "as_is":
                em.fail("SC115", node, module=module, name=alias.name, allowed="as_is")
            em.ctx.aliases[alias.asname or alias.name] = "null"
            em.ctx.as_is_names.add(alias.asname or alias.name)
        return
    if module == "dataclasses":
        for alias in node.names:
            if alias.name not in _DATACLASSES:
                em.fail("SC115", node, module="dataclasses", name=alias.name,
                        allowed=", ".join(sorted(_DATACLASSES)))
            local = alias.asname or alias.name
            em.ctx.aliases[local] = em.h("$FrozenInstanceError") \
                if alias.name == "FrozenInstanceError" else "null"
        return
    if module == "math":
        from .builtins import MATH_NAMES

        for alias in node.names:
            if alias.name not in MATH_NAMES:
                em.fail("SC115", node, module="math", name=alias.name,
                        allowed=", ".join(sorted(MATH_NAMES)))
            em.ctx.aliases[alias.asname or alias.name] = f"$math_{alias.name}"
        return
    binding = em.ctx.dialect.imports.get(module)
    if binding is None:
        em.fail("SC114", node, module=module, allowed=_allowed(em))
    for alias in node.names:
        local = alias.asname or alias.name
        target = binding.names.get(alias.name)
        if target is None:
            em.fail("SC115", node, module=module, name=alias.name,
                    allowed=", ".join(sorted(binding.names)) or "(none)")
        # Imported lazily: a name only used as an intrinsic namespace (ui.div) needs no import.
        em.ctx.aliases[local] = None
        em.ctx.lazy_imports[local] = target
        em.ctx.import_origins[local] = (module, alias.name)
