/**
 * Ownership and deterministic teardown. An Owner records everything it starts (DOM listeners,
 * delegated listeners, timers, bus subscriptions, adopted children, cleanups) and releases all
 * of it on stop(), in a fixed order: onStop, timers, listeners and subscriptions, adopted
 * children in reverse adoption order, cleanups last-in-first-out. A stopped owner can start
 * again. Component and Module extend it; spragkit adds its sockets through `own`/`addCleanup`.
 * @module ragot/owner
 */
import { attempt, counts } from "./bus.js";
//#if listen emit
import { bus } from "./bus.js";
//#endif

const need = (fn, what) => {
  if (typeof fn !== "function") throw new TypeError(`${what}(): fn must be a function, got ${fn}`);
};

const RELEASE = ["stop", "close", "disconnect", "unsubscribe", "abort", "destroy"];

/** Base class of everything that owns resources. */
export class Owner {
  constructor() {
    /** True between start() and stop(). */
    this.running = false;
    this._timers = new Set();
    /** @type {Array<[EventTarget, string, Function, any, Function]>} target, type, handler, options, fn */
    this._listeners = [];
    this._subs = [];
    this._children = [];
    this._cleanups = [];
    //#if $ragotRef
    // `name = ref(selector)` class attributes (ragot/ref.js) become lazy element lookups
    const done = new Set();
    for (let C = this.constructor; C && C !== Owner; C = Object.getPrototypeOf(C)) {
      for (const k of Object.keys(C)) {
        const d = C[k];
        if (!done.has(k) && d && typeof d.$ragotRef === "function") d.$ragotRef(this, k);
        done.add(k);
      }
    }
    //#endif
  }

  /** Called by start(); register listeners, timers and subscriptions here. */
  onStart() {}

  /** Called first by stop(), before anything is released. */
  onStop() {}

  /**
   * Start the owner (idempotent). If onStart throws, everything registered so far is
   * released and the error re-thrown: there is no half-started owner.
   * @returns {this}
   */
  start() {
    if (this.running) return this;
    this.running = true;
    //#if debugCounts counts
    counts.owners++;
    //#endif
    try {
      this.onStart();
    } catch (error) {
      this.stop();
      throw error;
    }
    for (const child of this._children) if (!child.running) child.start();
    return this;
  }

  /**
   * Stop the owner (idempotent) and release everything it owns.
   * @returns {this}
   */
  stop() {
    if (this.running) {
      this.running = false;
      //#if debugCounts counts
      counts.owners--;
      //#endif
      attempt(() => this.onStop());
    }
    this._release();
    return this;
  }

  _release() {
    for (const id of this._timers) this.cancelTimeout(id);
    for (const record of this._listeners.slice()) this._unlisten(record);
    for (const off of this._subs.splice(0)) off();
    for (const child of this._children.splice(0).reverse()) attempt(() => child.stop());
    for (const fn of this._cleanups.splice(0).reverse()) attempt(fn);
  }

  //#if re:\.on\( re:["']on["']
  /**
   * Listen to a DOM event until the owner stops.
   * @param {EventTarget} target
   * @param {string} type
   * @param {(event: Event) => void} fn
   * @param {boolean | AddEventListenerOptions} [options]
   * @returns {() => void} removes just this listener
   */
  on(target, type, fn, options) {
    need(fn, "on");
    return this._listen(target, type, fn, options, fn);
  }
  //#endif

  _listen(target, type, handler, options, fn) {
    if (!target || !target.addEventListener) throw new TypeError(`"${type}" listener: target must be an element, document or window, got ${target}`);
    const record = [target, type, handler, options, fn];
    target.addEventListener(type, handler, options);
    this._listeners.push(record);
    //#if debugCounts counts
    counts.listeners++;
    //#endif
    return () => this._unlisten(record);
  }

  _unlisten(record) {
    const i = this._listeners.indexOf(record);
    if (i < 0) return;
    this._listeners.splice(i, 1);
    //#if debugCounts counts
    counts.listeners--;
    //#endif
    record[0].removeEventListener(record[1], record[2], record[3]);
  }

  //#if re:\.off\( re:["']off["']
  /** Remove a listener added with on() or delegate() (same target, type and function). */
  off(target, type, fn) {
    this._unlisten(this._listeners.find((r) => r[0] === target && r[1] === type && r[4] === fn));
  }
  //#endif

