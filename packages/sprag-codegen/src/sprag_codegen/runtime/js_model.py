"""The data model: context managers, hashing, rich comparisons, frozenset, dataclasses, interop.

Every helper is its own entry so a page ships only what its code uses.
"""

SOURCES = {
    "$enter": r'''
function $enter(m) {
  // The manager of a `with` statement, checked like CPython does before calling __enter__.
  if (m === null || typeof m !== "object" || typeof m.__enter__ !== "function") throw new $TypeError(`'${$typename(m)}' object does not support the context manager protocol`);
  if (typeof m.__exit__ !== "function") throw new $TypeError(`'${$typename(m)}' object does not support the context manager protocol (missed __exit__ method)`);
  return m;
}''',
}
