/**
 * Virtual DOM: `h` builds vnodes, `patch` turns them into DOM or updates DOM in place,
 * `hydrate` adopts server-rendered DOM without re-creating it.
 *
 * - Unchanged nodes keep their identity; keyed children are moved (a longest-increasing-
 *   subsequence keeps the most nodes still), never recreated.
 * - Form values and focus survive: `value`/`checked`/`selected` are written as properties only
 *   when the vnode value changed, and the focused element and its selection are restored.
 * - Event handlers (`on_click`, `onClick`) are delegated: one listener per event type on the
 *   root, owned by the Component/Owner, so teardown removes them all.
 * @module ragot/vdom
 */
import { opts, toPlain } from "./plain.js";

const TEXT = "#text";
const RAW = "#html";
/** Tag of a fragment: `h(Fragment, null, children)` returns its children as an array. */
export const Fragment = "#fragment";
const SVG_NS = "http://www.w3.org/2000/svg";
const PROPS = { value: 1, checked: 1, selected: 1 };
const NON_BUBBLING = new Set(["focus", "blur", "mouseenter", "mouseleave", "pointerenter", "pointerleave", "load", "error", "scroll", "abort", "toggle", "invalid", "play", "pause", "ended", "loadeddata", "loadedmetadata", "canplay", "timeupdate", "volumechange"]);

/** A virtual node. `type` is a tag, "#text", "#html" or a Component class. */
export class VNode {
  constructor(type, key, attrs, on, children, text) {
    this.type = type;
    this.key = key;
    this.attrs = attrs;
    this.on = on;
    this.children = children;
    this.text = text;
    this.ref = undefined;
    this.node = null;
    this.deep = false;
  }
}

/**
 * Normalise an attribute name (contracts.md §3): a trailing `_` is dropped, other `_` become
 * `-`: `class_` -> `class`, `data_role` -> `data-role`.
 * @param {string} name
 */
export const attrName = (name) => (name.indexOf("_") < 0 ? name : name.replace(/_$/, "").replace(/_/g, "-"));

const styleText = (style) => {
  let out = "";
  for (const k in style) if (style[k] != null && style[k] !== false) out += `${k}:${style[k]};`;
  return out;
};

const eventName = (name) => {
  if (name.length < 3 || name[0] !== "o" || name[1] !== "n") return null;
  if (name[2] === "_" || name[2] === "-") return name.slice(3).toLowerCase();
  return name[2] >= "A" && name[2] <= "Z" ? name.slice(2).toLowerCase() : null;
};

const text = (s) => new VNode(TEXT, undefined, null, null, null, s);

const addChildren = (out, c, parent) => {
  if (c == null || c === true || c === false) return;
  if (c instanceof VNode) {
    out.push(c);
    if (c.deep || typeof c.type === "function") parent.deep = true;
  } else if (Array.isArray(c) || c instanceof Set) {
    for (const x of c) addChildren(out, x, parent);
  } else {
    const s = String(typeof c === "object" ? c.valueOf() : c);
    if (s) out.push(text(s));
  }
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
  if (typeof tag === "function") {
    const props = toPlain(attrs) || {};
    const v = new VNode(tag, props.key, props, null, null, undefined);
    delete props.key;
    const kids = [];
    addChildren(kids, list, v);
    if (kids.length) props.children = kids;
    v.deep = true;
    return v;
  }
  if (typeof tag !== "string" || !tag) throw new TypeError(`h(tag, ...): tag must be a tag name or a Component class, got ${tag}`);
  const v = new VNode(tag, undefined, null, null, [], undefined);
  if (attrs) {
    const out = {};
    for (const raw in attrs) {
      let value = attrs[raw];
      if (raw === "key") {
        v.key = value !== null && typeof value === "object" ? value.valueOf() : value;
        continue;
      }
      if (raw === "ref") {
        v.ref = value;
        continue;
      }
      const ev = typeof value === "function" ? eventName(raw) : null;
      if (ev) {
        (v.on || (v.on = {}))[ev] = value;
        continue;
      }
      if (value == null || value === false) continue;
      const name = attrName(raw);
      if (value === true) value = "";
      else if (name === "style" && typeof value === "object") value = styleText(toPlain(value));
      else value = String(typeof value === "object" ? value.valueOf() : value);
      out[name] = value;
    }
    v.attrs = out;
  }
  addChildren(v.children, list, v);
  return v;
}

