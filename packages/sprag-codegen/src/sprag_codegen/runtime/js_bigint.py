"""Arbitrary-precision ints: JS numbers while |n| < 2**53, BigInt beyond, and the conversions.

The invariant every helper keeps: an int is a JS number when it is a safe integer and a BigInt
otherwise, never both. So `===` between two ints is exact, a BigInt is never 0 (truthiness is
free), and a page whose ints stay small never reaches the BigInt branches. Only helpers that
can see a BigInt name these; each is shipped only when used.
"""

SOURCES = {
    "$big": r'''
function $big(r) {
  // A BigInt result back to a number when it fits: ints are numbers while |n| < 2**53.
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}''',
    "$bigstr": r'''
function $bigstr(v) {
  // str() of a BigInt, with CPython's 4300-digit limit (shipped with $big: no BigInt without it).
  const s = String(v);
  if (s.length > 4300 + (v < 0n)) throw new $ValueError("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
  return s;
}''',
    "$isint": r'''
function $isint(v) { return typeof v === "bigint" || typeof v === "boolean" || (typeof v === "number" && Number.isInteger(v)); }''',
    "$fint": r'''
function $fint(f) {
  // The int equal to an integral float (math.floor, int(), round()).
  if (!isFinite(f)) throw f !== f ? new $ValueError("cannot convert float NaN to integer") : new $OverflowError("cannot convert float infinity to integer");
  return Number.isSafeInteger(f) ? f + 0 : $big(BigInt(f));
}''',
    "$index": r'''
function $index(v) {
  // An int from an int-like value (hex(), bin(), oct() ...), else CPython's TypeError.
  if (typeof v === "boolean") return +v;
  if ($isint(v)) return v;
  if (v !== null && typeof v === "object" && typeof v.__index__ === "function") return v.__index__();
  throw new $TypeError(`'${$typename(v)}' object cannot be interpreted as an integer`);
}''',
    "$tofloat": r'''
function $tofloat(v) {
  // float(v) for a number, bool or int; an int past the double range raises like CPython.
  if (typeof v !== "bigint") return +v;
  const r = Number(v);
  if (r === Infinity || r === -Infinity) throw new $OverflowError("int too large to convert to float");
  return r;
}''',
    "$bigargs": r'''
function $bigargs(a, b) {
  // Operands of an arithmetic op where one is a BigInt: [x, y, true] as BigInts when both are
  // ints, [x, y, false] as floats when one is a float, null when one is not a number.
  if ($isint(a) && $isint(b)) return [BigInt(a), BigInt(b), true];
  if (!$isnum(a) || !$isnum(b)) return null;
  return [$tofloat(a), $tofloat(b), false];
}''',
    "$iadd": r'''
function $iadd(a, b) {
  // (a float that reached an int annotation keeps float arithmetic instead of failing)
  if (typeof a === "number" && typeof b === "number") { const r = a + b; if (Number.isSafeInteger(r) || !Number.isInteger(a) || !Number.isInteger(b)) return r; }
  return $big(BigInt(a) + BigInt(b));
}''',
    "$isub": r'''
function $isub(a, b) {
  if (typeof a === "number" && typeof b === "number") { const r = a - b; if (Number.isSafeInteger(r) || !Number.isInteger(a) || !Number.isInteger(b)) return r; }
  return $big(BigInt(a) - BigInt(b));
}''',
    "$ineg": r'''
function $ineg(a) { return typeof a === "number" ? 0 - a : -a; }''',
    "$iabs": r'''
function $iabs(a) { return typeof a === "number" ? Math.abs(a) : a < 0n ? -a : a; }''',
    "$imax": r'''
function $imax(...xs) { let m = xs[0]; for (let i = 1; i < xs.length; i++) if (xs[i] > m) m = xs[i]; return m; }''',
    "$imin": r'''
function $imin(...xs) { let m = xs[0]; for (let i = 1; i < xs.length; i++) if (xs[i] < m) m = xs[i]; return m; }''',
    "$iand": r'''
function $iand(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    if ((a | 0) === a && (b | 0) === b) return a & b;
    if ((a >>> 0) === a && (b >>> 0) === b) return (a & b) >>> 0;
  }
  return $bitop("&", a, b);
}''',
    "$ior": r'''
function $ior(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    if ((a | 0) === a && (b | 0) === b) return a | b;
    if ((a >>> 0) === a && (b >>> 0) === b) return (a | b) >>> 0;
  }
  return $bitop("|", a, b);
}''',
    "$ixor": r'''
function $ixor(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    if ((a | 0) === a && (b | 0) === b) return a ^ b;
    if ((a >>> 0) === a && (b >>> 0) === b) return (a ^ b) >>> 0;
  }
  return $bitop("^", a, b);
}''',
    "$ishr": r'''
function $ishr(a, b) {
  if (typeof a === "number" && typeof b === "number" && b >= 0 && b < 32) { if ((a | 0) === a) return a >> b; if ((a >>> 0) === a) return a >>> b; }
  return $bitop(">>", a, b);
}''',
    "$ishl": r'''
function $ishl(a, b) {
  if (typeof a === "number" && typeof b === "number" && b >= 0 && b < 64) { const r = a * 2 ** b; if (Number.isSafeInteger(r)) return r; }
  return $bitop("<<", a, b);
}''',
    "$bigdiv": r'''
function $bigdiv(a, b) {
  // int / int for any size, correctly rounded like CPython.
  let A = BigInt(a), B = BigInt(b);
  if (B === 0n) throw new $ZeroDivisionError("division by zero");
  const neg = (A < 0n) !== (B < 0n);
  if (A < 0n) A = -A;
  if (B < 0n) B = -B;
  if (A === 0n) return neg ? -0 : 0;
  // A quotient of ~66 bits plus a sticky bit rounds once, correctly, to 53 bits.
  let shift = 66 - (A.toString(2).length - B.toString(2).length), q, r;
  if (shift >= 0) { const n = A << BigInt(shift); q = n / B; r = n % B; }
  else { const d = B << BigInt(-shift); q = A / d; r = A % d; }
  if (r !== 0n) q |= 1n;
  let x = Number(q);
  for (; shift < -1000; shift += 1000) x *= 2 ** 1000;
  for (; shift > 1000; shift -= 1000) x *= 2 ** -1000;
  x *= 2 ** -shift;
  if (x === Infinity) throw new $OverflowError("integer division result too large for a float");
  return neg ? -x : x;
}''',
    "$fpow": r'''
function $fpow(x, y) {
  // float ** float with CPython's errors (no complex results in browser code).
  if (x === 0 && y < 0) throw new $ZeroDivisionError("0.0 cannot be raised to a negative power");
  if (x === 1 || (x === -1 && !isFinite(y) && y === y)) return 1;
  if (x < 0 && isFinite(x) && isFinite(y) && !Number.isInteger(y)) throw new $ValueError("negative number cannot be raised to a fractional power (the result is complex; complex numbers are not supported in browser code)");
  const r = $powr(x, y);
  if (!isFinite(r) && isFinite(x) && isFinite(y)) throw new $OverflowError("(34, 'Numerical result out of range')");
  return r;
}''',
    "$powr": r'''
function $powr(x, y) {
  // Math.pow rounded once (the engine's is off by an ulp in ~10% of cases): integer exponents
  // exactly ($powint), x ** 0.5 as sqrt, other exponents in double-double ($ddpow).
  if (x === 1 || (x === -1 && !isFinite(y) && y === y)) return 1;
  if (isFinite(x) && x !== 0 && isFinite(y)) {
    if (Number.isInteger(y) && Math.abs(y) <= 2 ** 31) return $powint(x, y);
    if (y === 0.5 && x > 0) return Math.sqrt(x);
    if (x > 0) return $ddpow(x, y);
  }
  return Math.pow(x, y);
}''',
    "$powint": r'''
function $powint(x, n) {
  // x ** n for a finite non-zero double and an integer n, rounded once: the mantissa product
  // is carried in at most 256 bits with a sticky bit, then converted by Number() (ties-to-even).
  const norm = (m, e) => {
    const extra = m.toString(2).length - 256;
    if (extra <= 0) return [m, e];
    const cut = BigInt(extra), lost = m & ((1n << cut) - 1n);
    return [(m >> cut) | (lost ? 1n : 0n), e + extra];
  };
  let a = Math.abs(x), e = 0;
  while (!Number.isInteger(a)) { a *= 2; e--; }
  let base = [BigInt(a), e], acc = [1n, 0], k = Math.abs(n);
  for (; k > 0; k = Math.floor(k / 2)) {
    if (k % 2) acc = norm(acc[0] * base[0], acc[1] + base[1]);
    if (k > 1) base = norm(base[0] * base[0], base[1] * 2);
  }
  let [m, ex] = acc;
  if (n < 0) {
    // 1 / (m * 2**ex): a quotient of ~130 bits with a sticky bit.
    const shift = 130 + m.toString(2).length;
    const num = 1n << BigInt(shift);
    let q = num / m;
    if (num % m !== 0n) q |= 1n;
    m = q;
    ex = -ex - shift;
  }
  let r = Number(m);
  for (; ex > 1000 && r !== Infinity; ex -= 1000) r *= 2 ** 1000;
  for (; ex < -1000 && r !== 0; ex += 1000) r *= 2 ** -1000;
  if (r !== 0 && r !== Infinity) r *= 2 ** ex;
  return x < 0 && n % 2 ? -r : r;
}''',
    "$pow3": r'''
function $pow3(a, b, m) {
  // pow(a, b[, m]); with m: exact modular power on ints of any size, b < 0 via the inverse.
  if (m === undefined || m === null) return $pow(a, b);
  if (!$isint(a) || !$isint(b) || !$isint(m)) throw new $TypeError("pow() 3rd argument not allowed unless all arguments are integers");
  let A = BigInt(a), B = BigInt(b), M = BigInt(m);
  if (M === 0n) throw new $ValueError("pow() 3rd argument cannot be 0");
  const neg = M < 0n;
  if (neg) M = -M;
  A = ((A % M) + M) % M;
  if (B < 0n) {
    let [r0, r1, s0, s1] = [M, A, 0n, 1n];
    while (r1 !== 0n) { const q = r0 / r1; [r0, r1] = [r1, r0 - q * r1]; [s0, s1] = [s1, s0 - q * s1]; }
    if (r0 !== 1n) throw new $ValueError("base is not invertible for the given modulus");
    A = ((s0 % M) + M) % M;
    B = -B;
  }
  let r = 1n % M;
  for (; B > 0n; B >>= 1n) { if (B & 1n) r = r * A % M; A = A * A % M; }
  if (neg && r !== 0n) r -= M;
  return $big(r);
}''',
    "$fsum": r'''
function $fsum(xs) {
  // math.fsum: Shewchuk's exact partials and CPython's final rounding, errors included.
  const p = [];
  let special = 0, infs = 0;
  for (const item of $iterable(xs)) {
    if (!$isnum(item)) throw new $TypeError(`must be real number, not ${$typename(item)}`);
    let x = $tofloat(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y, lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!isFinite(x)) {
        if (isFinite(xsave)) throw new $OverflowError("intermediate overflow in fsum");
        if (xsave === Infinity || xsave === -Infinity) infs += xsave;
        special += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (special !== 0) {
    if (infs !== infs) throw new $ValueError("-inf + inf in fsum");
    return $box(special);
  }
  let hi = 0, lo = 0, n = p.length;
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      const x = hi, y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2, x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return $box(hi);
}''',
    "$mathindex": r'''
function $mathindex(v) {
  if (!$isint(v)) throw new $TypeError(`'${$typename(v)}' object cannot be interpreted as an integer`);
  return BigInt(v);
}
''',
    "$isqrt": r'''
function $isqrt(v) {
  const n = $mathindex(v);
  if (n < 0n) throw new $ValueError("isqrt() argument must be nonnegative");
  if (n < 4503599627370496n) { let r = Math.floor(Math.sqrt(Number(n))); while (r * r > Number(n)) r--; while ((r + 1) * (r + 1) <= Number(n)) r++; return r; }
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (x === 0n || !isFinite(Number(n))) x = 1n << BigInt((n.toString(2).length >> 1) + 1);
  while (true) { const y = (x + n / x) >> 1n; if (y >= x) break; x = y; }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return $big(x);
}
''',
    "$factorial": r'''
function $factorial(v) {
  if (!$isint(v)) throw new $TypeError(`'${$typename(v)}' object cannot be interpreted as an integer`);
  if (v < 0) throw new $ValueError("factorial() not defined for negative values");
  let r = 1, i = 2;
  for (; i <= v && Number.isSafeInteger(r * i); i++) r *= i;
  if (i > v) return r;
  let big = BigInt(r);
  for (let j = BigInt(i), n = BigInt(v); j <= n; j++) big *= j;
  return $big(big);
}
''',
    "$comb": r'''
function $comb(nv, kv) {
  const n = $mathindex(nv), k = $mathindex(kv);
  if (n < 0n) throw new $ValueError("n must be a non-negative integer");
  if (k < 0n) throw new $ValueError("k must be a non-negative integer");
  if (k > n) return 0;
  const m = k < n - k ? k : n - k;
  let r = 1n;
  for (let i = 1n; i <= m; i++) r = r * (n - m + i) / i;
  return $big(r);
}
''',
    "$perm": r'''
function $perm(nv, kv) {
  const n = $mathindex(nv), k = kv === undefined || kv === null ? n : $mathindex(kv);
  if (n < 0n) throw new $ValueError("n must be a non-negative integer");
  if (k < 0n) throw new $ValueError("k must be a non-negative integer");
  if (k > n) return 0;
  let r = 1n;
  for (let i = 0n; i < k; i++) r *= n - i;
  return $big(r);
}
''',
    "$gcd2": r'''
function $gcd2(a, b) {
  if (typeof a === "number" && typeof b === "number") { a = Math.abs(a); b = Math.abs(b); while (b) [a, b] = [b, a % b]; return a; }
  a = BigInt(a); b = BigInt(b);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return $big(a);
}
''',
    "$gcd": r'''
function $gcd(...xs) {
  let r = 0;
  for (const x of xs) { $mathindex(x); r = $gcd2(r, typeof x === "boolean" ? +x : x); }
  return r;
}
''',
    "$lcm": r'''
function $lcm(...xs) {
  let r = 1;
  for (let x of xs) {
    $mathindex(x);
    if (typeof x === "boolean") x = +x;
    if (r === 0 || x === 0) { r = 0; continue; }
    const g = $gcd2(r, x);
    r = $big($iabs(BigInt(r) / BigInt(g) * BigInt(x)));
  }
  return r;
}
''',
    "$biglog": r'''
function $biglog(v, f) {
  // log of an int too large for a float: log(m) + log(2) * e with v = m * 2**e, as CPython.
  const bits = v.toString(2).length, shift = BigInt(bits - 64);
  const top = (v >> shift) | ((v & ((1n << shift) - 1n)) ? 1n : 0n);
  return f(Number(top) / 2 ** 64) + f(2) * bits;
}
''',
}
