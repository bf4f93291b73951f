import hashlib
import os
from pathlib import Path

from sprag import Controller, Field, Schema, action, requires_auth

SCHEMA = {"title": Field(str, required=True)}


def _digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class UploadController(Controller):
    route = "/upload"

    def _store(self, title):
        primary = self.request.file("asset")
        extras = self.request.files_list("gallery")
        saved = primary.save(Path(os.environ["UPLOAD_SAVE"]) / primary.filename) if primary else None
        return {
            "title": title,
            "filename": primary.filename if primary else None,
            "client_filename": primary.client_filename if primary else None,
            "size": primary.size if primary else 0,
            "sha256": _digest(saved) if saved else None,
            "extra_count": len(extras),
            "extra_sizes": [f.size for f in extras],
            "user": self.request.user.id if self.request.user else None,
        }

    @action(schema=Schema("upload_asset", SCHEMA))
    @requires_auth
    def upload_asset(self, title):
        return self._store(title)

    @action(schema=Schema("upload_open", SCHEMA), upload={"chunk_threshold_bytes": 512 * 1024 * 1024})
    def upload_open(self, title):
        """No sign-in, and never chunked (multipart only)."""
        return self._store(title)

    @action(schema=Schema("upload_anyone", SCHEMA))
    def upload_anyone(self, title):
        """No sign-in; large files go in chunks (the app's threshold)."""
        return self._store(title)

    @action(schema=Schema("upload_tiny", SCHEMA), upload={"max_file_bytes": 1024})
    def upload_tiny(self, title):
        return self._store(title)
