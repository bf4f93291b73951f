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
  int: (v) => typeof v === "boolean" || (typeof v === "number" && Number.isInteger(v)),
  float: (v) => $isfloat(v),
  bool: (v) => typeof v === "boolean",
  str: (v) => typeof v === "string",
  list: (v) => Array.isArray(v) && !Object.isFrozen(v),
  tuple: (v) => $istuple(v),
  dict: (v) => v instanceof Map || $isplain(v),
  set: (v) => v instanceof Set,
  NoneType: (v) => v === null || v === undefined,
  object: (v) => true,
  type: (v) => $isclass(v),
  range: (v) => v instanceof $Range,
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
    const lo = np - nd;
    const takes = nd ? `from ${lo} to ${np}` : `${np}`;
    throw new $TypeError(`${sig.n}() takes ${takes} positional argument${np === 1 && !nd ? "" : "s"} but ${n} ${n === 1 ? "was" : "were"} given`);
  }
  const out = new Array(np);
  for (let i = 0; i < np && i < n; i++) out[i] = args[i];
  const rest = sig.v ? Object.freeze(Array.prototype.slice.call(args, Math.min(np, n), n)) : null;
  const kwo = {};
  const extra = sig.w ? new Map() : null;
  if (kw) for (const key of Object.keys(kw)) {
    const i = p.indexOf(key);
    if (i >= po) {
      if (i < n) throw new $TypeError(`${sig.n}() got multiple values for argument '${key}'`);
      out[i] = kw[key];
    } else if (sig.k.includes(key)) kwo[key] = kw[key];
    else if (extra) extra.set(key, kw[key]);
    else throw new $TypeError(`${sig.n}() got an unexpected keyword argument '${key}'`);
  }
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
    const takes = nd ? `from ${np - nd} to ${np}` : `${np}`;
    throw new $TypeError(`${sig.n}() takes ${takes} positional argument${np === 1 && !nd ? "" : "s"} but ${n} ${n === 1 ? "was" : "were"} given`);
  }
  const out = Array.prototype.slice.call(args, 0, n);
  out.length = np;
  if (kw) for (const key of Object.keys(kw)) {
    const i = p.indexOf(key);
    if (i < po) throw new $TypeError(`${sig.n}() got an unexpected keyword argument '${key}'`);
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
  C[name] = value;
  if (!Object.prototype.hasOwnProperty.call(C.prototype, name)) {
    Object.defineProperty(C.prototype, name, {
      configurable: true,
      get() { return this.constructor[name]; },
      set(v) { Object.defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true }); },
    });
  }
}''',
    "$bin": r'''
function $bin(x) { x = $int(x); return (x < 0 ? "-0b" : "0b") + Math.abs(x).toString(2); }''',
    "$hex": r'''
function $hex(x) { x = $int(x); return (x < 0 ? "-0x" : "0x") + Math.abs(x).toString(16); }''',
    "$oct": r'''
function $oct(x) { x = $int(x); return (x < 0 ? "-0o" : "0o") + Math.abs(x).toString(8); }''',
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
    "$math": r'''
function $mathint(v, name) {
  const x = $num(v);
  if (x === undefined) throw new $TypeError(`must be real number, not ${$typename(v)}`);
  return x;
}
function $mathdomain(r) { if (r !== r) throw new $ValueError("math domain error"); return r; }
const $math = {
  sqrt: (x) => { x = $mathint(x); if (x < 0) throw new $ValueError("math domain error"); return $box(Math.sqrt(x)); },
  floor: (x) => { if (x !== null && typeof x === "object" && x.__floor__) return x.__floor__(); x = $mathint(x); if (!isFinite(x)) throw x !== x ? new $ValueError("cannot convert float NaN to integer") : new $OverflowError("cannot convert float infinity to integer"); return Math.floor(x); },
  ceil: (x) => { x = $mathint(x); if (!isFinite(x)) throw x !== x ? new $ValueError("cannot convert float NaN to integer") : new $OverflowError("cannot convert float infinity to integer"); return Math.ceil(x) + 0; },
  trunc: (x) => Math.trunc($mathint(x)) + 0,
  fabs: (x) => $box(Math.abs($mathint(x))),
  pow: (x, y) => $box(Math.pow($mathint(x), $mathint(y))),
  exp: (x) => $box(Math.exp($mathint(x))),
  log: (x, b) => { x = $mathint(x); if (x <= 0) throw new $ValueError("math domain error"); return $box(b === undefined ? Math.log(x) : Math.log(x) / Math.log($mathint(b))); },
  log2: (x) => { x = $mathint(x); if (x <= 0) throw new $ValueError("math domain error"); return $box(Math.log2(x)); },
  log10: (x) => { x = $mathint(x); if (x <= 0) throw new $ValueError("math domain error"); return $box(Math.log10(x)); },
  sin: (x) => $box(Math.sin($mathint(x))),
  cos: (x) => $box(Math.cos($mathint(x))),
  tan: (x) => $box(Math.tan($mathint(x))),
  asin: (x) => $box($mathdomain(Math.asin($mathint(x)))),
  acos: (x) => $box($mathdomain(Math.acos($mathint(x)))),
  atan: (x) => $box(Math.atan($mathint(x))),
  atan2: (y, x) => $box(Math.atan2($mathint(y), $mathint(x))),
  hypot: (...xs) => $box(Math.hypot(...xs.map((v) => $mathint(v)))),
  degrees: (x) => $box($mathint(x) * 180 / Math.PI),
  radians: (x) => $box($mathint(x) * Math.PI / 180),
  isnan: (x) => Number.isNaN($mathint(x)),
  isinf: (x) => { x = $mathint(x); return x === Infinity || x === -Infinity; },
  isfinite: (x) => Number.isFinite($mathint(x)),
  copysign: (x, y) => { x = Math.abs($mathint(x)); y = $mathint(y); return $box(y < 0 || Object.is(y, -0) ? -x : x); },
  gcd: (...xs) => xs.reduce((a, b) => { a = Math.abs($int(a)); b = Math.abs($int(b)); while (b) [a, b] = [b, a % b]; return a; }, 0),
  factorial: (n) => { n = $int(n); if (n < 0) throw new $ValueError("factorial() not defined for negative values"); let r = 1; for (let i = 2; i <= n; i++) r *= i; return r; },
  isclose: (a, b, ...rest) => { const kw = $kwargs(rest, "isclose", ["rel_tol", "abs_tol"]); const rt = kw.rel_tol === undefined ? 1e-9 : +kw.rel_tol, at = kw.abs_tol === undefined ? 0 : +kw.abs_tol; a = +a; b = +b; return a === b || Math.abs(a - b) <= Math.max(rt * Math.max(Math.abs(a), Math.abs(b)), at); },
  prod: (xs) => { let r = 1; for (const v of $iterable(xs)) r = $mul(r, v); return r; },
  fsum: (xs) => { let r = 0; for (const v of $iterable(xs)) r += +v; return $box(r); },
  comb: (n, k) => { n = $int(n); k = $int(k); if (k < 0 || k > n) return 0; let r = 1; for (let i = 1; i <= k; i++) r = r * (n - k + i) / i; return Math.round(r); },
  perm: (n, k) => { n = $int(n); k = k === undefined ? n : $int(k); if (k < 0 || k > n) return 0; let r = 1; for (let i = 0; i < k; i++) r *= n - i; return r; },
  pi: Math.PI,
  e: Math.E,
  tau: 2 * Math.PI,
  inf: Infinity,
  nan: NaN,
};''',
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
