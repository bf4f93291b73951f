/**
 * `name = ref(selector)` as a class attribute of a Component or Module: reading `this.name`
 * gives the first element inside `this.element` matching `selector`, looked up on first read
 * (and again when the element found left the DOM), forgotten when the owner stops.
 * Owner's constructor installs it (the `$ragotRef` region of owner.js), so a bundle only
 * carries this code when some page uses `ref(...)`.
 * @module ragot/ref
 */

class Ref {
  /** @param {string} selector */
  constructor(selector) {
    if (typeof selector !== "string" || !selector.trim()) {
      throw new TypeError(`ref(selector) takes a CSS selector string, got ${selector}`);
    }
    this.selector = selector;
  }

  /** Make `owner[name]` the lazy lookup (called once per owner by Owner's constructor). */
  $ragotRef(owner, name) {
    const selector = this.selector;
    let found = null;
    Object.defineProperty(owner, name, {
      configurable: true,
      get() {
        if (found && found.isConnected) return found;
        const root = owner.element;
        found = root && root.querySelector ? root.querySelector(selector) : null;
        return found;
      },
      set(value) {
        Object.defineProperty(owner, name, { value, writable: true, enumerable: true, configurable: true });
      },
    });
    const stop = owner.stop;
    owner.stop = function (...args) {
      found = null; // teardown: hold no element of a stopped owner
      return stop.apply(this, args);
    };
  }
}

/**
 * Declare a DOM reference: `button = ref("[data-role='go']")`.
 * @param {string} selector
 */
export function ref(selector) {
  return new Ref(selector);
}
