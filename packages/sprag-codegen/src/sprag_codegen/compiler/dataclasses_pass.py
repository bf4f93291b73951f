"""The dataclasses pass: ``@dataclass`` classes get their generated methods as Python source.

Runs on the parsed module before scope analysis. For each class decorated with
``dataclasses.dataclass`` it writes what the decorator would generate at run time — ``__init__``
(defaults, ``field(default_factory=...)``, ``__post_init__``), ``__repr__``, ``__eq__``, the
order methods, ``__hash__`` for frozen classes, ``__match_args__`` — as ordinary methods, so
the rest of the compiler treats them like hand-written ones. Frozen instances are frozen at the
end of ``__init__``; assigning to them raises ``FrozenInstanceError`` as in CPython.
"""

from __future__ import annotations

import ast
import copy
from dataclasses import dataclass as _dc
from typing import Dict, List, Optional, Tuple

__all__ = ["expand_dataclasses", "FACTORY_SENTINEL", "FREEZE_BUILTIN"]

FACTORY_SENTINEL = "__sprag_dc_factory"
FREEZE_BUILTIN = "__sprag_dc_freeze"
_OPTIONS = {"init": True, "repr": True, "eq": True, "order": False, "unsafe_hash": False,
            "frozen": False, "match_args": True}
_FIELD_OPTIONS = {"default", "default_factory", "init", "repr", "compare"}
_MUTABLE = (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)

Problem = tuple  # (node, message, hint[, class name for the diagnostic's context])


@_dc
class _Field:
    name: str
    node: ast.AnnAssign
    default: Optional[ast.expr] = None
    factory: Optional[ast.expr] = None
    init: bool = True
    repr: bool = True
    compare: bool = True


def _names(tree: ast.Module) -> Tuple[Dict[str, str], set]:
    """Local names bound to dataclasses' dataclass/field/FrozenInstanceError, and module aliases."""
    names: Dict[str, str] = {}
    modules = set()
    for stmt in tree.body:
        if isinstance(stmt, ast.ImportFrom) and stmt.module == "dataclasses" and not stmt.level:
            for a in stmt.names:
                names[a.asname or a.name] = a.name
        elif isinstance(stmt, ast.Import):
            for a in stmt.names:
                if a.name == "dataclasses":
                    modules.add(a.asname or a.name)
    return names, modules


def _refers(node: ast.AST, what: str, names: Dict[str, str], modules: set) -> bool:
    if isinstance(node, ast.Name):
        return names.get(node.id) == what
    return (isinstance(node, ast.Attribute) and node.attr == what
            and isinstance(node.value, ast.Name) and node.value.id in modules)


def _const(node: ast.AST) -> Optional[bool]:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, bool) else None


def _is_classvar(ann: ast.AST) -> bool:
    if isinstance(ann, ast.Subscript):
        ann = ann.value
    return (isinstance(ann, ast.Name) and ann.id == "ClassVar") or (
        isinstance(ann, ast.Attribute) and ann.attr == "ClassVar")


