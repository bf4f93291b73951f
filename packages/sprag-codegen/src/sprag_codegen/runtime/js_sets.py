"""Sets and frozensets with CPython's iteration order.

A JS ``Set`` holds the members (keys canonicalised by ``$mk``). Next to it, a set of ints
carries ``$t``: a model of CPython 3.11's hash table (slots, dummies, fill, used, mask, the
``pop`` finger). Every operation follows setobject.c's algorithm — ``set_add_entry``,
``set_discard_entry``, ``set_table_resize``, ``set_merge`` (its layout-copy and clean-insert
paths), the size heuristics of ``difference`` and ``intersection`` — so iterating the table
gives the order CPython prints. Int hashes are deterministic, so that order is reproducible;
a set that holds anything else (``$t === null``) iterates in insertion order (CPython's
order for str is randomised per process anyway).
"""

import re

_CORE = r'''
const $DUMMY = Symbol.for("sprag.setdummy");
function $tnew(s) { s.$t = { k: new Array(8), mask: 7, fill: 0, used: 0, finger: 0 }; return s; }
function $th(v) {
  // The hash CPython gives a key, as a number below 2**32 or an unsigned 64-bit BigInt; null
  // when CPython's hash is not reproducible (str, None and objects hash per process).
  let n;
  if (typeof v === "boolean") return +v;
  if (typeof v === "number" || v instanceof Number) { n = +v; if (!Number.isInteger(n)) return $hdet(v); }
  else if (typeof v === "bigint") n = v;
  else return $hdet(v);
  if (typeof n === "number" && n >= 0 && n < 4294967296) return n;
  const b = BigInt(n), P = (1n << 61n) - 1n;
  let m = (b < 0n ? -b : b) % P;
  if (b < 0n) m = m === 1n ? -2n : -m;
  return BigInt.asUintN(64, m);
}
function $hdet(v) {
  // Floats, tuples and frozensets of such values have reproducible hashes (CPython's).
  const ok = (x) => typeof x === "number" || typeof x === "boolean" || typeof x === "bigint" || x instanceof Number
    || (($istuple(x) || (x instanceof Set && x.$frozen)) && Array.from(x).every(ok));
  return ok(v) ? BigInt.asUintN(64, $hash0(v)) : null;
}
function $tstart(h, mask) { return typeof h === "number" ? h & mask : Number(h & BigInt(mask)); }
function $tstep(i, p, mask) {
  if (typeof p === "number") { p = Math.floor(p / 32); return [(i * 5 + 1 + p) & mask, p]; }
  p >>= 5n;
  return [Number((BigInt(i) * 5n + 1n + p) & BigInt(mask)), p];
}
function $tins(k, mask, v) {
  // set_insert_clean: the first free slot of v's probe sequence.
  const h = $th(v);
  let i = $tstart(h, mask), p = h;
  for (;;) {
    const n = i + 9 <= mask ? 9 : 0;
    for (let j = i; j <= i + n; j++) if (k[j] === undefined) { k[j] = v; return; }
    [i, p] = $tstep(i, p, mask);
  }
}
function $tresize(t, minused) {
  let size = 8;
  while (size <= minused) size <<= 1;
  if (size === 8 && t.mask === 7 && t.fill === t.used) return;
  const old = t.k;
  t.k = new Array(size);
  t.mask = size - 1;
  t.fill = t.used;
  for (const v of old) if (v !== undefined && v !== $DUMMY) $tins(t.k, t.mask, v);
}
function $tadd(t, v) {
  // set_add_entry for a key that is not in the table: reuses the last dummy on the probe path.
  const h = $th(v), mask = t.mask, k = t.k;
  let i = $tstart(h, mask), p = h, free = -1;
  for (;;) {
    const n = i + 9 <= mask ? 9 : 0;
    for (let j = i; j <= i + n; j++) {
      const e = k[j];
      if (e === undefined) {
        if (free >= 0) { k[free] = v; t.used++; return; }
        k[j] = v; t.fill++; t.used++;
        if (t.fill * 5 >= mask * 3) $tresize(t, t.used > 50000 ? t.used * 2 : t.used * 4);
        return;
      }
      if (e === $DUMMY) free = j;
    }
    [i, p] = $tstep(i, p, mask);
  }
}
function $tdel(t, v) {
  const h = $th(v), mask = t.mask, k = t.k;
  let i = $tstart(h, mask), p = h;
  for (;;) {
    const n = i + 9 <= mask ? 9 : 0;
    for (let j = i; j <= i + n; j++) {
      const e = k[j];
      if (e === undefined) return;
      if (e !== $DUMMY && e == v) { k[j] = $DUMMY; t.used--; return; }
    }
    [i, p] = $tstep(i, p, mask);
  }
}
function $newset() { return $tnew(new Set()); }
function $sadd(s, v) {
  // s.add(v) with CPython's table bookkeeping.
  v = $mk(s, v);
  if (s.has(v)) return;
  s.add(v);
  const t = s.$t;
  if (t) { if ($th(v) === null) s.$t = null; else $tadd(t, v); }
}
function $sdel(s, v) {
  v = $mk(s, v);
  if (!s.delete(v)) return false;
  if (s.$t) $tdel(s.$t, v);
  return true;
}
function $sclear(s) {
  const f = s.$t ? s.$t.finger : 0;
  s.clear();
  $tnew(s).$t.finger = f;
}
function $smerge(so, other) {
  // set_merge: so |= other for a set other.
  if (so === other || other.size === 0) return;
  const t = so.$t, o = other.$t;
  if (!t || !o) { for (const v of $setorder(other)) $sadd(so, v); return; }
  if ((t.fill + o.used) * 5 >= t.mask * 3) $tresize(t, (t.used + o.used) * 2);
  if (t.fill === 0) {
    if (t.mask === o.mask && o.fill === o.used) t.k = o.k.slice();
    else for (const v of o.k) if (v !== undefined && v !== $DUMMY) $tins(t.k, t.mask, v);
    t.fill = t.used = o.used;
    for (const v of other) so.add(v);
    return;
  }
  for (const v of o.k) if (v !== undefined && v !== $DUMMY) $sadd(so, v);
}
function $supdate(s, x) {
  // set_update_internal: a set merges, a dict resizes once then adds its keys, else add each item.
  if (x instanceof Set) return $smerge(s, x);
  if (x instanceof Map && s.$t) {
    const t = s.$t;
    if ((t.fill + x.size) * 5 >= t.mask * 3) $tresize(t, (t.used + x.size) * 2);
  }
  for (const v of $iterable(x)) $sadd(s, v);
}'''


