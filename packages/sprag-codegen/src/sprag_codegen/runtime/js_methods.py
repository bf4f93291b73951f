"""Methods of the builtin types (str, list, tuple, dict, set) and method/attribute dispatch."""

STR_METHODS = (
    "upper lower strip lstrip rstrip split rsplit join replace startswith endswith find rfind "
    "index rindex count isdigit isalpha isalnum isspace isupper islower isnumeric isdecimal "
    "istitle title capitalize swapcase center ljust rjust zfill splitlines partition "
    "rpartition format casefold removeprefix removesuffix expandtabs isidentifier"
).split()
LIST_METHODS = "append extend insert pop remove index count sort reverse copy clear".split()
TUPLE_METHODS = "index count".split()
DICT_METHODS = "get keys values items pop setdefault update copy clear popitem".split()
SET_METHODS = (
    "add remove discard pop clear copy union intersection difference symmetric_difference "
    "update intersection_update difference_update symmetric_difference_update issubset "
    "issuperset isdisjoint"
).split()
FLOAT_METHODS = ["is_integer"]
GENERATOR_METHODS = ["send", "close", "throw"]
ALL_METHOD_NAMES = frozenset(
    STR_METHODS + LIST_METHODS + TUPLE_METHODS + DICT_METHODS + SET_METHODS + FLOAT_METHODS
    + GENERATOR_METHODS
)

