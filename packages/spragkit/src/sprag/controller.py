"""``Controller`` (a specter Controller with ``route``, ``load()`` and ``self.request``) and
the ``@action`` decorator that exposes a method to the browser as a typed action."""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional

import specter

from .http.request import SpragRequest, current_request

__all__ = ["Controller", "action", "ActionSpec", "SocketEvents"]

_ACTION_ATTR = "__sprag_action__"
#: emit_socket's "no target given" (None is a given target that matches no socket)
_EVERYONE: Any = object()


@dataclass(frozen=True)
class ActionSpec:
    """One action of a controller: its public name, its schema and the method it calls."""

    name: str
    method: str
    schema: Any = None
    upload: Any = None

    def describe(self) -> Dict[str, Any]:
        described = self.schema.describe() if self.schema is not None else None
        out = {"name": self.name, "method": self.method, "schema": described}
        if self.upload is not None:
            out["upload"] = self.upload if isinstance(self.upload, (dict, bool)) else repr(self.upload)
        return out


def action(fn: Optional[Callable] = None, *, schema: Any = None, name: Optional[str] = None,
           upload: Any = None):
    """Mark a controller method as a browser-callable action.

    ``@action`` bare, or ``@action(schema=Schema(...), name="start")``. The payload is
    validated (and coerced) by ``schema`` and passed as keyword arguments. ``upload=``:
    this action's upload limits (a dict of ``UploadLimits`` fields to override, or an
    ``UploadLimits``) when the browser calls it with ``self.upload_form``.
    """
    if upload is not None and upload is not True:
        from .http.limits import UploadLimits

        UploadLimits().override(upload)  # a bad limit fails at import, not at the first upload
    if schema is not None and not hasattr(schema, "require"):
        raise TypeError(f"@action(schema=...) needs a specter Schema, got {type(schema).__name__}")
    if name is not None and (not isinstance(name, str) or not name):
        raise TypeError(f"@action(name=...) must be a non-empty string, got {name!r}")

    def mark(method: Callable) -> Callable:
        if not callable(method):
            raise TypeError("@action decorates a controller method")
        setattr(method, _ACTION_ATTR, ActionSpec(name or method.__name__, method.__name__, schema, upload))
        return method

    if fn is not None:
        return mark(fn)
    return mark


class SocketEvents(specter.Handler):
    """The ``handler`` a SPRAG controller's ``build_events(handler)`` receives: every
    ``handler.on(event, fn)`` runs ``fn(payload)`` through the bridge (request bound,
    limits checked, errors acked)."""

    def on(self, event: str, fn: Callable[..., Any], priority: int = 100) -> None:
        if not isinstance(event, str) or not event or event.startswith("sprag:"):
            raise ValueError(f"socket event names are non-empty strings outside 'sprag:', got {event!r}")
        super().on(event, _through_bridge(event, fn), priority)


