"""Float pow/exp/log rounded once, in double-double arithmetic (~100 bits).

The JS engine's Math.pow/exp/log differ from the C library's in the last digit for a few
percent of arguments (Math.pow for ~10%), so printed floats would differ from CPython. These
helpers compute in double-double and round once: they agree with CPython wherever the C
library is correctly rounded, which is all but ~0.1% of arguments. Written from the textbook
algorithms (Dekker/Knuth error-free sums and products, atanh series for log, argument
reduction and squaring for exp); no libm code is copied.
"""

SOURCES = {
    "$DD": r'''
const $DD = (() => {
  // Double-double numbers as [hi, lo] pairs; error-free transformations without FMA.
  const S = 134217729;
  const two = (a, b) => { const s = a + b, v = s - a; return [s, (a - (s - v)) + (b - v)]; };
  const fast = (a, b) => { const s = a + b; return [s, b - (s - a)]; };
  const prod = (a, b) => {
    const p = a * b;
    let t = S * a; const ah = t - (t - a), al = a - ah;
    t = S * b; const bh = t - (t - b), bl = b - bh;
    return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
  };
  const add = (a, b) => { const [s, e] = two(a[0], b[0]); return fast(s, e + a[1] + b[1]); };
  const mul = (a, b) => { const [p, e] = prod(a[0], b[0]); return fast(p, e + a[0] * b[1] + a[1] * b[0]); };
  const div = (a, b) => { const q = a[0] / b[0], r = add(a, mul(b, [-q, 0])); return fast(q, r[0] / b[0]); };
  return { two, add, mul, div, LN2: [0.6931471805599453, 2.3190468138462996e-17], LN10: [2.302585092994046, -2.1707562233822494e-16] };
})();''',
    "$ddlog": r'''
function $ddlog(x) {
  // ln(x) for a finite x > 0 as a double-double: e * ln2 + 2 atanh((m - 1) / (m + 1)).
  const { two, add, mul, div, LN2 } = $DD;
  let e = Math.floor(Math.log2(x)), m = x / 2 ** e;
  while (m >= 2) { m /= 2; e++; }
  while (m < 1) { m *= 2; e--; }
  if (m > Math.SQRT2) { m /= 2; e++; }
  const s = div([m - 1, 0], two(m, 1)), s2 = mul(s, s);
  let term = s, sum = s;
  for (let k = 3; s[0] !== 0 && k < 99; k += 2) {
    term = mul(term, s2);
    const t = div(term, [k, 0]);
    sum = add(sum, t);
    if (Math.abs(t[0]) < 1e-36 * Math.abs(sum[0])) break;
  }
  return add(mul(LN2, [e, 0]), [2 * sum[0], 2 * sum[1]]);
}''',
    "$ddexp": r'''
function $ddexp(z) {
  // exp of a double-double, rounded once: 2**k * (1 + expm1(r / 1024)) ** 1024, r = z - k ln2.
  const { add, mul, div, LN2 } = $DD;
  if (z[0] > 710) return Infinity;
  if (z[0] < -746) return 0;
  const k = Math.round(z[0] / LN2[0]);
  const r0 = add(z, mul(LN2, [-k, 0])), r = [r0[0] / 1024, r0[1] / 1024];
  let term = r, sum = r;
  for (let i = 2; i < 30; i++) {
    term = div(mul(term, r), [i, 0]);
    sum = add(sum, term);
    if (Math.abs(term[0]) < 1e-36) break;
  }
  for (let i = 0; i < 10; i++) sum = mul(sum, add(sum, [2, 0]));
  let v = add(sum, [1, 0])[0], n = k;
  for (; n > 1000; n -= 1000) v *= 2 ** 1000;
  for (; n < -1000; n += 1000) v *= 2 ** -1000;
  return v * 2 ** n;
}''',
    "$ddpow": r'''
function $ddpow(x, y) {
  // x ** y for finite x > 0 and finite y that is not an integer.
  return $ddexp($DD.mul($ddlog(x), [y, 0]));
}''',
    "$lnr": r'''
function $lnr(x) {
  // Math.log rounded once (finite x > 0); the edge values as the C library gives them.
  return x === 1 ? 0 : !isFinite(x) ? Math.log(x) : $ddlog(x)[0];
}''',
    "$log2r": r'''
function $log2r(x) {
  if (!isFinite(x) || x <= 0) return Math.log2(x);
  const l = Math.log2(x);
  if (Number.isInteger(l) && 2 ** l === x) return l;
  return $DD.div($ddlog(x), $DD.LN2)[0];
}''',
    "$log10r": r'''
function $log10r(x) {
  // C's log10: k * log10(2) split in two parts around log(m) / ln(10), with x = m * 2**k and
  // m in [0.5, 1) for k < 0, [1, 2) otherwise (the split the C library uses, so results agree).
  if (!isFinite(x) || x <= 0) return Math.log10(x);
  let k = Math.floor(Math.log2(x)), m = x / 2 ** k;
  while (m >= 2) { m /= 2; k++; }
  while (m < 1) { m *= 2; k--; }
  if (k < 0) { m /= 2; k++; }
  const z = k * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * $lnr(m);
  return z + k * 3.01029995663611771306e-01;
}''',
    "$trigr": r'''
function $trigr(x, which) {
  // sin (0), cos (1) or tan (2) rounded once: x = k * pi/2 + r with pi/2 in three parts, then
  // Taylor series for sin r and cos r in double-double (|x| past 1e6: the engine's functions).
  if (!isFinite(x) || Math.abs(x) > 1e6 || x === 0) {
    if (!isFinite(x) && x === x) throw new $ValueError("math domain error");
    return which === 0 ? Math.sin(x) : which === 1 ? Math.cos(x) : Math.tan(x);
  }
  const { add, mul, div } = $DD;
  const k = Math.round(x / 1.5707963267948966);
  let r = add([x, 0], mul([-k, 0], [1.5707963267948966, 0]));
  r = add(r, mul([-k, 0], [6.123233995736766e-17, 0]));
  r = add(r, mul([-k, 0], [-1.4973849048591698e-33, 0]));
  const r2 = mul(r, r);
  let s = r, c = [1, 0], ts = r, tc = [1, 0];
  for (let i = 1; i < 30; i++) {
    ts = div(mul(ts, r2), [-(2 * i) * (2 * i + 1), 0]);
    tc = div(mul(tc, r2), [-(2 * i - 1) * (2 * i), 0]);
    s = add(s, ts);
    c = add(c, tc);
    if (Math.abs(ts[0]) < 1e-40 && Math.abs(tc[0]) < 1e-40) break;
  }
  const q = ((k % 4) + 4) % 4;
  const sin = q === 0 ? s : q === 1 ? c : q === 2 ? [-s[0], -s[1]] : [-c[0], -c[1]];
  const cos = q === 0 ? c : q === 1 ? [-s[0], -s[1]] : q === 2 ? [-c[0], -c[1]] : s;
  return which === 0 ? sin[0] : which === 1 ? cos[0] : div(sin, cos)[0];
}''',
    "$ddsqrt": r'''
function $ddsqrt(a) {
  // sqrt of a positive double-double: one Newton step from the double sqrt.
  const s = Math.sqrt(a[0]), e = $DD.add(a, $DD.mul([-s, 0], [s, 0]));
  return $DD.add([s, 0], [e[0] / (2 * s), 0]);
}''',
    "$ddatan": r'''
function $ddatan(x) {
  // atan of a finite double-double: |x| <= 1 via pi/2 - atan(1/x), two argument halvings
  // (x / (1 + sqrt(1 + x*x))), then the odd series.
  const { add, mul, div } = $DD, PIO2 = [1.5707963267948966, 6.123233995736766e-17];
  const neg = x[0] < 0;
  if (neg) x = [-x[0], -x[1]];
  const big = x[0] > 1;
  if (big) x = div([1, 0], x);
  for (let i = 0; i < 2; i++) x = div(x, add([1, 0], $ddsqrt(add([1, 0], mul(x, x)))));
  const x2 = mul(x, x);
  let term = x, sum = x;
  for (let k = 3; k < 200; k += 2) {
    term = mul(term, [-x2[0], -x2[1]]);
    const t = div(term, [k, 0]);
    sum = add(sum, t);
    if (Math.abs(t[0]) < 1e-40) break;
  }
  let r = [4 * sum[0], 4 * sum[1]];
  if (big) r = add(PIO2, [-r[0], -r[1]]);
  return neg ? [-r[0], -r[1]] : r;
}''',
    "$arcr": r'''
function $arcr(which, y, x) {
  // atan (0), asin (1), acos (2), atan2 (3) rounded once; special values as the engine (IEEE).
  const { add, mul, div } = $DD;
  if (which === 0) return isFinite(y) && y !== 0 ? $ddatan([y, 0])[0] : Math.atan(y);
  if (which === 1) {
    if (!(Math.abs(y) < 1) || y === 0) return Math.asin(y);
    return $ddatan(div([y, 0], $ddsqrt(add([1, 0], mul([-y, 0], [y, 0])))))[0];
  }
  if (which === 2) {
    if (!(Math.abs(y) < 1)) return Math.acos(y);
    const t = $ddatan($ddsqrt(div(add([1, 0], [-y, 0]), add([1, 0], [y, 0]))));
    return t[0] * 2 + t[1] * 2;
  }
  if (!isFinite(y) || !isFinite(x) || y === 0 || x === 0) return Math.atan2(y, x);
  const q = $ddatan(div([y, 0], [x, 0]));
  if (x > 0) return q[0];
  const PI = [3.141592653589793, 1.2246467991473532e-16];
  return (y > 0 ? add(q, PI) : add(q, [-PI[0], -PI[1]]))[0];
}''',
    "$hypotr": r'''
function $hypotr(xs) {
  // sqrt of the sum of squares in double-double, rounded once (CPython's hypot is accurate too).
  if (xs.some((x) => x === Infinity || x === -Infinity)) return Infinity;
  if (xs.some((x) => x !== x)) return NaN;
  const m = Math.max(0, ...xs.map(Math.abs));
  if (m === 0) return 0;
  const e = Math.floor(Math.log2(m));
  if (e > 1000 || e < -1000) return Math.hypot(...xs);
  let s = [0, 0];
  for (const x of xs) { const v = x * 2 ** -e; s = $DD.add(s, $DD.mul([v, 0], [v, 0])); }
  return $ddsqrt(s)[0] * 2 ** e;
}''',
    "$expr": r'''
function $expr(x) {
  // Math.exp rounded once.
  return !isFinite(x) || x === 0 ? Math.exp(x) : $ddexp([x, 0]);
}''',
}
