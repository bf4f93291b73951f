/**
 * store(name, initial): the browser copy of a server store, hydrated from the payload.
 * @module sprag/stores
 */
import { createStore } from "ragot/store.js";
import { isKw } from "ragot/plain.js";
import { payload, rebox } from "./payload.js";
import { bus } from "ragot/bus.js";
import { events } from "./sse.js";

const stores = new Map();

/**
 * The named store: the same object every time; its first state comes from the server.
 * @param {string} name
 * @param {object} [initial]
 */
export function store(name, initial) {
  if (isKw(initial)) initial = initial.initial;
  let found = stores.get(name);
  if (!found) {
    const fromServer = (payload().stores || {})[name];
    found = createStore(fromServer !== undefined ? fromServer : initial || {});
    if (fromServer !== undefined) rebox(found.get(), fromServer); // keep 2.0 a float
    stores.set(name, found);
    //#if @live
    live();
    //#endif
  }
  return found;
}

//#if @live
let listening = false;

// store(name, live=True) on the server: every server-side change arrives as a broadcast.
function live() {
  if (listening) return;
  listening = true;
  events();
  bus.on("sprag:store", ({ name, state }) => {
    const found = stores.get(name);
    if (found) rebox(found.replace(state).get(), state); // replace() unboxes 2.0; put it back
  });
}
//#endif
