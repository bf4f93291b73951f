"""The socket message queue: how Flask-SocketIO servers in several processes reach each
other's clients. In one process there is none (the default); across processes a Redis URL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Protocol, runtime_checkable

__all__ = ["SocketMessageQueue", "InProcessSocketQueue", "UrlSocketQueue"]


@runtime_checkable
class SocketMessageQueue(Protocol):
    """What Flask-SocketIO is configured with: ``url`` (None: this process only) and the
    ``channel`` name processes share."""

    @property
    def url(self) -> Optional[str]: ...

    @property
    def channel(self) -> str: ...


@dataclass(frozen=True)
class InProcessSocketQueue:
    """No message queue: emits reach the clients connected to this process (the default)."""

    url: Optional[str] = None
    channel: str = "flask-socketio"


@dataclass(frozen=True)
class UrlSocketQueue:
    """A message queue URL Flask-SocketIO understands (``redis://host:6379/0`` ...)."""

    url: str
    channel: str = "flask-socketio"

    def __post_init__(self) -> None:
        if not isinstance(self.url, str) or "://" not in self.url:
            raise ValueError(f"a socket message queue needs a URL like redis://host:6379/0, got {self.url!r}")
