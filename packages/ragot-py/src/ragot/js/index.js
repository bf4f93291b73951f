/**
 * The ragot browser runtime: every public name, re-exported.
 * @module ragot
 */
export { animate, animateIn, animateOut } from "./animate.js";
export { Bus, bus, counts, debugCounts } from "./bus.js";
export { Component } from "./component.js";
export { InfiniteScroll, infiniteScroll } from "./infinite.js";
export { LazyImage, lazyImages, loadImage } from "./lazy.js";
export { Module } from "./module.js";
export { Owner } from "./owner.js";
export { keyed } from "./keyed.js";
export { isKw, KW, opts, toPlain } from "./plain.js";
export { ref } from "./ref.js";
export { Registry, registry } from "./registry.js";
export { State } from "./state.js";
export { createStore, deepEqual, Store } from "./store.js";
export { debounce, throttle } from "./timing.js";
export { VirtualScroller, virtualScroll } from "./virtual.js";
export { attrName, Context, eachComponent, Fragment, h, html, hydrate, patch, useKeyed, VNode } from "./vdom.js";
