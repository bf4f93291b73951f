"""The methods of str, each its own helper (`$str_upper` ...) so only the ones used are shipped."""

SOURCES = {
    "$strargs": r'''
function $strargs(x, name) {
  if (typeof x !== "string") throw new $TypeError(`must be str, not ${$typename(x)}`);
  return x;
}''',
    "$stripchars": r'''
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
}''',
    "$splitws": r'''
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
}''',
    "$strpad": r'''
function $strpad(s, width, fill, where) {
  if (fill === undefined) fill = " ";
  const n = width - s.length;
  if (n <= 0) return s;
  if (where === "l") return s + fill.repeat(n);
  if (where === "r") return fill.repeat(n) + s;
  const left = Math.floor(n / 2) + (n & width & 1);
  return fill.repeat(left) + s + fill.repeat(n - left);
}''',
    "$adjust": r'''
function $adjust(len, start, end) {
  start = start === undefined || start === null ? 0 : +start;
  end = end === undefined || end === null ? len : +end;
  if (end > len) end = len; else if (end < 0) { end += len; if (end < 0) end = 0; }
  if (start < 0) { start += len; if (start < 0) start = 0; }
  return [start, end];
}''',
    "$strfind": r'''
function $strfind(s, sub, start, end) {
  const [a, b] = $adjust(s.length, start, end);
  if (b - a < sub.length) return -1;
  const i = s.indexOf(sub, a);
  return i >= 0 && i + sub.length <= b ? i : -1;
}''',
    "$strrfind": r'''
function $strrfind(s, sub, start, end) {
  const [a, b] = $adjust(s.length, start, end);
  if (b - a < sub.length) return -1;
  const i = s.lastIndexOf(sub, b - sub.length);
  return i >= a ? i : -1;
}''',
    "$titlecase": r'''
const $TITLE = { "ß": "Ss", "ǆ": "ǅ", "Ǆ": "ǅ", "ǅ": "ǅ", "ǉ": "ǈ", "Ǉ": "ǈ", "ǈ": "ǈ", "ǌ": "ǋ", "Ǌ": "ǋ", "ǋ": "ǋ", "ǳ": "ǲ", "Ǳ": "ǲ", "ǲ": "ǲ", "ﬀ": "Ff", "ﬁ": "Fi", "ﬂ": "Fl", "ﬃ": "Ffi", "ﬄ": "Ffl", "ﬅ": "St", "ﬆ": "St", "ŉ": "ʼN" };
function $titlecase(c) { return $TITLE[c] || c.toUpperCase(); }''',
    "$charclass": r'''
function $charclass(s, re) { return s.length > 0 && Array.from(s).every((c) => re.test(c)); }''',
    "$str_upper": r'''
function $str_upper(s) { return s.toUpperCase(); }''',
    "$str_lower": r'''
function $str_lower(s) { return s.toLowerCase(); }''',
    "$str_casefold": r'''
function $str_casefold(s) { return s.toLowerCase(); }''',
    "$str_strip": r'''
function $str_strip(s, c) { return $stripchars(s, c, true, true); }''',
    "$str_lstrip": r'''
function $str_lstrip(s, c) { return $stripchars(s, c, true, false); }''',
    "$str_rstrip": r'''
function $str_rstrip(s, c) { return $stripchars(s, c, false, true); }''',
    "$str_split": r'''
function $str_split(s, ...args) {
  const kw = $kwargs(args, "split", ["sep", "maxsplit"]);
  let sep = "sep" in kw ? kw.sep : args[0], max = "maxsplit" in kw ? kw.maxsplit : args[1];
  max = max === undefined ? -1 : +max;
  if (sep === undefined || sep === null) return $splitws(s, max);
  if (sep === "") throw new $ValueError("empty separator");
  const parts = s.split(sep);
  if (max >= 0 && parts.length > max + 1) return [...parts.slice(0, max), parts.slice(max).join(sep)];
  return parts;
}''',
    "$str_rsplit": r'''
function $str_rsplit(s, ...args) {
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
}''',
    "$str_join": r'''
function $str_join(s, items) {
  const arr = $list(items);
  arr.forEach((x, i) => { if (typeof x !== "string") throw new $TypeError(`sequence item ${i}: expected str instance, ${$typename(x)} found`); });
  return arr.join(s);
}''',
    "$str_replace": r'''
function $str_replace(s, a, b, count) {
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
}''',
    "$str_startswith": r'''
function $str_startswith(s, p, start, end) {
  const [a, b] = $adjust(s.length, start, end);
  const one = (x) => { $strargs(x); return b - a >= x.length && s.startsWith(x, a) && a + x.length <= b; };
  return $istuple(p) ? p.some(one) : one(p);
}''',
    "$str_endswith": r'''
function $str_endswith(s, p, start, end) {
  const [a, b] = $adjust(s.length, start, end);
  const one = (x) => { $strargs(x); return b - a >= x.length && s.slice(a, b).endsWith(x); };
  return $istuple(p) ? p.some(one) : one(p);
}''',
    "$str_find": r'''
function $str_find(s, sub, a, b) { return $strfind(s, sub, a, b); }''',
    "$str_rfind": r'''
function $str_rfind(s, sub, a, b) { return $strrfind(s, sub, a, b); }''',
    "$str_index": r'''
function $str_index(s, sub, a, b) { const i = $strfind(s, sub, a, b); if (i < 0) throw new $ValueError("substring not found"); return i; }''',
    "$str_rindex": r'''
function $str_rindex(s, sub, a, b) { const i = $strrfind(s, sub, a, b); if (i < 0) throw new $ValueError("substring not found"); return i; }''',
    "$str_count": r'''
function $str_count(s, sub, start, end) {
  const [a, b] = $adjust(s.length, start, end);
  if (b - a < sub.length) return 0;
  const hay = s.slice(a, b);
  if (sub === "") return Array.from(hay).length + 1;
  return hay.split(sub).length - 1;
}''',
    "$str_isdigit": r'''
function $str_isdigit(s) { return $charclass(s, /\p{Nd}|[\u00b2\u00b3\u00b9]/u); }''',
    "$str_isdecimal": r'''
function $str_isdecimal(s) { return $charclass(s, /\p{Nd}/u); }''',
    "$str_isnumeric": r'''
function $str_isnumeric(s) { return $charclass(s, /\p{N}/u); }''',
    "$str_isalpha": r'''
function $str_isalpha(s) { return $charclass(s, /\p{L}/u); }''',
    "$str_isalnum": r'''
function $str_isalnum(s) { return $charclass(s, /[\p{L}\p{N}]/u); }''',
    "$str_isspace": r'''
function $str_isspace(s) { return $charclass(s, /[\s\u001c-\u001f\u0085]/); }''',
    "$str_isupper": r'''
function $str_isupper(s) { return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s); }''',
    "$str_islower": r'''
function $str_islower(s) { return /\p{Ll}/u.test(s) && !/\p{Lu}/u.test(s); }''',
    "$str_istitle": r'''
function $str_istitle(s) {
  let cased = false, prev = false;
  for (const c of s) {
    if (/[\p{Lu}\p{Lt}]/u.test(c)) { if (prev) return false; prev = cased = true; }
    else if (/\p{Ll}/u.test(c)) { if (!prev) return false; prev = cased = true; }
    else prev = false;
  }
  return cased;
}''',
    "$str_isidentifier": r'''
function $str_isidentifier(s) { return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(s); }''',
    "$str_title": r'''
function $str_title(s) {
  let out = "", prev = false;
  for (const c of s) {
    out += prev ? c.toLowerCase() : $titlecase(c);
    prev = /[\p{Lu}\p{Ll}\p{Lt}]/u.test(c);
  }
  return out;
}''',
    "$str_capitalize": r'''
function $str_capitalize(s) {
  const cs = Array.from(s);
  return cs.length ? $titlecase(cs[0]) + cs.slice(1).join("").toLowerCase() : s;
}''',
    "$str_swapcase": r'''
function $str_swapcase(s) { return Array.from(s, (c) => c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()).join(""); }''',
    "$str_center": r'''
function $str_center(s, w, f) { return $strpad(s, w, f, "c"); }''',
    "$str_ljust": r'''
function $str_ljust(s, w, f) { return $strpad(s, w, f, "l"); }''',
    "$str_rjust": r'''
function $str_rjust(s, w, f) { return $strpad(s, w, f, "r"); }''',
    "$str_zfill": r'''
function $str_zfill(s, w) {
  const sign = s[0] === "-" || s[0] === "+" ? s[0] : "";
  const body = sign ? s.slice(1) : s;
  return sign + body.padStart(w - sign.length, "0");
}''',
    "$str_splitlines": r'''
function $str_splitlines(s, ...args) {
  const kw = $kwargs(args, "splitlines", ["keepends"]);
  const keep = $truthy("keepends" in kw ? kw.keepends : args[0]);
  const out = [];
  const re = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/g;
  let last = 0, m;
  while ((m = re.exec(s))) { out.push(s.slice(last, keep ? m.index + m[0].length : m.index)); last = m.index + m[0].length; }
  if (last < s.length) out.push(s.slice(last));
  return out;
}''',
    "$str_partition": r'''
function $str_partition(s, sep) { const i = s.indexOf(sep); return i < 0 ? $tuple(s, "", "") : $tuple(s.slice(0, i), sep, s.slice(i + sep.length)); }''',
    "$str_rpartition": r'''
function $str_rpartition(s, sep) { const i = s.lastIndexOf(sep); return i < 0 ? $tuple("", "", s) : $tuple(s.slice(0, i), sep, s.slice(i + sep.length)); }''',
    "$str_format": r'''
function $str_format(s, ...args) { return $strformat(s, ...args); }''',
    "$str_removeprefix": r'''
function $str_removeprefix(s, p) { return s.startsWith(p) ? s.slice(p.length) : s; }''',
    "$str_removesuffix": r'''
function $str_removesuffix(s, p) { return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s; }''',
    "$str_expandtabs": r'''
function $str_expandtabs(s, n) {
  n = n === undefined ? 8 : n;
  let out = "", col = 0;
  for (const c of s) {
    if (c === "\t") { const k = n > 0 ? n - (col % n) : 0; out += " ".repeat(k); col += k; }
    else if (c === "\n" || c === "\r") { out += c; col = 0; }
    else { out += c; col++; }
  }
  return out;
}''',
}
