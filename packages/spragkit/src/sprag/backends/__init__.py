"""Backends: ``typing.Protocol`` interfaces with in-memory defaults (Redis implementations
when configured). Today: the job store (:mod:`sprag.backends.job_store`). To come: the session
store, event fan-out (bus/SSE), the socket message queue and the append-only replay log.

Imports: nothing of ``sprag`` outside ``backends``.
"""
