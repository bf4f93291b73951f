"""The errors content raises: each names the file and line to fix."""

from __future__ import annotations

__all__ = ["ContentError", "FrontMatterError", "BrokenLinkError"]


class ContentError(ValueError):
    """Markdown content that cannot be published (bad front matter, broken links, ...)."""


class FrontMatterError(ContentError):
    """A front matter block that cannot be read: ``file:line: what is wrong``."""

    def __init__(self, file: str, line: int, message: str) -> None:
        super().__init__(f"{file}:{line}: {message}")
        self.file = file
        self.line = line
        self.message = message


class BrokenLinkError(ContentError):
    """A relative link or image whose target is missing: ``file:line`` and the target."""

    def __init__(self, file: str, line: int, raw: str, reason: str) -> None:
        super().__init__(f"{file}:{line}: the link {raw!r} is broken: {reason}")
        self.file = file
        self.line = line
        self.raw = raw
