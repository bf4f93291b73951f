/**
 * A page-wide registry of named values: `provide` a value, `resolve`/`require` it, or
 * `waitFor` one that is not there yet.
 * @module ragot/registry
 */
import { opts } from "./plain.js";

/** See `registry`. */
export class Registry {
  constructor() {
    this._values = new Map();
    this._waiters = new Map();
  }

  /**
   * Provide `value` under `key`. With an owner it is unregistered when the owner stops.
   * @param {string} key
   * @param {any} value
   * @param {{owner?: {addCleanup: Function}, replace?: boolean}} [options]
   * @returns {any} value
   */
  provide(key, value, options) {
    const { owner, replace } = opts(options);
    if (this._values.has(key) && !replace) {
      throw new Error(`registry.provide("${key}"): already provided; pass {replace: true} to replace it`);
    }
    this._values.set(key, value);
    if (owner) owner.addCleanup(() => this._values.get(key) === value && this.unregister(key));
    const waiters = this._waiters.get(key);
    if (waiters) {
      this._waiters.delete(key);
      for (const w of waiters) w.resolve(value);
    }
    return value;
  }

  /** The value under `key`, or `fallback` (default null). */
  resolve(key, fallback = null) {
    return this._values.has(key) ? this._values.get(key) : fallback;
  }

  /** The value under `key`; throws naming the missing key when absent. */
  require(key) {
    if (!this._values.has(key)) {
      const known = [...this._values.keys()].join(", ") || "none";
      throw new Error(`registry.require("${key}"): nothing provided under that key (provided: ${known})`);
    }
    return this._values.get(key);
  }

  /** True when something is provided under `key`. */
  has(key) {
    return this._values.has(key);
  }

  /** Remove `key`; returns whether it was there. */
  unregister(key) {
    return this._values.delete(key);
  }

  /**
   * A promise of the value under `key`, resolved as soon as it is provided. With
   * `{timeout: ms}` it rejects after that many milliseconds.
   * @param {string} key
   * @param {{timeout?: number} | number} [options] options, or the timeout in ms
   * @returns {Promise<any>}
   */
  waitFor(key, options) {
    if (this._values.has(key)) return Promise.resolve(this._values.get(key));
    const timeout = typeof options === "number" ? options : opts(options).timeout;
    return new Promise((resolve, reject) => {
      const waiter = { resolve, reject };
      const list = this._waiters.get(key) || [];
      list.push(waiter);
      this._waiters.set(key, list);
      if (timeout != null) {
        const id = setTimeout(() => {
          const left = (this._waiters.get(key) || []).filter((w) => w !== waiter);
          if (left.length) this._waiters.set(key, left);
          else this._waiters.delete(key);
          reject(new Error(`registry.waitFor("${key}"): nothing provided within ${+timeout} ms`));
        }, +timeout);
        waiter.resolve = (value) => {
          clearTimeout(id);
          resolve(value);
        };
      }
    });
  }
}

/** The page-wide registry. */
export const registry = new Registry();
