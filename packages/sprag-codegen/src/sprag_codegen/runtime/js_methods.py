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
INT_METHODS = ["bit_length", "bit_count"]
GENERATOR_METHODS = ["send", "close", "throw"]
ALL_METHOD_NAMES = frozenset(
    STR_METHODS + LIST_METHODS + TUPLE_METHODS + DICT_METHODS + SET_METHODS + FLOAT_METHODS
    + INT_METHODS + GENERATOR_METHODS
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
    "$seqindex": r'''
function $seqindex(a, x, start, end, what) {
  const [lo, hi] = $sliceidx(a.length, start, end, 1);
  for (let i = lo; i < hi; i++) if (Object.is(a[i], x) || $eq(a[i], x)) return i;
  throw new $ValueError(what === "list" ? `${$repr(x)} is not in list` : "tuple.index(x): x not in tuple");
}''',
    "$seqcount": r'''
function $seqcount(a, x) { let n = 0; for (const v of a) if (Object.is(v, x) || $eq(v, x)) n++; return n; }''',
    "$list_append": r'''
function $list_append(a, x) { a.push(x); return null; }''',
    "$list_extend": r'''
function $list_extend(a, xs) { const items = $list(xs); for (const v of items) a.push(v); return null; }''',
    "$list_insert": r'''
function $list_insert(a, i, x) {
  const n = a.length;
  i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
  a.splice(i, 0, x);
  return null;
}''',
    "$list_pop": r'''
function $list_pop(a, i) {
  if (a.length === 0) throw new $IndexError("pop from empty list");
  if (i === undefined) return a.pop();
  const j = i < 0 ? i + a.length : i;
  if (j < 0 || j >= a.length) throw new $IndexError("pop index out of range");
  return a.splice(j, 1)[0];
}''',
    "$list_remove": r'''
function $list_remove(a, x) {
  for (let i = 0; i < a.length; i++) if (Object.is(a[i], x) || $eq(a[i], x)) { a.splice(i, 1); return null; }
  throw new $ValueError("list.remove(x): x not in list");
}''',
    "$list_index": r'''
function $list_index(a, x, s, e) { return $seqindex(a, x, s, e, "list"); }''',
    "$list_count": r'''
function $list_count(a, x) { return $seqcount(a, x); }''',
    "$list_sort": r'''
function $list_sort(a, ...args) {
  const kw = $kwargs(args, "sort", ["key", "reverse"]);
  if (args.length) throw new $TypeError("sort() takes no positional arguments");
  $sortinplace(a, kw.key, $truthy(kw.reverse));
  return null;
}''',
    "$list_reverse": r'''
function $list_reverse(a) { a.reverse(); return null; }''',
    "$list_copy": r'''
function $list_copy(a) { return a.slice(); }''',
    "$list_clear": r'''
function $list_clear(a) { a.length = 0; return null; }''',
    "$tuple_index": r'''
function $tuple_index(a, x, s, e) { return $seqindex(a, x, s, e, "tuple"); }''',
    "$tuple_count": r'''
function $tuple_count(a, x) { return $seqcount(a, x); }''',
    "$dict_fromkeys": r'''
function $dict_fromkeys(keys, value) { const m = new Map(); for (const k of $iterable(keys)) m.set($mk(m, k), value === undefined ? null : value); return m; }''',
    "$dict_get": r'''
function $dict_get(d, k, dflt) {
  if (dflt === undefined) dflt = null;
  if (d instanceof Map) { const hk = $mk(d, k); const v = d.get(hk); return v === undefined && !d.has(hk) ? dflt : v; }
  return typeof k === "string" && Object.prototype.hasOwnProperty.call(d, k) ? d[k] : dflt;
}''',
    "$dict_keys": r'''
function $dict_keys(d) { return new $DictView(d, "keys"); }''',
    "$dict_values": r'''
function $dict_values(d) { return new $DictView(d, "values"); }''',
    "$dict_items": r'''
function $dict_items(d) { return new $DictView(d, "items"); }''',
    "$dict_pop": r'''
function $dict_pop(d, k, dflt) {
  if (d instanceof Map) {
    const hk = $mk(d, k);
    if (d.has(hk)) { const v = d.get(hk); d.delete(hk); return v; }
  } else if (Object.prototype.hasOwnProperty.call(d, k)) { const v = d[k]; delete d[k]; return v; }
  if (dflt === undefined) throw new $KeyError(k);
  return dflt;
}''',
    "$dict_setdefault": r'''
function $dict_setdefault(d, k, dflt) {
  if (dflt === undefined) dflt = null;
  if (d instanceof Map) { const hk = $mk(d, k); if (d.has(hk)) return d.get(hk); d.set(hk, dflt); return dflt; }
  if (Object.prototype.hasOwnProperty.call(d, k)) return d[k];
  d[k] = dflt;
  return dflt;
}''',
    "$dict_update": r'''
function $dict_update(d, ...args) {
  let kw = {};
  if (args.length && $iskw(args[args.length - 1])) kw = args.pop();
  const pairs = args.length ? $pairs(args[0]) : [];
  for (const [k, v] of [...pairs, ...Object.entries(kw)]) { if (d instanceof Map) d.set($mk(d, k), v); else d[k] = v; }
  return null;
}''',
    "$dict_copy": r'''
function $dict_copy(d) { return d instanceof Map ? new Map(d) : Object.assign({}, d); }''',
    "$dict_clear": r'''
function $dict_clear(d) { if (d instanceof Map) d.clear(); else for (const k of Object.keys(d)) delete d[k]; return null; }''',
    "$dict_popitem": r'''
function $dict_popitem(d) {
  const keys = d instanceof Map ? Array.from(d.keys()) : Object.keys(d);
  if (!keys.length) throw new $KeyError("popitem(): dictionary is empty");
  const k = keys[keys.length - 1];
  return $tuple(k, $dict_pop(d, k));
}''',
    "$int_bit_length": r'''
function $int_bit_length(x) { x = typeof x === "boolean" ? +x : x; return x == 0 ? 0 : (x < 0 ? -x : x).toString(2).length; }''',
    "$int_bit_count": r'''
function $int_bit_count(x) { x = typeof x === "boolean" ? +x : x; return (x < 0 ? -x : x).toString(2).replace(/0/g, "").length; }''',
    "$float_is_integer": r'''
function $float_is_integer(x) { return Number.isInteger(+x); }''',
    "$gen_send": r'''
function $gen_send(g, v) { const r = g.next(v); if (r.done) throw new $StopIteration(r.value === undefined ? null : r.value); return r.value; }''',
    "$gen_close": r'''
function $gen_close(g) { g.return(null); return null; }''',
    "$gen_throw": r'''
function $gen_throw(g, e) { const r = g.throw($raise(e)); if (r.done) throw new $StopIteration(); return r.value; }''',
}
