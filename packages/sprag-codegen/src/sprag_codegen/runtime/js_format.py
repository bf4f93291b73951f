"""format(), f-string specs and str.format(): Python's format mini-language in JS."""

SOURCES = {
    "$rounddigits": r'''
function $rounddigits(digits, k) {
  // Keep k leading digits of a decimal digit string, rounding half to even; returns [digits, carried].
  if (k >= digits.length) return [digits + "0".repeat(k - digits.length), false];
  if (k < 0) return ["", false];
  const head = digits.slice(0, k), rest = digits.slice(k);
  let up = rest[0] > "5" || (rest[0] === "5" && (/[1-9]/.test(rest.slice(1)) || (k > 0 && Number(head[k - 1]) % 2 === 1)));
  if (!up) return [head, false];
  let n = (BigInt(head || "0") + 1n).toString();
  if (k === 0) return [n === "1" ? "1" : n, true];
  if (n.length > k) return [n, true];
  return [n.padStart(k, "0"), false];
}''',
    "$fixed": r'''
function $fixed(x, p) {
  // Correctly rounded fixed notation of |x| with p decimals (no sign).
  let [neg, d, pt] = $exactdec(Math.abs(x));
  if (pt <= 0) { d = "0".repeat(1 - pt) + d; pt = 1; }
  let [r, carried] = $rounddigits(d, pt + p);
  if (carried) pt += 1;
  if (r.length < pt + p) r = r.padStart(pt + p, "0");
  const ip = r.slice(0, r.length - p).replace(/^0+(?=\d)/, "") || "0";
  return p > 0 ? ip + "." + r.slice(r.length - p) : ip;
}''',
    "$sci": r'''
function $sci(x, p, upper) {
  // Correctly rounded scientific notation of |x| with p digits after the point: [mantissa, exp].
  x = Math.abs(x);
  if (x === 0) return ["0" + (p > 0 ? "." + "0".repeat(p) : ""), 0];
  let [neg, d, pt] = $exactdec(x);
  const lead = d.search(/[1-9]/);
  d = d.slice(lead);
  pt -= lead;
  let [r, carried] = $rounddigits(d, p + 1);
  let exp = pt - 1;
  if (carried) { exp += 1; r = r.slice(0, p + 1); }
  return [r[0] + (p > 0 ? "." + r.slice(1) : ""), exp];
}''',
    "$expstr": r'''
function $expstr(exp, upper) { return (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0"); }''',
    "$general": r'''
function $general(x, p, alt, noneType) {
  if (p === 0) p = 1;
  x = Math.abs(x);
  const [m, exp] = $sci(x, p - 1);
  let body, isExp;
  if (exp >= -4 && exp < p) { body = $fixed(x, p - 1 - exp); isExp = false; }
  else { body = m; isExp = true; }
  if (!alt && body.includes(".")) body = body.replace(/0+$/, "").replace(/\.$/, "");
  if (alt && !body.includes(".")) body += ".";
  if (noneType && !isExp && !body.includes(".")) body += ".0";
  return isExp ? body + $expstr(exp, false) : body;
}''',
    "$group": r'''
function $group(intpart, sep, every) {
  if (!sep) return intpart;
  let out = "";
  for (let i = intpart.length; i > 0; i -= every) out = intpart.slice(Math.max(0, i - every), i) + (out ? sep + out : "");
  return out;
}''',
    "$format": r'''
function $format(v, spec) {
  if (v !== null && typeof v === "object" && typeof v.__format__ === "function") return v.__format__(spec);
  if (spec === "") return $str(v);
  const m = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/s.exec(spec);
  if (!m) throw new $ValueError("Invalid format specifier");
  let [, fill, align, sign, z, alt, zero, width, grouping, prec, type] = m;
  if (fill === undefined) fill = zero && !align ? "0" : " ";
  if (!align && zero) align = "=";
  width = width ? +width : 0;
  sign = sign || "-";
  let body, prefix = "", neg = false;
  const isnum = typeof v === "number" || v instanceof Number || typeof v === "boolean" || typeof v === "bigint";
  if (typeof v === "string") {
    if (type && type !== "s") throw new $ValueError(`Unknown format code '${type}' for object of type 'str'`);
    if (sign !== "-" || m[3]) throw new $ValueError("Sign not allowed in string format specifier");
    if (grouping) throw new $ValueError(`Cannot specify '${grouping}' with 's'.`);
    body = prec !== undefined ? Array.from(v).slice(0, +prec).join("") : v;
    align = align || "<";
  } else if (isnum) {
    let x = typeof v === "bigint" ? v : +v;
    const fl = $isfloat(v);
    if (!type && !fl) type = "d";
    if (!fl && "bcdoxXn".includes(type)) {
      if (prec !== undefined) throw new $ValueError("Precision not allowed in integer format specifier");
      neg = x < 0;
      const a = neg ? -x : x;
      const big = (b) => typeof a === "bigint" || a < 2 ** 53 ? (type === "d" || type === "n" ? $intstr(a) : a.toString(b)) : BigInt(a).toString(b);
      switch (type) {
        case "d": case "n": body = $group(big(10), grouping, 3); break;
        case "x": body = $group(big(16), grouping, 4); prefix = alt ? "0x" : ""; break;
        case "X": body = $group(big(16), grouping, 4).toUpperCase(); prefix = alt ? "0X" : ""; break;
        case "o": body = $group(big(8), grouping, 4); prefix = alt ? "0o" : ""; break;
        case "b": body = $group(big(2), grouping, 4); prefix = alt ? "0b" : ""; break;
        case "c": body = String.fromCodePoint(x); neg = false; break;
      }
    } else {
      if ("bcdoxX".includes(type)) throw new $ValueError(`Unknown format code '${type}' for object of type 'float'`);
      if (typeof x === "bigint") x = $tofloat(x);
      neg = x < 0 || Object.is(x, -0);
      if (z && x === 0) neg = false;
      const p = prec === undefined ? 6 : +prec;
      const a = Math.abs(x);
      if (!isFinite(a)) {
        body = a !== a ? "nan" : "inf";
        if (type === "E" || type === "F" || type === "G") body = body.toUpperCase();
        if (type === "%") body += "%";
        neg = x === -Infinity;
      } else switch (type) {
        case "f": case "F": body = $fixed(a, p) + (alt && p === 0 ? "." : ""); break;
        case "%": body = $fixed(a * 100, p) + "%"; break;
        case "e": case "E": { const [mm, ex] = $sci(a, p); body = mm + (alt && p === 0 ? "." : "") + $expstr(ex, type === "E"); break; }
        case "g": case "G": case "n": body = $general(a, p, alt, false); if (type === "G") body = body.toUpperCase(); break;
        default:
          body = prec === undefined ? $floatrepr(a) : $general(a, p, alt, true);
      }
      if (grouping && isFinite(a)) {
        const dot = body.search(/[.eE%]/);
        const ip = dot < 0 ? body : body.slice(0, dot);
        body = $group(ip, grouping, 3) + (dot < 0 ? "" : body.slice(dot));
      }
    }
    align = align || ">";
  } else if (v === null || v === undefined || Array.isArray(v) || v instanceof Map || v instanceof Set) {
    throw new $TypeError(`unsupported format string passed to ${$typename(v)}.__format__`);
  } else {
    return $format($str(v), spec);
  }
  const signstr = neg ? "-" : sign === "+" ? "+" : sign === " " ? " " : "";
  let text = signstr + prefix + body;
  const len = Array.from(text).length;
  if (width > len) {
    const pad = width - len;
    if (align === "<") text = text + fill.repeat(pad);
    else if (align === ">") text = fill.repeat(pad) + text;
    else if (align === "^") text = fill.repeat(Math.floor(pad / 2)) + text + fill.repeat(pad - Math.floor(pad / 2));
    else text = signstr + prefix + fill.repeat(pad) + body;
  }
  return text;
}''',
    "$strformat": r'''
function $strformat(fmt, ...args) {
  let kw = {};
  if (args.length && $iskw(args[args.length - 1])) kw = args.pop();
  let auto = 0, numbering = null;
  const field = (expr) => {
    let m = /^([^.[!:]*)(.*)$/s.exec(expr);
    let [, first, rest] = m;
    let v;
    if (first === "" || /^\d+$/.test(first)) {
      // CPython: fields are all numbered or all automatic, never both.
      const mode = first === "" ? "auto" : "manual";
      if (numbering && numbering !== mode) throw new $ValueError(mode === "auto" ? "cannot switch from manual field specification to automatic field numbering" : "cannot switch from automatic field numbering to manual field specification");
      numbering = mode;
    }
    if (first === "") v = args[auto++];
    else if (/^\d+$/.test(first)) v = args[+first];
    else {
      if (!Object.prototype.hasOwnProperty.call(kw, first)) throw new $KeyError(first);
      v = kw[first];
    }
    if (v === undefined && /^\d*$/.test(first)) throw new $IndexError(`Replacement index ${first === "" ? auto - 1 : first} out of range for positional args tuple`);
    const re = /^(?:\.(\w+)|\[([^\]]*)\])/;
    let mm;
    while ((mm = re.exec(rest))) {
      if (mm[1] === undefined) v = $getitem(v, /^\d+$/.test(mm[2]) ? +mm[2] : mm[2]);
      else if ((mm[1] === "real" || mm[1] === "imag") && $isnum(v)) v = mm[1] === "real" ? v : 0;
      // Other attributes of builtin values are methods, which CPython shows with a memory
      // address (output no program can match); they raise AttributeError here.
      else v = $ga(null, v, mm[1]);
      rest = rest.slice(mm[0].length);
    }
    return [v, rest];
  };
  let out = "", i = 0;
  while (i < fmt.length) {
    const ch = fmt[i];
    if (ch === "{") {
      if (fmt[i + 1] === "{") { out += "{"; i += 2; continue; }
      let depth = 1, j = i + 1;
      while (j < fmt.length && depth) { if (fmt[j] === "{") depth++; else if (fmt[j] === "}") depth--; j++; }
      if (depth) throw new $ValueError("Single '{' encountered in format string");
      const inner = fmt.slice(i + 1, j - 1);
      let [v, rest] = field(inner.replace(/[!:].*$/s, ""));
      const conv = /^!([rsa])/.exec(inner.slice(inner.search(/[!:]|$/)));
      const colon = inner.indexOf(":");
      let spec = colon >= 0 ? inner.slice(colon + 1) : "";
      spec = spec.replace(/\{([^}]*)\}/g, (_, e) => $str(field(e)[0]));
      if (conv) v = conv[1] === "s" ? $str(v) : conv[1] === "a" ? $ascii(v) : $repr(v);
      out += $format(v, spec);
      i = j;
    } else if (ch === "}") {
      if (fmt[i + 1] === "}") { out += "}"; i += 2; continue; }
      throw new $ValueError("Single '}' encountered in format string");
    } else { out += ch; i++; }
  }
  return out;
}''',
}
