/**
 * Virtual DOM: `h` builds vnodes, `patch` turns them into DOM or updates DOM in place,
 * `hydrate` adopts server-rendered DOM without re-creating it.
 *
 * - Unchanged nodes keep their identity; keyed children are moved (a longest increasing
 *   subsequence keeps the most nodes still), never recreated.
 * - Form values and focus survive: `value`/`checked`/`selected` are written as properties only
 *   when the vnode value changed; nodes are patched in place, and keyed moves (keyed.js)
 *   restore the focused element and its selection.
 * - Event handlers (`on_click`, `onClick`) are delegated: one listener per event type on the
 *   root, owned by the Component/Owner, so teardown removes them all.
 * @module ragot/vdom
 */
import { Owner } from "./owner.js";
import { opts, toPlain } from "./plain.js";

const TEXT = "#text";
const RAW = "#html";
/** Tag of a fragment: `h(Fragment, null, children)` returns its children as an array. */
export const Fragment = "#fragment";
// written as properties too (the attribute mirrors the server markup, the property is live)
const PROPS = { value: 1, checked: 1, selected: 1 };
//#if @events
// events that do not bubble: delegated in the capture phase, delivered to their target only
const NO_BUBBLE = /^(focus|blur|(mouse|pointer)(enter|leave)|load|error|scroll|abort|toggle|invalid|play|pause|ended|loaded(meta)?data|canplay|timeupdate|volumechange)$/;
// listener keys: on_click, on-click, onClick
const ON = /^on(?:[_-]|(?=[A-Z]))(.+)/;
//#endif

/** A virtual node. `type` is a tag, "#text", "#html" or a Component class. */
export class VNode {
  constructor(type, key, attrs, children, text) {
    this.type = type;
    this.key = key;
    this.attrs = attrs;
    this.on = null;
    this.children = children;
    this.text = text;
    this.ref = this.node = null;
    // true when a component is somewhere inside (removal must unmount it)
    this.deep = false;
  }
}

/**
 * Normalise an attribute name (contracts.md §3): a trailing `_` is dropped, other `_` become
 * `-`: `class_` -> `class`, `data_role` -> `data-role`.
 * @param {string} name
 */
export const attrName = (name) =>
  NAMES.get(name) ||
  (NAMES.size > 4e3 && NAMES.clear(),
  NAMES.set(name, name.includes("_") ? name.replace(/_$/, "").replace(/^(xlink|xml)_/, "$1:").replace(/_/g, "-") : name).get(name));
// attrName's answers: a page uses a few dozen keys (the cache starts over past 4,000)
const NAMES = new Map();

const keyOf = (key) => (key == null ? null : key.valueOf());

// Python str() of a leaf value. Compiled code boxes an integral float as a Number subclass so
// that it keeps its ".0" (contracts.md §2); SSR prints it the same way.
const pyStr = (v) =>
  v instanceof Number && v.constructor !== Number && Number.isInteger(+v)
    ? Math.abs(v) < 1e16 ? v + ".0" : (+v).toExponential()
    : String(v.valueOf());

// URL attributes that must never carry script (the same set SSR checks, ragot/attrs.py).
const URL_ATTR = /^(href|src|action|formaction|xlink:href|poster|cite|background|data-src|srcdoc)$/;
// Browsers ignore ASCII whitespace and control characters anywhere in a URL's scheme.
const BAD_URL = (s) => /^(javascript|vbscript):/i.test(s.replace(/[\x00-\x20\x7f]+/g, ""));

const addChildren = (out, c, parent) => {
  if (c == null || typeof c === "boolean") return;
  if (c instanceof VNode) {
    out.push(c);
    //#if @components
    if (c.deep) parent.deep = true;
    //#endif
  } else if (Array.isArray(c) || c instanceof Set) {
    for (const x of c) addChildren(out, x, parent);
  } else if ((c = pyStr(c))) out.push(new VNode(TEXT, null, null, null, c));
};