  //#if delegate
  /**
   * One listener on `target` for events whose target matches `selector` inside it; `fn(event)`
   * gets `event.delegateTarget` set to the matching element.
   * @param {EventTarget} target
   * @param {string} type
   * @param {string} selector
   * @param {(event: Event) => void} fn
   * @returns {() => void}
   */
  delegate(target, type, selector, fn) {
    need(fn, "delegate");
    const handler = (event) => {
      const node = event.target;
      const match = (node.nodeType === 1 ? node : node.parentElement)?.closest(selector);
      if (match && (!target.contains || target.contains(match))) {
        event.delegateTarget = match;
        fn.call(this, event);
      }
    };
    return this._listen(target, type, handler, undefined, fn);
  }
  //#endif

  //#if listen
  /**
   * Subscribe to a bus event until the owner stops.
   * @param {string} event
   * @param {(data: any) => void} fn
   * @returns {() => void}
   */
  listen(event, fn) {
    return this.own(bus.on(event, fn));
  }
  //#endif

  //#if emit
  /** Emit on the page-wide bus. */
  emit(event, data) {
    return bus.emit(event, data);
  }
  //#endif

  /**
   * Register an unsubscribe function (or an object with stop/close/disconnect/unsubscribe/
   * abort/destroy) to be released with the owner's subscriptions.
   * @template T
   * @param {T} resource
   * @param {string} [method] name of the method that releases it
   * @returns {T}
   */
  own(resource, method) {
    let off = resource;
    if (method || typeof resource !== "function") {
      method = method || RELEASE.find((m) => resource && typeof resource[m] === "function");
      if (!resource || typeof resource[method] !== "function") {
        throw new TypeError(`own(resource): it has no ${method || RELEASE.join("/")} method`);
      }
      off = () => resource[method]();
    }
    this._subs.push(off);
    return resource;
  }

  //#if _timer
  _timer(fn, ms, repeat) {
    need(fn, repeat ? "interval" : "timeout");
    const id = (repeat ? setInterval : setTimeout)(() => {
      if (!repeat) this.cancelTimeout(id);
      fn.call(this);
    }, +ms || 0);
    this._timers.add(id);
    //#if debugCounts counts
    counts.timers++;
    //#endif
    return id;
  }
  //#endif

  //#if timeout
  /**
   * Call `fn` once after `ms` milliseconds, unless the owner stops first.
   * @returns {number} timer id for cancelTimeout
   */
  timeout(fn, ms) {
    return this._timer(fn, ms, false);
  }
  //#endif

  //#if interval
  /**
   * Call `fn` every `ms` milliseconds until cancelled or the owner stops.
   * @returns {number} timer id for cancelInterval
   */
  interval(fn, ms) {
    return this._timer(fn, ms, true);
  }
  //#endif

  /** Cancel a timer started with timeout() (or interval(): browsers share one timer list). */
  cancelTimeout(id) {
    if (this._timers.delete(id)) {
      clearTimeout(id);
      //#if debugCounts counts
      counts.timers--;
      //#endif
    }
  }

  //#if cancelInterval
  /** Cancel a timer started with interval(). */
  cancelInterval(id) {
    this.cancelTimeout(id);
  }
  //#endif

  /**
   * Own a child (anything with start/stop): started now if this owner runs, stopped with it in
   * reverse adoption order.
   * @template T
   * @param {T} child
   * @returns {T}
   */
  adopt(child) {
    if (!child || typeof child.stop !== "function") throw new TypeError(`adopt(child): child needs a stop() method, got ${child}`);
    if (!this._children.includes(child)) this._children.push(child);
    if (this.running && !child.running && child.start) child.start();
    return child;
  }

  //#if disown
  /** Stop owning `child` without stopping it. */
  disown(child) {
    const i = this._children.indexOf(child);
    if (i >= 0) this._children.splice(i, 1);
    return child;
  }
  //#endif

  //#if addCleanup
  /**
   * Run `fn` when the owner stops (last registered runs first).
   * @returns {() => void} the same function
   */
  addCleanup(fn) {
    need(fn, "addCleanup");
    this._cleanups.push(fn);
    return fn;
  }
  //#endif
}
