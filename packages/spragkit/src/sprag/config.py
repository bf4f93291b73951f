"""``AppConfig``: every option of an App, validated once and frozen.

``App(...)`` builds one from its keyword arguments (``App(config=AppConfig(...))`` works
too); collaborators read ``app.config`` and never change it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping, Optional, Tuple

from .backends.sessions import SessionPolicy
from .http.auth import LoginThrottle
from .http.headers import SecurityHeaders
from .http.limits import UploadLimits
from .http.proxies import trusted_proxy_count

__all__ = ["AppConfig", "SERVER_MODES", "MODES"]

SERVER_MODES = ("auto", "wsgi", "websocket")
MODES = ("dev", "production")


@dataclass(frozen=True)
class AppConfig:
    """The options of an App.

    ``routes`` / ``mounts``: dotted packages discovered for ``page.py`` / ``mount.py``
    (None: none). ``project_dir``: the project root (default: ``SPRAG_PROJECT_DIR`` or the
    current directory). ``mode``: ``"dev"`` or ``"production"`` (default: ``SPRAG_MODE`` or
    dev). ``static_dir``: served at ``/static/``. ``assets``: extra files served hashed under
    ``/assets/``. ``action_body_limit``: bytes an action request may send. ``trusted_origins``:
    other origins allowed to call actions and open sockets. ``server_mode``: ``auto``,
    ``wsgi`` or ``websocket``. ``message_queue``: a Flask-SocketIO message queue URL (kept for
    compatibility; prefer ``Backends(socket_queue=...)``). ``build_dir``: a ``sprag build``
    output to serve in production. ``metadata``: the default ``<head>`` metadata.
    ``session_policy``: cookie and TTLs of sessions, the login URL. ``trusted_proxies``: how many reverse
    proxies in front of the app to believe about ``X-Forwarded-Proto/For/Host/Port`` (default:
    ``SPRAG_TRUSTED_PROXIES`` or 0). ``security_headers``: the headers every response carries
    (:class:`~sprag.http.headers.SecurityHeaders`; opt-in Content-Security-Policy there).
    ``login_throttle``: failed sign-ins allowed per account and client address
    (:class:`~sprag.http.auth.LoginThrottle`). ``upload_limits``: sizes and counts of uploads
    (:class:`~sprag.http.limits.UploadLimits`). ``redis_url``: share sessions, sockets,
    broadcasts, live stores, jobs and uploads between processes and hosts through this Redis
    (default: ``SPRAG_REDIS_URL``; see ``sprag.backends.redis``). ``redis_prefix``: the
    start of every Redis key (default: ``SPRAG_REDIS_PREFIX`` or ``sprag``).
    """

    routes: Optional[str] = "app.routes"
    mounts: Optional[str] = "app.mounts"
    project_dir: Path = field(default_factory=lambda: Path(os.environ.get("SPRAG_PROJECT_DIR") or Path.cwd()))
    mode: str = field(default_factory=lambda: os.environ.get("SPRAG_MODE", "dev"))
    static_dir: str = "app/static"
    assets: Tuple[str, ...] = ()
    action_body_limit: int = 1024 * 1024
    trusted_origins: Tuple[str, ...] = ()
    server_mode: str = "auto"
    message_queue: Optional[str] = None
    build_dir: Optional[Path] = None
    metadata: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    session_policy: SessionPolicy = field(default_factory=SessionPolicy)
    trusted_proxies: Optional[int] = None
    security_headers: SecurityHeaders = field(default_factory=SecurityHeaders)
    login_throttle: LoginThrottle = field(default_factory=LoginThrottle)
    upload_limits: UploadLimits = field(default_factory=UploadLimits)
    redis_url: Optional[str] = field(default_factory=lambda: os.environ.get("SPRAG_REDIS_URL") or None)
    redis_prefix: str = field(default_factory=lambda: os.environ.get("SPRAG_REDIS_PREFIX") or "sprag")

    def __post_init__(self) -> None:
        if self.server_mode not in SERVER_MODES:
            raise ValueError(f"App(server_mode={self.server_mode!r}) must be one of {SERVER_MODES}")
        mode = self.mode or "dev"
        if mode not in MODES:
            raise ValueError(f"App(mode={mode!r}) must be 'dev' or 'production'")
        limit = self.action_body_limit
        if not isinstance(limit, int) or isinstance(limit, bool) or limit <= 0:
            raise ValueError("App(action_body_limit=...) must be a positive number of bytes")
        if not isinstance(self.session_policy, SessionPolicy):
            raise TypeError(f"App(session_policy=...) must be a SessionPolicy, got {self.session_policy!r}")
        if not isinstance(self.security_headers, SecurityHeaders):
            raise TypeError(f"App(security_headers=...) must be a SecurityHeaders, got {self.security_headers!r}")
        self.security_headers.csp()  # a bad policy fails here, not on the first response
        if not isinstance(self.login_throttle, LoginThrottle):
            raise TypeError(f"App(login_throttle=...) must be a LoginThrottle, got {self.login_throttle!r}")
        if not isinstance(self.upload_limits, UploadLimits):
            raise TypeError(f"App(upload_limits=...) must be an UploadLimits, got {self.upload_limits!r}")
        if self.redis_url is not None and (not isinstance(self.redis_url, str) or not self.redis_url.startswith(
                ("redis://", "rediss://", "unix://"))):
            raise ValueError(f"App(redis_url={self.redis_url!r}) (or SPRAG_REDIS_URL) must look like "
                             "redis://[:password@]host:6379/0 (rediss:// for TLS)")
        if not isinstance(self.redis_prefix, str) or not self.redis_prefix.strip() or " " in self.redis_prefix:
            raise ValueError(f"App(redis_prefix={self.redis_prefix!r}) (or SPRAG_REDIS_PREFIX) must be a "
                             "non-empty word without spaces")
        fix = lambda name, value: object.__setattr__(self, name, value)  # noqa: E731
        fix("trusted_proxies", trusted_proxy_count(self.trusted_proxies))
        fix("mode", mode)
        fix("project_dir", Path(self.project_dir or Path.cwd()).resolve())
        fix("assets", tuple(self.assets))
        fix("trusted_origins", tuple(self.trusted_origins))
        fix("build_dir", Path(self.build_dir) if self.build_dir else None)
        fix("metadata", MappingProxyType(dict(self.metadata or {})))
        if self.upload_limits.directory is None:
            from dataclasses import replace

            fix("upload_limits", replace(self.upload_limits, directory=self.project_dir / ".sprag" / "uploads"))

    @property
    def dev(self) -> bool:
        """True in dev mode (recompile on change, tracebacks in error pages)."""
        return self.mode == "dev"

    @property
    def cache_dir(self) -> Path:
        """Where compiled browser modules are cached between runs."""
        return self.project_dir / ".sprag" / "cache"
