/**
 * Component: a visual owner. `render(props)` returns one element vnode; `setState` merges
 * state now and re-renders once per animation frame; `setStateSync` re-renders now. Patching
 * keeps node identity, so focus, selection and typed values survive.
 * @module ragot/component
 */
import { Owner } from "./owner.js";
import { isKw, toPlain } from "./plain.js";
import { Context, eachComponent, hydrate, patch, VNode } from "./vdom.js";

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
    this.element = this._vnode = this._ctx = null;
    this._frame = 0;
  }

  /**
   * Return the component's tree: one element vnode from `h()`.
   * @param {object} props
   * @returns {VNode}
   */
  render(props) {
    throw new TypeError(`${this.constructor.name} has no render(): define it to return one element`);
  }

  _tree() {
    const v = this.render(this.props);
    if (!(v instanceof VNode) || typeof v.type !== "string" || v.type[0] === "#") {
      throw new TypeError(`${this.constructor.name}.render() must return one element (ui.div(...)), got ${v}`);
    }
    return v;
  }

  // Render with `build(vnode) -> element` in a fresh context, then start.
  _begin(build) {
    this.refs = {};
    this._ctx = new Context(this);
    const v = this._tree();
    this.element = build(v);
    this._vnode = v;
    return this.start();
  }

  //#if mount
  /**
   * Render into `parent` (before `before`) and start. With no parent the element is created
   * but not inserted.
   * @param {Element | null} parent
   * @param {Node | null} [before]
   * @returns {this}
   */
  mount(parent, before) {
    if (this.element) this.unmount();
    return this._begin((v) => {
      const el = patch(null, v, this._ctx);
      if (parent) parent.insertBefore(el, before || null);
      return el;
    });
  }
  //#endif

  /**
   * Adopt server-rendered `element` in place (nothing is re-created) and start.
   * @param {Element} element
   * @returns {this}
   */
  hydrate(element) {
    if (this.element) this.stop();
    return this._begin((v) => hydrate(v, element, this._ctx));
  }

  /**
   * Start. Restarting after stop() re-attaches the event listeners the stop released and
   * restarts the nested components.
   */
  start() {
    const restart = !this.running && this.element;
    if (restart) this._ctx.resume();
    super.start();
    if (restart) eachComponent(this._vnode, (child) => this.adopt(child));
    return this;
  }

  _release() {
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    super._release();
    if (this._ctx) this._ctx.unbind();
  }

  //#if unmount
  /** Stop and remove the element from the document. */
  unmount() {
    this.stop();
    if (this.element) this.element.remove();
    this.element = this._vnode = null;
    return this;
  }
  //#endif

  /**
   * Merge `partial` into state now; re-render once in the next animation frame.
   * @param {object} partial
   */
  setState(partial) {
    this.state = { ...this.state, ...toPlain(partial) };
    if (this.element && this.running && !this._frame) this._frame = requestAnimationFrame(() => this.update());
    return this;
  }

  //#if setStateSync
  /**
   * Merge `partial` into state and re-render now.
   * @param {object} partial
   */
  setStateSync(partial) {
    return this.setState(partial).update();
  }
  //#endif

  //#if setProps
  /** Replace props and re-render now. */
  setProps(props) {
    this.props = toPlain(props) || {};
    return this.update();
  }
  //#endif

  /** Re-render now (cancels a pending frame). */
  update() {
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    if (this.element) {
      const v = this._tree();
      this.element = patch(this._vnode, v, this._ctx);
      this._vnode = v;
      this.onUpdate();
    }
    return this;
  }

  /** Called after each re-render. */
  onUpdate() {}
}