/**
 * Build a vnode. `children` is an array (nested arrays are flattened) or the rest arguments.
 * Attribute values: true -> present and empty, false/null -> absent, `style` object ->
 * `k:v;` pairs, others String(); `key` is the vnode key; `ref` names the element in
 * `component.refs` (or is a function called with it); `on_<event>`/`onEvent` are listeners.
 * @param {string | Function} tag a tag name, Fragment, or a Component class
 * @param {object | Map | null} [attrs]
 * @param {...any} children
 * @returns {VNode | VNode[]}
 */
export function h(tag, attrs, ...children) {
  const list = children.length === 1 ? children[0] : children;
  if (tag === Fragment) {
    const out = [];
    addChildren(out, list, {});
    return out;
  }
  if (attrs instanceof Map) attrs = Object.fromEntries(attrs);
  //#if @components
  if (typeof tag === "function") {
    const props = toPlain(attrs) || {};
    const v = new VNode(tag, keyOf(props.key), props, []);
    delete props.key;
    addChildren(v.children, list, v);
    if (v.children.length) props.children = v.children;
    v.deep = true;
    return v;
  }
  //#endif
  if (!tag || typeof tag !== "string") throw new TypeError(`h(tag): tag must be a tag name or Component class, got ${tag}`);
  const v = new VNode(tag, null, null, []);
  if (attrs) {
    const out = (v.attrs = {});
    for (const k in attrs) {
      const value = attrs[k];
      //#if @events
      const ev = typeof value === "function" && ON.exec(k);
      //#endif
      if (k === "key") v.key = keyOf(value);
      //#if @refs
      else if (k === "ref") v.ref = value;
      //#endif
      //#if @events
      else if (ev) (v.on || (v.on = {}))[ev[1].replace(/[_-]/g, "").toLowerCase()] = value;
      //#endif
      else if (typeof value === "function") throw new TypeError(`h(): ${k}= got a function, but only event listener attributes take one`);
      else if (typeof value === "string" && /^on/i.test(k)) continue; // inline handlers: never (as SSR)
      else if (value != null && value !== false) {
        const name = attrName(k);
        let s = "";
        //#if @style
        if (name === "style" && typeof value === "object") {
          const style = toPlain(value);
          for (const p in style) if (style[p] != null && style[p] !== false) s += `${p}:${style[p]};`;
        } else
        //#endif
        if (value !== true) s = pyStr(value);
        if (!(URL_ATTR.test(name) && BAD_URL(s))) out[name] = s;
      }
    }
  }
  addChildren(v.children, list, v);
  return v;
}

/**
 * Raw HTML inserted unescaped (`ui.HTML`). Only for markup you trust.
 * @param {string} markup
 */
//#if html
export const html = (markup) => new VNode(RAW, null, null, null, String(markup));
//#endif

// ---------------------------------------------------------------------------------------
// Event delegation: one Context per root holds the delegated event types and the refs.

/** Per-root state: delegated event types, refs, the owner that owns the root listeners. */
export class Context {
  /** @param {Owner | null} [owner] owns the root listeners (a private one when omitted) */
  constructor(owner) {
    this.owner = owner || new Owner();
    this.root = null;
    this.refs = (owner && owner.refs) || {};
    //#if @events
    this.types = new Set();
    this.offs = [];
    this.handler = (e) => dispatch(this, e);
    //#endif
  }

  //#if @events
  need(type) {
    if (this.types.has(type)) return;
    this.types.add(type);
    if (this.root) this._attach(type);
  }

  _attach(type) {
    this.offs.push(this.owner._listen(this.root, type, this.handler, NO_BUBBLE.test(type)));
  }
  //#endif

  /** (Re)attach every delegated listener to `root`. */
  bind(root) {
    this.root = root;
    this.resume();
  }

  /** Re-attach the listeners (after the owner's stop released them). */
  resume() {
    //#if @events
    this.unbind();
    if (this.root) for (const type of this.types) this._attach(type);
    //#endif
  }

  /** Remove the root listeners (they come back with bind or resume). */
  unbind() {
    //#if @events
    for (const off of this.offs.splice(0)) off();
    //#endif
  }
}

