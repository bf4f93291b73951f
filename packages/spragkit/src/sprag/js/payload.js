/**
 * The page payload (JSON in <script id="sprag-payload">), read once.
 * @module sprag/payload
 */
let cached = null;

/** @returns {object} the payload, also exposed as window.__SPRAG_PAYLOAD__ */
export function payload() {
  if (cached) return cached;
  const el = document.getElementById("sprag-payload");
  cached = el ? JSON.parse(el.textContent) : {};
  globalThis.__SPRAG_PAYLOAD__ = cached;
  globalThis.__SPRAG_ENV__ = cached.env || {};
  return cached;
}
