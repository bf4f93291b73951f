"""Stateless CSRF tokens (a signed double-submit cookie): anonymous visitors need no session.

An interactive page gives the browser a random nonce in the ``sprag_csrf`` cookie (HttpOnly,
SameSite=Lax, Secure on https) and the token ``HMAC-SHA256(key, nonce)`` in its payload.
Browser-to-server calls send the token in ``X-Sprag-CSRF``; it is valid only with that
browser's cookie. Another site can neither read the cookie nor compute a token without the
key, and every process holding the key can check it, so ``sprag serve --workers N`` needs no
shared store. A server session is created only when something is stored in it.

The key is ``SECRET_KEY`` from the environment (or ``.env``/``.env.local``). In dev a key is
generated once and kept in ``.sprag/secret_key``; in production it is required
(:class:`SecretKeyMissing`, raised when ``sprag serve`` starts or at the first token).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path
from typing import Any, Callable, Optional

from .sessions import read_cookie

__all__ = ["CsrfTokens", "SecretKeyMissing", "signing_key", "csrf_valid", "CSRF_COOKIE",
           "SECRET_KEY_ENV", "MIN_SECRET_KEY_LENGTH"]

CSRF_COOKIE = "sprag_csrf"
SECRET_KEY_ENV = "SECRET_KEY"
MIN_SECRET_KEY_LENGTH = 16
_NONCE = re.compile(r"^[A-Za-z0-9_-]{22}$")
_KEY_HINT = (
    "set it in the server's environment, e.g. "
    "export SECRET_KEY=\"$(python -c 'import secrets; print(secrets.token_urlsafe(32))')\" "
    "(the same value for every process of the app)"
)


class SecretKeyMissing(RuntimeError):
    """Production has no usable ``SECRET_KEY``; ``hint`` says how to set one."""

    def __init__(self, message: str, hint: str = _KEY_HINT) -> None:
        super().__init__(f"{message}; {hint}")
        self.message = message
        self.hint = hint


def signing_key(project_dir: Path, dev: bool) -> bytes:
    """The app's signing key (see the module doc for where it comes from)."""
    raw = os.environ.get(SECRET_KEY_ENV, "")
    if raw:
        if not dev and len(raw) < MIN_SECRET_KEY_LENGTH:
            raise SecretKeyMissing(
                f"{SECRET_KEY_ENV} is only {len(raw)} characters; production needs at least "
                f"{MIN_SECRET_KEY_LENGTH} random characters")
        return raw.encode("utf-8")
    if not dev:
        raise SecretKeyMissing(
            f"{SECRET_KEY_ENV} is not set: production signs the CSRF tokens of its pages with it")
    return _dev_key(project_dir / ".sprag" / "secret_key")


def _dev_key(path: Path) -> bytes:
    """A key generated on first use and kept (owner-only) so dev restarts keep pages valid."""
    try:
        existing = path.read_text(encoding="utf-8").strip()
        if existing:
            return existing.encode("utf-8")
    except FileNotFoundError:
        pass
    key = secrets.token_urlsafe(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    fd = os.open(str(temp), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(key + "\n")
    os.replace(temp, path)
    return path.read_text(encoding="utf-8").strip().encode("utf-8")  # another process may have won


class CsrfTokens:
    """Issues and checks the signed tokens; one per App. ``key`` is read on first use."""

    def __init__(self, key: Callable[[], bytes], *, cookie_secure: Optional[bool] = None,
                 samesite: str = "Lax") -> None:
        self._key_source = key
        self._key: Optional[bytes] = None
        self.cookie_secure = cookie_secure
        self.samesite = samesite

    @property
    def key(self) -> bytes:
        if self._key is None:
            self._key = self._key_source()
        return self._key

    def sign(self, nonce: str) -> str:
        digest = hmac.new(self.key, b"sprag-csrf\0" + nonce.encode("ascii"), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")

    def _cookie_nonce(self, environ: Any) -> Optional[str]:
        nonce = read_cookie(environ.get("HTTP_COOKIE", ""), CSRF_COOKIE)
        return nonce if nonce is not None and _NONCE.match(nonce) else None

    def token(self) -> str:
        """The token for the current request's page (a new cookie nonce when it has none)."""
        from flask import g, request

        nonce = g.get("sprag_csrf_nonce") or self._cookie_nonce(request.environ)
        if nonce is None:
            nonce = base64.urlsafe_b64encode(secrets.token_bytes(16)).rstrip(b"=").decode("ascii")
            g.sprag_csrf_new = True
        g.sprag_csrf_nonce = nonce
        return self.sign(nonce)

    def rotate(self) -> str:
        """A new nonce for this browser (its cookie is replaced on the response) and its
        token: the old token stops working (called on login and logout)."""
        from flask import g

        nonce = base64.urlsafe_b64encode(secrets.token_bytes(16)).rstrip(b"=").decode("ascii")
        g.sprag_csrf_new = True
        g.sprag_csrf_nonce = nonce
        return self.sign(nonce)

    def verify(self, token: str) -> bool:
        """Whether ``token`` is this browser's token (its cookie signed with the key)."""
        from flask import request

        nonce = self._cookie_nonce(request.environ)
        if nonce is None or not token or len(token) > 64:
            return False
        return hmac.compare_digest(token.encode("ascii", "replace"), self.sign(nonce).encode("ascii"))

    def cookie_header(self, req: Any) -> Optional[str]:
        """The ``Set-Cookie`` value when this request issued a new nonce (else None)."""
        from flask import g
        from werkzeug.http import dump_cookie

        if not g.get("sprag_csrf_new"):
            return None
        secure = self.cookie_secure if self.cookie_secure is not None else req.is_secure
        return dump_cookie(CSRF_COOKIE, g.sprag_csrf_nonce, httponly=True, secure=secure,
                           samesite=self.samesite, path="/")


def csrf_valid(tokens: CsrfTokens, session: Any, token: str) -> bool:
    """The one CSRF decision for browser-to-server calls: ``token`` is this browser's signed
    token, or the token stored in its server session (sessions made before signed tokens)."""
    if not token:
        return False
    if tokens.verify(token):
        return True
    stored = session.data.get("_csrf") if session is not None else None
    return isinstance(stored, str) and hmac.compare_digest(token.encode("utf-8", "replace"),
                                                           stored.encode("utf-8"))
