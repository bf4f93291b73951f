/**
 * RESTSockets in the browser: `openStream(url, fn)` calls `fn` with the resource's current
 * value (GET), then with every message of a WebSocket on the same URL, reconnecting (and
 * re-reading the value) with backoff. JSON resources give parsed values, others text; a
 * resource that answers in the wire's JSON (sprag/wire.py) gives exact big ints and floats,
 * in its value and its messages.
 * @module sprag/stream
 */
import { parseTyped } from "./payload.js";
import { backoff } from "./retry.js";

/** @returns {{close(): void}} */
export function openStream(url, fn) {
  let ws = null;
  let closed = false;
  let json = false;
  let wire = false; // the resource answers in the wire's JSON (exact big ints and floats)
  let tries = 0;
  let timer = 0;
  const value = (text) => (wire ? parseTyped(text) : json ? JSON.parse(text) : text);
  const connect = async () => {
    try {
      // asked of this app only: the header would make a cross-origin GET need a preflight
      const own = new URL(url, location.href).origin === location.origin;
      const response = await fetch(url, { credentials: "same-origin", headers: own ? { "X-Sprag-Wire": "1" } : {} });
      json = /json/.test(response.headers.get("content-type"));
      wire = json && response.headers.get("X-Sprag-Wire") === "1";
      const text = await response.text();
      if (response.ok && !closed) fn(value(text));
    } catch (_) {
      // offline: the WebSocket below fails too and schedules the next try
    }
    if (closed) return;
    ws = new WebSocket(new URL(url, location.href).href.replace(/^http/, "ws"));
    ws.onopen = () => (tries = 0);
    ws.onmessage = (e) => fn(value(e.data));
    ws.onclose = () => {
      if (!closed) timer = setTimeout(connect, backoff(tries++));
    };
  };
  connect();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      if (ws) ws.close();
    },
  };
}
