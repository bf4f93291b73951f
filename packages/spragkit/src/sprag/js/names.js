/**
 * `browser` (globalThis: globals from js=[...] scripts) and `imports` (declared ES modules).
 * @module sprag/names
 */
export const browser = globalThis;

/** imports.<alias>: the modules the page declared with modules={alias: module(...)}. */
export const imports = new Proxy(
  {},
  {
    get(_, alias) {
      const loaded = globalThis.__SPRAG_IMPORTS__ || {};
      if (typeof alias === "string" && !(alias in loaded)) {
        throw new Error(`imports.${alias} is not declared by this page (modules={...})`);
      }
      return loaded[alias];
    },
  },
);
