"""``env(name, default, cast=, required=)``, ``public_env()`` and .env / .env.local loading.

Order: the process environment wins; ``.env.local`` overrides ``.env``. Only names starting
with ``SPRAG_PUBLIC_`` ever reach the browser.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Dict, Optional, Union

__all__ = ["env", "public_env", "load_env_files", "PUBLIC_PREFIX", "EnvError"]

PUBLIC_PREFIX = "SPRAG_PUBLIC_"
_MISSING = object()
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class EnvError(ValueError):
    """A required variable is missing or a value does not cast."""


def load_env_files(project_dir: Union[str, Path]) -> Dict[str, str]:
    """Load ``.env`` then ``.env.local`` from ``project_dir`` into ``os.environ``.

    Variables already in the process environment are never overwritten. Returns what was set.
    """
    root = Path(project_dir)
    values: Dict[str, str] = {}
    for name in (".env", ".env.local"):
        path = root / name
        if path.is_file():
            from dotenv import dotenv_values  # only when there is a file to read

            for key, value in dotenv_values(path).items():
                if value is not None:
                    values[key] = value
    applied = {}
    for key, value in values.items():
        if key not in os.environ:
            os.environ[key] = value
            applied[key] = value
    return applied


def _cast(name: str, raw: str, cast: Any) -> Any:
    if cast is None or cast is str:
        return raw
    if cast is bool:
        low = raw.strip().lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise EnvError(f"{name}={raw!r} is not a boolean; use one of true/false/1/0/yes/no/on/off")
    if cast in (int, float):
        try:
            return cast(raw.strip())
        except ValueError:
            raise EnvError(f"{name}={raw!r} is not {'an int' if cast is int else 'a float'}") from None
    raise EnvError(f"env({name!r}, cast=...) supports bool, int, float and str, got {cast!r}")


def env(name: str, default: Any = None, cast: Any = None, required: bool = False) -> Any:
    """Read ``name`` from the environment, cast it, or return ``default``.

    ``required=True`` raises :class:`EnvError` when the variable is not set.
    """
    raw: Optional[str] = os.environ.get(name)
    if raw is None:
        if required:
            raise EnvError(
                f"environment variable {name} is required; set it in the environment or in .env"
            )
        return default
    return _cast(name, raw, cast)


def public_env() -> Dict[str, str]:
    """Every ``SPRAG_PUBLIC_*`` variable: the only environment the browser receives."""
    return {k: v for k, v in sorted(os.environ.items()) if k.startswith(PUBLIC_PREFIX)}