def expand_dataclasses(tree: ast.Module) -> List[Problem]:
    """Rewrite every @dataclass class in place; returns the problems found (node, message, hint)."""
    names, modules = _names(tree)
    if not names and not modules:
        return []
    problems: List[Problem] = []
    fields_of: Dict[str, List[_Field]] = {}
    needs_sentinel = False
    for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
        deco, options = None, dict(_OPTIONS)
        for d in cls.decorator_list:
            target = d.func if isinstance(d, ast.Call) else d
            if _refers(target, "dataclass", names, modules):
                deco = d
        if deco is None:
            continue
        first_problem = len(problems)
        cls.decorator_list.remove(deco)
        if isinstance(deco, ast.Call):
            for kw in deco.keywords:
                value = _const(kw.value)
                if kw.arg not in _OPTIONS or value is None:
                    problems.append((deco, f"@dataclass({kw.arg}=...) is not supported in browser code",
                                     "use init, repr, eq, order, unsafe_hash, frozen or match_args "
                                     "with True/False"))
                    continue
                options[kw.arg] = value
        if options["order"] and not options["eq"]:
            problems.append((deco, "eq must be true if order is true", "remove eq=False"))
        fields = _collect(cls, names, modules, problems)
        base = cls.bases[0].id if cls.bases and isinstance(cls.bases[0], ast.Name) else None
        if base in fields_of:
            # A redefined field keeps its place in the base's order and takes the new default.
            own = {f.name: f for f in fields}
            inherited = [own.pop(f.name, f) for f in fields_of[base]]
            fields = inherited + [f for f in fields if f.name in own]
        fields_of[cls.name] = fields
        needs_sentinel |= any(f.factory is not None for f in fields)
        if _check_order(fields, problems):
            _generate(cls, deco, fields, options)
        for i in range(first_problem, len(problems)):
            problems[i] = problems[i][:3] + (cls.name,)
    if needs_sentinel:
        sentinel = ast.parse(f"class {FACTORY_SENTINEL}:\n    pass\n").body[0]
        _locate(sentinel, tree.body[0] if tree.body else sentinel)
        tree.body.insert(0, sentinel)
    return problems


def _collect(cls: ast.ClassDef, names, modules, problems: List[Problem]) -> List[_Field]:
    fields = []
    for stmt in cls.body:
        if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)) \
                or _is_classvar(stmt.annotation):
            continue
        f = _Field(stmt.target.id, stmt)
        value = stmt.value
        if isinstance(value, ast.Call) and _refers(value.func, "field", names, modules):
            for kw in value.keywords:
                if kw.arg not in _FIELD_OPTIONS:
                    problems.append((value, f"field({kw.arg}=...) is not supported in browser code",
                                     "use default, default_factory, init, repr or compare"))
                elif kw.arg == "default":
                    f.default = kw.value
                elif kw.arg == "default_factory":
                    f.factory = kw.value
                elif _const(kw.value) is None:
                    problems.append((kw.value, f"field({kw.arg}=) must be True or False",
                                     "write the literal True or False"))
                else:
                    setattr(f, kw.arg, _const(kw.value))
            if value.args:
                problems.append((value, "field() takes keyword arguments only",
                                 "write field(default=...) or field(default_factory=...)"))
            if f.default is not None and f.factory is not None:
                problems.append((value, "cannot specify both default and default_factory",
                                 "keep one of them"))
            stmt.value = copy.deepcopy(f.default) if f.default is not None else None
        elif value is not None:
            f.default = value
        if isinstance(f.default, _MUTABLE):
            kind = {ast.List: "list", ast.ListComp: "list", ast.Dict: "dict", ast.DictComp: "dict",
                    ast.Set: "set", ast.SetComp: "set"}[type(f.default)]
            problems.append((f.default, f"mutable default <class '{kind}'> for field {f.name} is "
                             "not allowed: use default_factory",
                             f"write {f.name}: ... = field(default_factory={kind})"))
        fields.append(f)
    return fields


def _check_order(fields: List[_Field], problems: List[Problem]) -> bool:
    ok = True
    seen_default = False
    for f in fields:
        if not f.init:
            continue
        if f.default is not None or f.factory is not None:
            seen_default = True
        elif seen_default:
            problems.append((f.node, f"non-default argument '{f.name}' follows default argument",
                             "give it a default or move it before the fields with defaults"))
            ok = False
    return ok


def _defined(cls: ast.ClassDef) -> set:
    return {s.name for s in cls.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))}