SOURCES = {
    "$kwargs": r'''
function $kwargs(args, fname, names) {
  // Pop a trailing keyword object and check its names.
  if (!args.length || !$iskw(args[args.length - 1])) return {};
  const kw = args.pop();
  for (const k of Object.keys(kw)) if (!names.includes(k)) throw new $TypeError(`${fname}() got an unexpected keyword argument '${k}'`);
  return kw;
}''',
    "$strargs": r'''
function $strargs(x, name) {
  if (typeof x !== "string") throw new $TypeError(`must be str, not ${$typename(x)}`);
  return x;
}''',
    "$M_str": r'''
const $WS = /^[\s\u001c-\u001f\u0085]+|[\s\u001c-\u001f\u0085]+$/g;
function $stripchars(s, chars, left, right) {
  if (chars === undefined || chars === null) {
    if (left) s = s.replace(/^[\s\u001c-\u001f\u0085]+/, "");
    if (right) s = s.replace(/[\s\u001c-\u001f\u0085]+$/, "");
    return s;
  }
  let a = 0, b = s.length;
  if (left) while (a < b && chars.includes(s[a])) a++;
  if (right) while (b > a && chars.includes(s[b - 1])) b--;
  return s.slice(a, b);
}
function $splitws(s, maxsplit) {
  const out = [];
  let rest = s.replace(/^[\s\u001c-\u001f\u0085]+/, "");
  while (rest.length) {
    if (maxsplit >= 0 && out.length >= maxsplit) { out.push(rest); return out; }
    const m = /[\s\u001c-\u001f\u0085]+/.exec(rest);
    if (!m) { out.push(rest); break; }
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}
function $strpad(s, width, fill, where) {
  if (fill === undefined) fill = " ";
  const n = width - s.length;
  if (n <= 0) return s;
  if (where === "l") return s + fill.repeat(n);
  if (where === "r") return fill.repeat(n) + s;
  const left = Math.floor(n / 2) + (n & width & 1);
  return fill.repeat(left) + s + fill.repeat(n - left);
}
function $adjust(len, start, end) {
  start = start === undefined || start === null ? 0 : +start;
  end = end === undefined || end === null ? len : +end;
  if (end > len) end = len; else if (end < 0) { end += len; if (end < 0) end = 0; }
  if (start < 0) { start += len; if (start < 0) start = 0; }
  return [start, end];
}
function $strfind(s, sub, start, end) {
  const [a, b] = $adjust(s.length, start, end);
  if (b - a < sub.length) return -1;
  const i = s.indexOf(sub, a);
  return i >= 0 && i + sub.length <= b ? i : -1;
}
function $strrfind(s, sub, start, end) {
  const [a, b] = $adjust(s.length, start, end);
  if (b - a < sub.length) return -1;
  const i = s.lastIndexOf(sub, b - sub.length);
  return i >= a ? i : -1;
}
const $TITLE = { "ß": "Ss", "ǆ": "ǅ", "Ǆ": "ǅ", "ǅ": "ǅ", "ǉ": "ǈ", "Ǉ": "ǈ", "ǈ": "ǈ", "ǌ": "ǋ", "Ǌ": "ǋ", "ǋ": "ǋ", "ǳ": "ǲ", "Ǳ": "ǲ", "ǲ": "ǲ", "ﬀ": "Ff", "ﬁ": "Fi", "ﬂ": "Fl", "ﬃ": "Ffi", "ﬄ": "Ffl", "ﬅ": "St", "ﬆ": "St", "ŉ": "ʼN" };
function $titlecase(c) { return $TITLE[c] || c.toUpperCase(); }
function $charclass(s, re) { return s.length > 0 && Array.from(s).every((c) => re.test(c)); }
const $M_str = {
  upper: (s) => s.toUpperCase(),
  lower: (s) => s.toLowerCase(),
  casefold: (s) => s.toLowerCase(),
  strip: (s, c) => $stripchars(s, c, true, true),
  lstrip: (s, c) => $stripchars(s, c, true, false),
  rstrip: (s, c) => $stripchars(s, c, false, true),
  split(s, ...args) {
    const kw = $kwargs(args, "split", ["sep", "maxsplit"]);
    let sep = "sep" in kw ? kw.sep : args[0], max = "maxsplit" in kw ? kw.maxsplit : args[1];
    max = max === undefined ? -1 : +max;
    if (sep === undefined || sep === null) return $splitws(s, max);
    if (sep === "") throw new $ValueError("empty separator");
    const parts = s.split(sep);
    if (max >= 0 && parts.length > max + 1) return [...parts.slice(0, max), parts.slice(max).join(sep)];
    return parts;
  },
  rsplit(s, ...args) {
    const kw = $kwargs(args, "rsplit", ["sep", "maxsplit"]);
    let sep = "sep" in kw ? kw.sep : args[0], max = "maxsplit" in kw ? kw.maxsplit : args[1];
    max = max === undefined ? -1 : +max;
    if (sep === undefined || sep === null) {
      if (max < 0) return $splitws(s, -1);
      const rev = $splitws(Array.from(s).reverse().join(""), max);
      return rev.map((p) => Array.from(p).reverse().join("")).reverse();
    }
    const parts = s.split(sep);
    if (max >= 0 && parts.length > max + 1) return [parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)];
    return parts;
  },
  join(s, items) {
    const arr = $list(items);
    arr.forEach((x, i) => { if (typeof x !== "string") throw new $TypeError(`sequence item ${i}: expected str instance, ${$typename(x)} found`); });
    return arr.join(s);
  },
  replace(s, a, b, count) {
    if (a === "") {
      const cs = Array.from(s);
      let out = "", n = 0;
      for (let i = 0; i <= cs.length; i++) {
        if (count === undefined || count < 0 || n < count) { out += b; n++; }
        if (i < cs.length) out += cs[i];
      }
      return out;
    }
    if (count === undefined || count < 0) return s.split(a).join(b);
    let out = "", rest = s;
    for (let i = 0; i < count; i++) {
      const j = rest.indexOf(a);
      if (j < 0) break;
      out += rest.slice(0, j) + b;
      rest = rest.slice(j + a.length);
      if (a === "") { out += rest.slice(0, 1); rest = rest.slice(1); }
    }
    return out + rest;
  },
  startswith(s, p, start, end) {
    const [a, b] = $adjust(s.length, start, end);
    const one = (x) => { $strargs(x); return b - a >= x.length && s.startsWith(x, a) && a + x.length <= b; };
    return $istuple(p) ? p.some(one) : one(p);
  },
  endswith(s, p, start, end) {
    const [a, b] = $adjust(s.length, start, end);
    const one = (x) => { $strargs(x); return b - a >= x.length && s.slice(a, b).endsWith(x); };
    return $istuple(p) ? p.some(one) : one(p);
  },
  find: (s, sub, a, b) => $strfind(s, sub, a, b),
  rfind: (s, sub, a, b) => $strrfind(s, sub, a, b),
  index(s, sub, a, b) { const i = $strfind(s, sub, a, b); if (i < 0) throw new $ValueError("substring not found"); return i; },
  rindex(s, sub, a, b) { const i = $strrfind(s, sub, a, b); if (i < 0) throw new $ValueError("substring not found"); return i; },
  count(s, sub, start, end) {
    const [a, b] = $adjust(s.length, start, end);
    if (b - a < sub.length) return 0;
    const hay = s.slice(a, b);
    if (sub === "") return Array.from(hay).length + 1;
    return hay.split(sub).length - 1;
  },
  isdigit: (s) => $charclass(s, /\p{Nd}|[\u00b2\u00b3\u00b9]/u),
  isdecimal: (s) => $charclass(s, /\p{Nd}/u),
  isnumeric: (s) => $charclass(s, /\p{N}/u),
  isalpha: (s) => $charclass(s, /\p{L}/u),
  isalnum: (s) => $charclass(s, /[\p{L}\p{N}]/u),
  isspace: (s) => $charclass(s, /[\s\u001c-\u001f\u0085]/),
  isupper: (s) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s),
  islower: (s) => /\p{Ll}/u.test(s) && !/\p{Lu}/u.test(s),
  istitle(s) {
    let cased = false, prev = false;
    for (const c of s) {
      if (/[\p{Lu}\p{Lt}]/u.test(c)) { if (prev) return false; prev = cased = true; }
      else if (/\p{Ll}/u.test(c)) { if (!prev) return false; prev = cased = true; }
      else prev = false;
    }
    return cased;
  },
  isidentifier: (s) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(s),
  title(s) {
    let out = "", prev = false;
    for (const c of s) {
      out += prev ? c.toLowerCase() : $titlecase(c);
      prev = /[\p{Lu}\p{Ll}\p{Lt}]/u.test(c);
    }
    return out;
  },
  capitalize(s) {
    const cs = Array.from(s);
    return cs.length ? $titlecase(cs[0]) + cs.slice(1).join("").toLowerCase() : s;
  },
  swapcase: (s) => Array.from(s, (c) => c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()).join(""),
  center: (s, w, f) => $strpad(s, w, f, "c"),
  ljust: (s, w, f) => $strpad(s, w, f, "l"),
  rjust: (s, w, f) => $strpad(s, w, f, "r"),
  zfill(s, w) {
    const sign = s[0] === "-" || s[0] === "+" ? s[0] : "";
    const body = sign ? s.slice(1) : s;
    return sign + body.padStart(w - sign.length, "0");
  },
  splitlines(s, ...args) {
    const kw = $kwargs(args, "splitlines", ["keepends"]);
    const keep = $truthy("keepends" in kw ? kw.keepends : args[0]);
    const out = [];
    const re = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/g;
    let last = 0, m;
    while ((m = re.exec(s))) { out.push(s.slice(last, keep ? m.index + m[0].length : m.index)); last = m.index + m[0].length; }
    if (last < s.length) out.push(s.slice(last));
    return out;
  },
  partition(s, sep) { const i = s.indexOf(sep); return i < 0 ? $tuple(s, "", "") : $tuple(s.slice(0, i), sep, s.slice(i + sep.length)); },
  rpartition(s, sep) { const i = s.lastIndexOf(sep); return i < 0 ? $tuple("", "", s) : $tuple(s.slice(0, i), sep, s.slice(i + sep.length)); },
  format: (s, ...args) => $strformat(s, ...args),
  removeprefix: (s, p) => s.startsWith(p) ? s.slice(p.length) : s,
  removesuffix: (s, p) => p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s,
  expandtabs(s, n) {
    n = n === undefined ? 8 : n;
    let out = "", col = 0;
    for (const c of s) {
      if (c === "\t") { const k = n > 0 ? n - (col % n) : 0; out += " ".repeat(k); col += k; }
      else if (c === "\n" || c === "\r") { out += c; col = 0; }
      else { out += c; col++; }
    }
    return out;
  },
};''',
    "$seqindex": r'''
function $seqindex(a, x, start, end, what) {
  const [lo, hi] = $sliceidx(a.length, start, end, 1);
  for (let i = lo; i < hi; i++) if (Object.is(a[i], x) || $eq(a[i], x)) return i;
  throw new $ValueError(what === "list" ? `${$repr(x)} is not in list` : "tuple.index(x): x not in tuple");
}''',
    "$seqcount": r'''
function $seqcount(a, x) { let n = 0; for (const v of a) if (Object.is(v, x) || $eq(v, x)) n++; return n; }''',
    "$M_list": r'''
const $M_list = {
  append(a, x) { a.push(x); return null; },
  extend(a, xs) { const items = $list(xs); for (const v of items) a.push(v); return null; },
  insert(a, i, x) {
    const n = a.length;
    i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
    a.splice(i, 0, x);
    return null;
  },
  pop(a, i) {
    if (a.length === 0) throw new $IndexError("pop from empty list");
    if (i === undefined) return a.pop();
    const j = i < 0 ? i + a.length : i;
    if (j < 0 || j >= a.length) throw new $IndexError("pop index out of range");
    return a.splice(j, 1)[0];
  },
  remove(a, x) {
    for (let i = 0; i < a.length; i++) if (Object.is(a[i], x) || $eq(a[i], x)) { a.splice(i, 1); return null; }
    throw new $ValueError("list.remove(x): x not in list");
  },
  index: (a, x, s, e) => $seqindex(a, x, s, e, "list"),
  count: (a, x) => $seqcount(a, x),
  sort(a, ...args) {
    const kw = $kwargs(args, "sort", ["key", "reverse"]);
    if (args.length) throw new $TypeError("sort() takes no positional arguments");
    $sortinplace(a, kw.key, $truthy(kw.reverse));
    return null;
  },
  reverse(a) { a.reverse(); return null; },
  copy: (a) => a.slice(),
  clear(a) { a.length = 0; return null; },
};''',
    "$M_tuple": r'''
const $M_tuple = {
  index: (a, x, s, e) => $seqindex(a, x, s, e, "tuple"),
  count: (a, x) => $seqcount(a, x),
};''',
    "$M_dict": r'''
const $M_dict = {
  fromkeys(keys, value) { const m = new Map(); for (const k of $iterable(keys)) m.set($mk(m, k), value === undefined ? null : value); return m; },
  get(d, k, dflt) {
    if (dflt === undefined) dflt = null;
    if (d instanceof Map) { const hk = $mk(d, k); const v = d.get(hk); return v === undefined && !d.has(hk) ? dflt : v; }
    return typeof k === "string" && Object.prototype.hasOwnProperty.call(d, k) ? d[k] : dflt;
  },
  keys: (d) => new $DictView(d, "keys"),
  values: (d) => new $DictView(d, "values"),
  items: (d) => new $DictView(d, "items"),
  pop(d, k, dflt) {
    if (d instanceof Map) {
      const hk = $mk(d, k);
      if (d.has(hk)) { const v = d.get(hk); d.delete(hk); return v; }
    } else if (Object.prototype.hasOwnProperty.call(d, k)) { const v = d[k]; delete d[k]; return v; }
    if (dflt === undefined) throw new $KeyError(k);
    return dflt;
  },
  setdefault(d, k, dflt) {
    if (dflt === undefined) dflt = null;
    if (d instanceof Map) { const hk = $mk(d, k); if (d.has(hk)) return d.get(hk); d.set(hk, dflt); return dflt; }
    if (Object.prototype.hasOwnProperty.call(d, k)) return d[k];
    d[k] = dflt;
    return dflt;
  },
  update(d, ...args) {
    let kw = {};
    if (args.length && $iskw(args[args.length - 1])) kw = args.pop();
    const pairs = args.length ? $pairs(args[0]) : [];
    for (const [k, v] of [...pairs, ...Object.entries(kw)]) { if (d instanceof Map) d.set($mk(d, k), v); else d[k] = v; }
    return null;
  },
  copy: (d) => d instanceof Map ? new Map(d) : Object.assign({}, d),
  clear(d) { if (d instanceof Map) d.clear(); else for (const k of Object.keys(d)) delete d[k]; return null; },
  popitem(d) {
    const keys = d instanceof Map ? Array.from(d.keys()) : Object.keys(d);
    if (!keys.length) throw new $KeyError("popitem(): dictionary is empty");
    const k = keys[keys.length - 1];
    return $tuple(k, $M_dict.pop(d, k));
  },
};''',
    "$M_set": r'''
const $M_set = {
  add(s, x) { s.add($mk(s, x)); return null; },
  remove(s, x) { if (!s.delete($mk(s, x))) throw new $KeyError(x); return null; },
  discard(s, x) { s.delete($mk(s, x)); return null; },
  pop(s) { for (const v of $setorder(s)) { s.delete(v); return v; } throw new $KeyError("pop from an empty set"); },
  clear(s) { s.clear(); return null; },
  copy: (s) => new Set(s),
  union: (s, ...o) => o.reduce((acc, x) => { for (const v of $iterable(x)) acc.add($mk(acc, v)); return acc; }, new Set(s)),
  update(s, ...o) { for (const x of o) for (const v of $iterable(x)) s.add($mk(s, v)); return null; },
  intersection: (s, ...o) => o.reduce((acc, x) => { const b = $set(x); return new Set([...acc].filter((v) => b.has(v))); }, new Set(s)),
  intersection_update(s, ...o) { const r = $M_set.intersection(s, ...o); s.clear(); for (const v of r) s.add(v); return null; },
  difference: (s, ...o) => o.reduce((acc, x) => { const b = $set(x); return new Set([...acc].filter((v) => !b.has(v))); }, new Set(s)),
  difference_update(s, ...o) { const r = $M_set.difference(s, ...o); s.clear(); for (const v of r) s.add(v); return null; },
  symmetric_difference(s, o) { const b = $set(o); const r = new Set([...s].filter((v) => !b.has(v))); for (const v of b) if (!s.has(v)) r.add(v); return r; },
  symmetric_difference_update(s, o) { const r = $M_set.symmetric_difference(s, o); s.clear(); for (const v of r) s.add(v); return null; },
  issubset: (s, o) => { const b = $set(o); return [...s].every((v) => b.has(v)); },
  issuperset: (s, o) => { for (const v of $iterable(o)) if (!s.has($mk(s, v))) return false; return true; },
  isdisjoint: (s, o) => { for (const v of $iterable(o)) if (s.has($mk(s, v))) return false; return true; },
};''',
    "$M_float": r'''
const $M_float = { is_integer: (x) => Number.isInteger(+x) };''',
    "$M_gen": r'''
const $M_gen = {
  send(g, v) { const r = g.next(v); if (r.done) throw new $StopIteration(r.value === undefined ? null : r.value); return r.value; },
  close(g) { g.return(null); return null; },
  throw(g, e) { const r = g.throw($raise(e)); if (r.done) throw new $StopIteration(); return r.value; },
};''',
    "$methods": r'''
function $methods(o) {
  // The builtin method table for o's type, or null for other objects.
  if (typeof o === "string") return $M_str;
  if (Array.isArray(o)) return Object.isFrozen(o) ? $M_tuple : $M_list;
  if (o instanceof Map) return $M_dict;
  if (o instanceof Set) return $M_set;
  if (typeof o === "number" || o instanceof Number) return $isfloat(o) ? $M_float : {};
  if (typeof o === "boolean") return {};
  return null;
}''',
    "$cm": r'''
function $cm(o, name, args, jsname) {
  const table = $methods(o);
  if (table !== null) {
    const f = table[name];
    if (f !== undefined && Object.prototype.hasOwnProperty.call(table, name)) return f(o, ...args);
    throw new $AttributeError(`'${$typename(o)}' object has no attribute '${name}'`);
  }
  if (o === null || o === undefined) throw new $AttributeError(`'NoneType' object has no attribute '${name}'`);
  const f = o[jsname || name];
  if (typeof f === "function") return f.apply(o, args);
  if (f !== undefined) return $call(f, ...args);
  if ($isplain(o) && Object.prototype.hasOwnProperty.call($M_dict, name)) return $M_dict[name](o, ...args);
  if (typeof o.next === "function" && typeof o[Symbol.iterator] === "function" && $M_gen[name]) return $M_gen[name](o, ...args);
  throw new $AttributeError(`'${$typename(o)}' object has no attribute '${name}'`);
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
    if (name === "__name__" && typeof o === "function") return $clsname(o);
    if (name === "__class__") return o.constructor;
  }
  if (dflt !== undefined) return dflt;
  throw new $AttributeError(`'${$typename(o)}' object has no attribute '${name}'`);
}''',
}