/**
 * Raw HTML inserted unescaped (`ui.HTML`). Only for markup you trust.
 * @param {string} markup
 */
export const html = (markup) => new VNode(RAW, undefined, null, null, null, String(markup));

// ---------------------------------------------------------------------------------------
// Event delegation context: one per root (Component), holding the root listeners and refs.

/** Per-root state: delegated event types, refs, the owner that owns the root listeners. */
export class Context {
  /**
   * @param {{_listen?: Function, refs?: object} | null} [owner]
   */
  constructor(owner) {
    this.owner = owner || null;
    this.root = null;
    this.refs = (owner && owner.refs) || {};
    this.types = new Map();
    this.handler = (e) => dispatch(this, e);
  }

  need(type) {
    if (!this.types.has(type)) this.types.set(type, this._attach(type));
  }

  _attach(type) {
    const root = this.root;
    if (!root) return null;
    const capture = NON_BUBBLING.has(type);
    if (this.owner && this.owner._listen) return this.owner._listen(root, type, this.handler, this.handler, capture);
    root.addEventListener(type, this.handler, capture);
    return () => root.removeEventListener(type, this.handler, capture);
  }

  /** (Re)attach every delegated listener to `root`. */
  bind(root) {
    this.unbind();
    this.root = root;
    for (const type of this.types.keys()) this.types.set(type, this._attach(type));
  }

  /** Re-attach listeners released by the owner's stop (after a restart). */
  resume() {
    for (const [type, off] of this.types) if (!off) this.types.set(type, this._attach(type));
  }

  /** Remove the root listeners (they come back with bind or resume). */
  unbind() {
    for (const [type, off] of this.types) {
      if (off) off();
      this.types.set(type, null);
    }
  }
}

function dispatch(ctx, e) {
  let node = e.target;
  if (NON_BUBBLING.has(e.type)) {
    const fn = node && node.__rc === ctx && node.__rh[e.type];
    if (fn) fn(e);
    return;
  }
  while (node) {
    if (node.__rc === ctx) {
      const fn = node.__rh[e.type];
      if (fn) {
        fn(e);
        if (e.cancelBubble) return;
      }
    }
    if (node === ctx.root) return;
    node = node.parentNode;
  }
}

const setEvents = (el, on, ctx) => {
  if (on) {
    el.__rc = ctx;
    el.__rh = on;
    for (const type in on) ctx.need(type);
  } else if (el.__rh) {
    el.__rh = {};
  }
};

const setRef = (v, el, ctx) => {
  if (typeof v.ref === "string") ctx.refs[v.ref] = el;
  else if (typeof v.ref === "function") v.ref(el);
};

// ---------------------------------------------------------------------------------------
// Attributes

const setProp = (el, name, value) => {
  const next = name === "value" ? (value == null ? "" : value) : value != null;
  if (el[name] !== next) el[name] = next;
};

// The attribute keeps the DOM reading like the server markup; the property is what the user sees.
const setAttr = (el, name, value) => {
  if (value == null) el.removeAttribute(name);
  else el.setAttribute(name, value);
  if (PROPS[name] === 1 && name in el) setProp(el, name, value);
};

const diffAttrs = (el, prev, next) => {
  if (prev === next) return;
  if (next) for (const k in next) if (!prev || prev[k] !== next[k]) setAttr(el, k, next[k]);
  if (prev) for (const k in prev) if (!next || !(k in next)) setAttr(el, k, null);
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

function create(v, ctx, svg) {
  const type = v.type;
  if (type === TEXT) return (v.node = document.createTextNode(v.text));
  if (type === RAW) return createRaw(v);
  if (typeof type === "function") return createComponent(v, ctx);
  if (type === "svg") svg = true;
  const el = (v.node = svg ? document.createElementNS(SVG_NS, type) : document.createElement(type));
  const attrs = v.attrs;
  let props = false;
  if (attrs) {
    for (const k in attrs) {
      if (PROPS[k] === 1) props = true;
      else el.setAttribute(k, attrs[k]);
    }
  }
  if (v.on) setEvents(el, v.on, ctx);
  const kids = v.children;
  const childSvg = svg && type !== "foreignObject";
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i];
    if (c.type === TEXT) el.appendChild((c.node = document.createTextNode(c.text)));
    else add(el, c, ctx, childSvg, null);
  }
  if (props) for (const k in attrs) if (PROPS[k] === 1) setAttr(el, k, attrs[k]);
  if (v.ref !== undefined) setRef(v, el, ctx);
  return el;
}

