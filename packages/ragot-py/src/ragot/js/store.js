/**
 * A state store: nested plain data changed copy-on-write, with subscribers that fire only when
 * the part they select really changed (compared by value).
 *
 *   const s = createStore({ user: { name: "Ada" } });
 *   s.subscribe((user) => show(user.name), { selector: (st) => st.user, immediate: true });
 *   s.set("user.name", "Grace");
 * @module ragot/store
 */
import { attempt, counts } from "./bus.js";
import { opts, toPlain } from "./plain.js";

const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Number);
const isNum = (v) => typeof v === "number" || v instanceof Number;
const keysOf = (path) => (Array.isArray(path) ? path.map(String) : String(path).split(".").filter(Boolean));
const read = (state, keys) => keys.reduce((v, k) => (v !== null && typeof v === "object" ? v[k] : undefined), state);

// A copy of `obj` with `value` at `keys` (the key removed when value is undefined); untouched
// branches are shared.
const write = (obj, [k, ...rest], value) => {
  const copy = Array.isArray(obj) ? obj.slice() : { ...(isObj(obj) && obj) };
  if (rest.length) copy[k] = write(copy[k], rest, value);
  else if (value === undefined) delete copy[k];
  else copy[k] = value;
  return copy;
};

// Deep merge of plain objects; arrays and other values replace.
const merge = (base, partial) => {
  if (!isObj(base) || !isObj(partial)) return partial;
  const out = { ...base };
  for (const k in partial) out[k] = merge(base[k], partial[k]);
  return out;
};

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

/**
 * Create a store.
 * @param {object} [initial] initial state (Maps/Sets from compiled code are converted)
 * @returns {Store}
 */
export const createStore = (initial) => new Store(initial);

/** See createStore. */
export class Store {
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

  /**
   * Set the value at a dotted path (undefined removes the key); subscribers run if something
   * changed.
   * @param {string | string[]} path
   * @param {any} value
   */
  set(path, value) {
    const keys = keysOf(path);
    if (!keys.length) throw new TypeError(`store: path must name a key (replace(state) sets it all), got "${path}"`);
    value = toPlain(value);
    return deepEqual(read(this._state, keys), value) ? this : this._commit(write(this._state, keys, value));
  }

  /** Remove the key at a dotted path. */
  delete(path) {
    return this.set(path, undefined);
  }

  /** Deep-merge `partial` (objects merge, everything else replaces). */
  patch(partial) {
    return this.replace(merge(this._state, toPlain(partial)));
  }

  /** Replace the whole state. */
  replace(state) {
    state = toPlain(state) || {};
    return deepEqual(state, this._state) ? this : this._commit(state);
  }

  /** Apply `mutator(state) -> new state` (the state it gets must not be mutated). */
  update(mutator) {
    return this.replace(mutator(this._state));
  }

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
    counts.subscriptions++;
    if (immediate) fn(sub.last);
    return () => {
      if (sub.live) counts.subscriptions--;
      sub.live = false;
      this._subs = this._subs.filter((s) => s !== sub);
    };
  }
}