def _generate(cls: ast.ClassDef, deco: ast.AST, fields: List[_Field], options: dict) -> None:
    defined = _defined(cls)
    new: List[ast.stmt] = []
    init_fields = [f for f in fields if f.init]
    cmp = [f for f in fields if f.compare]
    mine = "(" + "".join(f"self.{f.name}, " for f in cmp) + ")"
    theirs = "(" + "".join(f"other.{f.name}, " for f in cmp) + ")"
    if options["init"] and "__init__" not in defined:
        params = ["self"]
        defaults: List[ast.expr] = []
        body = []
        for f in fields:
            if f.init:
                if f.factory is not None:
                    params.append(f"{f.name}={FACTORY_SENTINEL}")
                    defaults.append(None)  # keep the parsed sentinel
                    body.append(f"self.{f.name} = __factory_{f.name}() "
                                f"if {f.name} is {FACTORY_SENTINEL} else {f.name}")
                elif f.default is not None:
                    params.append(f"{f.name}=None")
                    defaults.append(f.default)
                    body.append(f"self.{f.name} = {f.name}")
                else:
                    params.append(f.name)
                    body.append(f"self.{f.name} = {f.name}")
            elif f.factory is not None:
                body.append(f"self.{f.name} = __factory_{f.name}()")
            elif f.default is not None:
                body.append(f"self.{f.name} = __default_{f.name}")
        if options["frozen"]:  # before __post_init__: assigning there raises, as in CPython
            body.append(f"{FREEZE_BUILTIN}(self)")
        if "__post_init__" in defined:
            body.append("self.__post_init__()")
        src = f"def __init__({', '.join(params)}):\n" + "".join(
            f"    {line}\n" for line in body or ["pass"])
        fn = ast.parse(src).body[0]
        parsed_defaults = fn.args.defaults
        fn.args.defaults = [copy.deepcopy(d) if d is not None else parsed_defaults[i]
                            for i, d in enumerate(defaults)]
        _Substitute({f"__factory_{f.name}": f.factory for f in fields if f.factory is not None}
                    | {f"__default_{f.name}": f.default for f in fields
                       if f.default is not None and not f.init}).visit(fn)
        new.append(fn)
    if options["repr"] and "__repr__" not in defined:
        parts = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in fields if f.repr)
        new.append(_parse(f"def __repr__(self):\n    return f\"{{self.__class__.__name__}}({parts})\"\n"))
    if options["eq"] and "__eq__" not in defined:
        new.append(_parse(f"def __eq__(self, other):\n    if other.__class__ is self.__class__:\n"
                          f"        return {mine} == {theirs}\n    return NotImplemented\n"))
    if options["order"]:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            new.append(_parse(f"def {name}(self, other):\n    if other.__class__ is self.__class__:\n"
                              f"        return {mine} {op} {theirs}\n    return NotImplemented\n"))
    if "__hash__" not in defined and (options["unsafe_hash"] or (options["eq"] and options["frozen"])):
        new.append(_parse(f"def __hash__(self):\n    return hash({mine})\n"))
    if options["match_args"] and not any(
            isinstance(s, ast.Assign) and any(getattr(t, "id", None) == "__match_args__"
                                              for t in s.targets) for s in cls.body):
        names = "".join(f"{f.name!r}, " for f in init_fields)
        new.append(ast.parse(f"__match_args__ = ({names})\n").body[0])
    for stmt in new:
        _locate(stmt, deco)
    body = [s for s in cls.body if not (isinstance(s, ast.Pass) or (
        isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant) and s is cls.body[0]))]
    cls.body = body + new if body or new else cls.body


class _Substitute(ast.NodeTransformer):
    def __init__(self, table: Dict[str, ast.expr]) -> None:
        self.table = table

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in self.table:
            return copy.deepcopy(self.table[node.id])
        return node


def _parse(src: str) -> ast.stmt:
    return ast.parse(src).body[0]


def _locate(stmt: ast.AST, where: ast.AST) -> None:
    """Generated code reports (and maps) to the decorator's line."""
    line, col = getattr(where, "lineno", 1), getattr(where, "col_offset", 0)
    for node in ast.walk(stmt):
        if "lineno" in node._attributes and not getattr(node, "_sprag_kept", False):
            node.lineno, node.col_offset = line, col
            node.end_lineno, node.end_col_offset = line, col