//#if @events
function dispatch(ctx, e) {
  for (let node = e.target; node; node = node.parentNode) {
    const fn = node.__rc === ctx && node.__rh[e.type];
    if (fn) {
      fn(e);
      if (e.cancelBubble) return;
    }
    if (!e.bubbles || node === ctx.root) return;
  }
}

const setEvents = (el, on, ctx) => {
  el.__rc = ctx;
  el.__rh = on || {};
  for (const type in on) ctx.need(type);
};
//#endif

//#if @refs
const setRef = (ref, el, ctx) => (typeof ref === "function" ? ref(el) : (ctx.refs[ref] = el));
//#endif

// The attribute keeps the DOM reading like the server markup; the property is what the user sees.
const setAttr = (el, name, value) => {
  if (value == null) el.removeAttribute(name);
  else el.setAttribute(name, value);
  if (PROPS[name] && name in el) {
    value = name === "value" ? (value == null ? "" : value) : value != null;
    if (el[name] !== value) el[name] = value;
  }
};

// ---------------------------------------------------------------------------------------
// Create, remove, move

const first = (v) => (v.nodes ? v.nodes[0] : v.node);

const insert = (parent, v, before) => {
  if (v.nodes) for (const n of v.nodes) parent.insertBefore(n, before);
  else parent.insertBefore(v.node, before);
};

const add = (parent, v, ctx, svg, before) => {
  create(v, ctx, svg);
  insert(parent, v, before);
};

//#if html
const parse = (markup) => {
  const t = document.createElement("template");
  t.innerHTML = markup;
  return [...t.content.childNodes];
};
//#endif

function create(v, ctx, svg) {
  const { type, attrs } = v;
  if (type === TEXT) return (v.node = document.createTextNode(v.text));
  //#if html
  if (type === RAW) {
    const nodes = (v.nodes = parse(v.text));
    if (!nodes.length) nodes.push(document.createTextNode(""));
    return nodes[0];
  }
  //#endif
  //#if @components
  if (typeof type === "function") return component(v, ctx, (child) => child.mount(null));
  //#endif
  const el = (v.node =
    //#if @svg
    (svg = svg || type === "svg") ? document.createElementNS("http://www.w3.org/2000/svg", type) :
    //#endif
    document.createElement(type));
  for (const k in attrs) if (!PROPS[k]) el.setAttribute(k, attrs[k]);
  //#if @events
  if (v.on) setEvents(el, v.on, ctx);
  //#endif
  for (const c of v.children) add(el, c, ctx, svg && type !== "foreignObject", null);
  for (const k in attrs) if (PROPS[k]) setAttr(el, k, attrs[k]);
  //#if @refs
  if (v.ref) setRef(v.ref, el, ctx);
  //#endif
  return el;
}

//#if @components
// A nested component: made from the vnode's props, started by `begin` (mount or hydrate) and
// owned by the context's owner.
function component(v, ctx, begin) {
  const child = (v.instance = new v.type(v.attrs));
  begin(child);
  ctx.owner.adopt(child);
  return (v.node = child.element);
}
//#endif

/**
 * Call `fn` with each component instance in the tree of `v` (not looking inside them).
 * @param {VNode} v
 * @param {(component: import("./component.js").Component) => void} fn
 */
export function eachComponent(v, fn) {
  if (v.instance) fn(v.instance);
  else if (v.deep) for (const c of v.children) eachComponent(c, fn);
}

//#if @components
const release = (v, ctx) =>
  eachComponent(v, (child) => {
    ctx.owner.disown(child);
    child.unmount();
  });
//#endif

const remove = (parent, v, ctx) => {
  //#if @components
  if (v.deep) release(v, ctx);
  //#endif
  if (v.nodes) for (const n of v.nodes) n.remove();
  else if (v.node.parentNode === parent) parent.removeChild(v.node);
};

const clear = (el, old, ctx) => {
  //#if @components
  for (const v of old) if (v.deep) release(v, ctx);
  //#endif
  el.textContent = "";
};

// ---------------------------------------------------------------------------------------
// Patch

