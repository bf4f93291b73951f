/**
 * A synchronous publish/subscribe bus (handlers run in subscription order; one that throws is
 * reported and does not stop the others), plus the runtime's error reporting and its live
 * resource counts.
 * @module ragot/bus
 */
import { toPlain } from "./plain.js";

//#if debugCounts counts
/**
 * Test instrumentation: every listener, timer and subscription the runtime creates counts up
 * here and its release counts down, so tests can assert that teardown leaves zero.
 * @type {{listeners: number, timers: number, subscriptions: number, owners: number}}
 */
export const counts = { listeners: 0, timers: 0, subscriptions: 0, owners: 0 };

/** A snapshot of the live counts. */
export const debugCounts = () => ({ ...counts });
//#endif

/**
 * Call `fn(arg)`; an error it throws is reported (window "error" event) instead of breaking
 * the caller's loop.
 */
export const attempt = (fn, arg) => {
  try {
    fn(arg);
  } catch (error) {
    reportError(error);
  }
};

//#if Bus bus
/** A bus: `on(event, fn) -> off`, `off(event, fn)`, `once`, `emit(event, data)`. */
export class Bus {
  constructor() {
    /** @type {Map<string, Function[]>} copied on write, so emit can iterate safely */
    this._handlers = new Map();
  }

  /**
   * Subscribe `fn(data)` to `event`.
   * @param {string} event
   * @param {(data: any) => void} fn
   * @returns {() => void} unsubscribe (idempotent)
   */
  on(event, fn) {
    if (typeof fn !== "function") throw new TypeError(`bus.on(): fn must be a function, got ${fn}`);
    this._handlers.set(event, [...(this._handlers.get(event) || []), fn]);
    //#if debugCounts counts
    counts.subscriptions++;
    //#endif
    let live = true;
    return () => {
      if (live) this.off(event, fn);
      live = false;
    };
  }

  /** Remove one subscription of `fn` to `event`. */
  off(event, fn) {
    const list = this._handlers.get(event) || [];
    const i = list.indexOf(fn);
    if (i < 0) return;
    //#if debugCounts counts
    counts.subscriptions--;
    //#endif
    if (list.length > 1) this._handlers.set(event, list.filter((_, j) => j !== i));
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
    const list = this._handlers.get(event) || [];
    data = toPlain(data);
    for (const fn of list) attempt(fn, data);
    return list.length;
  }

  /** How many handlers `event` has (all events when omitted). */
  count(event) {
    let n = 0;
    for (const [name, list] of this._handlers) if (event === undefined || name === event) n += list.length;
    return n;
  }
}

/** The page-wide bus that `listen`/`emit` of every owner use. */
export const bus = new Bus();
//#endif
