"""The compiler driver: run the passes over one module and return an Artifact."""

from __future__ import annotations

import ast
import inspect
import textwrap
from typing import Any, Callable, Optional

from .artifact import Artifact
from .compiler import (  # noqa: F401  (registers node handlers)
    emit_call,
    emit_class,
    emit_comp,
    emit_def,
    emit_expr,
    emit_import,
    emit_match,
    emit_stmt,
)
from .compiler.check import check_module, contexts
from .compiler.context import ModuleContext
from .compiler.dataclasses_pass import expand_dataclasses
from .compiler.emit_module import emit_module, link
from .compiler.flow import maybe_unbound_reads
from .compiler.scopes import all_nodes, analyze_scopes
from .compiler.sourcemap import build_source_map
from .compiler.types import infer_types
from .diagnostics import Diagnostic, JSCodegenError
from .dialect import Dialect

__all__ = ["compile_source", "compile_class", "compile_function"]

_DEFAULT_DIALECT = Dialect()


def _parse(source: str, filename: str) -> ast.Module:
    try:
        return ast.parse(source, filename=filename)
    except SyntaxError as exc:
        line = exc.lineno or 1
        lines = source.splitlines()
        text = lines[line - 1] if 0 < line <= len(lines) else (exc.text or "")
        diag = Diagnostic("SC001", f"invalid Python syntax: {exc.msg}", filename, line,
                          max((exc.offset or 1) - 1, 0), "<module>", text,
                          "fix the syntax error; the file must parse with CPython")
        raise JSCodegenError([diag]) from None


def compile_source(
    source: str,
    filename: str = "<string>",
    dialect: Optional[Dialect] = None,
    helpers: str = "inline",
    helpers_specifier: str = "./pyrt.js",
    resolve_relative: Optional[Callable[[str, list], Any]] = None,
) -> Artifact:
    """Compile a Python module to an ES2020 module.

    helpers="inline" emits the runtime helpers the code uses into the module (it runs as is with
    `node`); helpers="import" imports them from `helpers_specifier` (serve
    `helper_module(artifact.helpers)` there). Raises JSCodegenError listing every problem found.
    """
    if helpers not in ("inline", "import"):
        raise ValueError(f"helpers must be 'inline' or 'import', not {helpers!r}")
    dialect = dialect or _DEFAULT_DIALECT
    tree = _parse(source, filename)
    problems = expand_dataclasses(tree)
    scopes = analyze_scopes(tree)
    types = infer_types(scopes)
    ctx = ModuleContext(source, filename, dialect, scopes, types, resolve_relative)
    ctx.unbound_reads = maybe_unbound_reads(scopes)
    nodes = all_nodes(tree)
    ctx.all_nodes = nodes
    names_cache: dict = {}

    def context_of(node: ast.AST) -> str:
        if not names_cache:  # computed only when there is something to report
            names_cache.update(contexts(tree))
        return names_cache.get(node, "<module>")

    for node, message, hint, *where in problems:
        ctx.diagnostic("SC121", node, where[0] if where else context_of(node), message=message,
                       hint=hint)
    check_module(ctx, nodes, context_of)
    em = emit_module(ctx, tree)
    errors = [d for d in ctx.diagnostics if d.severity == "error"]
    if errors:
        unique = []
        seen = set()
        for d in sorted(errors, key=lambda d: (d.line, d.col)):
            key = (d.code, d.line, d.col)
            if key not in seen:
                seen.add(key)
                unique.append(d)
        raise JSCodegenError(unique)
    code, prefix, locs, exports = link(ctx, em, tree, helpers, helpers_specifier)
    js_file = filename.rsplit("/", 1)[-1].rsplit(".", 1)[0] + ".mjs"
    source_map = build_source_map(filename, source, locs, js_file, unmapped_prefix=prefix)
    warnings = [d for d in ctx.diagnostics if d.severity != "error"]
    return Artifact(code, source_map, warnings, frozenset(ctx.helpers), exports)


def _object_source(obj: Any) -> tuple:
    try:
        lines, start = inspect.getsourcelines(obj)
        filename = inspect.getsourcefile(obj) or "<unknown>"
    except (OSError, TypeError) as exc:
        raise ValueError(f"cannot read the source of {obj!r}: {exc}") from exc
    return textwrap.dedent("".join(lines)), filename, start


def _imports_used_by(module_source: str, used: set) -> str:
    """The module's import statements, narrowed to the names `used` (one import per line)."""
    out = []
    for node in ast.parse(module_source).body:
        if isinstance(node, ast.Import):
            for a in node.names:
                if (a.asname or a.name.split(".")[0]) in used:
                    out.append(f"import {a.name}" + (f" as {a.asname}" if a.asname else ""))
        elif isinstance(node, ast.ImportFrom) and node.module != "__future__":
            for a in node.names:
                if (a.asname or a.name) in used:
                    alias = f" as {a.asname}" if a.asname else ""
                    out.append(f"from {'.' * node.level}{node.module or ''} import {a.name}{alias}")
    return "\n".join(out)


def _compile_object(obj: Any, dialect, helpers, helpers_specifier, resolve_relative) -> Artifact:
    source, filename, start = _object_source(obj)
    used = {n.id for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Name)}
    module = inspect.getmodule(obj)
    prefix = ""
    if module is not None:
        try:
            module_source = inspect.getsource(module)
        except (OSError, TypeError):
            module_source = ""
        # Keep the module imports the object uses, so its names resolve the same way.
        prefix = _imports_used_by(module_source, used) if module_source else ""
        prefix = prefix + "\n" if prefix else ""
    padding = "\n" * max(start - 1 - prefix.count("\n"), 0)
    return compile_source(prefix + padding + source, filename, dialect, helpers,
                          helpers_specifier, resolve_relative)


def compile_class(cls: type, dialect: Optional[Dialect] = None, helpers: str = "inline",
                  helpers_specifier: str = "./pyrt.js", resolve_relative=None) -> Artifact:
    """Compile one class (read from its source file) together with its module's imports."""
    if not inspect.isclass(cls):
        raise TypeError(f"compile_class expects a class, got {type(cls).__name__}")
    return _compile_object(cls, dialect, helpers, helpers_specifier, resolve_relative)


def compile_function(fn: Callable, dialect: Optional[Dialect] = None, helpers: str = "inline",
                     helpers_specifier: str = "./pyrt.js", resolve_relative=None) -> Artifact:
    """Compile one function (read from its source file) together with its module's imports."""
    if not inspect.isfunction(fn):
        raise TypeError(f"compile_function expects a function, got {type(fn).__name__}")
    return _compile_object(fn, dialect, helpers, helpers_specifier, resolve_relative)
