/**
 * Component: a visual owner. `render(props)` returns one element vnode; `setState` merges
 * state now and re-renders once per animation frame; `setStateSync` re-renders now. Patching
 * keeps node identity, so focus, selection and typed values survive.
 * @module ragot/component
 */
import { Owner } from "./owner.js";
import { isKw, toPlain } from "./plain.js";
import { Context, hydrate, patch, VNode } from "./vdom.js";

const nextFrame = typeof requestAnimationFrame === "function" ? requestAnimationFrame : (fn) => setTimeout(fn, 16);
const cancelFrame = typeof cancelAnimationFrame === "function" ? cancelAnimationFrame : clearTimeout;

/** Base class of browser components (compiled Python `ragot.Component` subclasses). */
export class Component extends Owner {
  /**
   * @param {object} [props] or a kwargs object `{props, state}`
   * @param {object} [state]
   */
  constructor(props, state) {
    super();
    if (isKw(props)) ({ props, state } = props);
    else if (isKw(state)) state = state.state;
    /** Properties given by the parent (plain data). */
    this.props = toPlain(props) || {};
    /** Current state; replaced (never mutated) by setState. */
    this.state = toPlain(state) || {};
    /** Elements rendered with a `ref="name"` attribute. */
    this.refs = {};
    /** The root element once mounted or hydrated, else null. */
    this.element = null;
    this._vnode = null;
    this._ctx = null;
    this._frame = 0;
  }

  /**
   * Return the component's tree: one element vnode from `h()`.
   * @param {object} props
   * @returns {VNode}
   */
  render(props) {
    throw new TypeError(`${this.constructor.name}.render(props) is not defined: return one element, e.g. h("div", null, [...])`);
  }

  _tree() {
    const v = this.render(this.props);
    if (!(v instanceof VNode) || typeof v.type !== "string" || v.type[0] === "#") {
      throw new TypeError(`${this.constructor.name}.render() must return one element (h("div", ...) / ui.div(...)), got ${Array.isArray(v) ? "a list or Fragment" : v}`);
    }
    return v;
  }

  _begin() {
    this.refs = {};
    this._ctx = new Context(this);
    return this._tree();
  }

  /**
   * Render into `parent` (before `before`) and start. With no parent the element is created
   * but not inserted.
   * @param {Element | null} parent
   * @param {Node | null} [before]
   * @returns {this}
   */
  mount(parent, before) {
    if (this.element) this.unmount();
    const vnode = this._begin();
    this.element = patch(null, vnode, this._ctx);
    this._vnode = vnode;
    if (parent) parent.insertBefore(this.element, before || null);
    return this.start();
  }

  /**
   * Adopt server-rendered `element` in place (nothing is re-created) and start.
   * @param {Element} element
   * @returns {this}
   */
  hydrate(element) {
    if (this.element) this.stop();
    const vnode = this._begin();
    this.element = hydrate(vnode, element, this._ctx);
    this._vnode = vnode;
    return this.start();
  }

  /** Start (restarting re-attaches the event listeners the last stop released). */
  start() {
    if (!this.running && this._ctx && this.element) this._ctx.resume();
    return super.start();
  }

  _release() {
    if (this._frame) cancelFrame(this._frame);
    this._frame = 0;
    super._release();
    if (this._ctx) this._ctx.unbind();
  }

  /** Stop and remove the element from the document. */
  unmount() {
    this.stop();
    const el = this.element;
    if (el && el.parentNode) el.parentNode.removeChild(el);
    this.element = null;
    this._vnode = null;
    return this;
  }

  /**
   * Merge `partial` into state now; re-render once in the next animation frame.
   * @param {object} partial
   */
  setState(partial) {
    this.state = { ...this.state, ...toPlain(partial) };
    if (this.element && this.running && !this._frame) {
      this._frame = nextFrame(() => {
        this._frame = 0;
        this.update();
      });
    }
    return this;
  }

  /**
   * Merge `partial` into state and re-render now.
   * @param {object} partial
   */
  setStateSync(partial) {
    this.state = { ...this.state, ...toPlain(partial) };
    return this.update();
  }

  /** Replace props and re-render now. */
  setProps(props) {
    this.props = toPlain(props) || {};
    return this.update();
  }

  /** Re-render now (cancels a pending frame). */
  update() {
    if (this._frame) cancelFrame(this._frame);
    this._frame = 0;
    if (!this.element) return this;
    const vnode = this._tree();
    this.element = patch(this._vnode, vnode, this._ctx);
    this._vnode = vnode;
    this.onUpdate();
    return this;
  }

  /** Called after each re-render. */
  onUpdate() {}
}
