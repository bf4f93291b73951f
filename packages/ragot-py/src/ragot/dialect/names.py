"""Names in compiled browser code: snake_case -> camelCase, and the imports the browser refuses."""

from __future__ import annotations

import functools
from typing import Dict

__all__ = ["attribute_name", "REJECTED_IMPORTS"]

# DOM names whose acronyms camelCase would get wrong.
_SPECIAL: Dict[str, str] = {
    "inner_html": "innerHTML",
    "outer_html": "outerHTML",
    "insert_adjacent_html": "insertAdjacentHTML",
    "set_html_unsafe": "setHTMLUnsafe",
    "to_iso_string": "toISOString",
    "to_json": "toJSON",
    "create_object_url": "createObjectURL",
    "revoke_object_url": "revokeObjectURL",
    "base_uri": "baseURI",
    "document_uri": "documentURI",
    "to_utc_string": "toUTCString",
    "get_utc_full_year": "getUTCFullYear",
    "get_utc_month": "getUTCMonth",
    "get_utc_date": "getUTCDate",
    "get_utc_day": "getUTCDay",
    "get_utc_hours": "getUTCHours",
    "get_utc_minutes": "getUTCMinutes",
    "get_utc_seconds": "getUTCSeconds",
    "get_utc_milliseconds": "getUTCMilliseconds",
}


@functools.lru_cache(maxsize=4096)
def attribute_name(name: str) -> str:
    """The JS name for a Python attribute or method: `set_state` -> `setState`,
    `prevent_default` -> `preventDefault`, `inner_html` -> `innerHTML`.

    Dunders, names without `_` and ALL_CAPS constants are unchanged; leading and trailing
    underscores are kept (`_on_tick` -> `_onTick`).
    """
    if "_" not in name or (name.startswith("__") and name.endswith("__")):
        return name
    if name in _SPECIAL:
        return _SPECIAL[name]
    core = name.strip("_")
    if not core or core.isupper() or core.upper() == core:
        return name
    lead = name[: len(name) - len(name.lstrip("_"))]
    trail = name[len(name.rstrip("_")) :]
    head, *rest = [p for p in core.split("_") if p]
    return lead + head + "".join(p[:1].upper() + p[1:] for p in rest) + trail


_SERVER = "server-only: call an action from the browser instead (self.call_action(...))"

REJECTED_IMPORTS: Dict[str, str] = {
    "specter": _SERVER,
    "flask": _SERVER,
    "flask_socketio": _SERVER + "; browser code talks to sockets with on_socket/emit_socket",
    "werkzeug": _SERVER,
    "jinja2": "server-only: build markup with ui.* builders in render()",
    "gevent": "server-only: use self.timeout(fn, seconds) / self.interval(fn, seconds) in browser code",
    "threading": "browser code is single-threaded: use self.timeout / self.interval, or async def",
    "multiprocessing": _SERVER,
    "asyncio": "use async def / await directly; timers are self.timeout / self.interval",
    "time": "there is no blocking sleep in the browser: use self.timeout(fn, seconds)",
    "os": "server-only: the browser has no filesystem or process environment; "
    "read settings with env(...) / public_env()",
    "sys": "server-only: the browser has no interpreter state",
    "subprocess": _SERVER,
    "shutil": _SERVER,
    "pathlib": _SERVER,
    "tempfile": _SERVER,
    "io": _SERVER,
    "socket": _SERVER,
    "sqlite3": _SERVER,
    "sqlalchemy": _SERVER,
    "pickle": _SERVER,
    "requests": "server-only: call an action (self.call_action) or use browser.fetch",
    "urllib": "server-only: call an action (self.call_action) or use browser.fetch",
    "http": _SERVER,
    "smtplib": _SERVER,
    "logging": "use print() in browser code (it goes to the console)",
    "ragot.ssr": "server-only: render_to_string runs on the server",
    "ragot.dialect": "server-only: the dialect is the compiler's plugin",
}
