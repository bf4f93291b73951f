"""The framework's reserved URL paths, in one place (read by ``http/`` and ``render/``)."""

from __future__ import annotations

__all__ = ["ACTION_PATH"]

#: The action endpoint: POST ``{"route", "action", "payload"}``.
ACTION_PATH = "/__sprag__/actions"
