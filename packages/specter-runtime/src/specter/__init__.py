"""Lifecycle-first server runtime on Flask, gevent and Flask-SocketIO.

Services, queues, controllers, schemas, stores, bus, registry — usable on their own for
backend services, and the server half of SPRAG.
"""

from __future__ import annotations

from .bus import EventBus, bus
from .http import HTTPError, expect_json, json_endpoint, require_fields
from .model import Model, create_model
from .outcome import Operation, OperationError, Outcome
from .registry import registry
from .schema import Field, Schema, SchemaError
from .service import Service
from .store import Store, create_store

__version__ = "0.2.0"

__all__ = [
    "Service",
    "Schema",
    "Field",
    "SchemaError",
    "Outcome",
    "Operation",
    "OperationError",
    "Store",
    "create_store",
    "Model",
    "create_model",
    "registry",
    "bus",
    "EventBus",
    "HTTPError",
    "json_endpoint",
    "expect_json",
    "require_fields",
    "__version__",
]
