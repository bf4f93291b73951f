/**
 * Values arriving from compiled Python: Maps, Sets, frozen Arrays and boxed numbers become
 * plain JSON-like data; keyword-argument objects are recognised by their brand.
 * @module ragot/plain
 */

/** The brand compiled code puts on a keyword-arguments object (contracts.md §2). */
export const KW = Symbol.for("sprag.kw");

/**
 * True when `value` is a keyword-arguments object passed by compiled Python.
 * @param {unknown} value
 * @returns {boolean}
 */
export const isKw = (value) => !!value && value[KW] === true;

/**
 * Options from a trailing argument: a kwargs object, a plain options object, or nothing.
 * @param {unknown} value
 * @returns {Record<string, any>}
 */
export const opts = (value) => (value && typeof value === "object" && !Array.isArray(value) ? toPlain(value) : {});

/**
 * Convert compiled-Python data to plain JS: Map -> object, Set -> array, boxed Number/String/
 * Boolean -> primitive (except compiled code's integral floats, a Number subclass that must keep
 * printing as `2.0`, contracts.md §2), arrays copied (frozen tuples become ordinary arrays). Class instances,
 * functions, DOM nodes and Dates pass through unchanged. Cycles are preserved, not followed
 * forever.
 * @template T
 * @param {T} value
 * @returns {any}
 */
export function toPlain(value, seen) {
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Number) return value.constructor === Number ? +value : value;
  if (value instanceof String || value instanceof Boolean) return value.valueOf();
  const list = Array.isArray(value) || value instanceof Set;
  const proto = Object.getPrototypeOf(value);
  if (!list && !(value instanceof Map) && proto !== Object.prototype && proto !== null) return value;
  seen = seen || new Map();
  if (seen.has(value)) return seen.get(value);
  const out = list ? [] : {};
  seen.set(value, out);
  if (list) for (const item of value) out.push(toPlain(item, seen));
  else for (const [k, v] of value instanceof Map ? value : Object.entries(value)) out[k] = toPlain(v, seen);
  return out;
}
