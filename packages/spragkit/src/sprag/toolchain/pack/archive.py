"""``--zip``: the packed folder as one archive, ready to copy to a host and unpack."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

__all__ = ["write_archive"]

# A fixed timestamp: the same pack gives the same archive bytes.
_EPOCH = (1980, 1, 1, 0, 0, 0)


def write_archive(folder: Path, target: Path) -> Path:
    """Write every file of ``folder`` into ``target`` (a .zip, paths relative to ``folder``)."""
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            info = zipfile.ZipInfo(path.relative_to(folder).as_posix(), _EPOCH)
            info.external_attr = (path.stat().st_mode & 0o777) << 16
            # already-compressed bodies are stored; deflating them again only costs time
            kind = zipfile.ZIP_STORED if path.suffix in (".gz", ".br", ".png", ".jpg", ".jpeg", ".webp") \
                else zipfile.ZIP_DEFLATED
            info.compress_type = kind
            archive.writestr(info, path.read_bytes())
    os.replace(partial, target)
    return target