function patchNode(parent, old, v, ctx, svg) {
  if (old === v) return;
  const type = v.type;
  if (type !== old.type || v.key !== old.key || (type === RAW && v.text !== old.text)) {
    create(v, ctx, svg);
    insert(parent, v, first(old));
    remove(parent, old, ctx);
    return;
  }
  const el = (v.node = old.node);
  if (type === TEXT) {
    if (old.text !== v.text) el.data = v.text;
  //#if html
  } else if (type === RAW) {
    v.nodes = old.nodes;
  //#endif
  //#if @components
  } else if (typeof type === "function") {
    const child = (v.instance = old.instance);
    child.props = v.attrs;
    v.node = child.update().element;
  //#endif
  } else {
    if (old.attrs !== v.attrs) {
      const prev = old.attrs;
      const next = v.attrs;
      for (const k in next) if (!prev || prev[k] !== next[k]) setAttr(el, k, next[k]);
      for (const k in prev) if (!next || !(k in next)) setAttr(el, k, null);
    }
    //#if @events
    if (v.on || old.on) setEvents(el, v.on, ctx);
    //#endif
    //#if @refs
    if (v.ref) setRef(v.ref, el, ctx);
    //#endif
    diffChildren(el, old.children, v.children, ctx, (svg || type === "svg") && type !== "foreignObject");
  }
}

const same = (a, b) => a.key === b.key && a.type === b.type;

// Children: common ends are patched in place; the rest is matched by key when keyed.js is
// loaded (only nodes out of order move), else in order.
function diffChildren(el, old, kids, ctx, svg) {
  if (!kids.length) {
    if (old.length) clear(el, old, ctx);
    return;
  }
  let os = 0;
  let ns = 0;
  let oe = old.length - 1;
  let ne = kids.length - 1;
  while (os <= oe && ns <= ne && same(old[os], kids[ns])) patchNode(el, old[os++], kids[ns++], ctx, svg);
  while (os <= oe && ns <= ne && same(old[oe], kids[ne])) patchNode(el, old[oe--], kids[ne--], ctx, svg);
  const tail = ne + 1 < kids.length ? first(kids[ne + 1]) : null;
  if (keyedDiff && os <= oe && ns <= ne && keyedDiff(el, old, kids, ctx, svg, os, oe, ns, ne, tail)) return;
  // the rest in order (no keys, or keyed.js is not loaded: same DOM, fewer nodes kept)
  for (; os <= oe || ns <= ne; os++, ns++) {
    if (os > oe) add(el, kids[ns], ctx, svg, tail);
    else if (ns > ne) remove(el, old[os], ctx);
    else patchNode(el, old[os], kids[ns], ctx, svg);
  }
}

// Keyed reconciliation lives in keyed.js; pages whose compiled code keys nothing do not ship it.
let keyedDiff = null;

/**
 * Install the keyed children diff (called by keyed.js when it loads). `install` receives the
 * patch primitives and returns `diff(el, old, kids, ctx, svg, os, oe, ns, ne, tail)`, which
 * returns false when the range has no keys.
 * @param {(ops: object) => Function} install
 */
export const useKeyed = (install) => {
  keyedDiff = keyedDiff || install({ patchNode, add, remove, insert, first, clear, same });
};

// The delegation root follows the tree's root (a shared context, e.g. a scroller's, keeps its own).
const setRoot = (ctx, node, old) => {
  if (node.nodeType === 1 && (!ctx.root || ctx.root === old)) {
    if (ctx.root !== node) ctx.bind(node);
    node.__rctx = ctx;
  }
  return node;
};

/**
 * Create DOM for `next` (when `prev` is null) or update `prev`'s DOM to match `next`.
 * The root DOM node is returned; if its type changed it is a new node that replaced the old
 * one in its parent.
 * @param {VNode | null} prev
 * @param {VNode} next
 * @param {Context} [ctx] event/ref context (one is made per root when omitted)
 * @returns {Node}
 */
export function patch(prev, next, ctx) {
  if (!(next instanceof VNode)) throw new TypeError(`patch(): next must be one vnode from h(), got ${next}`);
  const old = prev && first(prev);
  ctx = ctx || (old && old.__rctx) || new Context();
  if (!prev) return setRoot(ctx, create(next, ctx, false));
  const parent = old.parentNode;
  if (parent || same(prev, next)) patchNode(parent, prev, next, ctx, false);
  else create(next, ctx, false);
  return setRoot(ctx, first(next), old);
}

