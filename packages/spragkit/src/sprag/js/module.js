/**
 * sprag Module: ragot's Module plus the action bridge.
 * @module sprag/module
 */
import { Module } from "ragot/module.js";
import { callAction } from "./actions.js";

class SpragModule extends Module {
  /**
   * Call a server action of this route; resolves to a result whose `.value` is the return value.
   * @param {string} name
   * @param {object} [data]
   */
  callAction(name, data) {
    return callAction(name, data);
  }
}

export { SpragModule as Module };
