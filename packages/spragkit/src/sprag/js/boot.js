/**
 * Page entry glue: read the payload, start each module, hydrate each island in place. The
 * generated entry module calls boot({classKey: Class, ...}); a mount's entry also passes
 * bootMount (sprag/mount.js), so hybrid pages do not ship it.
 * @module sprag/boot
 */
import { KW } from "ragot/plain.js";
import { payload, rebox } from "./payload.js";

export const kw = (values) => ({ ...values, [KW]: true });

export function needClass(classes, key) {
  const cls = classes[key];
  if (!cls) throw new Error(`sprag: browser class ${key} was not shipped with this page`);
  return cls;
}

export function link(module, component) {
  module.adopt(component);
  module.watchState((state) => component.setState(state));
}

/**
 * Start the page.
 * @param {Record<string, Function>} classes compiled classes by "module:QualName"
 * @param {Record<string, Promise<any>>} [esm] imports.* aliases (dynamic imports)
 * @param {Function} [withMount] bootMount from sprag/mount.js (mount surfaces)
 */
export async function boot(classes, esm, withMount) {
  const p = payload();
  //#if import
  if (esm) {
    const loaded = {};
    for (const [alias, pending] of Object.entries(esm)) loaded[alias] = await pending;
    globalThis.__SPRAG_IMPORTS__ = loaded;
  }
  //#endif
  const modules = new Map();
  for (const ref of p.modules || []) {
    const Cls = needClass(classes, ref.class);
    const instance = new Cls(kw({ screen: null, state: ref.state }));
    rebox(instance.state, ref.state); // in place: assigning would go through toPlain again
    modules.set(ref.id, { instance, element: null });
  }
  for (const island of p.islands || []) {
    const wrapper = document.querySelector(`[data-sprag-island="${island.id}"]`);
    if (!wrapper || !wrapper.firstElementChild) continue;
    const Comp = needClass(classes, island.component);
    const owner = island.module != null ? modules.get(island.module) : null;
    const state = owner ? owner.instance.state : island.state || {};
    const component = new Comp(kw({ props: island.props || {}, state }));
    rebox(component.state, state);
    rebox(component.props, island.props || {});
    component.hydrate(wrapper.firstElementChild);
    if (owner) {
      link(owner.instance, component);
      if (!owner.element) owner.element = wrapper;
    }
  }
  for (const { instance, element } of modules.values()) instance.start(element || document.body);
  //#if @dev
  globalThis.__SPRAG_MODULES__ = modules; // the dev client keeps their state across reloads
  //#endif
  //#if bootMount
  if (p.mount) {
    if (!withMount) throw new Error("sprag: this page has a mount but its entry did not ship sprag/mount.js");
    withMount(classes, p.mount);
  }
  //#endif
  document.documentElement.dataset.spragReady = "1";
}
