/**
 * The page payload (JSON in <script id="sprag-payload">), read once.
 * Integral floats arrive tagged {"$f": n} and become the compiled code's boxed floats, so
 * str(2.0) stays "2.0" after hydration; {"$d": [[k, v]]} is an escaped user dict.
 * @module sprag/payload
 */
import { $box } from "pyrt/helpers.js";

let cached = null;

function revive(_key, value) {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1) {
      if (keys[0] === "$f" && typeof value.$f === "number") return $box(value.$f);
      if (keys[0] === "$d" && Array.isArray(value.$d)) return Object.fromEntries(value.$d);
    }
  }
  return value;
}

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

/** JSON.parse that revives tagged floats and escaped dicts. */
export function parseTyped(text) {
  return JSON.parse(text, revive);
}

/** @returns {object} the payload, also exposed as window.__SPRAG_PAYLOAD__ */
export function payload() {
  if (cached) return cached;
  const el = document.getElementById("sprag-payload");
  cached = el ? parseTyped(el.textContent) : {};
  globalThis.__SPRAG_PAYLOAD__ = cached;
  globalThis.__SPRAG_ENV__ = cached.env || {};
  return cached;
}
