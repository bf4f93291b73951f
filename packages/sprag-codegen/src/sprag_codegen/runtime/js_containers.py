"""Containers: subscripts, slices, len, in, iteration, unpacking, range, dict views."""

SOURCES = {
    "$Slice": r'''
class $Slice {
  constructor(start, stop, step) {
    this.start = start === undefined ? null : start;
    this.stop = stop === undefined ? null : stop;
    this.step = step === undefined ? null : step;
  }
  get $pytype() { return "slice"; }
  indices(n) { return Object.freeze($sliceidx(n, this.start, this.stop, this.step)); }
  __repr__() { return `slice(${$repr(this.start)}, ${$repr(this.stop)}, ${$repr(this.step)})`; }
  __eq__(o) { return o instanceof $Slice && $eq([this.start, this.stop, this.step], [o.start, o.stop, o.step]); }
  $of(o) { return $slice(o, this.start, this.stop, this.step); }
}
$Slice.prototype.__hash__ = null;''',
    "$mkslice": r'''
function $mkslice(...a) {
  // slice(stop) / slice(start, stop[, step])
  if (a.length < 1 || a.length > 3) throw new $TypeError(a.length ? `slice expected at most 3 arguments, got ${a.length}` : "slice expected at least 1 argument, got 0");
  return a.length === 1 ? new $Slice(null, a[0], null) : new $Slice(...a);
}''',
    "$strcp": r'''
function $strcp(s) {
  // Code points of s when it has astral characters (JS strings are UTF-16), else null.
  return /[\uD800-\uDFFF]/.test(s) ? Array.from(s) : null;
}''',
    "$getitem": r'''
function $getitem(o, k) {
  if (Array.isArray(o)) {
    if (typeof k === "number" && Number.isInteger(k)) {
      const i = k < 0 ? k + o.length : k;
      if (i >= 0 && i < o.length) return o[i];
      throw new $IndexError(`${Object.isFrozen(o) ? "tuple" : "list"} index out of range`);
    }
    if (typeof $Slice === "function" && k instanceof $Slice) return k.$of(o);
    if (typeof k === "boolean") return $getitem(o, +k);
    if (typeof k === "bigint") throw new $IndexError("cannot fit 'int' into an index-sized integer");
    throw new $TypeError(`${Object.isFrozen(o) ? "tuple" : "list"} indices must be integers or slices, not ${$typename(k)}`);
  }
  if (o instanceof Map) {
    const hk = $mk(o, k);
    const v = o.get(hk);
    if (v === undefined && !o.has(hk)) throw new $KeyError(k);
    return v;
  }
  if (typeof o === "string") {
    if (typeof k === "number" && Number.isInteger(k)) {
      const cp = $strcp(o);
      const s = cp || o;
      const i = k < 0 ? k + s.length : k;
      if (i >= 0 && i < s.length) return s[i];
      throw new $IndexError("string index out of range");
    }
    if (typeof $Slice === "function" && k instanceof $Slice) return k.$of(o);
    if (typeof k === "bigint") throw new $IndexError("cannot fit 'int' into an index-sized integer");
    throw new $TypeError(`string indices must be integers, not '${$typename(k)}'`);
  }
  if (o === null || o === undefined) throw new $TypeError("'NoneType' object is not subscriptable");
  if (typeof o.__getitem__ === "function") return o.__getitem__(k);
  if ($isplain(o)) {
    if (typeof k === "string" && Object.prototype.hasOwnProperty.call(o, k)) return o[k];
    throw new $KeyError(k);
  }
  throw new $TypeError(`'${$typename(o)}' object is not subscriptable`);
}''',
    "$getkey": r'''
function $getkey(o, k) {
  // o[k] for a str k: what $getitem does, without the machinery other key types need.
  if (o instanceof Map) {
    const v = o.get(k);
    if (v === undefined && !o.has(k)) throw new $KeyError(k);
    return v;
  }
  if (o === null || o === undefined) throw new $TypeError("'NoneType' object is not subscriptable");
  if (typeof o.__getitem__ === "function") return o.__getitem__(k);
  if ($isplain(o)) {
    if (Object.prototype.hasOwnProperty.call(o, k)) return o[k];
    throw new $KeyError(k);
  }
  if (Array.isArray(o)) throw new $TypeError(`${Object.isFrozen(o) ? "tuple" : "list"} indices must be integers or slices, not str`);
  if (typeof o === "string") throw new $TypeError("string indices must be integers, not 'str'");
  throw new $TypeError(`'${$typename(o)}' object is not subscriptable`);
}''',
    "$li": r'''
function $li(a, i) { return i >= 0 && i < a.length ? a[i] : $getitem(a, i); }''',
    "$ls": r'''
function $ls(a, i, v) { if (i >= 0 && i < a.length) a[i] = v; else $setitem(a, i, v); }''',
    "$rs": r'''
function $rs(start, step, stop) {
  // A range loop's counter, step and stop: numbers, or BigInts when one of them is past 2**53.
  if (step === 0) throw new $ValueError("range() arg 3 must not be zero");
  const big = typeof start === "bigint" || typeof step === "bigint" || typeof stop === "bigint";
  return big ? [BigInt(start), BigInt(step), BigInt(stop)] : [start, step, stop];
}''',
    "$bigrange": r'''
class $BigRange {
  // range() with a bound past 2**53: the same protocol as $Range, on BigInts.
  constructor(start, stop, step) { this.start = start; this.stop = stop; this.step = step; }
  get $pytype() { return "range"; }
  __len__() {
    const { start, stop, step } = this;
    const n = step > 0n ? (stop - start + step - 1n) / step : (start - stop - step - 1n) / -step;
    if (n > 9223372036854775807n) throw new $OverflowError("Python int too large to convert to C ssize_t");
    return n > 0n ? $big(n) : 0;
  }
  *[Symbol.iterator]() {
    const { start, stop, step } = this;
    for (let i = start; step > 0n ? i < stop : i > stop; i += step) yield $big(i);
  }
  __reversed__() {
    const n = BigInt(this.__len__()), { start, step } = this;
    return (function* () { for (let i = n - 1n; i >= 0n; i--) yield $big(start + i * step); })();
  }
  __getitem__(k) {
    const n = BigInt(this.__len__());
    let i = BigInt($index(k));
    if (i < 0n) i += n;
    if (i < 0n || i >= n) throw new $IndexError("range object index out of range");
    return $big(this.start + i * this.step);
  }
  __contains__(x) {
    if (!$isint(x)) return false;
    const { start, stop, step } = this, v = BigInt(x);
    if (step > 0n ? (v < start || v >= stop) : (v > start || v <= stop)) return false;
    return (v - start) % step === 0n;
  }
  __repr__() { return `range(${this.start}, ${this.stop}${this.step === 1n ? "" : ", " + this.step})`; }
}
function $bigrange(a, b, c) {
  for (const v of [a, b, c]) if (v !== undefined) $index(v);
  if (b === undefined) [a, b] = [0, a];
  if (c === undefined) c = 1;
  if (c == 0) throw new $ValueError("range() arg 3 must not be zero");
  return new $BigRange(BigInt(a), BigInt(b), BigInt(c));
}''',
    "$setitem": r'''
function $setitem(o, k, v) {
  if (Array.isArray(o)) {
    if (Object.isFrozen(o)) throw new $TypeError("'tuple' object does not support item assignment");
    if (typeof k === "number" && Number.isInteger(k)) {
      const i = k < 0 ? k + o.length : k;
      if (i >= 0 && i < o.length) { o[i] = v; return; }
      throw new $IndexError("list assignment index out of range");
    }
    if (typeof $Slice === "function" && k instanceof $Slice) return $setslice(o, k.start, k.stop, k.step, v);
    throw new $TypeError(`list indices must be integers or slices, not ${$typename(k)}`);
  }
  if (o instanceof Map) { o.set($mk(o, k), v); return; }
  if (o !== null && typeof o === "object") {
    if (typeof o.__setitem__ === "function") { o.__setitem__(k, v); return; }
    if ($isplain(o)) { o[k] = v; return; }
  }
  throw new $TypeError(`'${$typename(o)}' object does not support item assignment`);
}''',
    "$delitem": r'''
function $delitem(o, k) {
  if (typeof $Slice === "function" && k instanceof $Slice && Array.isArray(o)) return $delslice(o, k.start, k.stop, k.step);
  if (Array.isArray(o) && !Object.isFrozen(o)) {
    const i = k < 0 ? k + o.length : k;
    if (!(i >= 0 && i < o.length)) throw new $IndexError("list assignment index out of range");
    o.splice(i, 1);
    return;
  }
  if (o instanceof Map) { if (!o.delete($mk(o, k))) throw new $KeyError(k); return; }
  if (o !== null && typeof o === "object") {
    if (typeof o.__delitem__ === "function") { o.__delitem__(k); return; }
    if ($isplain(o)) { if (!Object.prototype.hasOwnProperty.call(o, k)) throw new $KeyError(k); delete o[k]; return; }
  }
  throw new $TypeError(`'${$typename(o)}' object doesn't support item deletion`);
}''',
    "$sliceidx": r'''
function $sliceidx(len, lo, hi, step) {
  step = step === null || step === undefined ? 1 : typeof step === "bigint" ? (step < 0n ? -1 : 1) * 2 ** 62 : $num(step);
  if (step === 0) throw new $ValueError("slice step cannot be zero");
  const fix = (v, dflt) => {
    if (v === null || v === undefined) return dflt;
    if (typeof v === "bigint") return v < 0n ? (step < 0 ? -1 : 0) : (step < 0 ? len - 1 : len);
    v = $num(v);
    if (v < 0) { v += len; if (v < 0) v = step < 0 ? -1 : 0; }
    else if (v >= len) v = step < 0 ? len - 1 : len;
    return v;
  };
  return [fix(lo, step < 0 ? len - 1 : 0), fix(hi, step < 0 ? -1 : len), step];
}''',
    "$slice": r'''
function $slice(o, lo, hi, step) {
  const isstr = typeof o === "string";
  if (isstr && $strcp(o)) return $slice($strcp(o), lo, hi, step).join("");
  if (isstr || Array.isArray(o)) {
    const [a, b, s] = $sliceidx(o.length, lo, hi, step);
    let r;
    if (s === 1) r = o.slice(a, Math.max(a, b));
    else {
      r = [];
      if (s > 0) for (let i = a; i < b; i += s) r.push(o[i]);
      else for (let i = a; i > b; i += s) r.push(o[i]);
      if (isstr) r = r.join("");
    }
    return !isstr && Object.isFrozen(o) ? Object.freeze(r) : r;
  }
  if (o !== null && typeof o === "object" && typeof o.__getitem__ === "function") return o.__getitem__(new $Slice(lo, hi, step));
  if (typeof $Range === "function" && o instanceof $Range) return $list(o).slice(...$sliceidx(o.__len__(), lo, hi, step).slice(0, 2));
  throw new $TypeError(`'${$typename(o)}' object is not subscriptable`);
}''',
    "$setslice": r'''
function $setslice(o, lo, hi, step, v) {
  if (!Array.isArray(o) || Object.isFrozen(o)) throw new $TypeError(`'${$typename(o)}' object does not support item assignment`);
  const items = $list(v);
  const [a, b, s] = $sliceidx(o.length, lo, hi, step);
  if (s === 1) { o.splice(a, Math.max(0, b - a), ...items); return; }
  const idx = [];
  if (s > 0) for (let i = a; i < b; i += s) idx.push(i); else for (let i = a; i > b; i += s) idx.push(i);
  if (idx.length !== items.length) throw new $ValueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${idx.length}`);
  idx.forEach((i, j) => { o[i] = items[j]; });
}''',
    "$delslice": r'''
function $delslice(o, lo, hi, step) {
  if (!Array.isArray(o) || Object.isFrozen(o)) throw new $TypeError(`'${$typename(o)}' object does not support item deletion`);
  const [a, b, s] = $sliceidx(o.length, lo, hi, step);
  if (s === 1) { o.splice(a, Math.max(0, b - a)); return; }
  const idx = new Set();
  if (s > 0) for (let i = a; i < b; i += s) idx.add(i); else for (let i = a; i > b; i += s) idx.add(i);
  const keep = o.filter((_, i) => !idx.has(i));
  o.length = 0;
  o.push(...keep);
}''',
    "$len": r'''
function $len(o) {
  if (Array.isArray(o)) return o.length;
  if (typeof o === "string") { const cp = $strcp(o); return cp ? cp.length : o.length; }
  if (o instanceof Map || o instanceof Set) return o.size;
  if (o !== null && typeof o === "object") {
    if (typeof o.__len__ === "function") return typeof $ulen === "function" ? $ulen(o) : o.__len__();
    if ($isplain(o)) return Object.keys(o).length;
  }
  throw new $TypeError(`object of type '${$typename(o)}' has no len()`);
}''',
    "$in": r'''
function $in(x, o) {
  if (typeof o === "string") {
    if (typeof x !== "string") throw new $TypeError(`'in <string>' requires string as left operand, not ${$typename(x)}`);
    return o.includes(x);
  }
  if (Array.isArray(o)) {
    for (const v of o) if (Object.is(v, x) || $eq(v, x)) return true;
    return false;
  }
  if (o instanceof Map || o instanceof Set) return o.has($mk(o, x));
  if (o === null || o === undefined) throw new $TypeError("argument of type 'NoneType' is not iterable");
  if (typeof o === "object") {
    if (typeof o.__contains__ === "function") return $truthy(o.__contains__(x));
    if ($isplain(o)) return typeof x === "string" && Object.prototype.hasOwnProperty.call(o, x);
  }
  for (const v of $iterable(o)) if ($eq(v, x)) return true;
  return false;
}''',
    "$iterable": r'''
function* $pyiterwrap(it) {
  while (true) {
    let v;
    try { v = it.__next__(); } catch (e) { if (e instanceof $StopIteration) return; throw e; }
    yield v;
  }
}
function* $guarded(c, items, what) {
  // CPython raises when a dict or set changes size while it is being iterated.
  const n = c.size;
  for (const v of items) {
    if (c.size !== n) throw new $RuntimeError(`${what} changed size during iteration`);
    yield v;
  }
  if (c.size !== n) throw new $RuntimeError(`${what} changed size during iteration`);
}
function $iterable(o, keep) {
  if (Array.isArray(o) || typeof o === "string") return o;
  if (o instanceof Set) return $guarded(o, typeof $setorder === "function" ? $setorder(o) : Array.from(o), "Set");
  if (o instanceof Map) return $guarded(o, o.keys(), "dictionary");
  if (o === null || o === undefined) throw new $TypeError("'NoneType' object is not iterable");
  if (typeof o === "object") {
    if (typeof o.__iter__ === "function") {
      const it = o.__iter__();
      if (it !== null && typeof it === "object" && typeof it[Symbol.iterator] === "function" && typeof it.next === "function" && typeof it.__next__ !== "function") return it;
      if (it === null || typeof it !== "object" || typeof it.__next__ !== "function") throw new $TypeError(`iter() returned non-iterator of type '${$typename(it)}'`);
      return $pyiterwrap(it);
    }
    if (typeof o[Symbol.iterator] === "function") {
      // A generator survives `break` in Python: hide return() so for-of does not close it.
      if (keep && typeof o.return === "function" && typeof o.next === "function") return { next: (v) => o.next(v), [Symbol.iterator]() { return this; } };
      return o;
    }
    if (typeof o.__next__ === "function") return $pyiterwrap(o);
    if ($isplain(o)) return Object.keys(o);
    if (typeof o.__getitem__ === "function") return (function* () { for (let i = 0; ; i++) { let v; try { v = o.__getitem__(i); } catch (e) { if (e instanceof $IndexError) return; throw e; } yield v; } })();
  }
  throw new $TypeError(`'${$typename(o)}' object is not iterable`);
}''',
    "$iter": r'''
function $iter(o) {
  if (o !== null && typeof o === "object") {
    if (typeof o.next === "function" && typeof o[Symbol.iterator] === "function") return o;
    if (typeof o.__iter__ === "function") {
      // A user iterator is its own iterator: iter(it) is it.
      const it = o.__iter__();
      if (it !== null && typeof it === "object" && (typeof it.__next__ === "function" || typeof it.next === "function")) return it;
      throw new $TypeError(`iter() returned non-iterator of type '${$typename(it)}'`);
    }
  }
  return $iterable(o)[Symbol.iterator]();
}''',
    "$next": r'''
function $next(it, dflt) {
  if (it !== null && typeof it === "object" && typeof it.__next__ === "function") {
    if (dflt === undefined) return it.__next__();
    try { return it.__next__(); } catch (e) { if (e instanceof $StopIteration) return dflt; throw e; }
  }
  if (it === null || typeof it !== "object" || typeof it.next !== "function") throw new $TypeError(`'${$typename(it)}' object is not an iterator`);
  const r = it.next();
  if (r.done) { if (dflt !== undefined) return dflt; throw r.value === undefined || r.value === null ? new $StopIteration() : new $StopIteration(r.value); }
  return r.value;
}''',
    "$list": r'''
function $list(x) {
  if (x === undefined) return [];
  if (Array.isArray(x)) return x.slice();
  if (typeof x === "string") return Array.from(x);
  return Array.from($iterable(x));
}''',
    "$tuplefrom": r'''
function $tuplefrom(x) {
  if (x === undefined) return Object.freeze([]);
  if ($istuple(x)) return x;
  return Object.freeze($list(x));
}''',
    "$pairs": r'''
function $pairs(x) {
  // (key, value) pairs of a mapping or of an iterable of pairs, as dict() and update() take them.
  if (x instanceof Map) return Array.from(x.entries());
  if ($isplain(x)) return Object.entries(x);
  if (x !== null && typeof x === "object" && typeof x.keys === "function" && typeof x.__getitem__ === "function") return Array.from($iterable(x.keys()), (k) => [k, x.__getitem__(k)]);
  const out = [];
  let i = 0;
  for (const item of $iterable(x)) {
    const p = $list(item);
    if (p.length !== 2) throw new $ValueError(`dictionary update sequence element #${i} has length ${p.length}; 2 is required`);
    out.push(p);
    i++;
  }
  return out;
}''',
    "$dict": r'''
function $dict(...args) {
  const m = new Map();
  let kw = null;
  if (args.length && $iskw(args[args.length - 1])) kw = args.pop();
  if (args.length > 1) throw new $TypeError(`dict expected at most 1 argument, got ${args.length}`);
  if (args.length) for (const [k, v] of $pairs(args[0])) m.set($mk(m, k), v);
  if (kw) for (const k of Object.keys(kw)) m.set(k, kw[k]);
  return m;
}''',
    "$mkdict": r'''
function $mkdict(entries) {
  const m = new Map();
  for (const [k, v] of entries) m.set($mk(m, k), v);
  return m;
}''',
    "$Range": r'''
class $Range {
  constructor(start, stop, step) {
    this.start = start; this.stop = stop; this.step = step;
  }
  get $pytype() { return "range"; }
  __len__() {
    const { start, stop, step } = this;
    const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
    return Math.max(0, n);
  }
  *[Symbol.iterator]() {
    const { start, stop, step } = this;
    if (step > 0) for (let i = start; i < stop; i += step) yield i;
    else for (let i = start; i > stop; i += step) yield i;
  }
  __getitem__(k) {
    if ($istuple(k)) return new $Range(...$rangeslice(this, k));
    const n = this.__len__();
    const i = k < 0 ? k + n : k;
    if (i < 0 || i >= n) throw new $IndexError("range object index out of range");
    return this.start + i * this.step;
  }
  __contains__(x) {
    if (typeof x === "bigint") return false;
    if (!$isnum(x) || !Number.isInteger(+x)) { for (const v of this) if ($eq(v, x)) return true; return false; }
    x = +x;
    const { start, stop, step } = this;
    if (step > 0 ? (x < start || x >= stop) : (x > start || x <= stop)) return false;
    return (x - start) % step === 0;
  }
  __eq__(o) { return o instanceof $Range && $eq($list(this), $list(o)); }
  __repr__() { return `range(${this.start}, ${this.stop}${this.step === 1 ? "" : ", " + this.step})`; }
  index(x) { if (!this.__contains__(x)) throw new $ValueError(`${$repr(x)} is not in range`); return (x - this.start) / this.step; }
  count(x) { return this.__contains__(x) ? 1 : 0; }
}
function $rangeslice(r, k) {
  const n = r.__len__();
  const [a, b, s] = $sliceidx(n, k[0], k[1], k[2]);
  return [r.start + a * r.step, r.start + b * r.step, r.step * s];
}''',
    "$range": r'''
function $range(a, b, c) {
  if (typeof a === "bigint" || typeof b === "bigint" || typeof c === "bigint") return $bigrange(a, b, c);
  for (const v of [a, b, c]) {
    if (v !== undefined && (typeof v !== "number" && typeof v !== "boolean" || !Number.isInteger(+v))) throw new $TypeError(`'${$typename(v)}' object cannot be interpreted as an integer`);
  }
  if (b === undefined) return new $Range(0, +a, 1);
  if (c === undefined) c = 1;
  if (+c === 0) throw new $ValueError("range() arg 3 must not be zero");
  return new $Range(+a, +b, +c);
}''',
    "$DictView": r'''
class $DictView {
  constructor(m, kind) { this.m = m; this.kind = kind; }
  get $pytype() { return "dict_" + this.kind; }
  *[Symbol.iterator]() {
    const m = this.m;
    if (m instanceof Map) {
      const n = m.size;
      const items = this.kind === "keys" ? m.keys() : this.kind === "values" ? m.values() : m.entries();
      for (const x of items) {
        if (m.size !== n) throw new $RuntimeError("dictionary changed size during iteration");
        yield this.kind === "items" ? Object.freeze([x[0], x[1]]) : x;
      }
      if (m.size !== n) throw new $RuntimeError("dictionary changed size during iteration");
    } else {
      for (const k of Object.keys(m)) yield this.kind === "keys" ? k : this.kind === "values" ? m[k] : Object.freeze([k, m[k]]);
    }
  }
  __len__() { return $len(this.m); }
  __contains__(x) {
    if (this.kind === "keys") return $in(x, this.m);
    for (const v of this) if (Object.is(v, x) || $eq(v, x)) return true;
    return false;
  }
  __repr__() { return `dict_${this.kind}(${$repr(Array.from(this))})`; }
  $cmp(o, sub, strict) {
    // dictview_richcompare: o must be a set or a keys/items view.
    if (this.kind === "values" || !(o instanceof Set || (o instanceof $DictView && o.kind !== "values"))) return $NotImplemented;
    const n = this.__len__(), m = o instanceof Set ? o.size : o.__len__();
    if (strict ? !(sub ? n < m : n > m) : !(sub ? n <= m : n >= m)) return false;
    const [a, b] = sub ? [this, o] : [o, this];
    for (const x of a) if (!$in(x, b)) return false;
    return true;
  }
  __lt__(o) { return this.$cmp(o, true, true); }
  __le__(o) { return this.$cmp(o, true, false); }
  __gt__(o) { return this.$cmp(o, false, true); }
  __ge__(o) { return this.$cmp(o, false, false); }
  isdisjoint(o) {
    for (const x of $iterable(o)) if (this.__contains__(x)) return false;
    return true;
  }
  __eq__(o) {
    if (this.kind === "values") return this === o;
    const a = new Set(Array.from(this, $hk));
    const b = o instanceof $DictView ? Array.from(o, $hk) : o instanceof Set ? Array.from(o) : null;
    if (b === null) return false;
    return a.size === new Set(b).size && b.every((x) => a.has(x));
  }
}''',
    "$unpack": r'''
function $unpack(x, n) {
  const a = Array.isArray(x) ? x : $list(x);
  if (a.length !== n) {
    if (a.length < n) throw new $ValueError(`not enough values to unpack (expected ${n}, got ${a.length})`);
    throw new $ValueError(`too many values to unpack (expected ${n})`);
  }
  return a;
}''',
    "$unpackstar": r'''
function $unpackstar(x, before, after) {
  const a = $list(x);
  if (a.length < before + after) throw new $ValueError(`not enough values to unpack (expected at least ${before + after}, got ${a.length})`);
  return [...a.slice(0, before), a.slice(before, a.length - after), ...a.slice(a.length - after)];
}''',
    "$inplace": r'''
function $inplace(op, a, b) {
  if (Array.isArray(a) && !Object.isFrozen(a) && op === "+") {
    const items = $list(b);
    for (const v of items) a.push(v);
    return a;
  }
  if (op === "|" && a instanceof Map) { for (const [k, v] of $pairs(b)) a.set($mk(a, k), v); return a; }
  if (a instanceof Set && typeof $setiop === "function") {
    const r = $setiop(op, a, b);
    if (r !== undefined) return r;
  }
  if (op === "+") return $add(a, b);
  if (op === "-") return $sub(a, b);
  return $bitop(op, a, b);
}''',
    "$matchseq": r'''
function $matchseq(v) {
  if (Array.isArray(v)) return v;
  if (typeof $Range === "function" && v instanceof $Range) return $list(v);
  if (v !== null && typeof v === "object" && !(v instanceof Map) && !$isplain(v) && typeof v.__len__ === "function" && typeof v.__getitem__ === "function") return $list(v);
  return null;
}''',
    "$matchmap": r'''
function $matchmap(v) { return v instanceof Map || $isplain(v); }''',
    "$maprest": r'''
function $maprest(v, keys) {
  const m = new Map($entries(v));
  for (const k of keys) m.delete($mk(m, k));
  return m;
}''',
    "$matcharg": r'''
function $matcharg(cls, i, v, n) {
  const names = cls.__match_args__;
  if (!names || i >= names.length) throw new $TypeError(`${$clsname(cls)}() accepts ${names ? names.length : 0} positional sub-pattern${names && names.length === 1 ? "" : "s"} (${n} given)`);
  return $ga(null, v, names[i]);
}''',
}
