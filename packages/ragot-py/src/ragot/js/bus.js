/**
 * A synchronous publish/subscribe bus. Handlers run in subscription order; one handler that
 * throws is reported and does not stop the others.
 * @module ragot/bus
 */
import { counts } from "./debug.js";
import { toPlain } from "./plain.js";

/**
 * Report an error from user code without breaking the caller's loop.
 * @param {unknown} error
 */
export const report = (error) => {
  if (typeof reportError === "function") reportError(error);
  else setTimeout(() => { throw error; });
};

/** A bus: `on(event, fn) -> off`, `off(event, fn)`, `once`, `emit(event, data)`. */
export class Bus {
  constructor() {
    /** @type {Map<string, Function[]>} */
    this._handlers = new Map();
  }

  /**
   * Subscribe `fn(data)` to `event`.
   * @param {string} event
   * @param {(data: any) => void} fn
   * @returns {() => void} unsubscribe (idempotent)
   */
  on(event, fn) {
    if (typeof fn !== "function") throw new TypeError(`bus.on("${event}", fn): fn must be a function, got ${typeof fn}`);
    const list = this._handlers.get(event) || [];
    this._handlers.set(event, [...list, fn]);
    counts.subscriptions++;
    let live = true;
    return () => {
      if (!live) return;
      live = false;
      this._remove(event, fn);
    };
  }

  /** Remove one subscription of `fn` to `event`. */
  off(event, fn) {
    this._remove(event, fn);
  }

  _remove(event, fn) {
    const list = this._handlers.get(event);
    const i = list ? list.indexOf(fn) : -1;
    if (i < 0) return;
    counts.subscriptions--;
    const next = list.slice();
    next.splice(i, 1);
    if (next.length) this._handlers.set(event, next);
    else this._handlers.delete(event);
  }

  /** Subscribe for the next `event` only. */
  once(event, fn) {
    const off = this.on(event, (data) => {
      off();
      fn(data);
    });
    return off;
  }

  /**
   * Deliver `data` (converted with toPlain) to every handler of `event`, in order.
   * @returns {number} how many handlers ran
   */
  emit(event, data) {
    const list = this._handlers.get(event);
    if (!list) return 0;
    const value = toPlain(data);
    for (const fn of list) {
      try {
        fn(value);
      } catch (error) {
        report(error);
      }
    }
    return list.length;
  }

  /** How many handlers `event` has (all events when omitted). */
  count(event) {
    if (event !== undefined) return (this._handlers.get(event) || []).length;
    let n = 0;
    for (const list of this._handlers.values()) n += list.length;
    return n;
  }
}

/** The page-wide bus that `listen`/`emit` of every owner use. */
export const bus = new Bus();
