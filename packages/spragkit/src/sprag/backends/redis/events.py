"""Redis event backends: the replay log as a Redis Stream and fan-out over pub/sub.

:class:`RedisReplayLog` keeps each stream as ``<prefix>:replay:<name>`` (XADD with an
approximate MAXLEN). Its ids are Redis stream ids (``"<ms>-<seq>"``), the same on every
host, so a browser that reconnects elsewhere resumes from its ``Last-Event-ID``. Besides
the ``ReplayLog`` protocol it offers :meth:`RedisReplayLog.wait` (XREAD BLOCK): each
process tails the stream and delivers new entries to its own clients, in the one order the
stream gives them.

:class:`RedisFanout` publishes JSON on ``<prefix>:fanout:<channel>``; one listener
greenlet per process subscribes (and subscribes again after Redis comes back).
"""

from __future__ import annotations

import json
import logging
import threading
from typing import Any, Callable, Dict, List, Mapping, Optional

from ..fanout import Subscriber
from ..replay import ReplayEntry
from .client import RedisLink, pause, spawn_background

__all__ = ["RedisReplayLog", "RedisFanout", "stream_id_key"]

log = logging.getLogger("sprag.redis")


def stream_id_key(event_id: str) -> tuple:
    """A sortable key of a Redis stream id (``"1700000000000-3"`` -> (1700000000000, 3))."""
    ms, _, seq = event_id.partition("-")
    try:
        return (int(ms), int(seq or 0))
    except ValueError:
        return (0, 0)


class RedisReplayLog:
    """Append-only events per stream in Redis Streams, the last ``max_len`` (about) kept."""

    #: The SSE id prefix: the same on every host (ids are Redis stream ids, time based, so
    #: they keep increasing across a restart of Redis).
    epoch = "r"
    order_key = staticmethod(stream_id_key)

    def __init__(self, link: RedisLink, max_len: int = 1000) -> None:
        if max_len < 1:
            raise ValueError(f"RedisReplayLog(max_len=...) must be at least 1, got {max_len}")
        self.link = link
        self.max_len = max_len
        self._reader: Any = None

    def _key(self, stream: str) -> str:
        return self.link.key("replay", stream)

    def append(self, stream: str, event: Mapping[str, Any]) -> str:
        body = json.dumps(event, separators=(",", ":"))
        return self.link.call(lambda r: r.xadd(self._key(stream), {"e": body}, maxlen=self.max_len,
                                               approximate=True))

    @staticmethod
    def _entries(raw: List[Any]) -> List[ReplayEntry]:
        out: List[ReplayEntry] = []
        for entry_id, fields in raw:
            try:
                out.append((entry_id, json.loads(fields["e"])))
            except (KeyError, ValueError):
                continue
        return out

    def since(self, stream: str, last_id: Optional[str], limit: int = 1000) -> List[ReplayEntry]:
        start = "-" if not last_id or stream_id_key(last_id) == (0, 0) else "(" + last_id
        raw = self.link.call(lambda r: r.xrange(self._key(stream), start, "+", count=limit), [])
        return self._entries(raw)

    def latest_id(self, stream: str) -> str:
        """The id of the newest entry ("0-0" when the stream is empty)."""
        raw = self.link.call(lambda r: r.xrevrange(self._key(stream), "+", "-", count=1), [])
        return raw[0][0] if raw else "0-0"

    def wait(self, stream: str, last_id: str, timeout: float) -> List[ReplayEntry]:
        """Entries after ``last_id``, waiting up to ``timeout`` seconds for one (XREAD BLOCK).

        Raises the client's connection errors (the caller retries and logs)."""
        if self._reader is None:
            self._reader = self.link.blocking_client()
        try:
            got = self._reader.xread({self._key(stream): last_id}, count=1000, block=int(timeout * 1000))
        except self.link.errors:
            self._reader = None
            raise
        if not got:
            return []
        return self._entries(got[0][1])


class RedisFanout:
    """Publish/subscribe over Redis pub/sub (events are JSON); subscribers run in this
    process's listener greenlet, one failing subscriber does not stop the others."""

    def __init__(self, link: RedisLink, retry_seconds: float = 1.0) -> None:
        self.link = link
        self.retry_seconds = retry_seconds
        self._subscribers: Dict[str, List[Subscriber]] = {}
        self._lock = threading.Lock()
        self._listener: Any = None
        self._pubsub: Any = None
        self._closed = False

    def _channel(self, channel: str) -> str:
        return self.link.key("fanout", channel)

    def publish(self, channel: str, event: Mapping[str, Any]) -> None:
        body = json.dumps(event, separators=(",", ":"))
        self.link.call(lambda r: r.publish(self._channel(channel), body), None)

    def subscribe(self, channel: str, callback: Subscriber) -> Callable[[], None]:
        with self._lock:
            self._subscribers.setdefault(channel, []).append(callback)
            self._ensure_listener()

        def unsubscribe() -> None:
            with self._lock:
                callbacks = self._subscribers.get(channel, [])
                if callback in callbacks:
                    callbacks.remove(callback)
                if not callbacks:
                    self._subscribers.pop(channel, None)

        return unsubscribe

    def subscriber_count(self, channel: str) -> int:
        with self._lock:
            return len(self._subscribers.get(channel, ()))

    def close(self) -> None:
        """Stop the listener (the App stops it with its services)."""
        self._closed = True
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.kill(block=False)

    # -- the listener greenlet -------------------------------------------------------------

    def _ensure_listener(self) -> None:
        if self._listener is None or self._listener.dead:
            self._closed = False
            self._listener = spawn_background(self._listen, "sprag-redis-fanout")

    def _listen(self) -> None:
        prefix = self._channel("")
        while not self._closed:
            pubsub = None
            try:
                pubsub = self.link.blocking_client().pubsub(ignore_subscribe_messages=True)
                subscribed: set = set()
                while not self._closed:
                    with self._lock:
                        wanted = {self._channel(c) for c in self._subscribers}
                    if wanted - subscribed:
                        pubsub.subscribe(*(wanted - subscribed))
                    if subscribed - wanted:
                        pubsub.unsubscribe(*(subscribed - wanted))
                    subscribed = wanted
                    if not subscribed:
                        pause(0.2)
                        continue
                    message = pubsub.get_message(timeout=0.5)
                    self.link.mark_up()
                    if message is None or message.get("type") != "message":
                        continue
                    self._deliver(message["channel"][len(prefix):], message["data"])
            except self.link.errors as exc:
                self.link.mark_down(exc)
            except Exception:  # noqa: BLE001 - the listener must outlive any bad message
                log.exception("Redis fan-out listener failed; restarting it")
            finally:
                if pubsub is not None:
                    try:
                        pubsub.close()
                    except Exception:  # noqa: BLE001
                        pass
            if not self._closed:
                pause(self.retry_seconds)

    def _deliver(self, channel: str, data: str) -> None:
        try:
            event = json.loads(data)
        except ValueError:
            log.error("Redis fan-out: a message on %r is not JSON; ignored", channel)
            return
        with self._lock:
            targets = list(self._subscribers.get(channel, ()))
        for callback in targets:
            try:
                callback(channel, event)
            except Exception:  # noqa: BLE001 - one bad subscriber must not starve the rest
                log.exception("a subscriber of %r failed", channel)
