/**
 * Module: a non-visual owner bound to a root element. It holds state (with watchers that run
 * only on change), wires DOM events, subscribes to stores and the bus, and owns components.
 * spragkit extends it with actions, sockets and uploads.
 * @module ragot/module
 */
import { Owner } from "./owner.js";
import { isKw, toPlain } from "./plain.js";
import { State } from "./state.js";

/** Base class of browser modules (compiled Python `ragot.Module` subclasses). */
export class Module extends Owner {
  /**
   * @param {any} [screen] the screen (or page object) this module belongs to, or a kwargs
   *   object `{screen, state}`
   * @param {object} [state] initial state
   */
  constructor(screen, state) {
    super();
    if (isKw(screen)) ({ screen, state } = screen);
    else if (isKw(state)) state = state.state;
    this.screen = screen ?? null;
    /** The root element the module is bound to (set by start(element)). */
    this.element = null;
    this._store = new State(state);
  }

  /** Current state (plain data; replaced, never mutated, by setState). */
  get state() {
    return this._store.get();
  }

  set state(value) {
    this._store.replace(value);
  }

  /**
   * Start, bound to `element` when given.
   * @param {Element} [element]
   */
  start(element) {
    if (element !== undefined) this.element = element;
    return super.start();
  }

  /** Shallow-merge `partial` into state; watchers whose selection changed run now. */
  setState(partial) {
    this.state = { ...this.state, ...toPlain(partial) };
    return this;
  }

  //#if batchState
  /** Run `fn(module)`; watchers run once at the end. */
  batchState(fn) {
    this._store.batch(() => fn(this));
    return this;
  }
  //#endif

  /**
   * Call `fn(selected)` when the selected part of this module's state changes, until stop.
   * @param {(value: any) => void} fn
   * @param {{selector?: Function | string, immediate?: boolean}} [options]
   * @returns {() => void}
   */
  watchState(fn, options) {
    return this.subscribe(this._store, fn, options);
  }

  /**
   * Subscribe to a store (`store.subscribe(fn, options)`) until stop.
   * @param {{subscribe: Function}} store
   * @param {(value: any) => void} fn
   * @param {{selector?: Function | string, immediate?: boolean}} [options]
   * @returns {() => void}
   */
  subscribe(store, fn, options) {
    if (!store || !store.subscribe) throw new TypeError(`subscribe(store, fn): not a store: ${store}`);
    return this.own(store.subscribe(fn, options));
  }

  //#if adoptComponent
  /**
   * Own a component: mount it into `parent` when given (and not yet mounted); it is stopped
   * with this module.
   * @template {import("./component.js").Component} C
   * @param {C} component
   * @param {Element} [parent]
   * @param {Node} [before]
   * @returns {C}
   */
  adoptComponent(component, parent, before) {
    if (parent && !component.element) component.mount(parent, before);
    return this.adopt(component);
  }
  //#endif
}
