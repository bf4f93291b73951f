"""The socket bridge: the page's one Socket.IO connection on the server side.

The handshake passes the request guard (same origin, the session's CSRF token, sent in the
Socket.IO auth payload because a WebSocket cannot carry headers). Each connection joins
rooms for its session, its client id (one tab) and its page path, which is what
``emit_socket(..., session_id=, client_id=, route=)`` targets; topics are rooms the browser
joins (``join_topic``), each checked by the page controller's ``authorize_topic(topic)``.

Controller handlers (``build_events(handler)`` -> ``handler.on(event, fn)``, see
``sprag.controller.SocketEvents``) run through :meth:`SocketBridge.run`, with
``self.request`` bound to the socket's session, user and client id; their return value is
the ack. Payloads and acks speak the wire's JSON (``sprag.wire``: ints past 2**53, integral
floats and tag-like dicts tagged) in both directions. Events over the size limit, unknown events, bad topics and handlers that raise are
answered with an error ack ``{"ok": false, "error": ...}``; the connection stays up.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import traceback
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Optional, Set, Tuple

import specter
from specter import HTTPError

from ..http.request import SpragRequest
from ..wire import WireError, for_wire, untyped

if TYPE_CHECKING:  # Flask loads when a request is answered, not in `sprag build`
    pass

#: ``match_surface(path) -> (surface, params)`` or None: the page a socket's page is.
MatchSurface = Callable[[str], Optional[Tuple[Any, Dict[str, Any]]]]

__all__ = ["SocketBridge", "ClientInfo", "SOCKET_EVENTS", "error_ack", "uses_sockets", "may_use_sockets"]

log = logging.getLogger("sprag.realtime")

#: The framework's own socket events (joining and leaving topics).
SOCKET_EVENTS = ("sprag:join", "sprag:leave")
#: emit_socket targets -> room prefixes
_TARGETS = {"session_id": "s", "topic": "t", "client_id": "c", "route": "r"}
#: The fan-out channel a tab's session change travels on to the other processes.
MOVED_CHANNEL = "sockets.session"
_CLIENT_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


def error_ack(message: str, **extra: Any) -> Dict[str, Any]:
    """The ack of a refused or failed socket event."""
    body: Dict[str, Any] = {"ok": False, "error": message}
    body.update(extra)
    return body


@dataclass
class ClientInfo:
    """One connected page: who it is and what it joined."""

    sid: str
    client_id: str
    session_id: Optional[str]
    path: str
    surface: Any
    params: Dict[str, Any]
    topics: Set[str] = field(default_factory=set)


def room(kind: str, value: str) -> str:
    """The Socket.IO room name of a target (``s:`` session, ``c:`` client, ``r:`` route, ``t:`` topic)."""
    return f"{kind}:{value}"


class SocketBridge:
    """Connects, targets and guards the app's Socket.IO server."""

    def __init__(self, socketio: Callable[[], Any], *, sessions: Any, guard: Any, auth: Any,
                 match_surface: MatchSurface, controller_for: Callable[[Any], Any],
                 dev: bool = False, enabled: bool = True, max_event_bytes: int = 64 * 1024,
                 max_topics: int = 32, max_topic_length: int = 200, fanout: Any = None) -> None:
        if max_event_bytes < 1 or max_topics < 1:
            raise ValueError("SocketBridge: max_event_bytes and max_topics must be positive")
        self._socketio = socketio
        self._installed = False
        self.sessions = sessions
        self.guard = guard
        self.auth = auth
        self.match_surface = match_surface
        self.controller_for = controller_for
        self.dev = dev
        self.enabled = enabled
        self.max_event_bytes = max_event_bytes
        self.max_topics = max_topics
        self.max_topic_length = max_topic_length
        self.clients: Dict[str, ClientInfo] = {}
        #: Carries session moves to the other processes of the app (a tab's sockets may be
        #: connected to another host than the one that signed it in).
        self.fanout = fanout
        self._origin = f"{os.getpid()}-{id(self):x}"

    @property
    def socketio(self) -> Any:
        """The app's Flask-SocketIO server."""
        return self._socketio()

    def close_all(self) -> None:
        """Close every open socket with Engine.IO's close packet (a graceful shutdown): the
        browser clients reconnect with backoff, to this host once it is back or to another."""
        sio = self.socketio if self._installed else None
        if sio is not None:
            sio.server.eio.disconnect()

    def install(self) -> None:
        """Bind the connect/disconnect/topic/catch-all handlers (once)."""
        if self._installed:
            return
        sio = self.socketio
        if sio is None:  # no Socket.IO server (a static export): nothing to bind
            return
        self._installed = True
        sio.on_event("connect", self._connect)
        sio.on_event("disconnect", self._disconnect)
        sio.on_event("sprag:join", self._join)
        sio.on_event("sprag:leave", self._leave)
        sio.on_event("*", self._unknown)
        self.sessions.on_change(self._session_changed)
        if self.fanout is not None:
            self.fanout.subscribe(MOVED_CHANNEL, self._moved_elsewhere)

    def _session_changed(self, old: Optional[str], new: Optional[str]) -> None:
        from flask import request

        from ..http.request import CLIENT_HEADER

        info = self.client()  # a socket event's own tab, or the tab an HTTP request names
        client_id = info.client_id if info is not None else request.headers.get(CLIENT_HEADER)
        self.move_client(client_id, old, new)  # here at once; other processes through the fan-out
        if client_id and self.fanout is not None:
            try:
                self.fanout.publish(MOVED_CHANNEL, {"client": client_id, "old": old, "new": new,
                                                    "origin": self._origin})
            except Exception as exc:  # noqa: BLE001 - Redis down: that tab's sockets move on reconnect
                log.warning("could not tell the other processes that tab %s changed session: %s", client_id, exc)

    def _moved_elsewhere(self, _channel: str, event: Any) -> None:
        """Another process changed a tab's session: move that tab's sockets here too."""
        if not isinstance(event, dict) or event.get("origin") == self._origin:
            return
        client, old, new = event.get("client"), event.get("old"), event.get("new")
        if not isinstance(client, str) or not all(v is None or isinstance(v, str) for v in (old, new)):
            return
        self.move_client(client, old, new)  # moves only this process's sockets of that tab

    # connection -----------------------------------------------------------------------------
    def _connect(self, auth: Any = None) -> Any:
        from flask import request
        from flask_socketio import ConnectionRefusedError, join_room

        if not self.enabled:
            raise ConnectionRefusedError("sockets are off for this app (App(server_mode='wsgi'))")
        auth = auth if isinstance(auth, dict) else {}
        problem = self._handshake_problem(auth)
        if problem:
            log.info("socket connect refused: %s", problem)
            raise ConnectionRefusedError(problem)
        session = self.sessions.load()
        path = auth.get("path") if isinstance(auth.get("path"), str) else "/"
        match = self.match_surface(path)
        info = ClientInfo(
            sid=request.sid, client_id=auth["client"], session_id=session.id if session else None,
            path=path, surface=match[0] if match else None, params=match[1] if match else {},
        )
        self.clients[request.sid] = info
        join_room(room("c", info.client_id))
        join_room(room("r", path))
        if info.surface is not None and info.surface.path != path:
            join_room(room("r", info.surface.path))
        if info.session_id:
            join_room(room("s", info.session_id))
        return None

    def _handshake_problem(self, auth: Dict[str, Any]) -> Optional[str]:
        from ..http.guard import GuardRule, Rejection

        token = auth.get("csrf")
        verdict = self.guard.check(GuardRule(label="socket connection"),
                                   csrf_token=token if isinstance(token, str) else "")
        if isinstance(verdict, Rejection):
            if verdict.reason == "cross_site":
                return "cross-site socket connections are refused"
            return "missing or invalid CSRF token; reload the page"
        client = auth.get("client")
        if not isinstance(client, str) or not _CLIENT_ID.match(client):
            return "the connect payload needs a client id (1-64 letters, digits, _.:-)"
        return None

    def move_client(self, client_id: Optional[str], old: Optional[str], new: Optional[str]) -> None:
        """The tab ``client_id`` changed session (its request created one, logged in or out):
        its sockets leave ``old``'s room and join ``new``'s, so ``emit_socket(session_id=new)``
        reaches it at once. Sockets of this process only."""
        if not client_id:
            return
        server = self.socketio.server
        for sid, info in list(self.clients.items()):
            if info.client_id != client_id:
                continue
            if old:
                server.leave_room(sid, room("s", old), namespace="/")
            if new:
                server.enter_room(sid, room("s", new), namespace="/")
            info.session_id = new

    def _disconnect(self, *args: Any) -> None:
        from flask import request

        self.clients.pop(request.sid, None)

    def client(self) -> Optional[ClientInfo]:
        """The connected page behind the socket event being handled."""
        from flask import request

        return self.clients.get(getattr(request, "sid", None))

    # events ---------------------------------------------------------------------------------
    def _too_big(self, event: str, data: Any) -> Optional[Dict[str, Any]]:
        try:
            size = len(json.dumps(data, separators=(",", ":")).encode("utf-8"))
        except (TypeError, ValueError):
            return error_ack(f"event {event!r}: the payload is not JSON data")
        if size > self.max_event_bytes:
            return error_ack(f"event {event!r} is {size} bytes; the limit is {self.max_event_bytes}",
                             limit=self.max_event_bytes)
        return None

    def _bind(self, info: ClientInfo) -> SpragRequest:
        from flask import g, request

        session = self.sessions.load()
        if session is not None and session.id != info.session_id:
            session = None  # the session rotated (login/logout) since the socket connected
        auth = self.auth
        user = (lambda: auth.user_for(session)) if session is not None else None
        req = SpragRequest(
            info.path, info.params, session.id if session is not None else None, method="SOCKET",
            user=user, session=session.data if session is not None else None, source=request,
            client_id=info.client_id,
        )
        g.sprag_request = req
        return req

    def run(self, event: str, fn: Callable[..., Any], data: Any) -> Any:
        """Run one controller handler for the current socket event; returns the ack."""
        info = self.client()
        if info is None:
            return error_ack("this socket is not connected; reconnect")
        problem = self._too_big(event, data)
        if problem:
            return problem
        try:
            data = untyped(data)
        except WireError as exc:
            return error_ack(f"event {event!r}: {exc}")
        self._bind(info)
        try:
            return for_wire(fn(data), f"the ack of {event!r}")
        except HTTPError as exc:
            body = exc.to_dict()
            body.update(ok=False, status=exc.status)
            return body
        except Exception:
            log.exception("socket handler %r for %r failed", fn, event)
            extra = {"traceback": traceback.format_exc()} if self.dev else {}
            return error_ack(f"the handler of {event!r} failed on the server", **extra)

    def _unknown(self, event: str, data: Any = None) -> Dict[str, Any]:
        return error_ack(f"unknown socket event {event!r}; the server handles: "
                         f"{', '.join(self.known_events()) or 'none'}")

    def known_events(self) -> List[str]:
        ingress = specter.SocketIngress.for_socketio(self.socketio)
        return ingress.events()

    # topics ---------------------------------------------------------------------------------
    def _topic(self, event: str, data: Any) -> Any:
        problem = self._too_big(event, data)
        if problem:
            return problem
        topic = data.get("topic") if isinstance(data, dict) else None
        if not isinstance(topic, str) or not topic.strip():
            return error_ack(f"{event} needs {{\"topic\": \"name\"}}, e.g. {{\"topic\": \"room:alpha\"}}")
        if len(topic) > self.max_topic_length:
            return error_ack(f"topic names are at most {self.max_topic_length} characters")
        return topic

    def _join(self, data: Any = None) -> Dict[str, Any]:
        from flask_socketio import join_room

        info = self.client()
        if info is None:
            return error_ack("this socket is not connected; reconnect")
        topic = self._topic("sprag:join", data)
        if isinstance(topic, dict):
            return topic
        if topic in info.topics:
            return {"ok": True, "topic": topic}
        if len(info.topics) >= self.max_topics:
            return error_ack(f"a page joins at most {self.max_topics} topics; leave one first",
                             topic=topic, limit=self.max_topics)
        refused = self._authorize(info, topic)
        if refused:
            return refused
        join_room(room("t", topic))
        info.topics.add(topic)
        return {"ok": True, "topic": topic}

    def _authorize(self, info: ClientInfo, topic: str) -> Optional[Dict[str, Any]]:
        controller = self.controller_for(info.surface) if info.surface is not None else None
        check = getattr(controller, "authorize_topic", None)
        if check is None:
            return None
        self._bind(info)
        try:
            allowed = check(topic)
        except HTTPError as exc:
            return error_ack(exc.message, topic=topic, status=exc.status)
        except Exception:
            log.exception("authorize_topic(%r) failed", topic)
            return error_ack(f"topic {topic!r} could not be authorized (server error)", topic=topic)
        if allowed is False or allowed is None:
            name = f"{type(controller).__name__}.authorize_topic"
            return error_ack(f"topic {topic!r} refused by {name}", topic=topic)
        return None

    def _leave(self, data: Any = None) -> Dict[str, Any]:
        from flask_socketio import leave_room

        info = self.client()
        if info is None:
            return error_ack("this socket is not connected; reconnect")
        topic = self._topic("sprag:leave", data)
        if isinstance(topic, dict):
            return topic
        if topic in info.topics:
            leave_room(room("t", topic))
            info.topics.discard(topic)
        return {"ok": True, "topic": topic}

    # emitting -------------------------------------------------------------------------------
    def emit(self, event: str, payload: Any = None, **targets: Optional[str]) -> None:
        """Send ``event`` to the targeted sockets: ``session_id``, ``topic``, ``client_id``,
        ``route`` (several: their union; none given: every socket). A target given as None
        (``session_id=self.request.session_id`` for a visitor without a session) matches no
        socket: the event goes nowhere rather than to everyone."""
        if not isinstance(event, str) or not event:
            raise ValueError(f"emit_socket needs an event name, got {event!r}")
        unknown = set(targets) - set(_TARGETS)
        if unknown:
            raise TypeError(f"emit_socket({event!r}, ...): unknown target {sorted(unknown)[0]!r}; "
                            f"use {', '.join(_TARGETS)}")
        rooms: List[str] = []
        for name, value in targets.items():
            if value is None:
                continue
            if not isinstance(value, str) or not value:
                raise ValueError(f"emit_socket({event!r}, ...): {name} must be a non-empty string, "
                                 f"got {value!r}")
            rooms.append(room(_TARGETS[name], value))
        if targets and not rooms:
            log.debug("emit_socket(%r): every target is None; nothing sent", event)
            return
        sio = self.socketio
        if sio is None:  # no Socket.IO server (a static export): no socket to reach
            log.debug("emit_socket(%r): no Socket.IO server; nothing sent", event)
            return
        sio.emit(event, for_wire(payload, f"emit_socket({event!r}) payload"), to=rooms or None)


