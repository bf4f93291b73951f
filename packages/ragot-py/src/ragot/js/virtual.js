/**
 * VirtualScroller: a huge list (vertical, horizontal or grid) with only a bounded number of
 * chunks in the DOM. Chunks may be produced asynchronously; a result that arrives after its
 * chunk was evicted or refreshed is discarded.
 *
 *   new VirtualScroller({ total: () => 100000, chunk: (i, ctx) => rowsFor(ctx.start, ctx.end) },
 *                       { root: el, chunk: 50, itemSize: 24 }).start();
 * @module ragot/virtual
 */
import { Owner } from "./owner.js";
import { opts } from "./plain.js";
import { Context, Fragment, h, patch } from "./vdom.js";

const call = (source, name, ...args) => (typeof source[name] === "function" ? source[name](...args) : undefined);

/** See the module docs. */
export class VirtualScroller extends Owner {
  /**
   * @param {object} source `chunk(i, ctx)` -> Node | vnode(s) | string | Promise of those;
   *   `total()` -> item count; optional `measure()` -> item size in px, `placeholder(i, ctx)`,
   *   `evicted(i, element)`, `recycle(element, i, ctx)` -> true when it refilled the element.
   * @param {{root: Element, chunk?: number, maxChunks?: number, axis?: "y" | "x" | "grid",
   *   itemSize?: number, columns?: number, overscan?: number}} options
   */
  constructor(source, options) {
    super();
    const o = opts(options);
    if (!source || typeof source.chunk !== "function") throw new TypeError("VirtualScroller(source, options): source needs a chunk(i, ctx) method");
    if (!o.root || o.root.nodeType !== 1) throw new TypeError(`VirtualScroller: options.root must be the scroll container element, got ${o.root}`);
    this.source = source;
    this.root = o.root;
    this.axis = o.axis || "y";
    if (!["x", "y", "grid"].includes(this.axis)) throw new TypeError(`VirtualScroller: axis must be "y", "x" or "grid", got ${JSON.stringify(this.axis)}`);
    this.chunkSize = Math.max(1, +o.chunk || 50);
    this.maxChunks = Math.max(2, +o.maxChunks || +o.max_chunks || 5);
    this.itemSize = +o.itemSize || +o.item_size || +call(source, "measure") || 0;
    this.columns = Math.max(1, +o.columns || 1);
    /** Discarded async results (for tests and diagnostics). */
    this.stale = 0;
    this._chunks = new Map();
    this._pool = [];
    this._raf = 0;
    this._ctx = new Context(this);
  }

  onStart() {
    const root = this.root;
    if (getComputedStyle(root).position === "static") root.style.position = "relative";
    root.style.overflow = "auto";
    this.track = root.appendChild(document.createElement("div"));
    this.track.className = "ragot-track";
    this.track.style.position = "relative";
    this.addCleanup(() => {
      this.track.remove();
      this._chunks.clear();
      this._pool.length = 0;
    });
    this._ctx.bind(this.root);
    this._ctx.resume();
    this.on(root, "scroll", () => this._schedule(), { passive: true });
    if (typeof ResizeObserver === "function") this.own(new ResizeObserver(() => this._schedule()), "disconnect").observe(root);
    this.addCleanup(() => cancelAnimationFrame(this._raf));
    this.refresh();
  }

  /** Total item count (from source.total()). */
  get total() {
    return Math.max(0, Math.floor(+call(this.source, "total") || 0));
  }

  _span() {
    const rows = this.axis === "grid" ? Math.ceil(this.chunkSize / this.columns) : this.chunkSize;
    return rows * (this.itemSize || 1);
  }

  _layout() {
    const count = this.total;
    const rows = this.axis === "grid" ? Math.ceil(count / this.columns) : count;
    const size = `${rows * (this.itemSize || 1)}px`;
    if (this.axis === "x") {
      this.track.style.width = size;
      this.track.style.height = "100%";
    } else this.track.style.height = size;
  }

  _schedule() {
    if (!this._raf) this._raf = requestAnimationFrame(() => {
      this._raf = 0;
      this.update();
    });
  }

  /** Re-read total and size, drop every chunk (pending results are discarded), render again. */
  refresh() {
    for (const i of [...this._chunks.keys()]) this._evict(i);
    this._layout();
    this.update();
    return this;
  }

  /** Scroll so item `index` is at the start of the viewport. */
  scrollToIndex(index) {
    const row = this.axis === "grid" ? Math.floor(index / this.columns) : index;
    this.root[this.axis === "x" ? "scrollLeft" : "scrollTop"] = row * (this.itemSize || 1);
    this.update();
  }

