"""Serve a test project with the production server: ``python serve_project.py DIR PORT [MODE]``."""

import sys

from gevent import monkey

monkey.patch_all()

from sprag.project import load_app  # noqa: E402

if __name__ == "__main__":
    folder, port = sys.argv[1], int(sys.argv[2])
    mode = sys.argv[3] if len(sys.argv) > 3 else "dev"
    load_app(folder, mode=mode).serve("127.0.0.1", port)
