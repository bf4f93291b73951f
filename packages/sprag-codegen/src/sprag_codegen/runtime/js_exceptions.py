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
)

SOURCES = {
    "$clsname": r'''
function $clsname(c) {
  return Object.prototype.hasOwnProperty.call(c, "$pyname") ? c.$pyname : c.name;
}''',
    "$BaseException": r'''
class $BaseException extends Error {
  constructor(...args) { super(); this.__cause__ = null; this.__context__ = null; this.__init__(...args); }
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
}
$BaseException.$pyname = "BaseException";''',
    "$Exception": r'''
class $Exception extends $BaseException {}
$Exception.$pyname = "Exception";''',
    "$ArithmeticError": r'''
class $ArithmeticError extends $Exception {}
$ArithmeticError.$pyname = "ArithmeticError";''',
    "$ZeroDivisionError": r'''
class $ZeroDivisionError extends $ArithmeticError {}
$ZeroDivisionError.$pyname = "ZeroDivisionError";''',
    "$OverflowError": r'''
class $OverflowError extends $ArithmeticError {}
$OverflowError.$pyname = "OverflowError";''',
    "$LookupError": r'''
class $LookupError extends $Exception {}
$LookupError.$pyname = "LookupError";''',
    "$KeyError": r'''
class $KeyError extends $LookupError {
  __str__() { const a = this.args || []; return a.length === 1 ? $repr(a[0]) : super.__str__(); }
}
$KeyError.$pyname = "KeyError";''',
    "$IndexError": r'''
class $IndexError extends $LookupError {}
$IndexError.$pyname = "IndexError";''',
    "$ValueError": r'''
class $ValueError extends $Exception {}
$ValueError.$pyname = "ValueError";''',
    "$UnicodeError": r'''
class $UnicodeError extends $ValueError {}
$UnicodeError.$pyname = "UnicodeError";''',
    "$TypeError": r'''
class $TypeError extends $Exception {}
$TypeError.$pyname = "TypeError";''',
    "$AttributeError": r'''
class $AttributeError extends $Exception {}
$AttributeError.$pyname = "AttributeError";''',
    "$NameError": r'''
class $NameError extends $Exception {}
$NameError.$pyname = "NameError";''',
    "$UnboundLocalError": r'''
class $UnboundLocalError extends $NameError {}
$UnboundLocalError.$pyname = "UnboundLocalError";''',
    "$RuntimeError": r'''
class $RuntimeError extends $Exception {}
$RuntimeError.$pyname = "RuntimeError";''',
    "$NotImplementedError": r'''
class $NotImplementedError extends $RuntimeError {}
$NotImplementedError.$pyname = "NotImplementedError";''',
    "$RecursionError": r'''
class $RecursionError extends $RuntimeError {}
$RecursionError.$pyname = "RecursionError";''',
    "$StopIteration": r'''
class $StopIteration extends $Exception {
  get value() { return this.args && this.args.length ? this.args[0] : null; }
}
$StopIteration.$pyname = "StopIteration";''',
    "$StopAsyncIteration": r'''
class $StopAsyncIteration extends $Exception {}
$StopAsyncIteration.$pyname = "StopAsyncIteration";''',
    "$AssertionError": r'''
class $AssertionError extends $Exception {}
$AssertionError.$pyname = "AssertionError";''',
    "$GeneratorExit": r'''
class $GeneratorExit extends $BaseException {}
$GeneratorExit.$pyname = "GeneratorExit";''',
    "$KeyboardInterrupt": r'''
class $KeyboardInterrupt extends $BaseException {}
$KeyboardInterrupt.$pyname = "KeyboardInterrupt";''',
    "$SystemExit": r'''
class $SystemExit extends $BaseException {
  get code() { return this.args && this.args.length ? this.args[0] : null; }
}
$SystemExit.$pyname = "SystemExit";''',
    "$OSError": r'''
class $OSError extends $Exception {}
$OSError.$pyname = "OSError";''',
    "$TimeoutError": r'''
class $TimeoutError extends $OSError {}
$TimeoutError.$pyname = "TimeoutError";''',
    "$ImportError": r'''
class $ImportError extends $Exception {}
$ImportError.$pyname = "ImportError";''',
    "$pyexc": r'''
function $pyexc(e) {
  if (e instanceof $BaseException) return e;
  let r;
  if (e instanceof RangeError && /call stack/i.test(e.message)) r = new $RecursionError("maximum recursion depth exceeded");
  else if (e instanceof TypeError && /null|undefined|only a getter|Cannot set property/.test(e.message)) r = new $AttributeError(e.message);
  else if (e instanceof TypeError) r = new $TypeError(e.message);
  else if (e instanceof RangeError) r = new $ValueError(e.message);
  else r = new $Exception(e && e.message !== undefined ? e.message : String(e));
  r.jsError = e;
  return r;
}''',
    "$raise": r'''
function $raise(e, cause) {
  if ($isclass(e)) e = new e();
  if (!(e instanceof $BaseException) && !(e instanceof Error)) return new $TypeError("exceptions must derive from BaseException");
  if (cause !== undefined) e.__cause__ = cause;
  return e;
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
