"""Browser code of each surface: compiled classes, runtime files and the entry module."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, List, Optional

from flask import Flask

if TYPE_CHECKING:  # pragma: no cover
    from .app import App
    from .surfaces import Surface

__all__ = ["BrowserAssets", "BrowserPlan"]


@dataclass(frozen=True)
class BrowserPlan:
    entry: str
    preloads: List[str]


class BrowserAssets:
    def __init__(self, app: App) -> None:
        self.app = app

    def plan_for(self, surface: Surface) -> Optional[BrowserPlan]:
        return None

    def register_routes(self, flask: Flask) -> None:
        pass
