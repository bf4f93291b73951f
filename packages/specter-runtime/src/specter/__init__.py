"""Lifecycle-first server runtime on Flask, gevent and Flask-SocketIO: services, queues, controllers, schemas, stores, bus, registry."""

__version__ = "0.2.0"

__all__ = ["__version__"]
