"""Rendering a big collection in forked processes, for ``sprag build static``.

Inside ``with parallel_rendering():`` a tree with at least :data:`PARALLEL_MIN_DOCUMENTS`
documents not yet cached is rendered by one process per core (at most 4): each worker renders
its share and sends the Documents back pickled; the parent puts them in the document cache.
A file that fails in a worker is rendered again by the parent, which raises its error.
Outside the block (a server, a script) rendering stays in the calling process.
"""

from __future__ import annotations

import gc
import os
import pickle
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator, List, Optional, Tuple

__all__ = ["parallel_rendering", "render_all", "PARALLEL_MIN_DOCUMENTS"]

PARALLEL_MIN_DOCUMENTS = 100
_workers = [1]


@contextmanager
def parallel_rendering(workers: Optional[int] = None) -> Iterator[None]:
    """Render big collections with ``workers`` processes (default: cores, at most 4)."""
    previous = _workers[0]
    _workers[0] = max(1, workers or min(os.cpu_count() or 1, 4))
    try:
        yield
    finally:
        _workers[0] = previous


def render_all(paths: List[Path], render: Callable[[Path], Any],
               remember: Callable[[Path, Tuple[int, int], Any], None],
               stamp: Callable[[Path], Tuple[int, int]]) -> None:
    """Render ``paths`` (documents not cached yet) in forked workers when allowed, storing
    each result with ``remember(path, stamp, document)``; otherwise do nothing (the caller
    renders them as usual)."""
    workers = _workers[0]
    if (workers < 2 or len(paths) < PARALLEL_MIN_DOCUMENTS or not hasattr(os, "fork")
            or threading.active_count() > 1):
        return
    # The first document in this process before forking: what rendering imports on first
    # use (Pygments' lexers and formatter, the parser's rules) is then imported once, not
    # again in every worker.
    first, paths = paths[0], paths[1:]
    try:
        remember(first, stamp(first), render(first))
    except Exception:
        pass  # raised again when the caller renders it
    # frozen, what exists now (the app, the content read so far) is not scanned by the
    # collector in the workers, so their memory stays shared instead of being copied
    gc.freeze()
    children = []
    try:
        for index in range(1, workers):
            read_end, write_end = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker: render its share, send it pickled, exit at once
                os.close(read_end)
                status = 1
                try:
                    done = []
                    for path in paths[index::workers]:
                        try:
                            done.append((path, stamp(path), render(path)))
                        except Exception:  # the parent renders it again and raises
                            pass
                    with os.fdopen(write_end, "wb") as pipe:
                        pickle.dump(done, pipe, protocol=pickle.HIGHEST_PROTOCOL)
                    status = 0
                finally:
                    os._exit(status)
            os.close(write_end)
            children.append((pid, read_end))
        for path in paths[0::workers]:
            try:
                remember(path, stamp(path), render(path))
            except Exception:
                pass  # raised again when the caller renders it
    finally:
        for pid, read_end in children:
            with os.fdopen(read_end, "rb") as pipe:
                raw = pipe.read()
            os.waitpid(pid, 0)
            try:
                done = pickle.loads(raw) if raw else []
            except Exception:
                done = []  # a worker died: the caller renders its share
            for path, when, document in done:
                remember(path, when, document)
        gc.unfreeze()
