/**
 * The observable state core shared by stores and modules: whole-state replace compared by
 * value, batching, and subscribers that fire only when the part they select really changed.
 * `Store` (store.js) adds path writes and merges; `Module` uses this core alone, so a page
 * without stores does not ship them.
 * @module ragot/state
 */
import { attempt, counts } from "./bus.js";
import { opts, toPlain } from "./plain.js";

const isNum = (v) => typeof v === "number" || v instanceof Number;
export const keysOf = (path) => (Array.isArray(path) ? path.map(String) : String(path).split(".").filter(Boolean));
export const read = (state, keys) => keys.reduce((v, k) => (v !== null && typeof v === "object" ? v[k] : undefined), state);

/**
 * Structural equality of plain data (arrays by items, objects by own keys).
 * @param {any} a
 * @param {any} b
 * @returns {boolean}
 */
export function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  // a boxed float from compiled code equals the number it holds, as 2.0 == 2 in Python
  if (isNum(a) && isNum(b)) return +a === +b;
  if (!a || !b || typeof a !== "object" || typeof b !== "object" || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]));
}

/** State with by-value change detection (see the module doc). */
export class State {
  constructor(initial) {
    this._state = toPlain(initial) || {};
    this._subs = [];
    this._depth = 0;
    this._dirty = false;
  }

  /**
   * The whole state, or the value at a dotted path ("user.name").
   * @param {string | string[]} [path]
   * @param {any} [fallback] returned when the path is absent
   */
  get(path, fallback) {
    const v = read(this._state, keysOf(path ?? []));
    return v === undefined ? fallback : v;
  }

  /** Replace the whole state. */
  replace(state) {
    state = toPlain(state) || {};
    return deepEqual(state, this._state) ? this : this._commit(state);
  }

  //#if batch
  /**
   * Run `fn` with notifications held; subscribers run once at the end.
   * @param {() => void} fn
   */
  batch(fn) {
    this._depth++;
    try {
      fn(this);
    } finally {
      if (!--this._depth && this._dirty) this._notify();
    }
    return this;
  }
  //#endif

  _commit(next) {
    this._state = next;
    this._dirty = true;
    if (!this._depth) this._notify();
    return this;
  }

  _notify() {
    this._dirty = false;
    for (const sub of this._subs) {
      const value = sub.live && sub.select(this._state);
      if (sub.live && !deepEqual(value, sub.last)) attempt(sub.fn, (sub.last = value));
    }
  }

  /**
   * Call `fn(selected)` whenever the selected value changes (by value, not identity).
   * @param {(value: any) => void} fn
   * @param {{selector?: ((state: any) => any) | string, immediate?: boolean}} [options]
   *   a kwargs object from compiled code works too; a string selector is a dotted path
   * @returns {() => void} unsubscribe (idempotent)
   */
  subscribe(fn, options) {
    if (typeof fn !== "function") throw new TypeError(`subscribe(): fn must be a function, got ${fn}`);
    const { selector, immediate } = typeof options === "function" ? { selector: options } : opts(options);
    const select = typeof selector === "function" ? (s) => toPlain(selector(s)) : (s) => read(s, keysOf(selector || []));
    const sub = { fn, select, live: true, last: select(this._state) };
    this._subs = [...this._subs, sub];
    //#if debugCounts counts
    counts.subscriptions++;
    //#endif
    if (immediate) fn(sub.last);
    return () => {
      //#if debugCounts counts
      if (sub.live) counts.subscriptions--;
      //#endif
      sub.live = false;
      this._subs = this._subs.filter((s) => s !== sub);
    };
  }
}