function createRaw(v) {
  const t = document.createElement("template");
  t.innerHTML = v.text;
  v.nodes = Array.from(t.content.childNodes);
  if (!v.nodes.length) v.nodes.push(document.createTextNode(""));
  return v.nodes[0];
}

function createComponent(v, ctx) {
  const child = (v.instance = new v.type(v.attrs));
  child.mount(null);
  if (ctx.owner && ctx.owner.adopt) ctx.owner.adopt(child);
  return (v.node = child.element);
}

function release(v, ctx) {
  if (v.instance) {
    if (ctx.owner && ctx.owner.disown) ctx.owner.disown(v.instance);
    v.instance.unmount();
  } else if (v.deep && v.children) {
    for (const c of v.children) release(c, ctx);
  }
}

const remove = (parent, v, ctx) => {
  if (v.deep) release(v, ctx);
  if (v.nodes) for (const n of v.nodes) parent.removeChild(n);
  else if (v.node.parentNode === parent) parent.removeChild(v.node);
};

// ---------------------------------------------------------------------------------------
// Patch

function patchNode(parent, old, v, ctx, svg) {
  if (old === v) return;
  const type = v.type;
  if (type !== old.type || v.key !== old.key) {
    create(v, ctx, svg || type === "svg");
    insert(parent, v, first(old));
    remove(parent, old, ctx);
    return;
  }
  if (type === TEXT) {
    const node = (v.node = old.node);
    if (old.text !== v.text) node.data = v.text;
    return;
  }
  if (type === RAW) {
    if (old.text === v.text) v.nodes = old.nodes;
    else {
      createRaw(v);
      insert(parent, v, first(old));
      remove(parent, old, ctx);
    }
    return;
  }
  if (typeof type === "function") {
    const child = (v.instance = old.instance);
    v.node = old.node;
    child.props = v.attrs;
    child.setStateSync({});
    return;
  }
  const el = (v.node = old.node);
  if (type === "svg") svg = true;
  if (old.attrs !== v.attrs) diffAttrs(el, old.attrs, v.attrs);
  if (v.on || old.on) setEvents(el, v.on, ctx);
  if (v.ref !== undefined) setRef(v, el, ctx);
  diffChildren(el, old.children, v.children, ctx, svg && type !== "foreignObject");
}

function diffChildren(el, old, kids, ctx, svg) {
  const oldLen = old.length;
  const newLen = kids.length;
  if (!newLen) {
    if (!oldLen) return;
    for (const v of old) if (v.deep) release(v, ctx);
    el.textContent = "";
    return;
  }
  if (!oldLen) {
    for (const v of kids) add(el, v, ctx, svg, null);
    return;
  }
  if (!hasKey(kids) && !hasKey(old)) {
    const n = oldLen < newLen ? oldLen : newLen;
    for (let i = 0; i < n; i++) patchNode(el, old[i], kids[i], ctx, svg);
    for (let i = n; i < newLen; i++) add(el, kids[i], ctx, svg, null);
    for (let i = n; i < oldLen; i++) remove(el, old[i], ctx);
    return;
  }
  diffKeyed(el, old, kids, ctx, svg);
}

const hasKey = (list) => {
  for (let i = 0; i < list.length; i++) if (list[i].key !== undefined) return true;
  return false;
};

