/**
 * A state store: nested plain data changed copy-on-write, with subscribers that fire only when
 * the part they select really changed (compared by value).
 *
 *   const s = createStore({ user: { name: "Ada" } });
 *   s.subscribe((user) => show(user.name), { selector: (st) => st.user, immediate: true });
 *   s.set("user.name", "Grace");
 * @module ragot/store
 */
import { report } from "./bus.js";
import { counts } from "./debug.js";
import { opts, toPlain } from "./plain.js";

const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const keysOf = (path) => (Array.isArray(path) ? path.map(String) : String(path).split(".").filter(Boolean));

/**
 * Structural equality of plain data (arrays by items, objects by own keys).
 * @param {any} a
 * @param {any} b
 * @returns {boolean}
 */
export function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (!a || !b || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!(k in b) || !deepEqual(a[k], b[k])) return false;
  return true;
}

const readPath = (state, keys) => {
  let v = state;
  for (const k of keys) {
    if (v === null || typeof v !== "object") return undefined;
    v = v[k];
  }
  return v;
};

// A copy of `obj` with `value` at `keys`; untouched branches are shared.
const writePath = (obj, keys, i, value) => {
  if (i === keys.length) return value;
  const base = isObj(obj) || Array.isArray(obj) ? obj : {};
  const copy = Array.isArray(base) ? base.slice() : { ...base };
  const k = keys[i];
  if (value === undefined && i === keys.length - 1) delete copy[k];
  else copy[k] = writePath(base[k], keys, i + 1, value);
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
 * Create a store.
 * @param {object} [initial] initial state (Maps/Sets from compiled code are converted)
 * @returns {Store}
 */
export function createStore(initial) {
  return new Store(initial);
}

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
    if (path === undefined || path === null || path === "") return this._state;
    const v = readPath(this._state, keysOf(path));
    return v === undefined ? fallback : v;
  }

  /**
   * Set the value at a dotted path; subscribers run if something changed.
   * @param {string | string[]} path
   * @param {any} value
   */
  set(path, value) {
    const keys = keysOf(path);
    if (!keys.length) throw new TypeError(`store.set(path, value): path must name a key, got ${JSON.stringify(path)}; use replace(state) for the whole state`);
    value = toPlain(value);
    if (deepEqual(readPath(this._state, keys), value)) return this;
    return this._commit(writePath(this._state, keys, 0, value));
  }

  /** Remove the key at a dotted path. */
  delete(path) {
    const keys = keysOf(path);
    if (readPath(this._state, keys) === undefined) return this;
    return this._commit(writePath(this._state, keys, 0, undefined));
  }

  /** Deep-merge `partial` (objects merge, everything else replaces). */
  patch(partial) {
    const next = merge(this._state, toPlain(partial));
    return deepEqual(next, this._state) ? this : this._commit(next);
  }

  /** Replace the whole state. */
  replace(state) {
    const next = toPlain(state) || {};
    return deepEqual(next, this._state) ? this : this._commit(next);
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
      if (--this._depth === 0 && this._dirty) this._notify();
    }
    return this;
  }

  _commit(next) {
    this._state = next;
    if (this._depth) this._dirty = true;
    else this._notify();
    return this;
  }

  _notify() {
    this._dirty = false;
    for (const sub of this._subs) {
      if (!sub.live) continue;
      const value = sub.select(this._state);
      if (deepEqual(value, sub.last)) continue;
      sub.last = value;
      try {
        sub.fn(value);
      } catch (error) {
        report(error);
      }
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
    if (typeof fn !== "function") throw new TypeError(`store.subscribe(fn): fn must be a function, got ${typeof fn}`);
    const { selector, immediate } = typeof options === "function" ? { selector: options } : opts(options);
    const select = typeof selector === "function" ? (s) => toPlain(selector(s)) : selector ? (s) => readPath(s, keysOf(selector)) : (s) => s;
    const sub = { fn, select, live: true, last: select(this._state) };
    this._subs = [...this._subs, sub];
    counts.subscriptions++;
    if (immediate) fn(sub.last);
    return () => {
      if (!sub.live) return;
      sub.live = false;
      counts.subscriptions--;
      this._subs = this._subs.filter((s) => s !== sub);
    };
  }
}
