"""The realtime test project: sessions kept in a file so they survive a server restart (what
Redis does for a real deployment), the seed's queue as a provider."""

import json
import os
from pathlib import Path

from sprag import App, InMemorySessionStore

from . import stores  # noqa: F401  (declares the live store before the app builds)
from .chatkit.jobs import LabJobQueue


class FileSessionStore(InMemorySessionStore):
    """Sessions in memory, written through to a JSON file."""

    def __init__(self, path):
        super().__init__()
        self.path = Path(path)
        if self.path.is_file():
            from sprag.backends.sessions import Session

            for raw in json.loads(self.path.read_text()):
                self._sessions[raw["id"]] = Session(raw["id"], raw["data"], raw["created"], raw["touched"])

    def _write(self):
        rows = [{"id": s.id, "data": s.data, "created": s.created, "touched": s.touched}
                for s in self._sessions.values()]
        self.path.write_text(json.dumps(rows))

    def create(self):
        session = super().create()
        self._write()
        return session

    def save(self, session):
        super().save(session)
        self._write()


app = App(
    # with SPRAG_REDIS_URL (the scale-out tests) the sessions are in Redis instead
    session_store=None if os.environ.get("SPRAG_REDIS_URL") else FileSessionStore(
        os.environ.get("SPRAG_TEST_SESSIONS", "/tmp/sprag-rt-sessions.json")),
    providers={"lab_queue": LabJobQueue("lab_queue")},
)