def uses_sockets(controller_classes: Iterable[type], browser_sources: Iterable[str]) -> bool:
    """True when a surface declares socket ingress (``build_events``/``authorize_topic``) or
    its browser code uses the socket (``on_socket``, ``emit_socket``, ``join_topic`` ...)."""
    from ..controller import Controller

    for cls in controller_classes:
        if getattr(cls, "build_events", None) is not getattr(Controller, "build_events", None):
            return True
        if getattr(cls, "authorize_topic", None) is not getattr(Controller, "authorize_topic", None):
            return True
    words = re.compile(r"\b(on_socket|emit_socket|join_topic|refetch_on_socket)\s*\(")
    return any(words.search(src) for src in browser_sources)


def may_use_sockets(cls: type, files: Dict[str, str]) -> bool:
    """False when the file that defines ``cls`` names none of the browser socket calls (so
    its class source cannot); True when it does or when the file cannot be read."""
    path = getattr(sys.modules.get(cls.__module__), "__file__", None)
    if not path or not path.endswith(".py"):
        return True
    if path not in files:
        try:
            with open(path, encoding="utf-8") as handle:
                files[path] = handle.read()
        except (OSError, UnicodeDecodeError):
            files[path] = "on_socket"  # unreadable: let inspect decide
    text = files[path]
    return any(word in text for word in ("on_socket", "emit_socket", "join_topic"))
