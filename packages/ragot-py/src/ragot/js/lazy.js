/**
 * Lazy images: `<img data-src="..." [data-srcset="..."]>` gets its real source when it comes
 * within `rootMargin` of the viewport (or of a scroll container).
 * @module ragot/lazy
 */
import { counts } from "./bus.js";
import { opts } from "./plain.js";
import { h } from "./vdom.js";

const SELECTOR = "img[data-src],img[data-srcset]";

/** Give `img` its real source now. */
export function loadImage(img) {
  const { src, srcset } = img.dataset;
  if (srcset) img.srcset = srcset;
  if (src) img.src = src;
  img.removeAttribute("data-src");
  img.removeAttribute("data-srcset");
}

/**
 * Watch `root` (default: the document) for lazy images, including ones added later.
 * @param {Element | Document} [root]
 * @param {{rootMargin?: string, scrollRoot?: Element | null, owner?: {own: Function}}} [options]
 * @returns {{scan: () => void, stop: () => void}}
 */
export function lazyImages(root, options) {
  root = root || document;
  const { rootMargin = "200px", scrollRoot = null, owner } = opts(options);
  const io = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        io.unobserve(entry.target);
        loadImage(entry.target);
      }
    },
    { root: scrollRoot, rootMargin },
  );
  const watch = (node) => {
    if (node.nodeType !== 1) return;
    if (node.matches(SELECTOR)) io.observe(node);
    for (const img of node.querySelectorAll(SELECTOR)) io.observe(img);
  };
  const mo = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) watch(n);
  });
  mo.observe(root, { childList: true, subtree: true });
  //#if debugCounts counts
  counts.subscriptions++;
  //#endif
  let live = true;
  const controller = {
    scan: () => watch(root.nodeType === 9 ? root.documentElement : root),
    stop: () => {
      if (!live) return;
      live = false;
      //#if debugCounts counts
      counts.subscriptions--;
      //#endif
      io.disconnect();
      mo.disconnect();
    },
  };
  controller.scan();
  if (owner) owner.own(controller.stop);
  return controller;
}

let pageWatcher = null;

/**
 * An `<img>` vnode that loads `src` lazily (`ui.LazyImage`). It renders as
 * `<img src="{placeholder}" data-src="{src}" ...attrs>` (no src without a placeholder), and
 * the first use starts one page-wide watcher.
 * @param {string} src
 * @param {{placeholder?: string} & Record<string, any>} [attrs]
 */
export function LazyImage(src, attrs) {
  const { placeholder, ...rest } = opts(attrs);
  if (!pageWatcher && typeof document !== "undefined") {
    pageWatcher = true;
    queueMicrotask(() => (pageWatcher = lazyImages(document)));
  }
  return h("img", { src: placeholder, "data-src": src, ...rest });
}
