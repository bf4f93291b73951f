"""Running behind reverse proxies: ``App(trusted_proxies=N)`` or ``SPRAG_TRUSTED_PROXIES=N``.

With N > 0 the app believes the last N values of ``X-Forwarded-For``, ``X-Forwarded-Proto``,
``X-Forwarded-Host`` and ``X-Forwarded-Port`` (Werkzeug's ProxyFix): the request's scheme,
host and client address are the ones the visitor used, so cookies get ``Secure`` behind a TLS
proxy and the same-origin check of actions compares with the public origin. With 0 (the
default) those headers are ignored: any client could send them.
"""

from __future__ import annotations

import os
from typing import Any, Callable, Optional

__all__ = ["trusted_proxy_count", "behind_proxies", "PROXIES_ENV"]

PROXIES_ENV = "SPRAG_TRUSTED_PROXIES"


def trusted_proxy_count(given: Optional[int]) -> int:
    """``given`` or the environment variable, checked: a whole number >= 0."""
    raw: Any = given if given is not None else os.environ.get(PROXIES_ENV, "0")
    try:
        count = int(str(raw).strip())
    except ValueError:
        raise ValueError(f"trusted_proxies ({PROXIES_ENV}) must be a whole number of proxies, got {raw!r}") from None
    if isinstance(raw, bool) or count < 0:
        raise ValueError(f"trusted_proxies ({PROXIES_ENV}) must be 0 or more, got {raw!r}")
    return count


def behind_proxies(wsgi: Callable[..., Any], count: int) -> Callable[..., Any]:
    """``wsgi`` trusting ``count`` proxies' X-Forwarded-* headers (unchanged for 0)."""
    if count <= 0:
        return wsgi
    from werkzeug.middleware.proxy_fix import ProxyFix

    return ProxyFix(wsgi, x_for=count, x_proto=count, x_host=count, x_port=count)