// Keyed children: common ends are patched in place, the rest matched by key (children without
// a key match the unkeyed old children in order) and moved only when out of order.
function diffKeyed(el, old, kids, ctx, svg) {
  let os = 0;
  let ns = 0;
  let oe = old.length - 1;
  let ne = kids.length - 1;
  while (os <= oe && ns <= ne && old[os].key === kids[ns].key && old[os].type === kids[ns].type) patchNode(el, old[os++], kids[ns++], ctx, svg);
  while (os <= oe && ns <= ne && old[oe].key === kids[ne].key && old[oe].type === kids[ne].type) patchNode(el, old[oe--], kids[ne--], ctx, svg);
  const tail = ne + 1 < kids.length ? first(kids[ne + 1]) : null;
  if (os > oe) {
    for (let i = ns; i <= ne; i++) add(el, kids[i], ctx, svg, tail);
    return;
  }
  if (ns > ne) {
    for (let i = os; i <= oe; i++) remove(el, old[i], ctx);
    return;
  }
  const byKey = new Map();
  const unkeyed = [];
  for (let i = os; i <= oe; i++) {
    if (old[i].key === undefined) unkeyed.push(i);
    else byKey.set(old[i].key, i);
  }
  let u = 0;
  const sources = new Int32Array(ne - ns + 1).fill(-1);
  let reused = 0;
  for (let i = ns; i <= ne; i++) {
    const v = kids[i];
    const j = v.key === undefined ? unkeyed[u] : byKey.get(v.key);
    if (j === undefined || old[j].type !== v.type) continue;
    if (v.key === undefined) unkeyed[u++] = -1;
    else byKey.delete(v.key);
    patchNode(el, old[j], v, ctx, svg);
    sources[i - ns] = j;
    reused++;
  }
  if (!reused && os === 0 && oe === old.length - 1 && ns === 0 && ne === kids.length - 1) {
    for (const v of old) if (v.deep) release(v, ctx);
    el.textContent = "";
    for (const v of kids) add(el, v, ctx, svg, null);
    return;
  }
  for (const j of byKey.values()) remove(el, old[j], ctx);
  for (const j of unkeyed) if (j >= 0) remove(el, old[j], ctx);
  const stay = stableIndexes(sources);
  let before = tail;
  for (let i = ne, s = stay.length - 1; i >= ns; i--) {
    const v = kids[i];
    if (sources[i - ns] < 0) add(el, v, ctx, svg, before);
    else if (s >= 0 && stay[s] === i - ns) {
      s--;
    } else {
      insert(el, v, before);
    }
    before = first(v);
  }
}

// Indexes (into `sources`) of a longest increasing subsequence of its non-negative values:
// those nodes are already in order and stay where they are.
function stableIndexes(sources) {
  const tails = [];
  const prev = new Int32Array(sources.length);
  for (let i = 0; i < sources.length; i++) {
    const x = sources[i];
    if (x < 0) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sources[tails[mid]] < x) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo ? tails[lo - 1] : -1;
    tails[lo] = i;
  }
  const out = new Array(tails.length);
  for (let k = tails.length - 1, i = tails[k]; k >= 0; k--, i = prev[i]) out[k] = i;
  return out;
}

// Moving nodes can blur the focused element; put focus and selection back.
function keepFocus(run) {
  const active = document.activeElement;
  let sel = null;
  if (active && active !== document.body) {
    try {
      if (typeof active.selectionStart === "number") sel = [active.selectionStart, active.selectionEnd, active.selectionDirection];
    } catch (_) {
      sel = null;
    }
  }
  const out = run();
  if (active && active !== document.body && document.activeElement !== active && active.isConnected) {
    active.focus({ preventScroll: true });
    if (sel) {
      try {
        active.setSelectionRange(sel[0], sel[1], sel[2]);
      } catch (_) {
        // not a text control any more
      }
    }
  }
  return out;
}

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
  if (!(next instanceof VNode)) throw new TypeError(`patch(prev, next): next must be a single vnode from h(), got ${Array.isArray(next) ? "an array" : next}`);
  ctx = ctx || (prev && prev.node && prev.node.__rctx) || new Context();
  const oldRoot = prev && first(prev);
  const node = prev ? keepFocus(() => update(prev, next, ctx)) : create(next, ctx, next.type === "svg");
  // the delegation root follows the tree's root; a shared context (e.g. a scroller's) keeps its own
  if (node.nodeType === 1 && (!ctx.root || ctx.root === oldRoot)) {
    if (ctx.root !== node) ctx.bind(node);
    node.__rctx = ctx;
  }
  return node;
}

function update(prev, next, ctx) {
  const parent = first(prev).parentNode;
  if (parent) patchNode(parent, prev, next, ctx, false);
  else if (prev.type === next.type && prev.key === next.key) patchNode(null, prev, next, ctx, next.type === "svg");
  else create(next, ctx, next.type === "svg");
  return first(next);
}

// ---------------------------------------------------------------------------------------
// Hydrate

