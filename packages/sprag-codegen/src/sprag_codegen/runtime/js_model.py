"""The data model: context managers, hashing, rich comparisons, frozenset, dataclasses, interop.

Every helper is its own entry so a page ships only what its code uses.
"""

SOURCES = {
    "$enter": r'''
function $enter(m) {
  // The manager of a `with` statement, checked like CPython does before calling __enter__.
  if (m === null || typeof m !== "object" || typeof m.__enter__ !== "function") throw new $TypeError(`'${$typename(m)}' object does not support the context manager protocol`);
  if (typeof m.__exit__ !== "function") throw new $TypeError(`'${$typename(m)}' object does not support the context manager protocol (missed __exit__ method)`);
  return m;
}''',
    "$aenter": r'''
function $aenter(m) {
  // The manager of an `async with` statement, checked like CPython does before __aenter__.
  if (m === null || typeof m !== "object" || typeof m.__aenter__ !== "function") throw new $TypeError(`'${$typename(m)}' object does not support the asynchronous context manager protocol`);
  if (typeof m.__aexit__ !== "function") throw new $TypeError(`'${$typename(m)}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  return m;
}''',
    "$aiterable": r'''
function $aiterable(o) {
  // The object of an `async for` as a JS async iterable: __aiter__ once, then await
  // __anext__() until it raises StopAsyncIteration (CPython's checks and messages).
  if (o === null || typeof o !== "object" || typeof o.__aiter__ !== "function") throw new $TypeError(`'async for' requires an object with __aiter__ method, got ${$typename(o)}`);
  const it = o.__aiter__();
  if (it === null || typeof it !== "object" || typeof it.__anext__ !== "function") throw new $TypeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${$typename(it)}`);
  const next = async () => {
    try {
      return { value: await it.__anext__(), done: false };
    } catch (e) {
      if (e instanceof $StopAsyncIteration) return { value: undefined, done: true };
      throw e;
    }
  };
  return { [Symbol.asyncIterator]: () => ({ next }) };
}''',
    "$TB": r'''
// What __exit__ receives as the traceback: an object (CPython's is never None there).
const $TB = Object.freeze({ $pytype: "traceback" });''',
    "$uobj": r'''
function $uobj(v) {
  // An object that may define rich comparisons (not None, a number, a str or a builtin container).
  return v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Number) && !(v instanceof Set) && !(v instanceof Map);
}''',
    "$rich": r'''
function $rich(a, b, op) {
  // a op b by the data model, as a condition (the truth of what the method returned).
  return $truthy($richv(a, b, op));
}''',
    "$cmpv": r'''
const $CMPB = { "<": $lt, "<=": $le, ">": $gt, ">=": $ge };
function $cmpv(a, b, op) {
  // a op b as a value: what a rich comparison method returned (CPython keeps a non-bool).
  return $uobj(a) || $uobj(b) ? $richv(a, b, op) : $CMPB[op](a, b);
}''',
    "$richv": r'''
const $RICH = { "<": ["__lt__", "__gt__"], "<=": ["__le__", "__ge__"], ">": ["__gt__", "__lt__"], ">=": ["__ge__", "__le__"] };
function $richv(a, b, op) {
  // a op b by the data model: a.__op__(b), then b's reflected method (first when b's class
  // derives from a's); NotImplemented from both is a TypeError. The method's result as is.
  const [m, r] = $RICH[op];
  const call = (x, name, y) => (x !== null && typeof x === "object" && typeof x[name] === "function" ? x[name](y) : $NotImplemented);
  const sub = $uobj(a) && $uobj(b) && a.constructor !== b.constructor && b instanceof a.constructor;
  let v = sub ? call(b, r, a) : $NotImplemented;
  if (v === $NotImplemented) v = call(a, m, b);
  if (v === $NotImplemented && !sub) v = call(b, r, a);
  if (v === $NotImplemented) throw $cmperr(op, a, b);
  return v;
}''',
    "$hkuser": r'''
const $hbuckets = new Map();
function $hkuser(v) {
  // The key object standing for v (an object with __hash__): equal hash and __eq__ share one.
  const h = $hash0(v);
  let b = $hbuckets.get(h);
  if (b === undefined) $hbuckets.set(h, (b = []));
  for (const c of b) if (c === v || $eq(c, v)) return c;
  b.push(v);
  return v;
}''',
    "$hash0": r'''
const $HP = (1n << 61n) - 1n;
function $hfix(h) { return h === -1n ? -2n : h; }
function $hint(n) {
  // CPython's hash of an int: n mod 2**61 - 1, keeping the sign.
  const b = BigInt(n), m = (b < 0n ? -b : b) % $HP;
  return $hfix(b < 0n ? -m : m);
}
function $hfloat(x) {
  if (Number.isInteger(x)) return $hint(x);
  if (x !== x) return 0n;
  if (!Number.isFinite(x)) return x > 0 ? 314159n : -314159n;
  let m = Math.abs(x), e = 0;
  while (m >= 1) { m /= 2; e++; }
  while (m < 0.5) { m *= 2; e--; }
  let h = 0n;
  while (m) {
    h = ((h << 28n) & $HP) | (h >> 33n);
    m *= 268435456; e -= 28;
    const y = Math.floor(m);
    m -= y;
    h += BigInt(y);
    if (h >= $HP) h -= $HP;
  }
  e = e >= 0 ? e % 61 : 60 - ((-1 - e) % 61);
  h = ((h << BigInt(e)) & $HP) | (h >> BigInt(61 - e));
  return $hfix(x < 0 ? -h : h);
}
function $hstr(s) {
  // str hashes are randomised per process in CPython; any hash equal for equal strings will do.
  let h = 0x811c9dc5n;
  for (let i = 0; i < s.length; i++) h = BigInt.asUintN(61, (h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n);
  return $hfix(BigInt.asIntN(61, h));
}
function $htuple(t) {
  const P1 = 11400714785074694791n, P2 = 14029467366897019727n, P5 = 2870177450012600261n;
  let acc = P5;
  for (const x of t) {
    acc = BigInt.asUintN(64, acc + BigInt.asUintN(64, $hash0(x)) * P2);
    acc = BigInt.asUintN(64, (acc << 31n) | (acc >> 33n));
    acc = BigInt.asUintN(64, acc * P1);
  }
  acc = BigInt.asUintN(64, acc + (BigInt(t.length) ^ (P5 ^ 3527539n)));
  return acc === 0xFFFFFFFFFFFFFFFFn ? 1546275796n : BigInt.asIntN(64, acc);
}
function $hfrozen(s) {
  const U = (x) => BigInt.asUintN(64, x);
  let h = 0n;
  for (const x of s) { const v = U($hash0(x)); h ^= U(((v ^ 89869747n) ^ (v << 16n)) * 3644798167n); }
  h ^= U(BigInt(s.size + 1) * 1927868237n);
  h ^= (h >> 11n) ^ (h >> 25n);
  h = U(h * 69069n + 907133923n);
  return h === 0xFFFFFFFFFFFFFFFFn ? 590923713n : BigInt.asIntN(64, h);
}
function $hash0(v) {
  if (v === null || v === undefined) return 0x7c6f1b2en;
  switch (typeof v) {
    case "boolean": return v ? 1n : 0n;
    case "number": return $hfloat(v);
    case "bigint": return $hint(v);
    case "string": return $hstr(v);
  }
  if (v instanceof Number) return $hfloat(+v);
  if ($istuple(v)) return $htuple(v);
  if (v instanceof Set && v.$frozen) return $hfrozen(v);
  if (Array.isArray(v) || v instanceof Map || v instanceof Set || $isplain(v) || v.__hash__ === null) throw new $TypeError(`unhashable type: '${$typename(v)}'`);
  if (typeof v.__hash__ === "function") {
    const r = v.__hash__();
    if (typeof r === "boolean" || typeof r === "bigint" || (typeof r === "number" && Number.isInteger(r))) {
      const b = BigInt(r);  // a result that fits 64 bits is the hash itself (CPython's slot_tp_hash)
      return b === BigInt.asIntN(64, b) ? $hfix(b) : $hint(b);
    }
    throw new $TypeError("__hash__ method should return an integer");
  }
  return BigInt(Number($hkey(v).slice(1))) << 4n;
}''',
    "$pyhash": r'''
function $pyhash(v) {
  // hash(): CPython's values for ints, floats, tuples and frozensets of those (an int is a
  // number while it is a safe integer, else a BigInt).
  const h = $hash0(v);
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}''',
    "$ubool": r'''
function $ubool(v) {
  // bool(v) through a user __bool__: it must return a bool (shipped with classes that define one).
  const r = v.__bool__();
  if (typeof r !== "boolean") throw new $TypeError(`__bool__ should return bool, returned ${$typename(r)}`);
  return r;
}''',
    "$ulen": r'''
function $ulen(o) {
  // len(o) through a user __len__: a non-negative int (shipped with classes that define one).
  const n = o.__len__();
  if (typeof n === "boolean") return +n;
  if (typeof n === "bigint") throw new $OverflowError("cannot fit 'int' into an index-sized integer");
  if (typeof n !== "number" || !Number.isInteger(n)) throw new $TypeError(`'${$typename(n)}' object cannot be interpreted as an integer`);
  if (n < 0) throw new $ValueError("__len__() should return >= 0");
  return n;
}''',
    "$AsIs": r'''
class $AsIs {
  // as_is(value) as an argument of a foreign call: passed through unconverted.
  constructor(v) { this.v = v; }
}''',
    "$tojs": r'''
function $tojs(v, seen) {
  // Python data for foreign JS, deeply: dict -> plain object, list/tuple/set -> array, float box
  // -> number. Objects of classes (compiled or foreign), functions and DOM nodes pass unchanged.
  if (v === null || typeof v !== "object") return v === undefined ? null : v;
  if (typeof $AsIs === "function" && v instanceof $AsIs) return v.v;
  if (v instanceof Number) return +v;
  const list = Array.isArray(v) || v instanceof Set, map = v instanceof Map;
  if (!list && !map && !$isplain(v)) return v;
  seen = seen || new Map();
  if (seen.has(v)) return seen.get(v);
  const out = list ? [] : {};
  seen.set(v, out);
  if (list) for (const x of v instanceof Set && typeof $setorder === "function" ? $setorder(v) : v) out.push($tojs(x, seen));
  else for (const [k, x] of map ? v : Object.entries(v)) out[k] = $tojs(x, seen);
  return out;
}''',
    "$cmx": r'''
function $cmx(k, o, name, args, js) {
  // o.name(*args) where an argument may hold Python containers. When o is a foreign JS object
  // (not a builtin value, not an instance of a compiled class), they cross as plain JS data,
  // and a foreign class is constructed with new.
  const py = o === null || o === undefined || (k && k(o)) || $builtin(o) || o instanceof $BaseException
    || (typeof o === "function" ? Object.prototype.hasOwnProperty.call(o, "$pyname") : Object.prototype.hasOwnProperty.call(o.constructor || {}, "$pyname"));
  if (py) return $cm(k, o, name, typeof $AsIs === "function" ? args.map((a) => (a instanceof $AsIs ? a.v : a)) : args, js);
  const m = o[js || name];
  args = args.map((a) => $tojs(a));
  if ($isclass(m) && !Object.prototype.hasOwnProperty.call(m, "$pyname")) return new m(...args);
  return $cm(k, o, name, args, js);
}''',
    "$ne": r'''
function $ne(a, b) {
  // a != b when some class defines __ne__: it answers first, else not (a == b).
  for (const [x, y] of [[a, b], [b, a]]) {
    if (x !== null && typeof x === "object" && typeof x.__ne__ === "function") {
      const r = x.__ne__(y);
      if (r !== $NotImplemented) return $truthy(r);
    }
  }
  return !$eq(a, b);
}''',
    "$dunder": r'''
function $dunder(a, b, m, r) {
  // a <op> b through the data model: a.__op__(b), then b.__rop__(a) — first when b's class
  // derives from a's, never when both have the same class; undefined when neither answers.
  const ok = (x) => x !== null && typeof x === "object" && !Array.isArray(x) && !(x instanceof Number);
  const call = (x, name, y) => (ok(x) && typeof x[name] === "function" ? x[name](y) : $NotImplemented);
  const same = ok(a) && ok(b) && a.constructor === b.constructor;
  const sub = ok(a) && ok(b) && !same && b instanceof a.constructor;
  let v = sub ? call(b, r, a) : $NotImplemented;
  if (v === $NotImplemented) v = call(a, m, b);
  if (v === $NotImplemented && !sub && !same) v = call(b, r, a);
  return v === $NotImplemented ? undefined : v;
}''',
}
