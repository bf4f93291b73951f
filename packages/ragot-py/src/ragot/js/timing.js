/**
 * Owner-aware debounce and throttle. Used on a method of a Component/Module, the pending call
 * is a timer of that owner, so stop() cancels it; elsewhere they use plain timers.
 *
 *   onInput = debounce(function (e) { ... }, 300);   // or: debounce(300)(fn)
 * @module ragot/timing
 */

const ownerOf = (self) => (self && typeof self.timeout === "function" && typeof self.cancelTimeout === "function" && self.running ? self : null);

const later = (self, fn, ms) => {
  const owner = ownerOf(self);
  return owner ? { owner, id: owner.timeout(fn, ms) } : { owner: null, id: setTimeout(fn, ms) };
};

const cancel = (t) => {
  if (t) t.owner ? t.owner.cancelTimeout(t.id) : clearTimeout(t.id);
};

// Per-instance state, so one decorated method on many instances keeps separate timers.
const stateFor = (table, self) => {
  const key = self !== null && (typeof self === "object" || typeof self === "function") ? self : table;
  let st = table.get(key);
  if (!st) table.set(key, (st = {}));
  return st;
};

const decorator = (impl, fn, ms, name) => {
  if (typeof fn === "function") return impl(fn, +ms || 0);
  const wait = typeof fn === "object" && fn !== null ? +(fn.wait ?? fn.ms ?? 0) : +fn || 0;
  if (typeof ms === "function") return impl(ms, wait);
  return (f) => {
    if (typeof f !== "function") throw new TypeError(`${name}(ms)(fn): fn must be a function, got ${typeof f}`);
    return impl(f, wait);
  };
};

/**
 * Call `fn` once, `ms` milliseconds after the last of a burst of calls (with the last
 * arguments). `debounce(fn, ms)` wraps; `debounce(ms)` returns a decorator.
 * The wrapper has `cancel()`.
 * @template {Function} F
 * @param {F | number} fn
 * @param {number} [ms]
 * @returns {F & {cancel: () => void}}
 */
export const debounce = (fn, ms) => decorator(makeDebounce, fn, ms, "debounce");

function makeDebounce(fn, ms) {
  const table = new WeakMap();
  function debounced(...args) {
    const st = stateFor(table, this);
    cancel(st.t);
    st.t = later(this, () => {
      st.t = null;
      fn.apply(this, args);
    }, ms);
  }
  debounced.cancel = function () {
    const st = stateFor(table, this);
    cancel(st.t);
    st.t = null;
  };
  return debounced;
}

/**
 * Call `fn` at most once per `ms` milliseconds: the first call runs now, the last call made
 * during the window runs when it ends. `throttle(fn, ms)` wraps; `throttle(ms)` decorates.
 * @template {Function} F
 * @param {F | number} fn
 * @param {number} [ms]
 * @returns {F & {cancel: () => void}}
 */
export const throttle = (fn, ms) => decorator(makeThrottle, fn, ms, "throttle");

function makeThrottle(fn, ms) {
  const table = new WeakMap();
  function throttled(...args) {
    const st = stateFor(table, this);
    if (st.t) {
      st.args = args;
      return;
    }
    fn.apply(this, args);
    const self = this;
    const tick = () => {
      st.t = null;
      if (st.args) {
        const pending = st.args;
        st.args = null;
        fn.apply(self, pending);
        st.t = later(self, tick, ms);
      }
    };
    st.t = later(this, tick, ms);
  }
  throttled.cancel = function () {
    const st = stateFor(table, this);
    cancel(st.t);
    st.t = null;
    st.args = null;
  };
  return throttled;
}
