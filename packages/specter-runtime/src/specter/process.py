"""Subprocess lifecycle with owned stream readers: :class:`ManagedProcess`, :func:`start_process`.

Uses ``gevent.subprocess`` so reading a child's output never blocks other greenlets. ``stop()``
terminates the child, waits up to ``timeout`` seconds, then kills it, and joins the readers.
"""

from __future__ import annotations

import collections
import logging
from typing import Any, Callable, Deque, List, Optional, Sequence

import gevent
from gevent import subprocess

__all__ = ["ManagedProcess", "start_process"]

log = logging.getLogger("specter.process")

LineCallback = Callable[[str], Any]


class ManagedProcess:
    """A child process whose stdout/stderr lines are read by greenlets it owns.

    ``on_stdout(line)`` / ``on_stderr(line)`` receive lines without the trailing newline; the
    last ``keep_lines`` lines of each stream are kept in :attr:`stdout_lines` /
    :attr:`stderr_lines`. Other keyword arguments go to ``Popen`` (``cwd``, ``env`` ...).
    """

    def __init__(
        self,
        args: Sequence[str],
        *,
        name: Optional[str] = None,
        on_stdout: Optional[LineCallback] = None,
        on_stderr: Optional[LineCallback] = None,
        keep_lines: int = 1000,
        **popen: Any,
    ) -> None:
        if isinstance(args, (str, bytes)) and not popen.get("shell"):
            raise TypeError(
                "ManagedProcess takes a list of arguments, e.g. ['python', '-c', '...'] "
                "(or pass shell=True with a string)"
            )
        self.args = args
        self.name = name or (args if isinstance(args, str) else " ".join(map(str, args)))
        self.on_stdout = on_stdout
        self.on_stderr = on_stderr
        self.stdout_lines: Deque[str] = collections.deque(maxlen=keep_lines)
        self.stderr_lines: Deque[str] = collections.deque(maxlen=keep_lines)
        popen.setdefault("stdout", subprocess.PIPE)
        popen.setdefault("stderr", subprocess.PIPE)
        popen.setdefault("universal_newlines", True)
        self._popen_options = popen
        self._proc: Any = None
        self._readers: List[gevent.Greenlet] = []

    # lifecycle ----------------------------------------------------------------------------
    def start(self) -> ManagedProcess:
        """Start the child (no-op if already started); returns self."""
        if self._proc is not None:
            return self
        self._proc = subprocess.Popen(self.args, **self._popen_options)
        for stream, sink, callback in (
            (self._proc.stdout, self.stdout_lines, self.on_stdout),
            (self._proc.stderr, self.stderr_lines, self.on_stderr),
        ):
            if stream is not None:
                self._readers.append(gevent.spawn(self._read, stream, sink, callback))
        return self

    def _read(self, stream: Any, sink: Deque[str], callback: Optional[LineCallback]) -> None:
        for raw in stream:
            line = raw.decode(errors="replace") if isinstance(raw, bytes) else raw
            line = line.rstrip("\r\n")
            sink.append(line)
            if callback is not None:
                try:
                    callback(line)
                except Exception:
                    log.exception("process %r: line callback failed", self.name)

    @property
    def pid(self) -> Optional[int]:
        return self._proc.pid if self._proc is not None else None

    @property
    def returncode(self) -> Optional[int]:
        return self._proc.poll() if self._proc is not None else None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def wait(self, timeout: Optional[float] = None) -> Optional[int]:
        """Wait for the child to exit and its output to be read; None if still running."""
        if self._proc is None:
            raise RuntimeError(f"process {self.name!r} was not started; call start() first")
        try:
            code = self._proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
        gevent.joinall(self._readers, timeout=timeout)
        return code

    def write(self, data: str) -> None:
        """Write to the child's stdin (start it with ``stdin=subprocess.PIPE``)."""
        if self._proc is None or self._proc.stdin is None:
            raise RuntimeError(f"process {self.name!r} has no stdin pipe; pass stdin=PIPE")
        self._proc.stdin.write(data)
        self._proc.stdin.flush()

    def stop(self, timeout: float = 5.0) -> Optional[int]:
        """Terminate, wait ``timeout`` s, then kill; returns the exit code. Idempotent."""
        proc = self._proc
        if proc is None:
            return None
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                log.warning("process %r ignored terminate for %ss; killing it", self.name, timeout)
                proc.kill()
                proc.wait()
        gevent.joinall(self._readers, timeout=timeout)
        gevent.killall([r for r in self._readers if not r.dead], block=True, timeout=1)
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                try:
                    stream.close()
                except Exception:  # already closed by the reader
                    pass
        return proc.returncode

    def __repr__(self) -> str:
        state = "running" if self.running else f"exit={self.returncode}"
        return f"<ManagedProcess {self.name!r} pid={self.pid} {state}>"


def start_process(args: Sequence[str], **options: Any) -> ManagedProcess:
    """Create and start a :class:`ManagedProcess`."""
    return ManagedProcess(args, **options).start()
