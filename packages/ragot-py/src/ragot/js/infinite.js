/**
 * Infinite scroll: a sentinel after the content; when it comes within `at` pixels of the
 * viewport (or scroll container), `loadMore(page)` runs; it returns (a promise of) false when
 * there is nothing more.
 * @module ragot/infinite
 */
import { Owner } from "./owner.js";
import { opts } from "./plain.js";

/** See the module docs. */
export class InfiniteScroll extends Owner {
  /**
   * @param {{loadMore: (page: number) => any}} source
   * @param {{container: Element, root?: Element | null, at?: number}} options `container`
   *   holds the items (the sentinel goes after them); `root` is the scroll container
   *   (default the viewport); `at` the distance in px that triggers loading (default 200).
   */
  constructor(source, options) {
    super();
    const o = opts(options);
    if (!source || typeof source.loadMore !== "function") throw new TypeError("InfiniteScroll(source, options): source needs a loadMore(page) method");
    if (!o.container || o.container.nodeType !== 1) throw new TypeError(`InfiniteScroll: options.container must be an element, got ${o.container}`);
    this.source = source;
    this.container = o.container;
    this.root = o.root || null;
    this.at = o.at == null ? 200 : +o.at;
    this.page = 0;
    this.loading = false;
    this.done = false;
  }

  onStart() {
    this.loading = false;
    this.sentinel = document.createElement("div");
    this.sentinel.className = "ragot-sentinel";
    this.container.appendChild(this.sentinel);
    this.addCleanup(() => this.sentinel.remove());
    this.io = this.own(
      new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.load(), { root: this.root, rootMargin: `${this.at}px` }),
      "disconnect",
    );
    if (!this.done) this.io.observe(this.sentinel);
  }

  /** Load the next page now (ignored while loading or when done). */
  async load() {
    if (this.loading || this.done || !this.running) return;
    this.loading = true;
    const more = await this.source.loadMore(++this.page);
    this.loading = false;
    if (!this.running) return;
    if (more === false) {
      this.done = true;
      this.io.disconnect();
      return;
    }
    // keep the sentinel last and observe again, so a still-visible sentinel loads the next page
    this.container.appendChild(this.sentinel);
    this.io.unobserve(this.sentinel);
    this.io.observe(this.sentinel);
  }
}

/**
 * Class decorator (`@infinite_scroll(...)`): on start, the instance gets `this.infinite`
 * calling its `loadMore(page)`; `container` is a selector inside `this.element`, an element, or
 * `this.element`.
 * @param {{container?: string | Element, root?: string | Element, at?: number}} [options]
 */
export function infiniteScroll(options) {
  const o = opts(options);
  const find = (self, x) => (typeof x === "string" ? (self.element || document).querySelector(x) : x);
  return (Base) =>
    class extends Base {
      onStart() {
        super.onStart();
        const container = find(this, o.container) || this.element;
        this.infinite = this.adopt(new InfiniteScroll(this, { ...o, container, root: find(this, o.root) || null }));
      }
    };
}
