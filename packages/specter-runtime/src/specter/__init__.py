"""Lifecycle-first server runtime on Flask, gevent and Flask-SocketIO.

Services, queues, controllers, schemas, stores, bus, registry — usable on their own for
backend services, and the server half of SPRAG.
"""

from __future__ import annotations

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
