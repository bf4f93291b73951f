"""Method and attribute dispatch on receivers whose type is not known at compile time.

Each builtin-type method name gets its own lookup helper (`$k_pop(o)` -> `$list_pop`,
`$dict_pop`, `$set_pop` or nothing), generated from the method tables, so a module ships only
the methods it can actually call. `$cm` / `$ga` call or read through such a lookup (or none,
for names no builtin type has) and raise Python's AttributeError. `$getattr` (the `getattr()`
builtin, whose name is only known at run time) still needs every table.
"""

from .js_methods import (
    DICT_METHODS,
    FLOAT_METHODS,
    GENERATOR_METHODS,
    INT_METHODS,
    LIST_METHODS,
    SET_METHODS,
    STR_METHODS,
    TUPLE_METHODS,
)

__all__ = ["SOURCES", "BUILTIN_ATTRIBUTE_NAMES"]

# The set methods a frozenset has too (the others mutate).
FROZENSET_METHODS = frozenset(
    "copy union intersection difference symmetric_difference issubset issuperset isdisjoint".split())

# Attributes (not methods) of builtin types: read through the full `$getattr`.
BUILTIN_ATTRIBUTE_NAMES = frozenset({"real", "imag"})

_GEN_TEST = 'o !== null && typeof o === "object" && typeof o.next === "function" && typeof o[Symbol.iterator] === "function"'


def _lookup(name: str) -> str:
    lines = [f"function $k_{name}(o, loose) {{"]
    if name in STR_METHODS:
        lines.append(f'  if (typeof o === "string") return $str_{name};')
    in_list, in_tuple = name in LIST_METHODS, name in TUPLE_METHODS
    if in_list or in_tuple:
        t = f"$tuple_{name}" if in_tuple else "undefined"
        li = f"$list_{name}" if in_list else "undefined"
        lines.append(f"  if (Array.isArray(o)) return Object.isFrozen(o) ? {t} : {li};")
    if name in DICT_METHODS:
        lines.append(f"  if (o instanceof Map || (loose && $isplain(o))) return $dict_{name};")
    if name in SET_METHODS:
        frozen = "" if name in FROZENSET_METHODS else " && !o.$frozen"
        lines.append(f"  if (o instanceof Set{frozen}) return $set_{name};")
    if name in FLOAT_METHODS:
        lines.append(f"  if ($isfloat(o)) return $float_{name};")
    if name in INT_METHODS:
        lines.append(f"  if ($isint(o)) return $int_{name};")
    if name in GENERATOR_METHODS:
        lines.append(f"  if (loose && {_GEN_TEST}) return $gen_{name};")
    lines.append("}")
    return "\n".join(lines)


def _table(kind: str, names) -> str:
    body = ", ".join(f"{n}: ${kind}_{n}" for n in names)
    return f"const $M_{kind} = {{ {body} }};"


_NAMES = sorted(set(STR_METHODS + LIST_METHODS + TUPLE_METHODS + DICT_METHODS + SET_METHODS
                    + FLOAT_METHODS + INT_METHODS + GENERATOR_METHODS))

SOURCES = {f"$k_{n}": _lookup(n) for n in _NAMES}
SOURCES.update({
    "$M_str": _table("str", STR_METHODS),
    "$M_list": _table("list", LIST_METHODS),
    "$M_tuple": _table("tuple", TUPLE_METHODS),
    "$M_dict": _table("dict", ["fromkeys"] + DICT_METHODS),
    "$M_set": _table("set", SET_METHODS),
    "$M_float": _table("float", FLOAT_METHODS),
    "$M_int": _table("int", INT_METHODS),
    "$M_gen": _table("gen", GENERATOR_METHODS),
    "$builtin": r'''
function $builtin(o) {
  // None and the values of builtin types: they have only the methods in the tables.
  return o === null || o === undefined || typeof o === "string" || typeof o === "number" || typeof o === "boolean"
    || typeof o === "bigint" || o instanceof Number || Array.isArray(o) || o instanceof Map || o instanceof Set;
}''',
    "$noattr": r'''
function $noattr(o, name) { return new $AttributeError(`'${$typename(o)}' object has no attribute '${name}'`); }''',
    "$cm": r'''
function $cm(k, o, name, args, js) {
  // o.name(*args): k is the lookup helper for that method name, or null when no builtin type has it.
  let f = k && k(o);
  if (f) return f(o, ...args);
  if (!$builtin(o)) {
    const m = o[js || name];
    if (typeof m === "function") return m.apply(o, args);
    if (m !== undefined) return $call(m, ...args);
    f = k && k(o, true);
    if (f) return f(o, ...args);
  }
  throw $noattr(o, name);
}''',
    "$sa": r'''
function $sa(o, js, v, name) {
  // o.name = v: None and builtin values have no attributes to set (AttributeError).
  if (o === null || o === undefined || $builtin(o)) throw $noattr(o, name || js);
  o[js] = v;
}''',
    "$ga": r'''
function $ga(k, o, name, js) {
  // o.name as a value (bound method for functions found on the prototype).
  let f = k && k(o);
  if (f) return (...a) => f(o, ...a);
  if (!$builtin(o)) {
    js = js || name;
    const v = o[js];
    if (v !== undefined) return typeof v === "function" && !$isclass(v) && !Object.prototype.hasOwnProperty.call(o, js) ? v.bind(o) : v;
    f = k && k(o, true);
    if (f) return (...a) => f(o, ...a);
    if (name === "__name__" && typeof o === "function") return $clsname(o);
    if (name === "__class__") return o.constructor;
  }
  throw $noattr(o, name);
}''',
    "$methods": r'''
function $methods(o) {
  // The builtin method table for o's type, or null for other objects.
  if (typeof o === "string") return $M_str;
  if (Array.isArray(o)) return Object.isFrozen(o) ? $M_tuple : $M_list;
  if (o instanceof Map) return $M_dict;
  if (o instanceof Set) return $M_set;
  if (typeof o === "number" || o instanceof Number) return $isfloat(o) ? $M_float : $M_int;
  if (typeof o === "boolean" || typeof o === "bigint") return $M_int;
  return null;
}''',
    "$getattr": r'''
function $getattr(o, name, jsname, dflt) {
  if (typeof name !== "string") throw new $TypeError(`attribute name must be string, not '${$typename(name)}'`);
  const table = $methods(o);
  if (table !== null) {
    if (Object.prototype.hasOwnProperty.call(table, name)) { const f = table[name]; return (...a) => f(o, ...a); }
    if (name === "real" && $isnum(o)) return o;
    if (name === "imag" && $isnum(o)) return 0;
  } else if (o !== null && o !== undefined) {
    const v = o[jsname || name];
    if (v !== undefined) return typeof v === "function" && !$isclass(v) && !Object.prototype.hasOwnProperty.call(o, jsname || name) ? v.bind(o) : v;
    if ($isplain(o) && Object.prototype.hasOwnProperty.call($M_dict, name)) { const f = $M_dict[name]; return (...a) => f(o, ...a); }
    if ($M_gen[name] && typeof o.next === "function" && typeof o[Symbol.iterator] === "function") { const f = $M_gen[name]; return (...a) => f(o, ...a); }
    if (name === "__name__" && typeof o === "function") return $clsname(o);
    if (name === "__class__") return o.constructor;
  }
  if (dflt !== undefined) return dflt;
  throw new $AttributeError(`'${$typename(o)}' object has no attribute '${name}'`);
}''',
})
