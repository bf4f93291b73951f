/**
 * Ownership and deterministic teardown. An Owner records everything it starts (DOM listeners,
 * delegated listeners, timers, bus subscriptions, adopted children, cleanups) and releases all
 * of it on stop(), in a fixed order: onStop, timers, listeners and subscriptions, adopted
 * children in reverse adoption order, cleanups last-in-first-out. A stopped owner can start
 * again. Component and Module extend it; spragkit adds its sockets through `own`/`addCleanup`.
 * @module ragot/owner
 */
import { bus, report } from "./bus.js";
import { counts } from "./debug.js";

export { debugCounts } from "./debug.js";

const need = (fn, what) => {
  if (typeof fn !== "function") throw new TypeError(`${what}: expected a function, got ${fn === null ? "null" : typeof fn}`);
};
const needTarget = (target, what) => {
  if (!target || typeof target.addEventListener !== "function") {
    throw new TypeError(`${what}: target must be an element, document or window, got ${target}`);
  }
};

/** Base class of everything that owns resources. */
export class Owner {
  constructor() {
    /** True between start() and stop(). */
    this.running = false;
    this._timers = new Map();
    this._listeners = [];
    this._subs = [];
    this._children = [];
    this._cleanups = [];
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
    counts.owners++;
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
    const wasRunning = this.running;
    this.running = false;
    if (wasRunning) {
      counts.owners--;
      try {
        this.onStop();
      } catch (error) {
        report(error);
      }
    }
    this._release();
    return this;
  }

  _release() {
    for (const [id, repeat] of this._timers) (repeat ? clearInterval : clearTimeout)(id);
    counts.timers -= this._timers.size;
    this._timers.clear();
    const listeners = this._listeners.splice(0);
    for (const [target, type, , handler, options] of listeners) target.removeEventListener(type, handler, options);
    counts.listeners -= listeners.length;
    for (const off of this._subs.splice(0)) off();
    for (const child of this._children.splice(0).reverse()) {
      try {
        child.stop();
      } catch (error) {
        report(error);
      }
    }
    for (const fn of this._cleanups.splice(0).reverse()) {
      try {
        fn();
      } catch (error) {
        report(error);
      }
    }
  }

  /**
   * Listen to a DOM event until the owner stops.
   * @param {EventTarget} target
   * @param {string} type
   * @param {(event: Event) => void} fn
   * @param {boolean | AddEventListenerOptions} [options]
   * @returns {() => void} removes just this listener
   */
  on(target, type, fn, options) {
    needTarget(target, `on(target, "${type}", fn)`);
    need(fn, `on(target, "${type}", fn)`);
    return this._listen(target, type, fn, fn, options);
  }

  _listen(target, type, fn, handler, options) {
    const record = [target, type, fn, handler, options];
    target.addEventListener(type, handler, options);
    this._listeners.push(record);
    counts.listeners++;
    return () => this._unlisten(record);
  }

  _unlisten(record) {
    const i = this._listeners.indexOf(record);
    if (i < 0) return;
    this._listeners.splice(i, 1);
    counts.listeners--;
    record[0].removeEventListener(record[1], record[3], record[4]);
  }

  /** Remove a listener added with on() or delegate() (same target, type and function). */
  off(target, type, fn) {
    const record = this._listeners.find((r) => r[0] === target && r[1] === type && r[2] === fn);
    if (record) this._unlisten(record);
  }

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
    needTarget(target, `delegate(target, "${type}", "${selector}", fn)`);
    need(fn, `delegate(target, "${type}", "${selector}", fn)`);
    const handler = (event) => {
      let node = event.target;
      if (node && node.nodeType !== 1) node = node.parentElement;
      const match = node && node.closest(selector);
      if (match && (target === match || !target.contains || target.contains(match))) {
        event.delegateTarget = match;
        fn.call(this, event);
      }
    };
    return this._listen(target, type, fn, handler);
  }

  /**
   * Subscribe to a bus event until the owner stops.
   * @param {string} event
   * @param {(data: any) => void} fn
   * @returns {() => void}
   */
  listen(event, fn) {
    need(fn, `listen("${event}", fn)`);
    return this.own(bus.on(event, fn));
  }

  /** Emit on the page-wide bus. */
  emit(event, data) {
    return bus.emit(event, data);
  }

  /**
   * Register an unsubscribe function (or an object with stop/close/disconnect/unsubscribe/
   * abort/destroy) to be released with the owner's subscriptions.
   * @template T
   * @param {T} resource
   * @param {string} [method] name of the method that releases it
   * @returns {T}
   */
  own(resource, method) {
    if (typeof resource === "function" && !method) {
      this._subs.push(resource);
      return resource;
    }
    const name = method || ["stop", "close", "disconnect", "unsubscribe", "abort", "destroy"].find((m) => resource && typeof resource[m] === "function");
    if (!name || typeof resource[name] !== "function") {
      throw new TypeError(`own(resource): no ${method || "stop/close/disconnect/unsubscribe/abort/destroy"} method to release it with`);
    }
    this._subs.push(() => resource[name]());
    return resource;
  }

  /**
   * Call `fn` once after `ms` milliseconds, unless the owner stops first.
   * @returns {number} timer id for cancelTimeout
   */
  timeout(fn, ms) {
    need(fn, "timeout(fn, ms)");
    const id = setTimeout(() => {
      if (this._timers.delete(id)) counts.timers--;
      fn.call(this);
    }, +ms || 0);
    this._timers.set(id, false);
    counts.timers++;
    return id;
  }

  /**
   * Call `fn` every `ms` milliseconds until cancelled or the owner stops.
   * @returns {number} timer id for cancelInterval
   */
  interval(fn, ms) {
    need(fn, "interval(fn, ms)");
    const id = setInterval(() => fn.call(this), +ms || 0);
    this._timers.set(id, true);
    counts.timers++;
    return id;
  }

  /** Cancel a timer started with timeout(). */
  cancelTimeout(id) {
    if (this._timers.delete(id)) {
      clearTimeout(id);
      counts.timers--;
    }
  }

  /** Cancel a timer started with interval(). */
  cancelInterval(id) {
    if (this._timers.delete(id)) {
      clearInterval(id);
      counts.timers--;
    }
  }

  /**
   * Own a child (anything with start/stop): started now if this owner runs, stopped with it in
   * reverse adoption order.
   * @template T
   * @param {T} child
   * @returns {T}
   */
  adopt(child) {
    if (!child || typeof child.stop !== "function") throw new TypeError("adopt(child): child must have a stop() method (a Component, Module or Owner)");
    if (!this._children.includes(child)) this._children.push(child);
    if (this.running && !child.running && typeof child.start === "function") child.start();
    return child;
  }

  /** Stop owning `child` without stopping it. */
  disown(child) {
    const i = this._children.indexOf(child);
    if (i >= 0) this._children.splice(i, 1);
    return child;
  }

  /**
   * Run `fn` when the owner stops (last registered runs first).
   * @returns {() => void} the same function
   */
  addCleanup(fn) {
    need(fn, "addCleanup(fn)");
    this._cleanups.push(fn);
    return fn;
  }
}