/**
 * `hydrate(ComponentClass, element, {props, state})` creates the component, adopts `element`
 * and starts it, returning the instance.
 *
 * `hydrate(vnode, element, ctx)`: adopt server-rendered DOM for `vnode` in place: nothing that matches is re-created. Adjacent
 * text vnodes that the HTML parser merged into one text node are split. Mismatches are fixed
 * locally (the differing node is replaced); nodes with no vnode are removed.
 * @param {VNode} vnode
 * @param {Element} element the server-rendered root element for `vnode`
 * @param {Context} [ctx]
 * @returns {Element} the adopted (or, on a root mismatch, replacement) element
 */
export function hydrate(vnode, element, ctx) {
  if (typeof vnode === "function") {
    const o = opts(ctx);
    return new vnode(o.props, o.state).hydrate(element);
  }
  if (!(vnode instanceof VNode)) throw new TypeError("hydrate(vnode, element): vnode must be a single vnode from h()");
  if (!element || element.nodeType !== 1) throw new TypeError(`hydrate(vnode, element): element must be a DOM element, got ${element}`);
  ctx = ctx || new Context();
  let node = element;
  if (sameTag(element, vnode)) adopt(vnode, element, ctx, vnode.type === "svg");
  else if (typeof vnode.type === "function") node = adoptComponent(vnode, element, ctx);
  else {
    node = create(vnode, ctx, vnode.type === "svg");
    if (element.parentNode) element.parentNode.replaceChild(node, element);
  }
  if (ctx.root !== node) ctx.bind(node);
  node.__rctx = ctx;
  return node;
}

const sameTag = (dom, v) => dom.nodeType === 1 && typeof v.type === "string" && dom.nodeName.toLowerCase() === v.type.toLowerCase();

function adoptComponent(v, dom, ctx) {
  const child = (v.instance = new v.type(v.attrs));
  child.hydrate(dom);
  if (ctx.owner && ctx.owner.adopt) ctx.owner.adopt(child);
  return (v.node = child.element);
}

function adopt(v, el, ctx, svg) {
  v.node = el;
  const attrs = v.attrs;
  if (attrs) {
    for (const k in attrs) {
      // a value the user already typed before hydration wins over the server's
      if (PROPS[k] === 1 && k in el) continue;
      if (el.getAttribute(k) !== attrs[k]) el.setAttribute(k, attrs[k]);
    }
  }
  if (v.on) setEvents(el, v.on, ctx);
  if (v.ref !== undefined) setRef(v, el, ctx);
  const childSvg = (svg || v.type === "svg") && v.type !== "foreignObject";
  let dom = el.firstChild;
  for (const c of v.children) {
    while (dom && dom.nodeType === 8) dom = dropNode(el, dom);
    if (c.type === TEXT) {
      if (dom && dom.nodeType === 3) {
        if (!dom.data.startsWith(c.text)) dom.data = c.text;
        else if (dom.data.length > c.text.length) dom.splitText(c.text.length);
        c.node = dom;
        dom = dom.nextSibling;
        continue;
      }
    } else if (c.type === RAW) {
      const count = rawCount(c.text);
      const nodes = [];
      while (dom && nodes.length < count) {
        nodes.push(dom);
        dom = dom.nextSibling;
      }
      if (nodes.length === count && count) {
        c.nodes = nodes;
        continue;
      }
      for (const n of nodes) el.removeChild(n);
    } else {
      while (dom && dom.nodeType === 3 && !dom.data.trim() && !sameTag(dom, c)) dom = dropNode(el, dom);
      if (dom && typeof c.type === "function") {
        const next = dom.nextSibling;
        adoptComponent(c, dom, ctx);
        dom = next;
        continue;
      }
      if (dom && sameTag(dom, c)) {
        adopt(c, dom, ctx, childSvg);
        dom = dom.nextSibling;
        continue;
      }
    }
    // mismatch: build this child and put it where the server node was
    create(c, ctx, childSvg);
    insert(el, c, dom);
    if (dom && c.type !== TEXT && dom.nodeType === 1) dom = dropNode(el, dom);
  }
  while (dom) dom = dropNode(el, dom);
}

const dropNode = (parent, node) => {
  const next = node.nextSibling;
  parent.removeChild(node);
  return next;
};

const rawCount = (markup) => {
  const t = document.createElement("template");
  t.innerHTML = markup;
  return t.content.childNodes.length;
};