  /** Mount the chunks around the viewport and evict the rest (at most maxChunks stay). */
  update() {
    if (!this.running) return;
    const chunkCount = Math.ceil(this.total / this.chunkSize);
    const x = this.axis === "x";
    const pos = x ? this.root.scrollLeft : this.root.scrollTop;
    const view = (x ? this.root.clientWidth : this.root.clientHeight) || 1;
    const span = this._span();
    let first = Math.min(Math.floor(pos / span), Math.max(0, chunkCount - 1));
    let last = Math.min(Math.floor((pos + view - 1) / span), chunkCount - 1);
    const cap = Math.max(this.maxChunks, last - first + 1);
    // one chunk of slack on each side while the cap allows it
    if (last - first + 1 < cap && first > 0) first--;
    if (last - first + 1 < cap && last < chunkCount - 1) last++;
    for (const i of [...this._chunks.keys()]) if (i < first || i > last) this._evict(i);
    for (let i = first; i <= last && chunkCount; i++) if (!this._chunks.has(i)) this._mount(i);
    if (!this.itemSize && this._chunks.size) this._measure();
  }

  _measure() {
    const [i, entry] = this._chunks.entries().next().value;
    const el = entry.el;
    const n = Math.min(this.chunkSize, this.total - i * this.chunkSize);
    const rows = this.axis === "grid" ? Math.ceil(n / this.columns) : n;
    const size = this.axis === "x" ? el.scrollWidth : el.offsetHeight;
    if (!size || !rows || !entry.filled) return;
    this.itemSize = size / rows;
    this.refresh();
  }

  _mount(i) {
    const start = i * this.chunkSize;
    const end = Math.min(this.total, start + this.chunkSize);
    const reused = this._pool.pop();
    const el = reused || document.createElement("div");
    el.className = "ragot-chunk";
    el.dataset.chunk = String(i);
    const st = el.style;
    st.position = "absolute";
    const offset = `${(start / (this.axis === "grid" ? this.columns : 1)) * (this.itemSize || 1)}px`;
    if (this.axis === "x") {
      Object.assign(st, { left: offset, top: "0", height: "100%", display: "flex" });
    } else {
      Object.assign(st, { top: offset, left: "0", right: "0" });
      if (this.axis === "grid") Object.assign(st, { display: "grid", gridTemplateColumns: `repeat(${this.columns}, 1fr)` });
    }
    const abort = new AbortController();
    const entry = { el, abort, filled: false };
    const ctx = { index: i, start, end, count: end - start, element: el, signal: abort.signal, scroller: this };
    this._chunks.set(i, entry);
    if (reused && call(this.source, "recycle", el, i, ctx)) {
      entry.filled = true;
    } else {
      const holder = call(this.source, "placeholder", i, ctx);
      this._fill(el, holder == null ? [] : holder);
      const out = this.source.chunk(i, ctx);
      if (out && typeof out.then === "function") {
        out.then(
          (content) => {
            if (this._chunks.get(i) !== entry || !this.running) return void this.stale++;
            this._fill(el, content);
            entry.filled = true;
            if (!this.itemSize) this._measure();
          },
          (error) => {
            if (this._chunks.get(i) === entry) throw error;
          },
        );
      } else {
        this._fill(el, out);
        entry.filled = true;
      }
    }
    this.track.appendChild(el);
  }

  _fill(el, content) {
    if (content && content.nodeType) {
      el.replaceChildren(content);
      return;
    }
    el.textContent = "";
    for (const v of h(Fragment, null, content)) el.appendChild(v.type === "#text" ? document.createTextNode(v.text) : patch(null, v, this._ctx));
  }

  _evict(i) {
    const entry = this._chunks.get(i);
    this._chunks.delete(i);
    entry.abort.abort();
    entry.el.remove();
    call(this.source, "evicted", i, entry.el);
    if (typeof this.source.recycle === "function" && this._pool.length < this.maxChunks) this._pool.push(entry.el);
  }

  /** How many chunk elements are in the DOM. */
  get mounted() {
    return this._chunks.size;
  }
}

/**
 * Class decorator (`@virtual_scroll(...)`): on start, the instance gets `this.scroller`, a
 * VirtualScroller whose source is the instance (its `chunk(i, ctx)`, `total()`, ...) and whose
 * root is `options.root` (a selector inside `this.element`, or an element) or `this.element`.
 * @param {object} [options] VirtualScroller options
 */
export function virtualScroll(options) {
  const o = opts(options);
  return (Base) =>
    class extends Base {
      onStart() {
        super.onStart();
        let root = o.root || this.element;
        if (typeof root === "string") root = (this.element || document).querySelector(root);
        this.scroller = this.adopt(new VirtualScroller(this, { ...o, root }));
      }
    };
}
