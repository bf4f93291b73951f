"""Numeric helpers: Python arithmetic on JS numbers, with int/float kept apart."""

SOURCES = {
    "$num": r'''
function $num(v, op, other) {
  if (typeof v === "number") return v;
  if (typeof v === "boolean" || v instanceof Number) return +v;
  return undefined;
}''',
    "$imul": r'''
function $imul(a, b) {
  if (typeof a === "number" && typeof b === "number") { const r = a * b; if (Number.isSafeInteger(r) || !Number.isInteger(a) || !Number.isInteger(b)) return r + 0; }
  return $big(BigInt(a) * BigInt(b));
}''',
    "$ipow": r'''
function $ipow(a, b) {
  // int ** int with b >= 0, exact at any size.
  if (typeof a === "number" && typeof b === "number") { const r = a ** b; if (Number.isSafeInteger(r) || !Number.isInteger(a)) return r; }
  const A = BigInt(a), B = BigInt(b);
  if (B === 0n) return 1;
  if (A === 0n || A === 1n) return Number(A);
  if (A === -1n) return B % 2n ? -1 : 1;
  return $big(A ** B);
}''',
    "$fres": r'''
function $fres(r, a, b) { return (Number.isInteger(r) && ($isfloat(a) || $isfloat(b))) ? new $Float(r) : r; }''',
    "$binerr": r'''
function $binerr(op, a, b) {
  return new $TypeError(`unsupported operand type(s) for ${op}: '${$typename(a)}' and '${$typename(b)}'`);
}''',
    "$add": r'''
function $add(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isInteger(a) && Number.isInteger(b)) return Number.isSafeInteger(r) ? r : $big(BigInt(a) + BigInt(b));
    return Number.isInteger(r) ? new $Float(r) : r;
  }
  if (typeof a === "string") {
    if (typeof b === "string") return a + b;
    throw new $TypeError(`can only concatenate str (not "${$typename(b)}") to str`);
  }
  if (typeof a === "bigint" || typeof b === "bigint") { const p = $bigargs(a, b); if (p) return p[2] ? $big(p[0] + p[1]) : $box(p[0] + p[1]); }
  const x = $num(a), y = $num(b);
  if (x !== undefined && y !== undefined) return $fres(x + y, a, b);
  if (Array.isArray(a)) {
    if (Array.isArray(b) && Object.isFrozen(a) === Object.isFrozen(b)) {
      const r = a.concat(b);
      return Object.isFrozen(a) ? Object.freeze(r) : r;
    }
    const kind = Object.isFrozen(a) ? "tuple" : "list";
    throw new $TypeError(`can only concatenate ${kind} (not "${$typename(b)}") to ${kind}`);
  }
  const r = $dunder(a, b, "__add__", "__radd__");
  if (r !== undefined) return r;
  throw $binerr("+", a, b);
}''',
    "$sub": r'''
function $sub(a, b) {
  if (typeof a === "bigint" || typeof b === "bigint") { const p = $bigargs(a, b); if (p) return p[2] ? $big(p[0] - p[1]) : $box(p[0] - p[1]); }
  const x = $num(a), y = $num(b);
  if (x !== undefined && y !== undefined) {
    const r = x - y;
    if (!Number.isSafeInteger(r) && Number.isInteger(r) && !$isfloat(a) && !$isfloat(b)) return $big(BigInt(x) - BigInt(y));
    return $fres(r, a, b);
  }
  if (typeof $setop === "function" && (a instanceof Set || b instanceof Set || (typeof $DictView === "function" && (a instanceof $DictView || b instanceof $DictView)))) {
    const r = $setop("-", a, b);
    if (r !== undefined) return r;
  }
  const r = $dunder(a, b, "__sub__", "__rsub__");
  if (r !== undefined) return r;
  throw $binerr("-", a, b);
}''',
    "$mul": r'''
function $repeat(seq, n) {
  n = $num(n);
  if (typeof seq === "string") return n > 0 ? seq.repeat(n) : "";
  let r;
  if (seq.length === 1) r = n > 0 ? new Array(n).fill(seq[0]) : [];
  else { r = []; for (let i = 0; i < n; i++) for (let j = 0; j < seq.length; j++) r.push(seq[j]); }
  return Object.isFrozen(seq) ? Object.freeze(r) : r;
}
function $mul(a, b) {
  if (typeof a === "bigint" || typeof b === "bigint") {
    const p = $bigargs(a, b);
    if (p) return p[2] ? $big(p[0] * p[1]) : $box(p[0] * p[1]);
    const n = typeof a === "bigint" ? a : b, seq = n === a ? b : a;
    if (typeof seq === "string" || Array.isArray(seq)) {
      if (n > 0n) throw new $OverflowError("cannot fit 'int' into an index-sized integer");
      return typeof seq === "string" ? "" : Object.isFrozen(seq) ? Object.freeze([]) : [];
    }
  }
  const x = $num(a), y = $num(b);
  if (x !== undefined && y !== undefined) {
    if ($isfloat(a) || $isfloat(b)) return $fres(x * y, a, b);
    return $imul(x, y);
  }
  if ((typeof a === "string" || Array.isArray(a)) && y !== undefined && !$isfloat(b)) return $repeat(a, y);
  if ((typeof b === "string" || Array.isArray(b)) && x !== undefined && !$isfloat(a)) return $repeat(b, x);
  const r = $dunder(a, b, "__mul__", "__rmul__");
  if (r !== undefined) return r;
  if (typeof a === "string" || Array.isArray(a) || typeof b === "string" || Array.isArray(b)) {
    const other = (typeof a === "string" || Array.isArray(a)) ? b : a;
    throw new $TypeError(`can't multiply sequence by non-int of type '${$typename(other)}'`);
  }
  throw $binerr("*", a, b);
}''',
    "$truediv": r'''
function $truediv(a, b) {
  if (typeof a === "bigint" || typeof b === "bigint") {
    const p = $bigargs(a, b);
    if (p && p[2]) return $box($bigdiv(p[0], p[1]));
    if (p) { if (p[1] === 0) throw new $ZeroDivisionError("float division by zero"); return $box(p[0] / p[1]); }
  }
  const x = $num(a), y = $num(b);
  if (x === undefined || y === undefined) {
    const r = $dunder(a, b, "__truediv__", "__rtruediv__");
    if (r !== undefined) return r;
    throw $binerr("/", a, b);
  }
  if (y === 0) throw new $ZeroDivisionError($isfloat(a) || $isfloat(b) ? "float division by zero" : "division by zero");
  return $box(x / y);
}''',
    "$div": r'''
function $div(x, y) {
  if (typeof x !== "number" || typeof y !== "number") return $bigdiv(x, y);
  if (y === 0) throw new $ZeroDivisionError("division by zero");
  return x / y;
}''',
    "$fdiv": r'''
function $fdiv(x, y) {
  if (y === 0) throw new $ZeroDivisionError("float division by zero");
  return x / y;
}''',
    "$floordiv": r'''
function $floordiv(a, b) {
  if (typeof a === "bigint" || typeof b === "bigint") {
    const p = $bigargs(a, b);
    if (p && p[2]) return $idiv(p[0], p[1]);
    if (p) return $box($ffloordiv(p[0], p[1]));
  }
  const x = $num(a), y = $num(b);
  if (x === undefined || y === undefined) {
    const r = $dunder(a, b, "__floordiv__", "__rfloordiv__");
    if (r !== undefined) return r;
    throw $binerr("//", a, b);
  }
  const fl = $isfloat(a) || $isfloat(b);
  if (y === 0) throw new $ZeroDivisionError(fl ? "float floor division by zero" : "integer division or modulo by zero");
  if (fl) return $box($ffloordiv(x, y));
  return Math.floor(x / y) + 0;
}''',
    "$ffloordiv": r'''
function $ffloordiv(x, y) {
  // CPython's float floor division: consistent with fmod, so 7 // 0.1 == 69.0.
  if (y === 0) throw new $ZeroDivisionError("float floor division by zero");
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod) { if ((y < 0) !== (mod < 0)) div -= 1.0; }
  let fd;
  if (div) { fd = Math.floor(div); if (div - fd > 0.5) fd += 1.0; }
  else fd = (x / y < 0 || Object.is(x / y, -0)) ? -0 : 0;
  return fd;
}''',
    "$idiv": r'''
function $idiv(x, y) {
  // Small and inlinable for the common case; zero and BigInts in $idivbig.
  if (typeof x === "number" && typeof y === "number" && y !== 0) return Math.floor(x / y) + 0;
  return $idivbig(x, y);
}
function $idivbig(x, y) {
  const X = BigInt(x), Y = BigInt(y);
  if (Y === 0n) throw new $ZeroDivisionError("integer division or modulo by zero");
  let q = X / Y;
  if (X % Y !== 0n && (X < 0n) !== (Y < 0n)) q -= 1n;
  return $big(q);
}''',
    "$fmod": r'''
function $fmod(x, y) {
  let r = x % y;
  if (r !== 0) { if ((r < 0) !== (y < 0)) r += y; }
  else r = y < 0 ? -0 : 0;
  return r;
}''',
    "$mod": r'''
function $mod(a, b) {
  if (typeof a === "string") return $printf(a, b);
  if (typeof a === "bigint" || typeof b === "bigint") {
    const p = $bigargs(a, b);
    if (p && p[2]) return $imod(p[0], p[1]);
    if (p) { if (p[1] === 0) throw new $ZeroDivisionError("@@FLOAT_MOD@@"); return $box($fmod(p[0], p[1])); }
  }
  const x = $num(a), y = $num(b);
  if (x === undefined || y === undefined) {
    const r = $dunder(a, b, "__mod__", "__rmod__");
    if (r !== undefined) return r;
    throw $binerr("%", a, b);
  }
  const fl = $isfloat(a) || $isfloat(b);
  if (y === 0) throw new $ZeroDivisionError(fl ? "@@FLOAT_MOD@@" : "integer modulo by zero");
  const r = $fmod(x, y);
  return fl ? $box(r) : r;
}''',
    "$imod": r'''
function $imod(x, y) {
  if (typeof x === "number" && typeof y === "number" && y !== 0) {
    const r = x % y;
    return (r !== 0 && (r < 0) !== (y < 0)) ? r + y : r + 0;
  }
  return $imodbig(x, y);
}
function $imodbig(x, y) {
  const X = BigInt(x), Y = BigInt(y);
  if (Y === 0n) throw new $ZeroDivisionError("integer modulo by zero");
  let r = X % Y;
  if (r !== 0n && (r < 0n) !== (Y < 0n)) r += Y;
  return $big(r);
}''',
    "$pow": r'''
function $pow(a, b) {
  if ($isint(a) && $isint(b) && b >= 0) return $ipow(a, b);
  if (!$isnum(a) || !$isnum(b)) {
    if (a !== null && typeof a === "object" && typeof a.__pow__ === "function") { const r = a.__pow__(b); if (r !== $NotImplemented) return r; }
    throw $binerr("** or pow()", a, b);
  }
  return $box($fpow($tofloat(a), $tofloat(b)));
}''',
    "$neg": r'''
function $neg(a) {
  if (typeof a === "number") return a === 0 && Number.isInteger(a) ? 0 : -a;
  if (typeof a === "bigint") return -a;
  if (a instanceof Number) return new $Float(-a);
  if (typeof a === "boolean") return a ? -1 : 0;
  if (a !== null && typeof a === "object" && typeof a.__neg__ === "function") return a.__neg__();
  throw new $TypeError(`bad operand type for unary -: '${$typename(a)}'`);
}''',
    "$pos": r'''
function $pos(a) {
  if (typeof a === "number" || typeof a === "bigint" || a instanceof Number) return a;
  if (typeof a === "boolean") return +a;
  throw new $TypeError(`bad operand type for unary +: '${$typename(a)}'`);
}''',
    "$abs": r'''
function $abs(a) {
  if (typeof a === "number") return Math.abs(a);
  if (typeof a === "bigint") return a < 0n ? -a : a;
  if (a instanceof Number) return new $Float(Math.abs(a));
  if (typeof a === "boolean") return +a;
  if (a !== null && typeof a === "object" && typeof a.__abs__ === "function") return a.__abs__();
  throw new $TypeError(`bad operand type for abs(): '${$typename(a)}'`);
}''',
    "$bitop": r'''
function $bitop(op, a, b) {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) {
    // int32 operands first: flags, masks and checksums stay on JS's 32-bit operators.
    if (op === "&") return a & b;
    if (op === "|") return a | b;
    if (op === "^") return a ^ b;
    if (op === ">>" && b >= 0 && b < 32) return a >> b;
  }
  if (typeof $setop === "function" && (a instanceof Set || b instanceof Set || (typeof $DictView === "function" && (a instanceof $DictView || b instanceof $DictView)))) {
    const r = $setop(op, a, b);
    if (r !== undefined) return r;
  }
  if (op === "|" && (a instanceof Map || $isplain(a)) && (b instanceof Map || $isplain(b))) {
    const r = new Map($entries(a));
    for (const [k, v] of $entries(b)) r.set(k, v);
    return r;
  }
  if (typeof a === "boolean" && typeof b === "boolean" && op !== "<<" && op !== ">>") {
    return op === "&" ? (a && b) : op === "|" ? (a || b) : (a !== b);
  }
  if (!$isint(a) || !$isint(b)) throw $binerr(op, a, b);
  const x = typeof a === "boolean" ? +a : a, y = typeof b === "boolean" ? +b : b;
  if ((op === "<<" || op === ">>") && y < 0) throw new $ValueError("negative shift count");
  if (typeof x === "number" && typeof y === "number") {
    // Small ints without BigInt: int32 operands, or both in 0 .. 2**32 - 1 (masks, checksums).
    if (op === ">>") return y > 60 ? (x < 0 ? -1 : 0) : Math.floor(x / 2 ** y);
    if (op === "<<") { const r = x * 2 ** y; if (Number.isSafeInteger(r)) return r; }
    else if ((x | 0) === x && (y | 0) === y) return op === "&" ? x & y : op === "|" ? x | y : x ^ y;
    else if (x >= 0 && y >= 0 && x <= 0xffffffff && y <= 0xffffffff) return (op === "&" ? x & y : op === "|" ? x | y : x ^ y) >>> 0;
  }
  const X = BigInt(x), Y = BigInt(y);
  let r;
  switch (op) {
    case "&": r = X & Y; break;
    case "|": r = X | Y; break;
    case "^": r = X ^ Y; break;
    case "<<": r = X << Y; break;
    case ">>": r = X >> Y; break;
  }
  return $big(r);
}''',
    "$invert": r'''
function $invert(a) {
  if (!$isint(a)) throw new $TypeError(`bad operand type for unary ~: '${$typename(a)}'`);
  if (typeof a === "bigint") return $big(-a - 1n);
  const r = -a - 1;
  return Number.isSafeInteger(r) ? r : $big(-BigInt(a) - 1n);
}''',
    "$round": r'''
function $round(v, nd) {
  if (nd !== undefined && nd !== null && !$isint(nd)) throw new $TypeError(`'${$typename(nd)}' object cannot be interpreted as an integer`);
  if (typeof v === "bigint" || (nd < 0 && $isint(v))) {
    if (nd === undefined || nd === null || nd >= 0) return v;
    // round(int, -k): exact, half to even.
    const p = 10n ** BigInt(-nd), X = BigInt(v);
    let q = X / p, r = X % p;
    if (r < 0n) { q -= 1n; r += p; }
    if (2n * r > p || (2n * r === p && q % 2n !== 0n)) q += 1n;
    return $big(q * p);
  }
  const x = $num(v);
  if (x === undefined) {
    if (v !== null && typeof v === "object" && typeof v.__round__ === "function") return v.__round__(nd);
    throw new $TypeError(`type ${$typename(v)} doesn't define __round__ method`);
  }
  if (nd === undefined || nd === null) {
    if (!isFinite(x)) throw x !== x ? new $ValueError("cannot convert float NaN to integer") : new $OverflowError("cannot convert float infinity to integer");
    const f = Math.floor(x), d = x - f;
    return $fint(d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f);
  }
  if (!$isfloat(v)) return x;
  if (!isFinite(x)) return v;
  return $box($roundhalfeven(x, $exactdec(x), nd));
}''',
    "$exactdec": r'''
function $exactdec(x) {
  // The exact decimal expansion of a double, as [negative, digits, pointPosition].
  const neg = x < 0 || Object.is(x, -0);
  x = Math.abs(x);
  let s = x.toFixed(0) === String(x) && Number.isInteger(x) ? String(BigInt(x)) : null;
  if (s !== null) return [neg, s, s.length];
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2;
  if (exp === 0) e2 = -1074; else { mant |= 1n << 52n; e2 = exp - 1075; }
  // x = mant * 2^e2 with e2 < 0 here: x = mant * 5^-e2 / 10^-e2
  const digits = (mant * 5n ** BigInt(-e2)).toString();
  const point = digits.length + e2;
  return [neg, digits, point];
}''',
    "$roundhalfeven": r'''
function $roundhalfeven(x, exact, nd) {
  let [neg, digits, point] = exact;
  if (point < 0) { digits = "0".repeat(-point) + digits; point = 0; }
  const keep = point + nd;
  if (keep >= digits.length) return x;
  if (keep < 0) return neg ? -0 : 0;
  const head = digits.slice(0, keep) || "0";
  const rest = digits.slice(keep);
  let up = false;
  if (rest[0] > "5") up = true;
  else if (rest[0] === "5") up = /[1-9]/.test(rest.slice(1)) || (Number(head[head.length - 1]) % 2 === 1);
  let n = BigInt(head);
  if (up) n += 1n;
  let str = n.toString();
  let val;
  if (nd > 0) {
    str = str.padStart(nd + 1, "0");
    val = Number(str.slice(0, str.length - nd) + "." + str.slice(str.length - nd));
  } else {
    val = Number(str + "0".repeat(-nd));
  }
  return neg ? -val : val;
}''',
    "$divmod": r'''
function $divmod(a, b) {
  if ($isnum(a) && $isnum(b)) {
    if (($isfloat(a) || $isfloat(b)) && b == 0) throw new $ZeroDivisionError("@@FLOAT_DIVMOD@@");
    return Object.freeze([$floordiv(a, b), $mod(a, b)]);
  }
  if (a !== null && typeof a === "object" && typeof a.__divmod__ === "function") { const r = a.__divmod__(b); if (r !== $NotImplemented) return r; }
  if (b !== null && typeof b === "object" && typeof b.__rdivmod__ === "function") { const r = b.__rdivmod__(a); if (r !== $NotImplemented) return r; }
  throw $binerr("divmod()", a, b);
}''',
    "$cmperr": r'''
function $cmperr(op, a, b) {
  return new $TypeError(`'${op}' not supported between instances of '${$typename(a)}' and '${$typename(b)}'`);
}''',
    "$cmp3": r'''
function $cmp3(a, b, op) {
  // -1, 0, 1 ordering for values Python can order; raises TypeError otherwise.
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if ((typeof a === "bigint" || typeof b === "bigint") && $isnum(a) && $isnum(b)) return a < b ? -1 : a > b ? 1 : a == b ? 0 : NaN;
  const x = $num(a), y = $num(b);
  if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : (x === y ? 0 : NaN);
  if (Array.isArray(a) && Array.isArray(b) && Object.isFrozen(a) === Object.isFrozen(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (!$eq(a[i], b[i])) return $cmp3(a[i], b[i], op);
    }
    return a.length - b.length < 0 ? -1 : a.length > b.length ? 1 : 0;
  }
  if (a instanceof Set && b instanceof Set) {
    const sub = [...a].every((v) => b.has(v)), sup = [...b].every((v) => a.has(v));
    return sub && sup ? 0 : sub ? -1 : sup ? 1 : NaN;
  }
  if ($uobj(a) || $uobj(b)) return $rich(a, b, op) === (op[0] === "<") ? -1 : 1;
  throw $cmperr(op, a, b);
}''',
    "$lt": r'''
function $lt(a, b) {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if ($uobj(a) || $uobj(b)) return $rich(a, b, "<");
  return $cmp3(a, b, "<") < 0;
}''',
    "$le": r'''
function $le(a, b) {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  if ($uobj(a) || $uobj(b)) return $rich(a, b, "<=");
  return $cmp3(a, b, "<=") <= 0;
}''',
    "$gt": r'''
function $gt(a, b) {
  if (typeof a === "number" && typeof b === "number") return a > b;
  if ($uobj(a) || $uobj(b)) return $rich(a, b, ">");
  return $cmp3(a, b, ">") > 0;
}''',
    "$ge": r'''
function $ge(a, b) {
  if (typeof a === "number" && typeof b === "number") return a >= b;
  if ($uobj(a) || $uobj(b)) return $rich(a, b, ">=");
  return $cmp3(a, b, ">=") >= 0;
}''',
    "$int": r'''
function $int(v, base) {
  if (base !== undefined && base !== null) {
    if (typeof v !== "string") throw new $TypeError("int() can't convert non-string with explicit base");
    if (!$isint(base)) throw new $TypeError(`'${$typename(base)}' object cannot be interpreted as an integer`);
    base = typeof base === "bigint" ? 99 : +base;
    if (base !== 0 && (base < 2 || base > 36)) throw new $ValueError("int() base must be >= 2 and <= 36, or 0");
    return $parseint(v, base);
  }
  if (v === undefined) return 0;
  if (typeof v === "number") return $fint(Math.trunc(v));
  if (typeof v === "bigint") return v;
  if (v instanceof Number) return $int(+v);
  if (typeof v === "boolean") return +v;
  if (typeof v === "string") return $parseint(v, 10);
  if (v !== null && typeof v === "object" && typeof v.__int__ === "function") return v.__int__();
  throw new $TypeError(`int() argument must be a string, a bytes-like object or a real number, not '${$typename(v)}'`);
}''',
    "$asciidigits": r'''
function $asciidigits(s) {
  // Map any Unicode decimal digit to its ASCII digit, as int() and float() accept them.
  return s.replace(/\p{Nd}/gu, (ch) => {
    let cp = ch.codePointAt(0);
    if (cp < 128) return ch;
    let start = cp;
    while (/\p{Nd}/u.test(String.fromCodePoint(start - 1)) && cp - start < 9) start--;
    return String((cp - start) % 10);
  });
}''',
    "$parseint": r'''
function $parseint(s, base) {
  const t = $asciidigits(s).trim().replace(/_/g, (m, i, str) => (i > 0 && /[0-9a-zA-Z]/.test(str[i - 1]) && /[0-9a-zA-Z]/.test(str[i + 1] || "")) ? "" : "!");
  let m = /^([+-]?)(0[xob])?([0-9a-zA-Z]+)$/i.exec(t);
  let b = base;
  let ok = m !== null;
  if (ok && m[2]) {
    const p = m[2].toLowerCase();
    const pb = p === "0x" ? 16 : p === "0o" ? 8 : 2;
    if (b === 0) b = pb; else if (b !== pb) ok = false;
  }
  // Base 0 reads literals as Python source does: "09" is not one.
  if (ok && b === 0 && /^0+[1-9]/.test(m[3])) ok = false;
  if (b === 0) b = 10;
  if (ok) {
    const digits = m[3].toLowerCase();
    for (const ch of digits) { const d = parseInt(ch, 36); if (!(d < b)) { ok = false; break; } }
    if (ok) {
      let n = parseInt(digits, b);
      if (!Number.isSafeInteger(n)) {
        if (digits.length > 4300 && b !== 2 && b !== 4 && b !== 8 && b !== 16 && b !== 32) throw new $ValueError(`Exceeds the limit (4300 digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
        n = 0n;
        const B = BigInt(b);
        for (const ch of digits) n = n * B + BigInt(parseInt(ch, 36));
      }
      return m[1] === "-" ? (n === 0 ? 0 : $big(-n)) : $big(n);
    }
  }
  throw new $ValueError(`invalid literal for int() with base ${base}: ${$repr(s)}`);
}''',
    "$float": r'''
function $float(v) {
  if (v === undefined) return new $Float(0);
  if (typeof v === "number") return $box(v + 0);
  if (v instanceof Number) return v;
  if (typeof v === "boolean") return new $Float(+v);
  if (typeof v === "bigint") return $box($tofloat(v));
  if (typeof v === "string") {
    const t = $asciidigits(v).trim().replace(/_/g, "").toLowerCase();
    let r;
    if (/^[+-]?(inf|infinity)$/.test(t)) r = t[0] === "-" ? -Infinity : Infinity;
    else if (/^[+-]?nan$/.test(t)) r = NaN;
    else if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) r = Number(t);
    else throw new $ValueError(`could not convert string to float: ${$repr(v)}`);
    return $box(r);
  }
  if (v !== null && typeof v === "object" && typeof v.__float__ === "function") return v.__float__();
  throw new $TypeError(`float() argument must be a string or a real number, not '${$typename(v)}'`);
}''',
    "$intstr": r'''
function $intstr(v) { return typeof v === "bigint" && typeof $bigstr === "function" ? $bigstr(v) : String(v); }''',
    "$floatrepr": r'''
function $floatrepr(x) {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  let [m, e] = x.toExponential().split("e");
  const exp = +e;
  const neg = m[0] === "-";
  if (neg) m = m.slice(1);
  const digits = m.replace(".", "");
  let out;
  if (exp < -4 || exp >= 16) {
    out = digits[0] + (digits.length > 1 ? "." + digits.slice(1) : "") + "e" + (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
  } else if (exp < 0) {
    out = "0." + "0".repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    out = digits + "0".repeat(exp + 1 - digits.length) + ".0";
  } else {
    out = digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
  }
  return neg ? "-" + out : out;
}''',
    "$numstr": r'''
function $numstr(x) { return Number.isInteger(x) ? $intstr(x) : $floatrepr(x); }''',
}
