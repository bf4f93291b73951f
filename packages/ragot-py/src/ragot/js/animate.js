/**
 * CSS animation helpers: add a class, wait for the animation/transition to end (or its
 * computed duration, as a fallback), remove the class.
 *
 *   await animateIn(el, "fade");          // .fade-in while it runs
 *   await animateOut(el, "fade", { remove: true });
 * @module ragot/animate
 */
import { opts } from "./plain.js";

const seconds = (list) => Math.max(0, ...String(list).split(",").map((s) => parseFloat(s) * (s.trim().endsWith("ms") ? 1 : 1000) || 0));

const durationOf = (el) => {
  const cs = getComputedStyle(el);
  return Math.max(
    seconds(cs.animationDuration) + seconds(cs.animationDelay),
    seconds(cs.transitionDuration) + seconds(cs.transitionDelay),
  );
};

function run(el, className, options) {
  const { remove, keep } = opts(options);
  return new Promise((resolve) => {
    el.classList.add(className);
    let done = false;
    let timer = null;
    const finish = () => {
      if (done) return;
      done = true;
      el.removeEventListener("animationend", onEnd);
      el.removeEventListener("transitionend", onEnd);
      clearTimeout(timer);
      if (!keep) el.classList.remove(className);
      if (remove && el.parentNode) el.parentNode.removeChild(el);
      resolve(el);
    };
    const onEnd = (e) => e.target === el && finish();
    el.addEventListener("animationend", onEnd);
    el.addEventListener("transitionend", onEnd);
    // a fallback for animations that never fire their end event (display:none, no animation);
    // it is bounded by the animation's own duration, so it needs no owner
    timer = setTimeout(finish, durationOf(el) + 50);
  });
}

/**
 * Run the animation of `className` on `el`. Called with options only
 * (`animate({className: "pulse"})` or `animate("pulse")` on a method) it is a decorator: after
 * the method runs, the returned element (or `this.element`) is animated.
 * @param {Element | string | {className?: string, class_name?: string}} el
 * @param {string} [className]
 * @param {{remove?: boolean, keep?: boolean}} [options]
 * @returns {Promise<Element> | ((fn: Function) => Function)}
 */
export function animate(el, className, options) {
  if (el && el.nodeType === 1) return run(el, className, options);
  const o = typeof el === "string" ? { className: el } : opts(el);
  const name = o.className || o.class_name || o.class || className;
  if (!name) throw new TypeError('animate(...): give a class name, e.g. animate({className: "fade-in"})');
  return (fn) =>
    function animated(...args) {
      const out = fn.apply(this, args);
      const target = out && out.nodeType === 1 ? out : this && this.element;
      if (target) run(target, name);
      return out;
    };
}

/** Animate `el` with `${name}-in`. */
export const animateIn = (el, name, options) => run(el, `${name}-in`, options);

/** Animate `el` with `${name}-out`; `{remove: true}` removes it afterwards. */
export const animateOut = (el, name, options) => run(el, `${name}-out`, options);
