"""Response headers every answer carries, configured in one place: :class:`SecurityHeaders`.

Defaults: ``X-Content-Type-Options: nosniff``, ``Referrer-Policy:
strict-origin-when-cross-origin``, framing limited to the same origin (``X-Frame-Options:
SAMEORIGIN`` and CSP ``frame-ancestors 'self'``). ``content_security_policy=True`` opts into
:data:`STRICT_CSP`, which SPRAG's own pages satisfy: they have no inline script (the payload
is JSON in ``<script type="application/json">``, which is never executed) and one inline
style only, the island wrapper's ``display:contents``, allowed by its hash. A header the
view already set is left alone.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Tuple, Union

from ..ragot_bridge import ISLAND_STYLE

__all__ = ["SecurityHeaders", "STRICT_CSP", "FRAME_CSP", "with_headers"]

_ISLAND_STYLE_HASH = "sha256-" + base64.b64encode(hashlib.sha256(ISLAND_STYLE.encode()).digest()).decode()

#: The opt-in policy: everything from this origin, no inline script, no inline style but the
#: island wrapper's ``style="display:contents"`` (allowed by its hash), no plugins, no
#: framing by other sites.
STRICT_CSP = (
    "default-src 'self'; script-src 'self'; "
    f"style-src 'self' 'unsafe-hashes' '{_ISLAND_STYLE_HASH}'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'self'"
)
#: The default policy: only framing is restricted.
FRAME_CSP = "frame-ancestors 'self'"


@dataclass(frozen=True)
class SecurityHeaders:
    """The headers added to every response; ``App(security_headers=SecurityHeaders(...))``.

    ``content_security_policy``: None/False -> only ``frame-ancestors 'self'``; True ->
    :data:`STRICT_CSP`; a string -> that policy. ``frame_options=None`` and
    ``referrer_policy=None`` drop those headers; ``extra`` adds more (``{"Permissions-Policy":
    "camera=()"}``); ``enabled=False`` adds nothing at all.
    """

    content_security_policy: Union[None, bool, str] = None
    frame_options: Optional[str] = "SAMEORIGIN"
    referrer_policy: Optional[str] = "strict-origin-when-cross-origin"
    content_type_options: Optional[str] = "nosniff"
    extra: Mapping[str, str] = field(default_factory=dict)
    enabled: bool = True

    def csp(self) -> Optional[str]:
        policy = self.content_security_policy
        if policy is True:
            return STRICT_CSP
        if policy is None or policy is False:
            return FRAME_CSP if self.frame_options else None
        if not isinstance(policy, str) or not policy.strip():
            raise ValueError("content_security_policy must be True, False/None or a policy string")
        return policy

    def pairs(self) -> List[Tuple[str, str]]:
        """The ``(name, value)`` headers to add."""
        if not self.enabled:
            return []
        found = [
            ("X-Content-Type-Options", self.content_type_options),
            ("Referrer-Policy", self.referrer_policy),
            ("X-Frame-Options", self.frame_options),
            ("Content-Security-Policy", self.csp()),
        ]
        found += list(self.extra.items())
        return [(k, v) for k, v in found if v]


def with_headers(wsgi: Callable[..., Iterable[bytes]], headers: SecurityHeaders) -> Callable[..., Iterable[bytes]]:
    """Wrap a WSGI callable so every response carries ``headers`` (unless already set)."""
    pairs = headers.pairs()
    if not pairs:
        return wsgi
    names = {k.lower() for k, _ in pairs}

    def app(environ: Dict[str, Any], start_response: Any) -> Iterable[bytes]:
        def start(status: str, response_headers: List[Tuple[str, str]], exc_info: Any = None) -> Any:
            present = {k.lower() for k, _ in response_headers} & names
            if present:
                response_headers.extend((k, v) for k, v in pairs if k.lower() not in present)
            else:
                response_headers.extend(pairs)
            return start_response(status, response_headers, exc_info) if exc_info else start_response(
                status, response_headers)

        return wsgi(environ, start)

    return app
