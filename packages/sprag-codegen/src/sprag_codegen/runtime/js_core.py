"""Core value helpers: keyword marker, float boxes, type names, truthiness, equality, hashing."""

SOURCES = {
    "$KW": r'''const $KW = Symbol.for("sprag.kw");''',
    "$iskw": r'''
function $iskw(v) { return v !== null && typeof v === "object" && v[$KW] === true; }''',
    "$kwobj": r'''
function $kwobj(fname, named, ...maps) {
  // f(a=1, **m): the keyword object; fname is how CPython names f in its error message.
  const out = {};
  for (const m of maps) {
    const entries = m instanceof Map ? m.entries() : Object.entries(m);
    for (const [k, v] of entries) {
      if (typeof k !== "string") throw new $TypeError("keywords must be strings");
      if (Object.prototype.hasOwnProperty.call(out, k) || Object.prototype.hasOwnProperty.call(named, k)) throw new $TypeError(`${fname}() got multiple values for keyword argument '${k}'`);
      out[k] = v;
    }
  }
  Object.assign(out, named);
  out[$KW] = true;
  return out;
}''',
    "$Float": r'''
class $Float extends Number {}''',
    "$box": r'''
function $box(x) { return Number.isInteger(x) ? new $Float(x) : x; }''',
    "$isfloat": r'''
function $isfloat(v) { return v instanceof Number || (typeof v === "number" && !Number.isInteger(v)); }''',
    "$isnum": r'''
function $isnum(v) { return typeof v === "number" || typeof v === "boolean" || typeof v === "bigint" || v instanceof Number; }''',
    "$isplain": r'''
function $isplain(v) {
  if (v === null || typeof v !== "object") return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}''',
    "$istuple": r'''
function $istuple(v) { return Array.isArray(v) && Object.isFrozen(v); }''',
    "$tuple": r'''
function $tuple(...items) { return Object.freeze(items); }''',
    "$isclass": r'''
function $isclass(f) {
  if (typeof f !== "function") return false;
  const d = Object.getOwnPropertyDescriptor(f, "prototype");
  return d !== undefined && d.writable === false;
}''',
    "$typename": r'''
function $typename(v) {
  if (v === null || v === undefined) return "NoneType";
  switch (typeof v) {
    case "boolean": return "bool";
    case "number": return Number.isInteger(v) ? "int" : "float";
    case "bigint": return "int";
    case "string": return "str";
    case "function": return $isclass(v) ? "type" : (v.$pytype || "function");
  }
  if (v instanceof Number) return "float";
  if (Array.isArray(v)) return Object.isFrozen(v) ? "tuple" : "list";
  if (v instanceof Map || $isplain(v)) return "dict";
  if (v instanceof Set) return v.$frozen ? "frozenset" : "set";
  if (v.$pytype) return v.$pytype;
  if (typeof v.next === "function" && typeof v[Symbol.iterator] === "function") return "generator";
  return v.constructor ? $clsname(v.constructor) : "object";
}''',
    "$truthy": r'''
function $truthy(v) {
  if (v === null || v === undefined) return false;
  switch (typeof v) {
    case "boolean": return v;
    case "number": return v !== 0;
    case "string": return v.length > 0;
    case "function": return true;
  }
  if (v instanceof Number) return +v !== 0;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Map || v instanceof Set) return v.size > 0;
  if (typeof v.__bool__ === "function") return typeof $ubool === "function" ? $ubool(v) : v.__bool__();
  if (typeof v.__len__ === "function") return (typeof $ulen === "function" ? $ulen(v) : v.__len__()) > 0;
  if ($isplain(v)) return Object.keys(v).length > 0;
  return true;
}''',
    "$eq": r'''
function $eq(a, b) {
  if (a === b) return typeof a !== "number" || a === a;
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === null || b === null) return a === b;
  const ta = typeof a, tb = typeof b;
  if (ta === "string" || tb === "string") return false;
  if ($isnum(a) && $isnum(b)) return ta === "bigint" || tb === "bigint" ? a == b : +a === +b;
  if (ta === "object" && typeof a.__eq__ === "function") {
    const r = a.__eq__(b);
    if (r !== $NotImplemented) return $truthy(r);
  }
  if (tb === "object" && typeof b.__eq__ === "function") {
    const r = b.__eq__(a);
    if (r !== $NotImplemented) return $truthy(r);
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || Object.isFrozen(a) !== Object.isFrozen(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i]) && !$eq(a[i], b[i])) return false;
    return true;
  }
  const ma = a instanceof Map || $isplain(a), mb = b instanceof Map || $isplain(b);
  if (ma || mb) {
    if (!(ma && mb)) return false;
    const ea = $entries(a), eb = $entries(b);
    if (ea.length !== eb.length) return false;
    const mb2 = b instanceof Map ? b : new Map(eb);
    for (const [k, v] of ea) {
      const hk = $mk(mb2, k);
      if (!mb2.has(hk) || !(Object.is(v, mb2.get(hk)) || $eq(v, mb2.get(hk)))) return false;
    }
    return true;
  }
  if (a instanceof Set && b instanceof Set) {
    if (a.size !== b.size) return false;
    for (const x of a) if (!b.has(x)) return false;
    return true;
  }
  return false;
}''',
    "$NotImplemented": r'''
const $NotImplemented = Object.freeze({ $pytype: "NotImplementedType", __repr__() { return "NotImplemented"; } });''',
    "$entries": r'''
function $entries(m) { return m instanceof Map ? Array.from(m.entries()) : Object.entries(m); }''',
    "$hk": r'''
const $interned = new Map();
const $oids = new WeakMap();
function $hkey(v) {
  // A string equal for keys Python considers the same (tuples and frozensets by value).
  if (v === null || v === undefined) return "N";
  switch (typeof v) {
    case "number": return "n" + (Number.isSafeInteger(v) || !Number.isInteger(v) ? v : BigInt(v));
    case "bigint": return "n" + v;
    case "boolean": return "n" + (+v);
    case "string": return "s" + v.length + ":" + v;
  }
  if (v instanceof Number) return $hkey(+v);
  if ($istuple(v)) return "t(" + v.map($hkey).join(",") + ")";
  if (v instanceof Set && v.$frozen) return "f(" + Array.from(v, $hkey).sort().join(",") + ")";
  if (Array.isArray(v) || v instanceof Map || v instanceof Set || $isplain(v) || v.__hash__ === null) throw new $TypeError(`unhashable type: '${$typename(v)}'`);
  if (typeof v.__hash__ === "function" && typeof $hkuser === "function") v = $hkuser(v);
  let id = $oids.get(v);
  if (id === undefined) $oids.set(v, (id = $oids.n = ($oids.n || 0) + 1));
  return "o" + id;
}
const $floatkeys = new Map();
function $hk(v) {
  if (typeof v === "string" || typeof v === "number") return v;
  if (v === undefined) return null;
  if (v instanceof Number) {
    const n = +v;
    let box = $floatkeys.get(n);
    if (box === undefined) { box = v instanceof $Float ? v : new $Float(n); $floatkeys.set(n, box); }
    return box;
  }
  if (v !== null && typeof v === "object") {
    if (!Array.isArray(v) && !(v instanceof Map) && !(v instanceof Set) && !$isplain(v)) {
      if (v.__hash__ === null) throw new $TypeError(`unhashable type: '${$typename(v)}'`);
      return typeof v.__hash__ === "function" && typeof $hkuser === "function" ? $hkuser(v) : v;
    }
    const key = $hkey(v);
    const hit = $interned.get(key);
    if (hit !== undefined) return hit;
    $interned.set(key, v);
    return v;
  }
  return v;
}''',
    "$mk": r'''
function $mk(m, k) {
  // The key object m already holds for a key equal to k (1 == 1.0 == True), else k's hash key.
  k = $hk(k);
  if (typeof k === "number" || typeof k === "boolean" || k instanceof Number) {
    if (m.has(k)) return k;
    const n = +k;
    if (typeof k !== "number" && m.has(n)) return n;
    const box = $floatkeys.get(n);
    if (box !== undefined && box !== k && m.has(box)) return box;
    if (n === 1 && k !== true && m.has(true)) return true;
    if (n === 0 && k !== false && m.has(false)) return false;
    // 2.0 ** 60 and 2 ** 60 are one key: past 2**53 the int is a BigInt.
    if (Number.isInteger(n) && !Number.isSafeInteger(n) && m.has(BigInt(n))) return BigInt(n);
  } else if (typeof k === "bigint") {
    const n = Number(k);
    if (isFinite(n) && BigInt(n) === k) {
      const box = $floatkeys.get(n);
      if (box !== undefined && m.has(box)) return box;
      if (m.has(n)) return n;
    }
  }
  return k;
}''',
    "$ub": r'''
function $ub(v, name) {
  if (v === undefined) throw new $UnboundLocalError(`@@UNBOUND_LOCAL@@`);
  return v;
}''',
    "$ubg": r'''
function $ubg(v, name) {
  if (v === undefined) throw new $NameError(`name '${name}' is not defined`);
  return v;
}''',
    "$is": r'''
function $is(a, b) {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  return Object.is(a, b) || (a === b);
}''',
}
