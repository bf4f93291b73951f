/**
 * Mount glue: boot a browser-owned root (only mount surfaces ship this file).
 * @module sprag/mount
 */
import { kw, link, needClass } from "./boot.js";
import { rebox } from "./payload.js";

/**
 * Create the mount's module and component and start them on the mount root.
 * @param {Record<string, Function>} classes compiled classes by "module:QualName"
 * @param {{module?: string, component?: string, state?: object}} mount the payload's mount
 */
export function bootMount(classes, mount) {
  const root = document.querySelector('[data-sprag-mount="root"]');
  const state = mount.state || {};
  const module = mount.module ? new (needClass(classes, mount.module))(kw({ screen: null, state })) : null;
  if (module) rebox(module.state, state);
  if (mount.component) {
    const Comp = needClass(classes, mount.component);
    const component = new Comp(kw({ props: {}, state: module ? module.state : state }));
    component.mount(root);
    if (module) link(module, component);
  }
  if (module) module.start(root);
}
