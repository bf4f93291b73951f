/**
 * RESTSockets in the browser: `openStream(url, fn)` calls `fn` with the resource's current
 * value (GET), then with every message of a WebSocket on the same URL, reconnecting (and
 * re-reading the value) with backoff. JSON resources give parsed values, others text.
 * @module sprag/stream
 */
import { backoff } from "./retry.js";

/** @returns {{close(): void}} */
export function openStream(url, fn) {
  let ws = null;
  let closed = false;
  let json = false;
  let tries = 0;
  let timer = 0;
  const value = (text) => (json ? JSON.parse(text) : text);
  const connect = async () => {
    try {
      const response = await fetch(url, { credentials: "same-origin" });
      json = /json/.test(response.headers.get("content-type"));
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
