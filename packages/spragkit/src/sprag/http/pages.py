"""Page requests: match the route, resolve the session, run ``controller.load()``, render.

:class:`PageResponder` is what both the Flask catch-all view and the WSGI fast path call
(:meth:`PageResponder.answer`); it returns the HTML (200, ``text/html``, ``no-cache``) as a
str, or a finished Response (redirects, error pages).
"""

from __future__ import annotations

import logging
import threading
import traceback
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, Optional, Set, Union
from urllib.parse import quote

from specter import HTTPError

from ..backends.sessions import Session
from ..surfaces import Surface
from .errors import error_page
from .redirects import Redirect
from .routing import Router
from .sessions import SessionAccess

if TYPE_CHECKING:  # Flask loads when a request is answered, not in `sprag build`
    from flask import Response

__all__ = ["PageResponder", "NOT_FOUND_PATH"]

log = logging.getLogger("sprag")

#: A page declared at this path is the app's not-found page (and 404.html of a static export).
NOT_FOUND_PATH = "/404"


class PageResponder:
    """Answers page GETs.

    ``render(surface, data, session, params) -> str`` and ``render_error(status, message,
    detail) -> str`` come from the renderer; ``bind_request`` makes the controller's
    ``self.request`` describe the request; ``build_error`` is the exception type of a
    surface whose browser code does not build (reported once per surface).
    """

    def __init__(
        self,
        router: Router,
        sessions: SessionAccess,
        controller_for: Callable[[Surface], Any],
        bind_request: Callable[[Surface, Dict[str, Any], Optional[Session], str], Any],
        render: Callable[[Surface, Any, Optional[Session], Dict[str, Any]], str],
        render_error: Callable[[int, str, str], str],
        build_error: type,
        dev: bool = False,
    ) -> None:
        self.router = router
        self.sessions = sessions
        self.controller_for = controller_for
        self.bind_request = bind_request
        self.render = render
        self.render_error = render_error
        self.build_error = build_error
        self.dev = dev
        #: Where ``@requires_auth`` sends an anonymous visitor (``SessionPolicy.login_url``).
        self.login_url = sessions.policy.login_url
        self._reported: Set[str] = set()
        self._lock = threading.Lock()

    def mark_reported(self, paths: Iterable[str]) -> None:
        """Build errors of these surfaces were already shown (``sprag dev`` prints them at
        startup); pages log them no more."""
        with self._lock:
            self._reported.update(paths)

    def _first_report(self, path: str) -> bool:
        with self._lock:
            if path in self._reported:
                return False
            self._reported.add(path)
            return True

    def error(self, status: int, message: str, detail: str = "") -> Response:
        """An error page inside the app shell."""
        return error_page(self.render_error, status, message, detail)

    def view(self, path: str) -> Response:
        """The Flask view: :meth:`answer` as a Response, with the session/CSRF cookies."""
        from flask import Response

        response = self.answer(path)
        if isinstance(response, str):
            response = Response(response, mimetype="text/html")
            response.headers["Cache-Control"] = "no-cache"
        self.sessions.write_cookie(response)
        return response

    def answer(self, path: str) -> Union[Response, str]:
        """The page's HTML (a str: 200, ``text/html``, ``no-cache``) or a finished Response."""
        from flask import redirect as flask_redirect
        from flask import request

        if path.endswith("/") and path.strip("/"):
            # strict slashes, as Flask does for its own rules: /about/ -> 308 /about
            bare = "/" + path.rstrip("/")
            if self.router.match(bare) is not None:
                query = request.query_string.decode("latin-1")
                return flask_redirect(bare + ("?" + query if query else ""), code=308)
            return self.not_found(path)
        match = self.router.match("/" + path)
        if match is None:
            return self.not_found(path)
        return self.answer_surface(match.target, match.params)

    def not_found(self, path: str, message: str = "") -> Response:
        """The app's ``/404`` page with status 404 when it declares one, else the error page."""
        from flask import Response

        match = self.router.match(NOT_FOUND_PATH)
        if match is not None and match.target.pattern.is_static:
            answer = self.answer_surface(match.target, {})
            if isinstance(answer, str):
                return Response(answer, status=404, mimetype="text/html")
        return self.error(404, message or f"No page at /{path}")

    def answer_surface(self, surface: Surface, params: Dict[str, Any]) -> Union[Response, str]:
        """Run ``surface``'s ``load()`` and render it (or send the Response it returned)."""
        from flask import redirect as flask_redirect
        from flask import request
        from werkzeug.wrappers import Response as BaseResponse

        session = self.sessions.load()  # a page view never creates one (http/csrf.py)
        self.bind_request(surface, params, session, request.path)
        controller = self.controller_for(surface)
        try:
            data = controller.load()
            if isinstance(data, Redirect):
                raise data
            if isinstance(data, BaseResponse):  # a feed, a sitemap, a file: sent as it is
                return data
            html = self.render(surface, data, session, params)
        except Redirect as exc:
            return flask_redirect(exc.location, code=exc.status)
        except HTTPError as exc:
            if exc.status == 401 and self.login_url and request.path != self.login_url:
                # anonymous visitor on a page that needs a user: to the login page and back
                target = request.full_path if request.query_string else request.path
                return flask_redirect(f"{self.login_url}?next={quote(target, safe='/')}", code=302)
            if exc.status == 404 and surface.path != NOT_FOUND_PATH:
                return self.not_found(request.path.lstrip("/"), exc.message)
            return self.error(exc.status, exc.message)
        except self.build_error as exc:  # this surface's browser code does not build
            if self._first_report(surface.path):  # the diagnostic once, not per request
                log.error("browser code of %s does not build:\n%s", surface.path, exc)
            detail = str(exc) if self.dev else ""
            return self.error(500, "The browser code of this page does not build", detail)
        except Exception:
            log.exception("rendering %s failed", surface.path)
            detail = traceback.format_exc() if self.dev else ""
            return self.error(500, "The page failed to render", detail)
        return html
