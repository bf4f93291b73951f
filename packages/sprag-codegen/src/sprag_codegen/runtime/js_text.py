"""str(), repr() and print() with CPython's formatting."""

SOURCES = {
    "$strrepr": r'''
function $strrepr(s) {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x7f && c >= 0x20) out += ch;
    else if (c < 0x20 || c === 0x7f || (ch !== " " && /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(ch))) {
      out += c < 0x100 ? "\\x" + c.toString(16).padStart(2, "0") : c < 0x10000 ? "\\u" + c.toString(16).padStart(4, "0") : "\\U" + c.toString(16).padStart(8, "0");
    }
    else out += ch;
  }
  return out + q;
}''',
    "$repr": r'''
function $repr(v) {
  if (v === null || v === undefined) return "None";
  switch (typeof v) {
    case "boolean": return v ? "True" : "False";
    case "number": return Number.isInteger(v) ? $intstr(v) : $floatrepr(v);
    case "string": return $strrepr(v);
    case "function": return $isclass(v) ? `<class '${$clsname(v)}'>` : `<function ${v.name}>`;
    case "bigint": return $intstr(v);
  }
  if (v instanceof Number) return $floatrepr(+v);
  if (Array.isArray(v)) {
    const inner = v.map($repr).join(", ");
    return Object.isFrozen(v) ? (v.length === 1 ? "(" + inner + ",)" : "(" + inner + ")") : "[" + inner + "]";
  }
  if (v instanceof Map) return "{" + Array.from(v, ([k, x]) => $repr(k) + ": " + $repr(x)).join(", ") + "}";
  if (v instanceof Set && !v.$frozen) return v.size === 0 ? "set()" : "{" + (typeof $setorder === "function" ? $setorder(v) : Array.from(v)).map($repr).join(", ") + "}";
  if (typeof v.__repr__ === "function") return v.__repr__();
  if (v instanceof Error) return `${$typename(v)}(${$strrepr(String(v.message))})`;
  if ($isplain(v)) return "{" + Object.entries(v).map(([k, x]) => $repr(k) + ": " + $repr(x)).join(", ") + "}";
  return `<${$typename(v)} object>`;
}''',
    "$ascii": r'''
function $ascii(v) {
  // ascii(): repr() with every non-ASCII character escaped as \xhh, \uhhhh or \Uhhhhhhhh.
  return $repr(v).replace(/[^\x00-\x7f]/gu, (ch) => {
    const c = ch.codePointAt(0);
    return c < 0x100 ? "\\x" + c.toString(16).padStart(2, "0") : c < 0x10000 ? "\\u" + c.toString(16).padStart(4, "0") : "\\U" + c.toString(16).padStart(8, "0");
  });
}''',
    "$str": r'''
function $str(v) {
  if (typeof v === "string") return v;
  if (v !== null && typeof v === "object" && typeof v.__str__ === "function") return v.__str__();
  if (v instanceof Error) return String(v.message);  // a JS error object: its message, like str(exc)
  return $repr(v);
}''',
    "$print": r'''
function $write(text) {
  if (typeof globalThis.__pyPrint === "function") globalThis.__pyPrint(text);
  else if (typeof process !== "undefined" && process.stdout) process.stdout.write(text);
  else console.log(text.endsWith("\n") ? text.slice(0, -1) : text);
}
function $print(...args) {
  let sep = " ", end = "\n";
  if (args.length && $iskw(args[args.length - 1])) {
    const kw = args.pop();
    for (const k of Object.keys(kw)) {
      if (k === "sep") { if (kw.sep !== null && kw.sep !== undefined) sep = kw.sep; }
      else if (k === "end") { if (kw.end !== null && kw.end !== undefined) end = kw.end; }
      else if (k !== "flush" && k !== "file") throw new $TypeError(`'${k}' is an invalid keyword argument for print()`);
    }
  }
  $write(args.map($str).join(sep) + end);
  return null;
}''',
    "$ord": r'''
function $ord(s) {
  if (typeof s !== "string") throw new $TypeError(`ord() expected string of length 1, but ${$typename(s)} found`);
  const cps = Array.from(s);
  if (cps.length !== 1) throw new $TypeError(`ord() expected a character, but string of length ${cps.length} found`);
  return s.codePointAt(0);
}''',
    "$chr": r'''
function $chr(n) {
  if (typeof n === "bigint") throw new $OverflowError("Python int too large to convert to C int");
  n = $num(n);
  if (!(n >= 0 && n <= 0x10ffff)) throw new $ValueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(n);
}''',
    "$printf": r'''
function $printf(fmt, args) {
  const named = args instanceof Map || $isplain(args) ? args : null;
  const list = $istuple(args) ? args : [args];  // a dict is the one argument of a plain %s
  let i = 0;
  const out = fmt.replace(/%(\([^)]*\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])/g, (m, key, flags, width, prec, conv) => {
    if (conv === "%") return "%";
    let v;
    if (key) {
      if (!named) throw new $TypeError("format requires a mapping");
      v = $getitem(named, key.slice(1, -1));
      i = list.length;
    }
    else {
      if (width === "*") width = String(list[i++]);
      if (prec === "*") prec = String(list[i++]);
      if (i >= list.length) throw new $TypeError("not enough arguments for format string");
      v = list[i++];
    }
    let spec = "";
    let align = flags.includes("-") ? "<" : "";
    if (flags.includes("+")) spec += "+"; else if (flags.includes(" ")) spec += " ";
    if (flags.includes("#")) spec += "#";
    if (flags.includes("0") && !align && "diouxXeEfFgG".includes(conv)) spec += "0";
    if (width) spec += width;
    if (prec !== undefined) spec += "." + prec;
    let text;
    if (conv === "s" || conv === "r" || conv === "a") {
      text = conv === "s" ? $str(v) : conv === "a" ? $ascii(v) : $repr(v);
      return $format(text, (align ? "<" : ">") + (width || "") + (prec !== undefined ? "." + prec : ""));
    }
    if (conv === "c") return $format(typeof v === "string" ? v : String.fromCodePoint(v), (align ? "<" : ">") + (width || ""));
    let c = conv === "i" || conv === "u" ? "d" : conv;
    if (c === "d" || c === "x" || c === "X" || c === "o") {
      if (!$isnum(v)) throw new $TypeError(`%${conv} format: a real number is required, not ${$typename(v)}`);
      if (typeof v !== "bigint") v = $fint(Math.trunc(+v));
    }
    if ("eEfFgG".includes(c) && !$isnum(v)) throw new $TypeError(`must be real number, not ${$typename(v)}`);
    return $format(v, (align ? "<" : "") + spec + c);
  });
  if (!named && i < list.length) throw new $TypeError("not all arguments converted during string formatting");
  return out;
}''',
}