// ---------------------------------------------------------------------------------------
// Hydrate

/**
 * `hydrate(ComponentClass, element, {props, state})` creates the component, adopts `element`
 * and starts it, returning the instance.
 *
 * `hydrate(vnode, element, ctx)` adopts server-rendered DOM for `vnode` in place: nothing that
 * matches is re-created. Adjacent text vnodes that the HTML parser merged into one text node
 * are split. Mismatches are fixed locally (the differing node is replaced); nodes with no vnode
 * are removed.
 * @param {VNode} vnode
 * @param {Element} element the server-rendered root element for `vnode`
 * @param {Context} [ctx]
 * @returns {Element} the adopted (or, on a root mismatch, replacement) element
 */
export function hydrate(vnode, element, ctx) {
  //#if @components
  if (typeof vnode === "function") {
    const o = opts(ctx);
    return new vnode(o.props, o.state).hydrate(element);
  }
  //#endif
  if (!(vnode instanceof VNode) || !element || element.nodeType !== 1) {
    throw new TypeError(`hydrate(vnode, element): needs a vnode from h() and an element, got ${vnode}, ${element}`);
  }
  ctx = ctx || new Context();
  let node = element;
  //#if @components
  if (typeof vnode.type === "function") node = component(vnode, ctx, (child) => child.hydrate(element));
  else
  //#endif
  if (sameTag(element, vnode)) adopt(vnode, element, ctx, false);
  else element.replaceWith((node = create(vnode, ctx, false)));
  return setRoot(ctx, node, element);
}

const sameTag = (dom, v) => dom.nodeType === 1 && dom.nodeName.toLowerCase() === v.type.toLowerCase();

const drop = (node) => {
  const next = node.nextSibling;
  node.remove();
  return next;
};

function adopt(v, el, ctx, svg) {
  const { type, attrs } = v;
  v.node = el;
  // a value the user typed before hydration wins over the server's
  for (const k in attrs) if (!(PROPS[k] && k in el) && el.getAttribute(k) !== attrs[k]) el.setAttribute(k, attrs[k]);
  //#if @events
  if (v.on) setEvents(el, v.on, ctx);
  //#endif
  //#if @refs
  if (v.ref) setRef(v.ref, el, ctx);
  //#endif
  svg = (svg || type === "svg") && type !== "foreignObject";
  let dom = el.firstChild;
  for (const c of v.children) {
    const t = c.type;
    // comments go; so does whitespace the server put between elements
    while (dom && (dom.nodeType === 8 || (t !== TEXT && t !== RAW && dom.nodeType === 3 && !dom.data.trim()))) dom = drop(dom);
    if (t === TEXT) {
      if (dom && dom.nodeType === 3) {
        // the parser merged adjacent texts: keep ours, split off the rest for the next vnodes
        if (!dom.data.startsWith(c.text)) dom.data = c.text;
        else if (dom.data.length > c.text.length) dom.splitText(c.text.length);
        c.node = dom;
        dom = dom.nextSibling;
        continue;
      }
    //#if html
    } else if (t === RAW) {
      const count = parse(c.text).length;
      const nodes = [];
      for (; dom && nodes.length < count; dom = dom.nextSibling) nodes.push(dom);
      if (count && nodes.length === count) {
        c.nodes = nodes;
        continue;
      }
      for (const n of nodes) n.remove();
    //#endif
    //#if @components
    } else if (dom && typeof t === "function") {
      const server = dom;
      dom = dom.nextSibling;
      component(c, ctx, (child) => child.hydrate(server));
      continue;
    //#endif
    } else if (dom && sameTag(dom, c)) {
      adopt(c, dom, ctx, svg);
      dom = dom.nextSibling;
      continue;
    }
    // mismatch: build this child where the server's node was
    create(c, ctx, svg);
    insert(el, c, dom);
    if (dom && t !== TEXT && dom.nodeType === 1) dom = drop(dom);
  }
  while (dom) dom = drop(dom);
}
