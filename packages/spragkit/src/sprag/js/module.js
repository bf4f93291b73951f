/**
 * sprag Module: ragot's Module plus the action bridge and realtime (SSE broadcasts, the
 * page's socket, topics, RESTSockets streams). Everything a module subscribes to or joins is
 * released when it stops. Each realtime method is a region: a page that uses none ships none.
 * @module sprag/module
 */
import { Module } from "ragot/module.js";
import { toPlain } from "ragot/plain.js";
import { callAction } from "./actions.js";
import { events } from "./sse.js";
import { socket } from "./socket.js";
import { openStream } from "./stream.js";

class SpragModule extends Module {
  /**
   * Call a server action of this route; resolves to a result whose `.value` is the return value.
   * @param {string} name
   * @param {object} [data]
   */
  callAction(name, data) {
    return callAction(name, data);
  }

  //#if listen
  /** Bus events, including the server's broadcasts (the page opens its event stream). */
  listen(event, fn) {
    events();
    return super.listen(event, fn);
  }
  //#endif

  //#if onSocket refetchOnSocket
  /** Handle server socket event `event` with `fn(payload)` until the module stops. */
  onSocket(event, fn) {
    return this.own(socket().on(event, fn));
  }
  //#endif

  //#if emitSocket
  /** Send a socket event; resolves to the ack (the server handler's return value). */
  emitSocket(event, payload) {
    return socket().emit(event, toPlain(payload));
  }
  //#endif

  //#if joinTopic
  /** Receive events emitted to `topic` until leaveTopic or stop; resolves to the join's ack. */
  joinTopic(topic) {
    const mine = this._topics || (this._topics = new Set());
    if (!mine.size) this.own(() => mine.forEach((t) => mine.delete(t) && socket().leave(t)));
    if (mine.has(topic)) return Promise.resolve({ ok: true, topic });
    mine.add(topic);
    return socket().join(topic);
  }
  //#endif

  //#if leaveTopic
  leaveTopic(topic) {
    if (this._topics && this._topics.delete(topic)) socket().leave(topic);
  }
  //#endif

  //#if refetchOnSocket
  /** On socket event `event`, call action `action` with `payload` and hand its result to `fn`. */
  refetchOnSocket(event, action, payload, fn) {
    return this.onSocket(event, () => this.callAction(action, payload).then(fn));
  }
  //#endif

  //#if stream
  /** RESTSockets: `fn(value)` with the GET value of `url`, then each WebSocket message. */
  stream(url, fn) {
    return this.own(openStream(url, fn));
  }
  //#endif
}

export { SpragModule as Module };
