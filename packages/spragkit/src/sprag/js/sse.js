/**
 * The page's one server-sent event stream: every broadcast (`bus.emit("sprag:broadcast",
 * {"event", "payload"})` on the server) is re-emitted on the page's bus, where
 * `Module.listen(event, fn)` receives it. The browser resumes with Last-Event-ID after a drop;
 * when it gives up (the server answered with an error), a new stream resumes from the last id.
 * @module sprag/sse
 */
import { bus } from "ragot/bus.js";
import { parseTyped } from "./payload.js";
import { backoff } from "./retry.js";

export const EVENTS_URL = "/__sprag__/events";

let started = false;

/** Open the stream (once per page). */
export function events() {
  if (started) return;
  started = true;
  let last = "";
  let tries = 0;
  const open = () => {
    const source = new EventSource(EVENTS_URL + (last && "?last_event_id=" + encodeURIComponent(last)));
    source.onopen = () => (tries = 0);
    source.onmessage = (e) => {
      last = e.lastEventId || last;
      const { event, payload } = parseTyped(e.data);
      bus.emit(event, payload);
    };
    source.onerror = () => {
      if (source.readyState == 2) setTimeout(open, backoff(tries++));
    };
  };
  open();
}
