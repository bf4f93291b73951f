"""HTTP: routing, the request object, the request guard, actions, sessions, auth, redirects,
error pages, the WSGI fast path and the gevent server.

Imports: the user-facing modules of ``sprag`` (surfaces, controller, ...), ``render`` and
``assets``; never ``toolchain`` internals or ``commands``.
"""
