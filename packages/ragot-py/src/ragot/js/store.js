/**
 * A state store: nested plain data changed copy-on-write, with subscribers that fire only when
 * the part they select really changed (compared by value).
 *
 *   const s = createStore({ user: { name: "Ada" } });
 *   s.subscribe((user) => show(user.name), { selector: (st) => st.user, immediate: true });
 *   s.set("user.name", "Grace");
 * @module ragot/store
 */
import { toPlain } from "./plain.js";
import { deepEqual, keysOf, read, State } from "./state.js";

export { deepEqual } from "./state.js";

const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Number);

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
 * Create a store.
 * @param {object} [initial] initial state (Maps/Sets from compiled code are converted)
 * @returns {Store}
 */
export const createStore = (initial) => new Store(initial);

/**
 * See createStore. Also: `get(path)`, `replace(state)`, `batch(fn)`, `subscribe(fn, options)`
 * from State (state.js).
 */
export class Store extends State {
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

  /** Apply `mutator(state) -> new state` (the state it gets must not be mutated). */
  update(mutator) {
    return this.replace(mutator(this._state));
  }
}