def _split(src: str) -> dict:
    """One helper per top-level declaration, so each is shipped only where it is needed."""
    parts = re.split(r"\n(?=(?:function|const) \$)", src.strip("\n"))
    return {re.match(r"(?:function|const) (\$\w+)", p).group(1): p for p in parts}


_ENTRIES = {
    "$setorder": r'''
function $setorder(s) {
  // The order CPython iterates s: its modelled table, else insertion order.
  const t = s.$t;
  if (t) return t.k.filter((x) => x !== undefined && x !== Symbol.for("sprag.setdummy"));
  return Array.from(s);
}''',
    "$set": r'''
function $set(x) {
  const s = $newset();
  if (x !== undefined) $supdate(s, x);
  return s;
}''',
    "$frozenset": r'''
function $frozenset(x) {
  return x instanceof Set && x.$frozen ? x : $freeze($set(x));
}
function $freeze(s) {
  // A frozenset is a Set marked $frozen: the mutating methods are not found, it hashes by value.
  Object.defineProperty(s, "$frozen", { value: true });
  s.__repr__ = () => "frozenset(" + (s.size ? "{" + $setorder(s).map($repr).join(", ") + "}" : "") + ")";
  return s;
}''',
    "$like": r'''
function $like(a, r) {
  // A set operation's result has the type of its left operand (set or frozenset).
  return a.$frozen && !r.$frozen ? $freeze(r) : r;
}''',
    "$mkset": r'''
function $mkset(items, folded) {
  // A set display. CPython folds a display of 3+ constants into a frozenset constant (built
  // from the items, then rebuilt in that table's order when the compiler merges constants)
  // and merges it into the new set: its table layout, not the insertion order, carries over.
  let s = $newset();
  for (const v of items) $sadd(s, v);
  if (folded) {
    const f = $newset();
    for (const v of $setorder(s)) $sadd(f, v);
    s = $newset();
    $smerge(s, f);
  }
  return s;
}''',
    "$sinter": r'''
function $sinter(a, b) {
  // set_intersection: iterate the smaller set, keep what the larger holds.
  if (a === b) return $set(a);
  const r = $newset();
  if (b instanceof Set) {
    const [big, small] = b.size > a.size ? [b, a] : [a, b];
    for (const v of $setorder(small)) if (big.has($mk(big, v))) $sadd(r, v);
    return r;
  }
  for (const v of $iterable(b)) if (a.has($mk(a, v))) $sadd(r, v);
  return r;
}''',
    "$sdiff": r'''
function $sdiffupd(s, o) {
  // set_difference_update_internal, including its final resize when dummies pile up.
  if (s === o) return $sclear(s);
  if (o instanceof Set) {
    if ((o.size >> 3) > s.size) o = $sinter(s, o);
    for (const v of $setorder(o)) $sdel(s, v);
  } else for (const v of $iterable(o)) $sdel(s, v);
  const t = s.$t;
  if (t && t.fill - t.used > t.mask >> 2) $tresize(t, t.used > 50000 ? t.used * 2 : t.used * 4);
}
function $sdiff(a, b) {
  // set_difference: copy-then-remove when a is much larger than b, else filter a's table.
  if (!(b instanceof Set || b instanceof Map) || (a.size >> 2) > b.size) {
    const r = $set(a);
    $sdiffupd(r, b);
    return r;
  }
  const r = $newset();
  for (const v of $setorder(a)) if (!b.has($mk(b, v))) $sadd(r, v);
  return r;
}''',
    "$ssym": r'''
function $ssymupd(s, o) {
  if (s === o) return $sclear(s);
  const other = o instanceof Set || o instanceof Map ? o : $set(o);
  for (const v of other instanceof Map ? other.keys() : $setorder(other)) if (!$sdel(s, v)) $sadd(s, v);
}
function $ssym(a, b) {
  // set_symmetric_difference: a new set from b, updated with a.
  const r = $set(b);
  $ssymupd(r, a);
  return r;
}''',
    "$setop": r'''
function $setop(op, a, b) {
  // a op b where a and b are sets (or dict views); undefined when op does not apply.
  const va = typeof $DictView === "function" && a instanceof $DictView && a.kind !== "values";
  const vb = typeof $DictView === "function" && b instanceof $DictView && b.kind !== "values";
  if (va || vb) {
    // dictviews_*: set(left) updated with the right operand (any iterable on the other side).
    if (op === "&") return $viewand(va ? a : b, va ? b : a);
    const r = $set(a);
    if (op === "|") $supdate(r, b);
    else if (op === "-") $sdiffupd(r, b);
    else if (op === "^") $ssymupd(r, b);
    else return undefined;
    return r;
  }
  if (!(a instanceof Set && b instanceof Set)) return undefined;
  let r;
  if (op === "|") { r = $set(a); if (a !== b) $smerge(r, b); }
  else if (op === "&") r = $sinter(a, b);
  else if (op === "-") r = $sdiff(a, b);
  else if (op === "^") r = $ssym(a, b);
  else return undefined;
  return $like(a, r);
}
function $viewand(view, other) {
  // _PyDictView_Intersect
  if (other instanceof Set && !other.$frozen && view.__len__() <= other.size) return $sinter(other, view);
  if (typeof $DictView === "function" && other instanceof $DictView && other.__len__() > view.__len__()) [view, other] = [other, view];
  const r = $newset();
  for (const v of $iterable(other)) if (view.__contains__(v)) $sadd(r, v);
  return r;
}''',
    "$setiop": r'''
function $setiop(op, a, b) {
  // a op= b for a set a: updated in place (a frozenset makes a new one).
  if (a.$frozen || !(b instanceof Set)) return $setop(op, a, b);
  if (op === "|") $supdate(a, b);
  else if (op === "&") { const r = $sinter(a, b); $sswap(a, r); }
  else if (op === "-") $sdiffupd(a, b);
  else if (op === "^") $ssymupd(a, b);
  else return undefined;
  return a;
}
function $sswap(s, r) {
  // set_swap_bodies: s takes r's members and table (s keeps its pop finger).
  const f = s.$t ? s.$t.finger : 0;
  s.clear();
  for (const v of r) s.add(v);
  s.$t = r.$t ? { ...r.$t, k: r.$t.k.slice(), finger: f } : r.$t;
}''',
    "$set_add": r'''
function $set_add(s, x) { $sadd(s, x); return null; }''',
    "$set_remove": r'''
function $set_remove(s, x) { if (!$sdel(s, x)) throw new $KeyError(x); return null; }''',
    "$set_discard": r'''
function $set_discard(s, x) { $sdel(s, x); return null; }''',
    "$set_pop": r'''
function $set_pop(s) {
  if (s.size === 0) throw new $KeyError("pop from an empty set");
  const t = s.$t;
  if (!t) { const v = $setorder(s)[0]; s.delete(v); return v; }
  let i = t.finger & t.mask;
  while (t.k[i] === undefined || t.k[i] === $DUMMY) { i++; if (i > t.mask) i = 0; }
  const v = t.k[i];
  t.k[i] = $DUMMY;
  t.used--;
  t.finger = i + 1;
  s.delete(v);
  return v;
}''',
    "$set_clear": r'''
function $set_clear(s) { $sclear(s); return null; }''',
    "$set_copy": r'''
function $set_copy(s) { return s.$frozen ? s : $set(s); }''',
    "$set_union": r'''
function $set_union(s, ...o) { const r = $set(s); for (const x of o) if (x !== s) $supdate(r, x); return $like(s, r); }''',
    "$set_update": r'''
function $set_update(s, ...o) { for (const x of o) $supdate(s, x); return null; }''',
    "$set_intersection": r'''
function $set_intersection(s, ...o) { let r = o.length ? s : $set(s); for (const x of o) r = $sinter(r, x); return $like(s, r); }''',
    "$set_intersection_update": r'''
function $set_intersection_update(s, ...o) { let r = s; for (const x of o) r = $sinter(r, x); if (r !== s) $sswap(s, r); return null; }''',
    "$set_difference": r'''
function $set_difference(s, ...o) {
  if (!o.length) return $like(s, $set(s));
  const r = $sdiff(s, o[0]);
  for (const x of o.slice(1)) $sdiffupd(r, x);
  return $like(s, r);
}''',
    "$set_difference_update": r'''
function $set_difference_update(s, ...o) { for (const x of o) $sdiffupd(s, x); return null; }''',
    "$set_symmetric_difference": r'''
function $set_symmetric_difference(s, o) { return $like(s, $ssym(s, o)); }''',
    "$set_symmetric_difference_update": r'''
function $set_symmetric_difference_update(s, o) { $ssymupd(s, o); return null; }''',
    "$set_issubset": r'''
function $set_issubset(s, o) { const b = o instanceof Set ? o : $set(o); for (const v of s) if (!b.has($mk(b, v))) return false; return true; }''',
    "$set_issuperset": r'''
function $set_issuperset(s, o) { for (const v of $iterable(o)) if (!s.has($mk(s, v))) return false; return true; }''',
    "$set_isdisjoint": r'''
function $set_isdisjoint(s, o) { for (const v of $iterable(o)) if (s.has($mk(s, v))) return false; return true; }''',
}

SOURCES = dict(_split(_CORE))
for _src in _ENTRIES.values():
    SOURCES.update(_split(_src))
