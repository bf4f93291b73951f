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
  else if (typeof fill !== "string") throw new $TypeError(`The fill character must be a unicode character, not ${$typename(fill)}`);
  else if (Array.from(fill).length !== 1) throw new $TypeError("The fill character must be exactly one character long");
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
// Full case folding where it differs from lower() (Unicode 14, as CPython 3.11): ß -> ss ...
const $FOLD = {"µ":"μ","ß":"ss","ŉ":"ʼn","ſ":"s","ǰ":"ǰ","ͅ":"ι","ΐ":"ΐ","ΰ":"ΰ","ς":"σ","ϐ":"β","ϑ":"θ","ϕ":"φ","ϖ":"π","ϰ":"κ","ϱ":"ρ","ϵ":"ε","և":"եւ","Ꭰ":"Ꭰ","Ꭱ":"Ꭱ","Ꭲ":"Ꭲ","Ꭳ":"Ꭳ","Ꭴ":"Ꭴ","Ꭵ":"Ꭵ","Ꭶ":"Ꭶ","Ꭷ":"Ꭷ","Ꭸ":"Ꭸ","Ꭹ":"Ꭹ","Ꭺ":"Ꭺ","Ꭻ":"Ꭻ","Ꭼ":"Ꭼ","Ꭽ":"Ꭽ","Ꭾ":"Ꭾ","Ꭿ":"Ꭿ","Ꮀ":"Ꮀ","Ꮁ":"Ꮁ","Ꮂ":"Ꮂ","Ꮃ":"Ꮃ","Ꮄ":"Ꮄ","Ꮅ":"Ꮅ","Ꮆ":"Ꮆ","Ꮇ":"Ꮇ","Ꮈ":"Ꮈ","Ꮉ":"Ꮉ","Ꮊ":"Ꮊ","Ꮋ":"Ꮋ","Ꮌ":"Ꮌ","Ꮍ":"Ꮍ","Ꮎ":"Ꮎ","Ꮏ":"Ꮏ","Ꮐ":"Ꮐ","Ꮑ":"Ꮑ","Ꮒ":"Ꮒ","Ꮓ":"Ꮓ","Ꮔ":"Ꮔ","Ꮕ":"Ꮕ","Ꮖ":"Ꮖ","Ꮗ":"Ꮗ","Ꮘ":"Ꮘ","Ꮙ":"Ꮙ","Ꮚ":"Ꮚ","Ꮛ":"Ꮛ","Ꮜ":"Ꮜ","Ꮝ":"Ꮝ","Ꮞ":"Ꮞ","Ꮟ":"Ꮟ","Ꮠ":"Ꮠ","Ꮡ":"Ꮡ","Ꮢ":"Ꮢ","Ꮣ":"Ꮣ","Ꮤ":"Ꮤ","Ꮥ":"Ꮥ","Ꮦ":"Ꮦ","Ꮧ":"Ꮧ","Ꮨ":"Ꮨ","Ꮩ":"Ꮩ","Ꮪ":"Ꮪ","Ꮫ":"Ꮫ","Ꮬ":"Ꮬ","Ꮭ":"Ꮭ","Ꮮ":"Ꮮ","Ꮯ":"Ꮯ","Ꮰ":"Ꮰ","Ꮱ":"Ꮱ","Ꮲ":"Ꮲ","Ꮳ":"Ꮳ","Ꮴ":"Ꮴ","Ꮵ":"Ꮵ","Ꮶ":"Ꮶ","Ꮷ":"Ꮷ","Ꮸ":"Ꮸ","Ꮹ":"Ꮹ","Ꮺ":"Ꮺ","Ꮻ":"Ꮻ","Ꮼ":"Ꮼ","Ꮽ":"Ꮽ","Ꮾ":"Ꮾ","Ꮿ":"Ꮿ","Ᏸ":"Ᏸ","Ᏹ":"Ᏹ","Ᏺ":"Ᏺ","Ᏻ":"Ᏻ","Ᏼ":"Ᏼ","Ᏽ":"Ᏽ","ᏸ":"Ᏸ","ᏹ":"Ᏹ","ᏺ":"Ᏺ","ᏻ":"Ᏻ","ᏼ":"Ᏼ","ᏽ":"Ᏽ","ᲀ":"в","ᲁ":"д","ᲂ":"о","ᲃ":"с","ᲄ":"т","ᲅ":"т","ᲆ":"ъ","ᲇ":"ѣ","ᲈ":"ꙋ","ẖ":"ẖ","ẗ":"ẗ","ẘ":"ẘ","ẙ":"ẙ","ẚ":"aʾ","ẛ":"ṡ","ẞ":"ss","ὐ":"ὐ","ὒ":"ὒ","ὔ":"ὔ","ὖ":"ὖ","ᾀ":"ἀι","ᾁ":"ἁι","ᾂ":"ἂι","ᾃ":"ἃι","ᾄ":"ἄι","ᾅ":"ἅι","ᾆ":"ἆι","ᾇ":"ἇι","ᾈ":"ἀι","ᾉ":"ἁι","ᾊ":"ἂι","ᾋ":"ἃι","ᾌ":"ἄι","ᾍ":"ἅι","ᾎ":"ἆι","ᾏ":"ἇι","ᾐ":"ἠι","ᾑ":"ἡι","ᾒ":"ἢι","ᾓ":"ἣι","ᾔ":"ἤι","ᾕ":"ἥι","ᾖ":"ἦι","ᾗ":"ἧι","ᾘ":"ἠι","ᾙ":"ἡι","ᾚ":"ἢι","ᾛ":"ἣι","ᾜ":"ἤι","ᾝ":"ἥι","ᾞ":"ἦι","ᾟ":"ἧι","ᾠ":"ὠι","ᾡ":"ὡι","ᾢ":"ὢι","ᾣ":"ὣι","ᾤ":"ὤι","ᾥ":"ὥι","ᾦ":"ὦι","ᾧ":"ὧι","ᾨ":"ὠι","ᾩ":"ὡι","ᾪ":"ὢι","ᾫ":"ὣι","ᾬ":"ὤι","ᾭ":"ὥι","ᾮ":"ὦι","ᾯ":"ὧι","ᾲ":"ὰι","ᾳ":"αι","ᾴ":"άι","ᾶ":"ᾶ","ᾷ":"ᾶι","ᾼ":"αι","ι":"ι","ῂ":"ὴι","ῃ":"ηι","ῄ":"ήι","ῆ":"ῆ","ῇ":"ῆι","ῌ":"ηι","ῒ":"ῒ","ΐ":"ΐ","ῖ":"ῖ","ῗ":"ῗ","ῢ":"ῢ","ΰ":"ΰ","ῤ":"ῤ","ῦ":"ῦ","ῧ":"ῧ","ῲ":"ὼι","ῳ":"ωι","ῴ":"ώι","ῶ":"ῶ","ῷ":"ῶι","ῼ":"ωι","ꭰ":"Ꭰ","ꭱ":"Ꭱ","ꭲ":"Ꭲ","ꭳ":"Ꭳ","ꭴ":"Ꭴ","ꭵ":"Ꭵ","ꭶ":"Ꭶ","ꭷ":"Ꭷ","ꭸ":"Ꭸ","ꭹ":"Ꭹ","ꭺ":"Ꭺ","ꭻ":"Ꭻ","ꭼ":"Ꭼ","ꭽ":"Ꭽ","ꭾ":"Ꭾ","ꭿ":"Ꭿ","ꮀ":"Ꮀ","ꮁ":"Ꮁ","ꮂ":"Ꮂ","ꮃ":"Ꮃ","ꮄ":"Ꮄ","ꮅ":"Ꮅ","ꮆ":"Ꮆ","ꮇ":"Ꮇ","ꮈ":"Ꮈ","ꮉ":"Ꮉ","ꮊ":"Ꮊ","ꮋ":"Ꮋ","ꮌ":"Ꮌ","ꮍ":"Ꮍ","ꮎ":"Ꮎ","ꮏ":"Ꮏ","ꮐ":"Ꮐ","ꮑ":"Ꮑ","ꮒ":"Ꮒ","ꮓ":"Ꮓ","ꮔ":"Ꮔ","ꮕ":"Ꮕ","ꮖ":"Ꮖ","ꮗ":"Ꮗ","ꮘ":"Ꮘ","ꮙ":"Ꮙ","ꮚ":"Ꮚ","ꮛ":"Ꮛ","ꮜ":"Ꮜ","ꮝ":"Ꮝ","ꮞ":"Ꮞ","ꮟ":"Ꮟ","ꮠ":"Ꮠ","ꮡ":"Ꮡ","ꮢ":"Ꮢ","ꮣ":"Ꮣ","ꮤ":"Ꮤ","ꮥ":"Ꮥ","ꮦ":"Ꮦ","ꮧ":"Ꮧ","ꮨ":"Ꮨ","ꮩ":"Ꮩ","ꮪ":"Ꮪ","ꮫ":"Ꮫ","ꮬ":"Ꮬ","ꮭ":"Ꮭ","ꮮ":"Ꮮ","ꮯ":"Ꮯ","ꮰ":"Ꮰ","ꮱ":"Ꮱ","ꮲ":"Ꮲ","ꮳ":"Ꮳ","ꮴ":"Ꮴ","ꮵ":"Ꮵ","ꮶ":"Ꮶ","ꮷ":"Ꮷ","ꮸ":"Ꮸ","ꮹ":"Ꮹ","ꮺ":"Ꮺ","ꮻ":"Ꮻ","ꮼ":"Ꮼ","ꮽ":"Ꮽ","ꮾ":"Ꮾ","ꮿ":"Ꮿ","ﬀ":"ff","ﬁ":"fi","ﬂ":"fl","ﬃ":"ffi","ﬄ":"ffl","ﬅ":"st","ﬆ":"st","ﬓ":"մն","ﬔ":"մե","ﬕ":"մի","ﬖ":"վն","ﬗ":"մխ"};
function $str_casefold(s) { return Array.from(s, (c) => $FOLD[c] || c.toLowerCase()).join(""); }''',
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
function $str_isdigit(s) { return $charclass(s, /[\p{Nd}\u{b2}-\u{b3}\u{b9}\u{1369}-\u{1371}\u{19da}\u{2070}\u{2074}-\u{2079}\u{2080}-\u{2089}\u{2460}-\u{2468}\u{2474}-\u{247c}\u{2488}-\u{2490}\u{24ea}\u{24f5}-\u{24fd}\u{24ff}\u{2776}-\u{277e}\u{2780}-\u{2788}\u{278a}-\u{2792}\u{10a40}-\u{10a43}\u{10e60}-\u{10e68}\u{11052}-\u{1105a}\u{1f100}-\u{1f10a}]/u); }''',
    "$str_isdecimal": r'''
function $str_isdecimal(s) { return $charclass(s, /\p{Nd}/u); }''',
    "$str_isnumeric": r'''
// Numeric_Type Numeric/Digit/Decimal: \p{N} and the ideographs with numeric values (CJK 一, 万 ...).
function $str_isnumeric(s) { return $charclass(s, /[\p{N}\u{3405}\u{3483}\u{382a}\u{3b4d}\u{4e00}\u{4e03}\u{4e07}\u{4e09}\u{4e5d}\u{4e8c}\u{4e94}\u{4e96}\u{4ebf}-\u{4ec0}\u{4edf}\u{4ee8}\u{4f0d}\u{4f70}\u{5104}\u{5146}\u{5169}\u{516b}\u{516d}\u{5341}\u{5343}-\u{5345}\u{534c}\u{53c1}-\u{53c4}\u{56db}\u{58f1}\u{58f9}\u{5e7a}\u{5efe}-\u{5eff}\u{5f0c}-\u{5f0e}\u{5f10}\u{62fe}\u{634c}\u{67d2}\u{6f06}\u{7396}\u{767e}\u{8086}\u{842c}\u{8cae}\u{8cb3}\u{8d30}\u{9621}\u{9646}\u{964c}\u{9678}\u{96f6}\u{f96b}\u{f973}\u{f978}\u{f9b2}\u{f9d1}\u{f9d3}\u{f9fd}\u{20001}\u{20064}\u{200e2}\u{20121}\u{2092a}\u{20983}\u{2098c}\u{2099c}\u{20aea}\u{20afd}\u{20b19}\u{22390}\u{22998}\u{23b1b}\u{2626d}\u{2f890}]/u); }''',
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
