/**
 * The page's one Socket.IO connection, shared by every module: Engine.IO v4 / Socket.IO v5
 * over WebSocket only. Answers pings (and reconnects when they stop), reconnects with
 * exponential backoff and jitter, buffers emits while offline, resolves acks as promises and
 * re-joins its topics after every reconnect. Nothing connects until a module uses it.
 * @module sprag/socket
 */
import { parseTyped, payload, stringify } from "./payload.js";
import { backoff } from "./retry.js";

/** This page's client id: the server targets `client_id=` at it; actions send it too. */
export const clientId = "c" + Math.random().toString(36).slice(2, 12) + Date.now().toString(36);

let shared = null;

/** The page's socket (opened on first use). */
export const socket = () => shared || (shared = new Socket(payload()));

class Socket {
  constructor(p) {
    this.p = p;
    p.client = clientId;
    /** @type {Map<string, Set<Function>>} */
    this.handlers = new Map();
    /** @type {Map<number, [Function, Function, boolean]>} ack id -> resolve, reject, sent */
    this.acks = new Map();
    this.seq = 0;
    /** frames waiting for a connection: [text, ack id] */
    this.queue = [];
    /** @type {Map<string, number>} topic -> how many modules joined it */
    this.topics = new Map();
    this.tries = 0;
    this.up = false;
    this.open();
  }

  open() {
    const ws = (this.ws = new WebSocket(`${location.protocol == "https:" ? "wss" : "ws"}://${location.host}/socket.io/?EIO=4&transport=websocket`));
    ws.onmessage = (e) => this.packet(e.data, ws);
    ws.onclose = () => this.lost(ws);
  }

  // The server pings every pingInterval; silence for pingInterval + pingTimeout is a dead line.
  beat(ws) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => ws.close(), this.wait);
  }

  packet(data, ws) {
    const kind = data[0];
    if (kind == "0") {
      const open = JSON.parse(data.slice(1));
      this.wait = open.pingInterval + open.pingTimeout;
      this.beat(ws);
      ws.send("40" + JSON.stringify({ csrf: this.p.csrf, client: clientId, path: this.p.path || location.pathname }));
    } else if (kind == "2") {
      this.beat(ws);
      ws.send("3");
    } else if (kind == "4") this.message(data.slice(1), ws);
  }

  message(m, ws) {
    const kind = m[0];
    const id = parseInt(m.slice(1), 10);
    const body = m.slice(1 + (isNaN(id) ? 0 : String(id).length));
    if (kind == "0") {
      this.up = true;
      this.tries = 0;
      for (const topic of this.topics.keys()) ws.send("42" + JSON.stringify(["sprag:join", { topic }]));
      for (const [frame, ack] of this.queue.splice(0)) this.send(frame, ack);
    } else if (kind == "2") {
      const [event, data] = parseTyped(body);
      for (const fn of [...(this.handlers.get(event) || [])]) {
        try {
          fn(data);
        } catch (error) {
          reportError(error);
        }
      }
    } else if (kind == "3") {
      const pending = this.acks.get(id);
      this.acks.delete(id);
      if (pending) pending[0](parseTyped(body)[0] ?? null);
    } else if (kind == "4") {
      const why = new Error("socket refused: " + JSON.parse(body).message);
      console.error(why.message);
      this.fail(why, true);
      ws.close();
    } else if (kind == "1") ws.close();
  }

  lost(ws) {
    if (ws != this.ws) return;
    clearTimeout(this.timer);
    this.up = false;
    this.fail(new Error("socket disconnected before the ack"), false);
    setTimeout(() => this.open(), backoff(this.tries++));
  }

  // Reject acks of frames already sent (or of every frame, when the server refused us).
  fail(error, all) {
    if (all) this.queue = [];
    for (const [id, [, reject, sent]] of this.acks) {
      if (all || sent) {
        this.acks.delete(id);
        reject(error);
      }
    }
  }

  send(frame, ack) {
    if (!this.up) return this.queue.push([frame, ack]);
    if (ack != null) this.acks.get(ack)[2] = true;
    this.ws.send(frame);
  }

  /**
   * Handle server event `event` with `fn(data)`.
   * @returns {() => void} removes the handler
   */
  on(event, fn) {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set());
    this.handlers.get(event).add(fn);
    return () => this.handlers.get(event).delete(fn);
  }

  /**
   * Send `event` with `data`; resolves to the server's ack (its handler's return value).
   * @returns {Promise<any>}
   */
  emit(event, data) {
    return new Promise((resolve, reject) => {
      const id = this.seq++;
      this.acks.set(id, [resolve, reject, false]);
      this.send("42" + id + stringify([event, data === undefined ? null : data]), id);
    });
  }

  /** Join `topic` (counted: it is left when every joiner left); resolves to the join's ack. */
  join(topic) {
    const n = this.topics.get(topic) || 0;
    this.topics.set(topic, n + 1);
    return n ? Promise.resolve({ ok: true, topic }) : this.emit("sprag:join", { topic }).then((ack) => {
      if (ack && ack.ok === false) this.topics.delete(topic);
      return ack;
    });
  }

  leave(topic) {
    const n = this.topics.get(topic) || 0;
    if (n > 1) return this.topics.set(topic, n - 1);
    this.topics.delete(topic);
    if (n) this.emit("sprag:leave", { topic }).catch(() => {});
  }
}
