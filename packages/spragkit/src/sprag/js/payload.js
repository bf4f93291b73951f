/**
 * The page payload (JSON in <script id="sprag-payload">), read once, and the wire's JSON both
 * ways (sprag/wire.py on the server). Integral floats travel as {"$f": n} (the compiled code's
 * boxed floats, so str(2.0) stays "2.0"), ints past 2**53 as {"$i": "digits"} (BigInt), and
 * {"$d": [[k, v]]} is an escaped user dict whose only key is a tag name.
 * @module sprag/payload
 */
import { $box } from "pyrt/helpers.js";

let cached = null;

// The tag `v` carries: its only key when that is "$f", "$i" or "$d" (sprag/wire.py).
const TAG = /^\$[fdi]$/;
const tagOf = (v) => {
  const keys = v && v.constructor == Object && Object.keys(v);
  return keys && keys.length == 1 && TAG.test(keys[0]) && keys[0];
};
const REVIVE = { $f: $box, $i: BigInt, $d: Object.fromEntries };
const revive = (_key, v) => {
  const tag = tagOf(v);
  return tag ? REVIVE[tag](v[tag]) : v;
};

/**
 * Put the payload's boxed floats back into `plain` (the runtime's toPlain made them plain
 * numbers), so compiled code still sees 2.0 as a float. Mutates and returns `plain`.
 */
export function rebox(plain, typed) {
  if (typed instanceof Number && plain === typed.valueOf()) return typed;
  if (!plain || !typed || typeof plain !== "object" || typeof typed !== "object") return plain;
  if (Array.isArray(plain) !== Array.isArray(typed)) return plain;
  for (const key of Object.keys(plain)) {
    if (key in typed) plain[key] = rebox(plain[key], typed[key]);
  }
  return plain;
}

/** JSON.parse that revives tagged floats, big ints and escaped dicts. */
export function parseTyped(text) {
  return JSON.parse(text, revive);
}

/** JSON.stringify for the server: a BigInt, a boxed float or a tag-like dict goes tagged. */
export const stringify = (value) =>
  JSON.stringify(value, (_key, v) => {
    const tag = tagOf(v);
    return typeof v == "bigint" ? { $i: "" + v } : v instanceof Number ? { $f: +v } : tag ? { $d: [[tag, v[tag]]] } : v;
  });

/** @returns {object} the payload, also exposed as window.__SPRAG_PAYLOAD__ */
export function payload() {
  if (cached) return cached;
  const el = document.getElementById("sprag-payload");
  cached = el ? parseTyped(el.textContent) : {};
  globalThis.__SPRAG_PAYLOAD__ = cached;
  globalThis.__SPRAG_ENV__ = cached.env || {};
  return cached;
}
