/**
 * The ragot browser runtime: every public name, re-exported.
 * @module ragot
 */
export { Bus, bus } from "./bus.js";
export { Component } from "./component.js";
export { counts, debugCounts } from "./debug.js";
export { Module } from "./module.js";
export { Owner } from "./owner.js";
export { isKw, KW, opts, toPlain } from "./plain.js";
export { Registry, registry } from "./registry.js";
export { createStore, deepEqual, Store } from "./store.js";
export { attrName, Context, Fragment, h, html, hydrate, patch, VNode } from "./vdom.js";
