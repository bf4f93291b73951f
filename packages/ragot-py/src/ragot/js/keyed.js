/**
 * Keyed children: the middle of a changed child list is matched by key (children without a
 * key match the old unkeyed children in order), reused nodes are patched, and only the nodes
 * out of order are moved (a longest increasing subsequence stays put). Importing this module
 * installs it into vdom.js; the ragot dialect imports it for code that uses `key=`, `ui.For`
 * or `**attrs`, and index.js always does.
 * @module ragot/keyed
 */
import { useKeyed } from "./vdom.js";

// Indexes of a longest increasing subsequence of the non-negative values of `sources`: those
// nodes are already in order and stay where they are.
function increasing(sources) {
  const tails = [];
  const prev = [];
  for (let i = 0; i < sources.length; i++) {
    const x = sources[i];
    if (x < 0) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sources[tails[mid]] < x) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  for (let k = tails.length - 1, i = tails[k]; k >= 0; k--, i = prev[i]) tails[k] = i;
  return tails;
}

// Moving nodes can blur the focused element: put focus and selection back.
function keepFocus(run) {
  const active = document.activeElement;
  let sel;
  try {
    sel = [active.selectionStart, active.selectionEnd, active.selectionDirection];
  } catch {}
  const out = run();
  if (active && document.activeElement !== active && active.isConnected) {
    active.focus({ preventScroll: true });
    try {
      active.setSelectionRange(...sel);
    } catch {}
  }
  return out;
}

useKeyed(({ patchNode, add, remove, insert, first, clear, same }) => (el, old, kids, ctx, svg, os, oe, ns, ne, tail) => {
  const hasKey = (v) => v.key != null;
  if (!old.slice(os, oe + 1).some(hasKey) && !kids.slice(ns, ne + 1).some(hasKey)) return false;
  // A keyed node that went to the other end (two rows swapped, one moved to the top or the
  // bottom) moves at once; the ends are then matched again, without the key map.
  const start = os;
  const end = oe;
  const after = () => (ne + 1 < kids.length ? first(kids[ne + 1]) : tail);
  keepFocus(() => {
    while (os <= oe && ns <= ne) {
      if (same(old[os], kids[ns])) patchNode(el, old[os++], kids[ns++], ctx, svg);
      else if (same(old[oe], kids[ne])) patchNode(el, old[oe--], kids[ne--], ctx, svg);
      else if (old[os].key != null && same(old[os], kids[ne])) {
        patchNode(el, old[os++], kids[ne], ctx, svg);
        const before = after();
        insert(el, kids[ne--], before);
      } else if (old[oe].key != null && same(old[oe], kids[ns])) {
        patchNode(el, old[oe--], kids[ns], ctx, svg);
        insert(el, kids[ns++], first(old[os]));  // old[os]: the first node not yet placed
      } else break;
    }
  });
  if (os > oe || ns > ne) {
    const before = after();
    for (; ns <= ne; ns++) add(el, kids[ns], ctx, svg, before);
    for (; os <= oe; os++) remove(el, old[os], ctx);
    return true;
  }
  tail = after();
  const matched = os !== start || oe !== end;  // some nodes were patched or moved above
  const byKey = new Map();
  const unkeyed = [];
  for (let i = os; i <= oe; i++) {
    if (old[i].key == null) unkeyed.push(i);
    else byKey.set(old[i].key, i);
  }
  // sources[i - ns]: index in `old` of the node reused for kids[i], or -1
  const sources = new Int32Array(ne - ns + 1).fill(-1);
  let u = 0;
  let reused = 0;
  for (let i = ns; i <= ne; i++) {
    const v = kids[i];
    const j = v.key == null ? unkeyed[u] : byKey.get(v.key);
    if (!old[j] || old[j].type !== v.type) continue;
    if (v.key == null) u++;
    else byKey.delete(v.key);
    patchNode(el, old[j], v, ctx, svg);
    sources[i - ns] = j;
    reused++;
  }
  if (!reused && !os && !tail && !matched) {
    // nothing in common: rebuild
    clear(el, old, ctx);
    for (const v of kids) add(el, v, ctx, svg, null);
    return true;
  }
  for (const j of byKey.values()) remove(el, old[j], ctx);
  for (; u < unkeyed.length; u++) remove(el, old[unkeyed[u]], ctx);
  const stay = increasing(sources);
  let before = tail;
  keepFocus(() => {
    for (let i = ne, s = stay.length - 1; i >= ns; i--) {
      const v = kids[i];
      if (sources[i - ns] < 0) add(el, v, ctx, svg, before);
      else if (stay[s] === i - ns) s--;
      else insert(el, v, before);
      before = first(v);
    }
  });
  return true;
});

/** True once loaded (the ragot dialect imports this name to pull the module in). */
export const keyed = true;
