"""SSE broadcast: ``bus.emit("sprag:broadcast", {"event", "payload"})`` reaches every page.

One ``EventSource`` per page at :data:`EVENTS_PATH`. Every event is appended to a replay log
first and carries an id ``"<epoch>.<seq>"``; a client that reconnects with ``Last-Event-ID``
(or ``?last_event_id=``) gets what it missed from the log. The epoch names the log's lifetime:
an id from an earlier one (the server restarted) replays everything the log kept. Heartbeat
comments keep idle proxies from closing the stream; ``retry:`` tells the browser how soon to
reconnect; the headers stop proxies from buffering.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any, Callable, Iterator, List, Mapping, Optional, Tuple

from specter.locks import RLock

from ..backends.replay import InMemoryReplayLog, ReplayLog
from ..wire import to_json

if TYPE_CHECKING:  # Flask and gevent's queues load when a stream is served, not in `sprag build`
    from flask import Response
    from gevent.queue import Queue

__all__ = ["EVENTS_PATH", "BROADCAST_EVENT", "EventStream"]

log = logging.getLogger("sprag.realtime")

#: The page's event stream (the browser glue, ``sprag/js/sse.js``, opens it).
EVENTS_PATH = "/__sprag__/events"
#: The bus event that broadcasts: ``bus.emit(BROADCAST_EVENT, {"event": ..., "payload": ...})``.
BROADCAST_EVENT = "sprag:broadcast"
_STREAM = "broadcast"
_CLOSE = object()


def _frame(event_id: str, event: Mapping[str, Any]) -> str:
    return f"id: {event_id}\ndata: {to_json(event)}\n\n"


class EventStream:
    """The broadcast stream: publish once, every connected page receives it in order."""

    def __init__(
        self,
        replay: Optional[ReplayLog] = None,
        *,
        heartbeat: float = 15.0,
        retry_ms: int = 2000,
        queue_size: int = 1000,
        replay_limit: int = 1000,
    ) -> None:
        if heartbeat <= 0 or retry_ms <= 0 or queue_size < 1:
            raise ValueError("EventStream: heartbeat, retry_ms and queue_size must be positive")
        self.replay = replay if replay is not None else InMemoryReplayLog(max_len=replay_limit)
        self.heartbeat = heartbeat
        self.retry_ms = retry_ms
        self.queue_size = queue_size
        self.replay_limit = replay_limit
        self.epoch = format(int(time.time() * 1000), "x")
        self._clients: List[Queue] = []
        self._lock = RLock()
        self._order = RLock()  # append + fan-out as one step, so ids reach clients in order
        self._key: Callable[[str], Any] = int
        self.shared = False
        self._tail: Any = None
        #: ``fn(body)`` for every event delivered (live stores adopt other hosts' changes); a
        #: shared stream also passes them the events its log kept when it starts.
        self.on_event: List[Callable[[Mapping[str, Any]], None]] = []
        if replay is not None:
            self.use(replay)

    def use(self, replay: ReplayLog) -> None:
        """Keep the replay log in ``replay``. A shared log (one with ``wait``, e.g. Redis) is
        also the fan-out: publishing appends to it, and each process tails it (:meth:`start`)
        and delivers to its own clients, in the log's one order, with ids valid on every host."""
        self.replay = replay
        self.shared = callable(getattr(replay, "wait", None))
        if self.shared:
            self.epoch = str(getattr(replay, "epoch", "s"))
            self._key = getattr(replay, "order_key", int)

    def _valid(self, seq: str) -> bool:
        try:
            self._key(seq)
        except (TypeError, ValueError):
            return False
        return bool(seq)

    # publishing -----------------------------------------------------------------------------
    def publish(self, event: str, payload: Any = None) -> str:
        """Send ``event`` with ``payload`` to every connected page; returns the event id
        ("" when a shared log is unreachable: the event is lost and a warning logged)."""
        if not isinstance(event, str) or not event:
            raise ValueError(f"broadcast events need a non-empty string name, got {event!r}")
        body = {"event": event, "payload": payload}
        to_json(body, "a broadcast payload")  # refuse non-JSON data here, not in every client's stream
        if self.shared:  # every process (this one too) delivers it from the log's tail
            try:
                return f"{self.epoch}.{self.replay.append(_STREAM, body)}"
            except Exception as exc:  # noqa: BLE001 - Redis down: the event is lost, not the caller
                log.warning("broadcast %r not sent: the shared event log is unreachable (%s)", event, exc)
                return ""
        with self._order:
            seq = self.replay.append(_STREAM, body)
            return self._deliver(seq, body)

    def _deliver(self, seq: str, body: Mapping[str, Any]) -> str:
        from gevent.queue import Full

        event_id = f"{self.epoch}.{seq}"
        key = self._key(seq)
        with self._lock:
            clients = list(self._clients)
        for queue in clients:
            try:
                queue.put_nowait((key, event_id, body))
            except Full:
                # A client this far behind is cut loose; it reconnects and replays the log.
                self._drop(queue)
        self._hooks(body)
        return event_id

    def _hooks(self, body: Mapping[str, Any]) -> None:
        for fn in self.on_event:
            try:
                fn(body)
            except Exception:  # noqa: BLE001 - a bad hook must not stop the stream
                log.exception("an event hook of the broadcast stream failed")

    # tailing a shared log ---------------------------------------------------------------------
    def start(self) -> None:
        """Tail a shared log (no-op for a process-local one)."""
        if self.shared and (self._tail is None or self._tail.dead):
            import gevent

            self._tail = gevent.spawn(self._follow)

    def stop(self) -> None:
        tail, self._tail = self._tail, None
        if tail is not None:
            tail.kill(block=False)

    def _follow(self) -> None:
        import gevent
        from gevent import monkey

        last = None
        errors = getattr(getattr(self.replay, "link", None), "errors", (OSError,))
        # without gevent's patched sockets a blocking read would stall every greenlet: poll
        patched = monkey.is_module_patched("socket")
        block = self.heartbeat if patched else 0.01
        caught_up = False
        while True:
            try:
                if not caught_up:
                    # state carried by events (live stores) catches up with what the log kept
                    kept = self.replay.since(_STREAM, None, self.replay_limit)
                    for _seq, body in kept:
                        self._hooks(body)
                    last = kept[-1][0] if kept else None
                    caught_up = True
                if last is None:
                    last = self.replay.latest_id(_STREAM)  # type: ignore[attr-defined]
                entries = self.replay.wait(_STREAM, last, block)  # type: ignore[attr-defined]
                if not patched and not entries:
                    gevent.sleep(0.2)
                link = getattr(self.replay, "link", None)
                if link is not None:
                    link.mark_up()
            except errors as exc:
                link = getattr(self.replay, "link", None)
                if link is not None:
                    link.mark_down(exc)
                gevent.sleep(1.0)
                continue
            except Exception:  # noqa: BLE001 - the tail must outlive anything
                log.exception("following the shared broadcast log failed; retrying")
                gevent.sleep(1.0)
                continue
            if entries:
                with self._order:
                    for seq, body in entries:
                        self._deliver(seq, body)
                last = entries[-1][0]

    def on_bus(self, data: Any) -> None:
        """The ``sprag:broadcast`` bus listener."""
        if not isinstance(data, Mapping) or not isinstance(data.get("event"), str):
            log.error("bus.emit(%r, ...) needs {'event': str, 'payload': ...}; got %r",
                      BROADCAST_EVENT, data)
            return
        self.publish(data["event"], data.get("payload"))

    def _drop(self, queue: Queue) -> None:
        from gevent.queue import Full

        with self._lock:
            if queue in self._clients:
                self._clients.remove(queue)
        try:
            queue.put_nowait(_CLOSE)
        except Full:
            queue.queue.clear()
            queue.put_nowait(_CLOSE)

    def close(self) -> None:
        """End every open stream (the browsers reconnect to whoever serves next)."""
        with self._lock:
            clients = list(self._clients)
        for queue in clients:
            self._drop(queue)

    @property
    def client_count(self) -> int:
        with self._lock:
            return len(self._clients)

    # serving --------------------------------------------------------------------------------
    def _backlog(self, last_id: Optional[str]) -> Tuple[Any, List[Tuple[Any, str, Any]]]:
        """(the position the client has, the entries it missed) for its Last-Event-ID."""
        if not last_id:
            return self._head(), []
        epoch, _, seq = last_id.partition(".")
        after: Optional[str] = seq if epoch == self.epoch and self._valid(seq) else None
        entries = self.replay.since(_STREAM, after, self.replay_limit)
        have = self._key(after) if after is not None else self._key("0")
        return have, [(self._key(s), f"{self.epoch}.{s}", body) for s, body in entries]

    def _head(self) -> Any:
        # a new client starts at "now": nothing before its connection is replayed
        latest_id = getattr(self.replay, "latest_id", None)
        if self.shared and latest_id is not None:
            return self._key(latest_id(_STREAM))
        latest = self.replay.since(_STREAM, None, self.replay_limit)
        return self._key(latest[-1][0]) if latest else self._key("0")

    def response(self, last_id: Optional[str] = None) -> Response:
        """The ``text/event-stream`` response for one client."""
        from flask import Response, request
        from gevent.queue import Queue

        if last_id is None:
            last_id = request.headers.get("Last-Event-ID") or request.args.get("last_event_id")
        queue: Queue = Queue(self.queue_size)
        with self._order:  # nothing is published between reading the log and subscribing
            have, backlog = self._backlog(last_id)
            with self._lock:
                self._clients.append(queue)
        return Response(
            self._frames(queue, have, backlog),
            mimetype="text/event-stream",
            headers={
                "Cache-Control": "no-cache, no-store, no-transform",
                "X-Accel-Buffering": "no",  # nginx: do not buffer this response
            },
        )

    def _frames(self, queue: Queue, have: Any, backlog: List[Tuple[Any, str, Any]]) -> Iterator[str]:
        from gevent.queue import Empty

        try:
            # the comment line pushes the headers and first bytes through buffering proxies
            yield f"retry: {self.retry_ms}\n: {' ' * 64}\n\n"
            for seq, event_id, body in backlog:
                if seq > have:
                    have = seq
                    yield _frame(event_id, body)
            while True:
                try:
                    item = queue.get(timeout=self.heartbeat)
                except Empty:
                    yield ": ping\n\n"
                    continue
                if item is _CLOSE:
                    return
                seq, event_id, body = item
                if seq > have:
                    have = seq
                    yield _frame(event_id, body)
        finally:
            # no lock: this may run while the interpreter finalises greenlets; a list
            # removal never yields to another greenlet anyway
            try:
                self._clients.remove(queue)
            except ValueError:
                pass


def bus_bridge(stream: EventStream, bus: Any) -> Callable[[], Any]:
    """Feed ``bus`` broadcasts into ``stream``; returns the function that stops it."""
    return bus.on(BROADCAST_EVENT, stream.on_bus)