def _through_bridge(event: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def handle(data: Any = None) -> Any:
        from flask import current_app

        # the app's socket bridge binds self.request, checks limits and turns errors into acks
        return current_app.extensions["sprag.realtime"].sockets.run(event, fn, data)

    handle.__name__ = getattr(fn, "__name__", "handler")
    return handle


class Controller(specter.Controller):
    """The server half of a surface: ``load()`` feeds the render, ``@action`` methods answer
    the browser. One instance per surface, started and stopped by the app's lifecycle."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # `def start(self, label)` as an action would replace Service.start and break the
        # app's boot with a TypeError far from here: refuse it where it is written.
        for attr, value in vars(cls).items():
            spec = getattr(value, _ACTION_ATTR, None)
            if isinstance(spec, ActionSpec) and callable(getattr(Controller, attr, None)):
                raise TypeError(
                    f"{cls.__qualname__}.{attr}: an @action method cannot be named {attr!r}, "
                    f"that replaces Controller.{attr}(); name the method differently and keep "
                    f"the action's name: @action(name={spec.name!r}) def {spec.name}_action(self, ...)"
                )

    route: Optional[str] = None
    #: ``build_events(handler)`` gets one: its handlers run with ``self.request`` bound to
    #: the socket's session, user and client id, and their return value is the ack.
    events_handler_class = SocketEvents

    def __init__(self, name: Optional[str] = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(name or _default_name(type(self)), *args, **kwargs)

    def load(self) -> Any:
        """Data for the render; override. The default is an empty dict."""
        return {}

    @property
    def request(self) -> SpragRequest:
        """The request being served (path, params, query, headers, cookies, session_id)."""
        req = current_request()
        if req is None:
            raise RuntimeError(
                f"{type(self).__name__}.request is only available while serving a request"
            )
        return req

    # -- signing in and out (sprag.http.login) ---------------------------------------------

    def authenticate(self, username: str, password: str) -> Any:
        """The app's ``AuthService.authenticate`` behind login throttling: the user or None;
        after too many failures (per account and per client address) raises a 429 with
        ``Retry-After``. Never says whether the account exists."""
        return _feature("sprag.auth", "authenticate").authenticate(username, password)

    def login(self, user: Any, remember: bool = False) -> Any:
        """Sign ``user`` in: a new session id (the old cookie stops working) and a new CSRF
        token; ``remember=True`` keeps the session ``remember_me_ttl_seconds``."""
        return _feature("sprag.auth", "login").login(user, remember=remember)

    def logout(self) -> None:
        """Sign out: the session is deleted and its cookie cleared."""
        _feature("sprag.auth", "logout").logout()

    # -- background jobs (sprag.jobs) ----------------------------------------------------

    def enqueue(
        self,
        queue: str,
        payload: Any,
        *,
        job_id: Optional[str] = None,
        label: Optional[str] = None,
        meta: Optional[Dict[str, Any]] = None,
    ) -> Dict[str, Any]:
        """Queue a job on the jobs queue ``queue`` (a ``QueueService`` provider key), owned by
        this request's session. Always ``{"accepted", "job", "queue", "message"}``: an unknown,
        full or stopped queue is ``accepted: False`` with a message, never an error."""
        # a job is server state owned by the visitor: it needs a session (created now if none)
        return _jobs().enqueue(queue, payload, owner=self.request.ensure_session(), job_id=job_id,
                               label=label, meta=meta)

    def job_status(self, queue: str, job_id: str) -> Dict[str, Any]:
        """The job's record; 404 when it does not exist or :meth:`authorize_job` refuses."""
        return self._visible_job(queue, job_id).to_dict()

    def request_job_cancel(self, queue: str, job_id: str) -> Dict[str, Any]:
        """Cancel a job: a queued one is ``cancelled`` at once, a running one ``cancelling``
        until its handler calls ``check_cancelled()``. Returns the record (404 as job_status)."""
        self._visible_job(queue, job_id)
        record = _jobs().cancel(queue, job_id)
        if record is None:  # expired between the two reads
            raise _job_not_found(queue, job_id)
        return record.to_dict()

    def authorize_job(self, job: Any) -> bool:
        """May this request see and cancel ``job``? Default: only the session that enqueued it.
        Override to widen (e.g. ``or self.request.user.is_admin``)."""
        session_id = self.request.session_id
        return session_id is not None and job.owner == session_id

    def _visible_job(self, queue: str, job_id: str) -> Any:
        record = _jobs().get(queue, job_id)
        if record is None or not self.authorize_job(record):
            raise _job_not_found(queue, job_id)
        return record

    # -- realtime (sprag.realtime) ------------------------------------------------------

    def authorize_topic(self, topic: str) -> bool:
        """May the page (``self.request``: its session, user, client id) join ``topic``?
        Override to refuse; the default allows every topic."""
        return True

    def emit_socket(self, event: str, payload: Any = None, *, session_id: Any = _EVERYONE,
                    topic: Any = _EVERYONE, client_id: Any = _EVERYONE, route: Any = _EVERYONE) -> None:
        """Send a socket event: to one session's tabs, a topic's members, one tab
        (``client_id``), the pages at a path (``route``), or everyone (no target). A target
        given as None (a visitor without a session) reaches no one."""
        realtime = self.app.extensions.get("sprag.realtime") if self.app is not None else None
        if realtime is None:
            raise RuntimeError(f"{type(self).__name__}.emit_socket needs a running sprag App")
        given = {"session_id": session_id, "topic": topic, "client_id": client_id, "route": route}
        realtime.emit_socket(
            event, payload, **{k: v for k, v in given.items() if v is not _EVERYONE})

    @classmethod
    def actions(cls) -> Dict[str, ActionSpec]:
        """Every ``@action`` of this controller class by public name."""
        found: Dict[str, ActionSpec] = {}
        for klass in reversed(cls.__mro__):
            for attr, value in vars(klass).items():
                spec = getattr(value, _ACTION_ATTR, None)
                if isinstance(spec, ActionSpec):
                    found = {k: v for k, v in found.items() if v.method != attr}
                    found[spec.name] = spec
        return found


def _jobs() -> Any:
    """The app's jobs feature (installed on the Flask app by ``App``)."""
    from flask import current_app, has_app_context

    jobs = current_app.extensions.get("sprag.jobs") if has_app_context() else None
    if jobs is None:
        raise RuntimeError("background jobs need a running sprag App: call enqueue/job_status/"
                           "request_job_cancel while it serves a request")
    return jobs


def _feature(key: str, what: str) -> Any:
    from flask import current_app, has_app_context

    found = current_app.extensions.get(key) if has_app_context() else None
    if found is None:
        raise RuntimeError(f"{what}() needs a running sprag App: call it while it serves a request")
    return found


def _job_not_found(queue: str, job_id: str) -> Exception:
    return specter.HTTPError(f"No job {job_id!r} on queue {queue!r}", 404)


def _default_name(cls: type) -> str:
    name = cls.__name__
    if name.endswith("Controller") and name != "Controller":
        name = name[: -len("Controller")]
    return "sprag." + (name or cls.__name__).lower()


_SIMPLE = {"int": int, "float": float, "bool": bool, "str": str}


def _simple_type(annotation: Any) -> Optional[type]:
    """int/float/bool/str for an annotation (a type or, under postponed evaluation, its name)."""
    if isinstance(annotation, str):
        return _SIMPLE.get(annotation.strip())
    return annotation if annotation in (int, float, bool, str) else None


def _not_by_name(method: Callable, params: Any) -> List[str]:
    """Names a payload may not use: the bound instance's (``self``) and positional-only ones."""
    names = [n for n, p in params.items() if p.kind is inspect.Parameter.POSITIONAL_ONLY]
    func = getattr(method, "__func__", None)
    if func is not None:
        first = next(iter(inspect.signature(func).parameters.values()), None)
        if first is not None and first.kind is not inspect.Parameter.VAR_POSITIONAL:
            names.append(first.name)
    return names


def bind_arguments(method: Callable, values: Dict[str, Any]) -> Dict[str, Any]:
    """Check ``values`` fit ``method``'s parameters and coerce simple annotations.

    ``clicks: int`` (and float, bool, str) is coerced with the rules of a specter ``Field``.
    Raises SchemaError (400, ``errors: {name: message}``) naming each missing, unknown or
    ill-typed argument.
    """
    from specter import Field, Schema, SchemaError

    sig = inspect.signature(method)
    params = sig.parameters
    takes_kwargs = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
    errors: Dict[str, str] = {}
    for name in _not_by_name(method, params):
        if name in values:  # `self`, or a positional-only parameter: never from the payload
            errors[name] = "not an argument of this action"
    fields: Dict[str, Any] = {}
    for name, param in params.items():
        if param.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD):
            continue
        required = param.default is inspect.Parameter.empty
        if param.kind is inspect.Parameter.POSITIONAL_ONLY:
            if required:
                errors[name] = "cannot be passed by name; make it a normal parameter"
            continue
        if name not in values:
            if required:
                errors[name] = "required"
            continue
        kind = _simple_type(param.annotation)
        if kind is not None and not (values[name] is None and param.default is None):
            fields[name] = Field(kind, required=True)
    if not takes_kwargs:
        for name in values:
            if name not in params:
                errors[name] = "unknown argument"
    out = dict(values)
    if fields:
        outcome = Schema(getattr(method, "__name__", "action"), fields).validate(
            {k: values[k] for k in fields})
        if outcome.ok:
            out.update(outcome.value)
        else:
            errors.update(outcome.meta.get("errors", {}))
    if errors:
        raise SchemaError("Payload does not fit the action's arguments", errors)
    return out
