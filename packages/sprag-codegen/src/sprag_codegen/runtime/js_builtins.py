"""Builtin functions (sorted, min, max, zip, isinstance ...), calls, argument binding, math."""

SOURCES = {
    "$sortinplace": r'''
function $sortinplace(a, key, reverse) {
  const keyed = key === undefined || key === null ? a.map((v) => [v, v]) : a.map((v) => [$call(key, v), v]);
  keyed.sort(reverse ? (x, y) => ($lt(y[0], x[0]) ? -1 : $lt(x[0], y[0]) ? 1 : 0) : (x, y) => ($lt(x[0], y[0]) ? -1 : $lt(y[0], x[0]) ? 1 : 0));
  for (let i = 0; i < keyed.length; i++) a[i] = keyed[i][1];
  return a;
}''',
    "$sorted": r'''
function $sorted(xs, ...args) {
  const kw = $kwargs(args, "sorted", ["key", "reverse"]);
  return $sortinplace($list(xs), kw.key, $truthy(kw.reverse));
}''',
    "$minmax": r'''
function $minmax(name, better, args) {
  const kw = $kwargs(args, name, ["key", "default"]);
  const items = args.length === 1 ? $list(args[0]) : args;
  if (args.length === 0) throw new $TypeError(`${name} expected at least 1 argument, got 0`);
  if (!items.length) {
    if ("default" in kw) return kw.default;
    throw new $ValueError(`${name}() @@EMPTY_MINMAX@@`);
  }
  const key = kw.key === undefined || kw.key === null ? null : kw.key;
  let best = items[0], bk = key ? $call(key, best) : best;
  for (let i = 1; i < items.length; i++) {
    const k = key ? $call(key, items[i]) : items[i];
    if (better(k, bk)) { best = items[i]; bk = k; }
  }
  return best;
}''',
    "$min": r'''
function $min(...args) { return $minmax("min", $lt, args); }''',
    "$max": r'''
function $max(...args) { return $minmax("max", $gt, args); }''',
    "$sum": r'''
function $sum(xs, start) {
  let acc = start === undefined ? 0 : start;
  if (typeof acc === "string") throw new $TypeError("sum() can't sum strings [use ''.join(seq) instead]");
  for (const v of $iterable(xs)) acc = $add(acc, v);
  return acc;
}''',
    "$any": r'''
function $any(xs) { for (const v of $iterable(xs)) if ($truthy(v)) return true; return false; }''',
    "$all": r'''
function $all(xs) { for (const v of $iterable(xs)) if (!$truthy(v)) return false; return true; }''',
    "$enumerate": r'''
function* $enumerate(xs, start) {
  let i = start === undefined ? 0 : start;
  if ($iskw(start)) i = start.start;
  for (const v of $iterable(xs)) yield Object.freeze([i++, v]);
}''',
    "$zip": r'''
function* $zip(...xs) {
  let strict = false;
  if (xs.length && $iskw(xs[xs.length - 1])) strict = $truthy(xs.pop().strict);
  if (!xs.length) return;
  const its = xs.map($iter);
  while (true) {
    const row = [];
    for (let i = 0; i < its.length; i++) {
      const r = its[i].next();
      if (r.done) {
        if (strict && (i > 0 || its.slice(1).some((it) => !it.next().done))) throw new $ValueError(`zip() argument ${i > 0 ? i + 1 : 2} is ${i > 0 ? "shorter" : "longer"} than argument${i > 1 ? "s 1-" + i : " 1"}`);
        return;
      }
      row.push(r.value);
    }
    yield Object.freeze(row);
  }
}''',
    "$map": r'''
function* $map(f, ...xs) {
  const its = xs.map($iter);
  while (true) {
    const row = [];
    for (const it of its) { const r = it.next(); if (r.done) return; row.push(r.value); }
    yield $call(f, ...row);
  }
}''',
    "$filter": r'''
function* $filter(f, xs) {
  for (const v of $iterable(xs)) if (f === null ? $truthy(v) : $truthy($call(f, v))) yield v;
}''',
    "$reversed": r'''
function $reversed(xs) {
  if (xs !== null && typeof xs === "object" && typeof xs.__reversed__ === "function") return xs.__reversed__();
  if (Array.isArray(xs) || typeof xs === "string" || (typeof $Range === "function" && xs instanceof $Range) || (typeof $DictView === "function" && xs instanceof $DictView) || xs instanceof Map) return $list(xs).reverse()[Symbol.iterator]();
  if (xs !== null && typeof xs === "object" && typeof xs.__len__ === "function" && typeof xs.__getitem__ === "function") {
    const n = xs.__len__();
    return (function* () { for (let i = n - 1; i >= 0; i--) yield xs.__getitem__(i); })();
  }
  throw new $TypeError(`'${$typename(xs)}' object is not reversible`);
}''',
    "$PYTYPES": r'''
const $PYTYPES = {
  int: (v) => typeof v === "boolean" || typeof v === "bigint" || (typeof v === "number" && Number.isInteger(v)),
  float: (v) => $isfloat(v),
  bool: (v) => typeof v === "boolean",
  str: (v) => typeof v === "string",
  list: (v) => Array.isArray(v) && !Object.isFrozen(v),
  tuple: (v) => $istuple(v),
  dict: (v) => v instanceof Map || $isplain(v),
  set: (v) => v instanceof Set && !v.$frozen,
  frozenset: (v) => v instanceof Set && !!v.$frozen,
  NoneType: (v) => v === null || v === undefined,
  object: (v) => true,
  type: (v) => $isclass(v),
  range: (v) => typeof $Range === "function" && v instanceof $Range,
  slice: (v) => typeof $Slice === "function" && v instanceof $Slice,
};''',
    "$isinstance": r'''
function $isinstance(v, t) {
  if (Array.isArray(t)) return t.some((x) => $isinstance(v, x));
  if (typeof t === "string") return $PYTYPES[t](v);
  if (typeof t !== "function") throw new $TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
  return v instanceof t;
}''',
    "$issubclass": r'''
function $issubclass(c, t) {
  if (Array.isArray(t)) return t.some((x) => $issubclass(c, x));
  return c === t || c.prototype instanceof t;
}''',
    "$hasattr": r'''
function $hasattr(o, name, jsname) {
  try { $getattr(o, name, jsname); return true; } catch (e) { if (e instanceof $AttributeError) return false; throw e; }
}''',
    "$setattr": r'''
function $setattr(o, name, v) {
  if (o === null || o === undefined || typeof o !== "object" && typeof o !== "function" || Array.isArray(o) || o instanceof Map) throw new $AttributeError(`'${$typename(o)}' object has no attribute '${name}'`);
  o[name] = v;
  return null;
}''',
    "$call": r'''
function $call(f, ...args) {
  if (typeof f !== "function") {
    if (f !== null && typeof f === "object" && typeof f.__call__ === "function") return f.__call__(...args);
    throw new $TypeError(`'${$typename(f)}' object is not callable`);
  }
  return $isclass(f) ? new f(...args) : f(...args);
}''',
    "$callable": r'''
function $callable(f) { return typeof f === "function" || (f !== null && typeof f === "object" && typeof f.__call__ === "function"); }''',
    "$quotelist": r'''
function $quotelist(names) {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return q[0] + " and " + q[1];
  return q.slice(0, -1).join(", ") + ", and " + q[q.length - 1];
}''',
    "$bind": r'''
function $bind(sig, args) {
  // Bind a call's arguments (positional, then a trailing keyword object) to a Python signature.
  let n = args.length, kw = null;
  if (n > 0 && $iskw(args[n - 1])) { kw = args[n - 1]; n--; }
  const p = sig.p, np = p.length, nd = sig.d.length, po = sig.po || 0;
  if (n > np && !sig.v) {
    const m = sig.m | 0, t = np + m;  // a method's count includes self, as CPython's does
    const takes = nd ? `from ${t - nd} to ${t}` : `${t}`;
    throw new $TypeError(`${sig.n}() takes ${takes} positional argument${t === 1 && !nd ? "" : "s"} but ${n + m} ${n + m === 1 ? "was" : "were"} given`);
  }
  const out = new Array(np);
  for (let i = 0; i < np && i < n; i++) out[i] = args[i];
  const rest = sig.v ? Object.freeze(Array.prototype.slice.call(args, Math.min(np, n), n)) : null;
  const kwo = {};
  const extra = sig.w ? new Map() : null;
  const posonly = [];
  if (kw) for (const key of Object.keys(kw)) {
    const i = p.indexOf(key);
    if (i >= po) {
      if (i < n) throw new $TypeError(`${sig.n}() got multiple values for argument '${key}'`);
      out[i] = kw[key];
    } else if (sig.k.includes(key)) kwo[key] = kw[key];
    else if (extra) extra.set(key, kw[key]);
    else if (i >= 0) posonly.push(key);
    else throw new $TypeError(`${sig.n}() got an unexpected keyword argument '${key}'`);
  }
  if (posonly.length) throw new $TypeError(`${sig.n}() got some positional-only arguments passed as keyword arguments: '${posonly.join(", ")}'`);
  const missing = [];
  for (let i = 0; i < np; i++) {
    if (out[i] === undefined) {
      const di = i - (np - nd);
      if (di >= 0) out[i] = sig.d[di]; else missing.push(p[i]);
    }
  }
  if (missing.length) throw new $TypeError(`${sig.n}() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${$quotelist(missing)}`);
  const kwvals = [];
  const kmissing = [];
  for (const k of sig.k) {
    if (Object.prototype.hasOwnProperty.call(kwo, k)) kwvals.push(kwo[k]);
    else if (sig.kd && Object.prototype.hasOwnProperty.call(sig.kd, k)) kwvals.push(sig.kd[k]);
    else kmissing.push(k);
  }
  if (kmissing.length) throw new $TypeError(`${sig.n}() missing ${kmissing.length} required keyword-only argument${kmissing.length > 1 ? "s" : ""}: ${$quotelist(kmissing)}`);
  if (sig.v) out.push(rest);
  out.push(...kwvals);
  if (sig.w) out.push(extra);
  return out;
}''',
    "$bindp": r'''
function $bindp(sig, args) {
  // $bind for signatures without *args, keyword-only or **kwargs parameters (sig: {n, p, d, po?})
  let n = args.length, kw = null;
  if (n > 0 && $iskw(args[n - 1])) { kw = args[n - 1]; n--; }
  const p = sig.p, np = p.length, nd = sig.d.length, po = sig.po || 0;
  if (n > np) {
    const m = sig.m | 0, t = np + m;  // a method's count includes self, as CPython's does
    const takes = nd ? `from ${t - nd} to ${t}` : `${t}`;
    throw new $TypeError(`${sig.n}() takes ${takes} positional argument${t === 1 && !nd ? "" : "s"} but ${n + m} ${n + m === 1 ? "was" : "were"} given`);
  }
  const out = Array.prototype.slice.call(args, 0, n);
  out.length = np;
  if (kw) for (const key of Object.keys(kw)) {
    const i = p.indexOf(key);
    if (i < po) throw new $TypeError(`${sig.n}() got ${i < 0 ? `an unexpected keyword argument '${key}'` : `some positional-only arguments passed as keyword arguments: '${p.slice(0, po).filter((x) => x in kw).join(", ")}'`}`);
    if (i < n) throw new $TypeError(`${sig.n}() got multiple values for argument '${key}'`);
    out[i] = kw[key];
  }
  const missing = [];
  for (let i = 0; i < np; i++) {
    if (out[i] === undefined) {
      const di = i - (np - nd);
      if (di >= 0) out[i] = sig.d[di]; else missing.push(p[i]);
    }
  }
  if (missing.length) throw new $TypeError(`${sig.n}() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${$quotelist(missing)}`);
  return out;
}''',
    "$classattr": r'''
function $classattr(C, name, value) {
  // defineProperty: `name` and `length` are read-only own properties of every JS function.
  Object.defineProperty(C, name, { value, writable: true, enumerable: true, configurable: true });
  if (!Object.prototype.hasOwnProperty.call(C.prototype, name)) {
    Object.defineProperty(C.prototype, name, {
      configurable: true,
      get() { return this.constructor[name]; },
      set(v) { Object.defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true }); },
    });
  }
}''',
    "$bin": r'''
function $bin(x) { x = $index(x); return (x < 0 ? "-0b" : "0b") + (x < 0 ? -x : x).toString(2); }''',
    "$hex": r'''
function $hex(x) { x = $index(x); return (x < 0 ? "-0x" : "0x") + (x < 0 ? -x : x).toString(16); }''',
    "$oct": r'''
function $oct(x) { x = $index(x); return (x < 0 ? "-0o" : "0o") + (x < 0 ? -x : x).toString(8); }''',
    "$boolf": r'''
function $boolf(v) { return v === undefined ? false : $truthy(v); }''',
    "$strf": r'''
function $strf(v) { return v === undefined ? "" : $str(v); }''',
    "$assert": r'''
function $assert(ok, msg) { if (!ok) throw msg === undefined ? new $AssertionError() : new $AssertionError(msg); }''',
    "$sleep": r'''
function $sleep(s) { return new Promise((resolve) => setTimeout(() => resolve(null), $num(s) * 1000)); }''',
    "$gather": r'''
function $gather(...aws) { return Promise.all(aws); }''',
    "$mathint": r'''
function $mathint(v, name) {
  if (typeof v === "bigint") return $tofloat(v);
  const x = $num(v);
  if (x === undefined) throw new $TypeError(`must be real number, not ${$typename(v)}`);
  return x;
}''',
    "$mathdomain": r'''
function $mathdomain(r) { if (r !== r) throw new $ValueError("math domain error"); return r; }''',
    "$mathrange": r'''
function $mathrange(r, ...xs) { if (!isFinite(r) && xs.every(isFinite)) throw new $OverflowError("math range error"); return $box(r); }''',
    "$mathlog": r'''
function $mathlog(x, f) {
  if (typeof x === "bigint" && !isFinite(Number(x))) { if (x < 0n) throw new $ValueError("math domain error"); return $biglog(x, f); }
  x = $mathint(x);
  if (x <= 0) throw new $ValueError("math domain error");
  return f(x);
}''',
    "$mathround": r'''
function $mathround(v, f) {
  if ($isint(v)) return typeof v === "boolean" ? +v : v;
  if (v !== null && typeof v === "object" && !(v instanceof Number)) {
    const m = f === Math.floor ? "__floor__" : f === Math.ceil ? "__ceil__" : "__trunc__";
    if (typeof v[m] === "function") return v[m]();
  }
  return $fint(f($mathint(v)));
}''',
    "$math_sqrt": r'''
const $math_sqrt = (x) => { x = $mathint(x); if (x < 0) throw new $ValueError("math domain error"); return $box(Math.sqrt(x)); };''',
    "$math_floor": r'''
const $math_floor = (x) => $mathround(x, Math.floor);''',
    "$math_ceil": r'''
const $math_ceil = (x) => $mathround(x, Math.ceil);''',
    "$math_trunc": r'''
const $math_trunc = (x) => $mathround(x, Math.trunc);''',
    "$math_fabs": r'''
const $math_fabs = (x) => $box(Math.abs($mathint(x)));''',
    "$math_pow": r'''
const $math_pow = (x, y) => { x = $mathint(x); y = $mathint(y); if (x === 0 && y < 0) throw new $ValueError("math domain error"); if (x < 0 && isFinite(x) && isFinite(y) && !Number.isInteger(y)) throw new $ValueError("math domain error"); return $mathrange($powr(x, y), x, y); };''',
    "$math_exp": r'''
const $math_exp = (x) => { x = $mathint(x); return $mathrange($expr(x), x); };''',
    "$math_log": r'''
const $math_log = (x, b) => $box(b === undefined ? $mathlog(x, $lnr) : $mathlog(x, $lnr) / $mathlog(b, $lnr));''',
    "$math_log2": r'''
const $math_log2 = (x) => $box($mathlog(x, $log2r));''',
    "$math_log10": r'''
const $math_log10 = (x) => $box($mathlog(x, $log10r));''',
    "$math_sin": r'''
const $math_sin = (x) => $box($trigr($mathint(x), 0));''',
    "$math_cos": r'''
const $math_cos = (x) => $box($trigr($mathint(x), 1));''',
    "$math_tan": r'''
const $math_tan = (x) => $box($trigr($mathint(x), 2));''',
    "$math_asin": r'''
const $math_asin = (x) => $box($mathdomain($arcr(1, $mathint(x))));''',
    "$math_acos": r'''
const $math_acos = (x) => $box($mathdomain($arcr(2, $mathint(x))));''',
    "$math_atan": r'''
const $math_atan = (x) => $box($arcr(0, $mathint(x)));''',
    "$math_atan2": r'''
const $math_atan2 = (y, x) => $box($arcr(3, $mathint(y), $mathint(x)));''',
    "$math_hypot": r'''
const $math_hypot = (...xs) => $box($hypotr(xs.map((v) => $mathint(v))));''',
    "$math_degrees": r'''
const $math_degrees = (x) => $box($mathint(x) * (180 / Math.PI));''',
    "$math_radians": r'''
const $math_radians = (x) => $box($mathint(x) * (Math.PI / 180));''',
    "$math_isnan": r'''
const $math_isnan = (x) => Number.isNaN($mathint(x));''',
    "$math_isinf": r'''
const $math_isinf = (x) => { x = $mathint(x); return x === Infinity || x === -Infinity; };''',
    "$math_isfinite": r'''
const $math_isfinite = (x) => Number.isFinite($mathint(x));''',
    "$math_copysign": r'''
const $math_copysign = (x, y) => { x = Math.abs($mathint(x)); y = $mathint(y); return $box(y < 0 || Object.is(y, -0) ? -x : x); };''',
    "$math_gcd": r'''
const $math_gcd = $gcd;''',
    "$math_lcm": r'''
const $math_lcm = $lcm;''',
    "$math_isqrt": r'''
const $math_isqrt = $isqrt;''',
    "$math_factorial": r'''
const $math_factorial = $factorial;''',
    "$math_isclose": r'''
const $math_isclose = (a, b, ...rest) => { const kw = $kwargs(rest, "isclose", ["rel_tol", "abs_tol"]); const rt = kw.rel_tol === undefined ? 1e-9 : +kw.rel_tol, at = kw.abs_tol === undefined ? 0 : +kw.abs_tol; a = $mathint(a); b = $mathint(b); return a === b || Math.abs(a - b) <= Math.max(rt * Math.max(Math.abs(a), Math.abs(b)), at); };''',
    "$math_prod": r'''
const $math_prod = (xs) => { let r = 1; for (const v of $iterable(xs)) r = $mul(r, v); return r; };''',
    "$math_fsum": r'''
const $math_fsum = $fsum;''',
    "$math_comb": r'''
const $math_comb = $comb;''',
    "$math_perm": r'''
const $math_perm = $perm;''',
    "$math_pi": r'''
const $math_pi = Math.PI;''',
    "$math_e": r'''
const $math_e = Math.E;''',
    "$math_tau": r'''
const $math_tau = 2 * Math.PI;''',
    "$math_inf": r'''
const $math_inf = Infinity;''',
    "$math_nan": r'''
const $math_nan = NaN;''',
    "$math": r'''
// The math module as a value (`import math; m = math`); attribute reads use $math_<name>.
const $math = { sqrt: $math_sqrt, floor: $math_floor, ceil: $math_ceil, trunc: $math_trunc, fabs: $math_fabs, pow: $math_pow, exp: $math_exp, log: $math_log, log2: $math_log2, log10: $math_log10, sin: $math_sin, cos: $math_cos, tan: $math_tan, asin: $math_asin, acos: $math_acos, atan: $math_atan, atan2: $math_atan2, hypot: $math_hypot, degrees: $math_degrees, radians: $math_radians, isnan: $math_isnan, isinf: $math_isinf, isfinite: $math_isfinite, copysign: $math_copysign, gcd: $math_gcd, lcm: $math_lcm, isqrt: $math_isqrt, factorial: $math_factorial, isclose: $math_isclose, prod: $math_prod, fsum: $math_fsum, comb: $math_comb, perm: $math_perm, pi: $math_pi, e: $math_e, tau: $math_tau, inf: $math_inf, nan: $math_nan };''',
   "$typeof": r'''
const $typecache = new Map();
function $typeof(v) {
  if (v !== null && typeof v === "object" && !(v instanceof Number) && !Array.isArray(v) && !(v instanceof Map) && !(v instanceof Set) && !$isplain(v) && typeof v.constructor === "function" && !v.$pytype) return v.constructor;
  const name = $typename(v);
  let t = $typecache.get(name);
  if (!t) { t = { __name__: name, $pytype: "type", __repr__() { return `<class '${name}'>`; } }; $typecache.set(name, t); }
  return t;
}''',
}
