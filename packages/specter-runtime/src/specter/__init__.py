"""Lifecycle-first server runtime on Flask, gevent and Flask-SocketIO.

Services, queues, controllers, schemas, stores, bus, registry — usable on their own for
backend services, and the server half of SPRAG.
"""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

# Names load on first use (PEP 562), so `from specter import Controller` does not import
# Flask or the server parts a program never touches.
_LAZY = {
    "ServiceManager": "boot", "boot": "boot",
    "EventBus": "bus", "bus": "bus",
    "Cache": "cache", "create_cache": "cache",
    "Controller": "controller",
    "HTTPError": "http", "expect_json": "http", "json_endpoint": "http", "require_fields": "http",
    "Model": "model", "create_model": "model",
    "Operation": "outcome", "OperationError": "outcome", "Outcome": "outcome",
    "ManagedProcess": "process", "start_process": "process",
    "ItemCancelled": "queue_service", "ItemEvent": "queue_service", "Progress": "queue_service", "QueueService": "queue_service",
    "registry": "registry",
    "Resource": "resources", "WebSocket": "resources",
    "Router": "routing", "route": "routing",
    "Field": "schema", "Schema": "schema", "SchemaError": "schema",
    "Service": "service",
    "Handler": "sockets", "SocketIngress": "sockets",
    "Store": "store", "create_store": "store",
    "Watcher": "watcher", "WatcherError": "watcher",
}


def __getattr__(name: str) -> Any:
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module 'specter' has no attribute {name!r}")
    value = getattr(import_module(f"specter.{where}"), name)
    globals()[name] = value
    return value


def __dir__() -> list:
    return sorted(set(globals()) | set(_LAZY))


# `specter.boot`, `specter.bus` and `specter.registry` name both a submodule and the object
# it exports; the package attribute stays the object (the function, the default bus, the
# default registry) when the import system binds the submodule to it.
_SHADOWED = frozenset({"boot", "bus", "registry"})


class _Package(ModuleType):
    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SHADOWED and isinstance(value, ModuleType) and value.__name__ == f"specter.{name}":
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


if TYPE_CHECKING:
    from .boot import ServiceManager, boot
    from .bus import EventBus, bus
    from .cache import Cache, create_cache
    from .controller import Controller
    from .http import HTTPError, expect_json, json_endpoint, require_fields
    from .model import Model, create_model
    from .outcome import Operation, OperationError, Outcome
    from .process import ManagedProcess, start_process
    from .queue_service import ItemCancelled, ItemEvent, Progress, QueueService
    from .registry import registry
    from .resources import Resource, WebSocket
    from .routing import Router, route
    from .schema import Field, Schema, SchemaError
    from .service import Service
    from .sockets import Handler, SocketIngress
    from .store import Store, create_store
    from .watcher import Watcher, WatcherError

__version__ = "0.2.0"

__all__ = [
    "Service",
    "QueueService",
    "ItemCancelled",
    "ItemEvent",
    "Progress",
    "Controller",
    "Handler",
    "SocketIngress",
    "Watcher",
    "WatcherError",
    "Schema",
    "Field",
    "SchemaError",
    "Outcome",
    "Operation",
    "OperationError",
    "ManagedProcess",
    "start_process",
    "Store",
    "create_store",
    "Model",
    "create_model",
    "Cache",
    "create_cache",
    "Router",
    "route",
    "registry",
    "bus",
    "EventBus",
    "ServiceManager",
    "boot",
    "HTTPError",
    "json_endpoint",
    "expect_json",
    "require_fields",
    "Resource",
    "WebSocket",
    "__version__",
]
