"""Python's exception classes in JS, and conversion of native JS errors to them."""

EXCEPTION_NAMES = (
    "BaseException",
    "Exception",
    "ArithmeticError",
    "ZeroDivisionError",
    "OverflowError",
    "LookupError",
    "KeyError",
    "IndexError",
    "ValueError",
    "UnicodeError",
    "TypeError",
    "AttributeError",
    "NameError",
    "UnboundLocalError",
    "RuntimeError",
    "NotImplementedError",
    "RecursionError",
    "StopIteration",
    "StopAsyncIteration",
    "AssertionError",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "OSError",
    "TimeoutError",
    "ImportError",
    "SyntaxError",
    "EOFError",
    "FloatingPointError",
    "ConnectionError",
    "PermissionError",
    "FileNotFoundError",
)

SOURCES = {
    "$clsname": r'''
function $clsname(c) {
  return Object.prototype.hasOwnProperty.call(c, "$pyname") ? c.$pyname : c.name;
}''',
    "$BaseException": r'''
const $BaseException = class BaseException extends Error {
  constructor(...args) {
    super();
    const hidden = { writable: true, configurable: true, enumerable: false, value: null };
    // Like BaseException.__new__: args are the constructor's, even if __init__ never calls super.
    const given = args.length && $iskw(args[args.length - 1]) ? args.slice(0, -1) : args.slice();
    Object.defineProperties(this, { __cause__: hidden, __context__: hidden, __suppress_context__: { ...hidden, value: false }, args: { ...hidden, value: Object.freeze(given) } });
    this.__init__(...args);
  }
  __init__(...args) {
    if (args.length && $iskw(args[args.length - 1])) args.pop();
    this.args = Object.freeze(args);
  }
  get message() { return $str(this); }
  get name() { return $clsname(this.constructor); }
  __str__() {
    const a = this.args || [];
    return a.length === 0 ? "" : a.length === 1 ? $str(a[0]) : $repr(a);
  }
  __repr__() {
    const a = this.args || [];
    return this.name + (a.length === 1 ? "(" + $repr(a[0]) + ")" : $repr(a));
  }
  toString() { const s = $str(this); return s ? this.name + ": " + s : this.name; }
};
$BaseException.$pyname = "BaseException";''',
    "$Exception": r'''
const $Exception = class Exception extends $BaseException {};
$Exception.$pyname = "Exception";''',
    "$ArithmeticError": r'''
const $ArithmeticError = class ArithmeticError extends $Exception {};
$ArithmeticError.$pyname = "ArithmeticError";''',
    "$ZeroDivisionError": r'''
const $ZeroDivisionError = class ZeroDivisionError extends $ArithmeticError {};
$ZeroDivisionError.$pyname = "ZeroDivisionError";''',
    "$OverflowError": r'''
const $OverflowError = class OverflowError extends $ArithmeticError {};
$OverflowError.$pyname = "OverflowError";''',
    "$LookupError": r'''
const $LookupError = class LookupError extends $Exception {};
$LookupError.$pyname = "LookupError";''',
    "$KeyError": r'''
const $KeyError = class KeyError extends $LookupError {
  __str__() { const a = this.args || []; return a.length === 1 ? $repr(a[0]) : super.__str__(); }
};
$KeyError.$pyname = "KeyError";''',
    "$IndexError": r'''
const $IndexError = class IndexError extends $LookupError {};
$IndexError.$pyname = "IndexError";''',
    "$ValueError": r'''
const $ValueError = class ValueError extends $Exception {};
$ValueError.$pyname = "ValueError";''',
    "$UnicodeError": r'''
const $UnicodeError = class UnicodeError extends $ValueError {};
$UnicodeError.$pyname = "UnicodeError";''',
    "$TypeError": r'''
const $TypeError = class TypeError extends $Exception {};
$TypeError.$pyname = "TypeError";''',
    "$AttributeError": r'''
const $AttributeError = class AttributeError extends $Exception {};
$AttributeError.$pyname = "AttributeError";''',
    "$NameError": r'''
const $NameError = class NameError extends $Exception {};
$NameError.$pyname = "NameError";''',
    "$UnboundLocalError": r'''
const $UnboundLocalError = class UnboundLocalError extends $NameError {};
$UnboundLocalError.$pyname = "UnboundLocalError";''',
    "$RuntimeError": r'''
const $RuntimeError = class RuntimeError extends $Exception {};
$RuntimeError.$pyname = "RuntimeError";''',
    "$NotImplementedError": r'''
const $NotImplementedError = class NotImplementedError extends $RuntimeError {};
$NotImplementedError.$pyname = "NotImplementedError";''',
    "$RecursionError": r'''
const $RecursionError = class RecursionError extends $RuntimeError {};
$RecursionError.$pyname = "RecursionError";''',
    "$StopIteration": r'''
const $StopIteration = class StopIteration extends $Exception {
  get value() { return this.args && this.args.length ? this.args[0] : null; }
};
$StopIteration.$pyname = "StopIteration";''',
    "$StopAsyncIteration": r'''
const $StopAsyncIteration = class StopAsyncIteration extends $Exception {};
$StopAsyncIteration.$pyname = "StopAsyncIteration";''',
    "$AssertionError": r'''
const $AssertionError = class AssertionError extends $Exception {};
$AssertionError.$pyname = "AssertionError";''',
    "$GeneratorExit": r'''
const $GeneratorExit = class GeneratorExit extends $BaseException {};
$GeneratorExit.$pyname = "GeneratorExit";''',
    "$KeyboardInterrupt": r'''
const $KeyboardInterrupt = class KeyboardInterrupt extends $BaseException {};
$KeyboardInterrupt.$pyname = "KeyboardInterrupt";''',
    "$SystemExit": r'''
const $SystemExit = class SystemExit extends $BaseException {
  get code() { return this.args && this.args.length ? this.args[0] : null; }
};
$SystemExit.$pyname = "SystemExit";''',
    "$OSError": r'''
const $OSError = class OSError extends $Exception {};
$OSError.$pyname = "OSError";''',
    "$TimeoutError": r'''
const $TimeoutError = class TimeoutError extends $OSError {};
$TimeoutError.$pyname = "TimeoutError";''',
    "$ImportError": r'''
const $ImportError = class ImportError extends $Exception {};
$ImportError.$pyname = "ImportError";''',
    "$FrozenInstanceError": r'''
const $FrozenInstanceError = class FrozenInstanceError extends $AttributeError {};
$FrozenInstanceError.$pyname = "FrozenInstanceError";''',
    "$frozenerr": r'''
function $frozenerr(e) {
  // The TypeError strict mode throws when code assigns to a frozen dataclass instance.
  const m = /read only property '([^']+)'|add property ([^,\s]+), object is not extensible|delete property '([^']+)'/.exec(e.message);
  return m && new $FrozenInstanceError(`cannot ${m[3] ? "delete" : "assign to"} field '${m[1] || m[2] || m[3]}'`);
}''',
    "$SyntaxError": r'''
const $SyntaxError = class SyntaxError extends $Exception {};
$SyntaxError.$pyname = "SyntaxError";''',
    "$EOFError": r'''
const $EOFError = class EOFError extends $Exception {};
$EOFError.$pyname = "EOFError";''',
    "$FloatingPointError": r'''
const $FloatingPointError = class FloatingPointError extends $ArithmeticError {};
$FloatingPointError.$pyname = "FloatingPointError";''',
    "$ConnectionError": r'''
const $ConnectionError = class ConnectionError extends $OSError {};
$ConnectionError.$pyname = "ConnectionError";''',
    "$PermissionError": r'''
const $PermissionError = class PermissionError extends $OSError {};
$PermissionError.$pyname = "PermissionError";''',
    "$FileNotFoundError": r'''
const $FileNotFoundError = class FileNotFoundError extends $OSError {};
$FileNotFoundError.$pyname = "FileNotFoundError";''',
    "$pyexc": r'''
function $pyexc(e) {
  if (e instanceof $BaseException) return e;
  let r;
  if (e instanceof RangeError && /call stack/i.test(e.message)) r = new $RecursionError("maximum recursion depth exceeded");
  else if (e instanceof TypeError && /of (null|undefined) \(reading '([^']*)'\)/.test(e.message)) {
    r = new $AttributeError(`'NoneType' object has no attribute '${/reading '([^']*)'/.exec(e.message)[1]}'`);
  }
  else if (e instanceof TypeError && typeof $frozenerr === "function" && $frozenerr(e)) r = $frozenerr(e);
  else if (e instanceof TypeError && /only a getter|Cannot set property/.test(e.message)) {
    const m = /property '?([^\s']+)'? of (?:#<(\w+)>|\[object (\w+)\])?/.exec(e.message);
    r = new $AttributeError(!m ? e.message : m[2] || m[3] ? `property '${m[1]}' of '${m[2] || m[3]}' object has no setter` : `property '${m[1]}' has no setter`);
  }
  else if (e instanceof TypeError && /null|undefined/.test(e.message)) r = new $AttributeError(e.message);
  else if (e instanceof TypeError) r = new $TypeError(e.message);
  else if (e instanceof RangeError) r = new $ValueError(e.message);
  else r = new $Exception(e && e.message !== undefined ? e.message : String(e));
  // A foreign error's own data (an ActionError's status and errors ...) stays readable.
  if (e !== null && typeof e === "object") for (const k of Object.keys(e)) if (!(k in r)) r[k] = e[k];
  r.jsError = e;
  return r;
}''',
    "$raise": r'''
function $raise(e, cause, ctx) {
  if ($isclass(e)) e = new e();
  if (!(e instanceof $BaseException) && !(e instanceof Error)) return new $TypeError("exceptions must derive from BaseException");
  if (ctx !== undefined && ctx !== e) e.__context__ = ctx;
  if (cause !== undefined) {
    if ($isclass(cause)) cause = new cause();
    if (cause !== null && !(cause instanceof $BaseException)) return new $TypeError("exception causes must derive from BaseException");
    e.__cause__ = cause;
    e.__suppress_context__ = true;
  }
  return e;
}''',
    "$chain": r'''
function $chain(x, ctx) {
  // An exception leaving an except block: its __context__ is the exception being handled.
  x = $pyexc(x);
  if (x !== ctx && (x.__context__ === null || x.__context__ === undefined)) x.__context__ = ctx;
  return x;
}''',
    "$excmatch": r'''
function $excmatch(e, types) {
  if (Array.isArray(types)) return types.some((t) => e instanceof t);
  return e instanceof types;
}''',
    "$uncaught": r'''
function $uncaught(e) {
  e = $pyexc(e);
  const text = "Traceback (most recent call last):\n" + e.toString() + "\n";
  if (typeof process !== "undefined" && process.stderr) { process.stderr.write(text); process.exitCode = 1; }
  throw e;
}''',
}
