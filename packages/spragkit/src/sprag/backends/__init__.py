"""Backends (to come in this package): ``typing.Protocol`` interfaces for the session store,
event fan-out (bus/SSE), the socket message queue, the job store and the append-only replay
log, with in-memory defaults and Redis implementations.

Imports: nothing of ``sprag`` outside ``backends``.
"""
