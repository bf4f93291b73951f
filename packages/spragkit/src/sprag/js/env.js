/**
 * env(name, default, cast) and public_env(): only SPRAG_PUBLIC_* values ever reach the page.
 * @module sprag/env
 */
import { isKw } from "ragot/plain.js";
import { payload } from "./payload.js";

const TRUE = ["1", "true", "yes", "on"];

/** Every public variable (a copy). */
export function publicEnv() {
  return { ...(payload().env || {}) };
}

/**
 * @param {string} name
 * @param {any} [fallback]
 * @param {Function} [cast] Boolean, Number or String (Python bool/int/float/str)
 */
export function env(name, fallback, cast) {
  if (isKw(fallback)) ({ default: fallback, cast } = fallback);
  else if (isKw(cast)) cast = cast.cast;
  const raw = (payload().env || {})[name];
  if (raw === undefined) return fallback === undefined ? null : fallback;
  if (cast === "bool") return TRUE.includes(String(raw).toLowerCase());
  if (cast === "int") return parseInt(raw, 10);
  if (cast === "float") return parseFloat(raw);
  return raw;
}
