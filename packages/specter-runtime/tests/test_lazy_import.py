"""`import specter` and defining controllers load no Flask; the package names stay what they were."""

from __future__ import annotations

import subprocess
import sys


def test_defining_a_controller_imports_no_flask():
    code = (
        "import sys\n"
        "from specter import Controller, HTTPError, Router, Resource, route\n"
        "class C(Controller):\n"
        "    @route('/x')\n"
        "    def x(self):\n"
        "        return {}\n"
        "print(sorted(m for m in ('flask', 'werkzeug') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_boot_bus_and_registry_stay_the_objects_after_their_modules_load():
    import specter
    import specter.boot
    import specter.bus
    import specter.registry
    from specter.bus import EventBus
    from specter.registry import Registry

    assert callable(specter.boot) and specter.boot.__name__ == "boot"
    assert isinstance(specter.bus, EventBus)
    assert isinstance(specter.registry, Registry)
    assert "Controller" in dir(specter)


def test_an_unknown_name_is_an_attribute_error():
    import pytest

    import specter

    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        specter.nope  # noqa: B018


def test_importing_and_constructing_loads_no_gevent_until_a_lock_is_taken():
    code = (
        "import sys\n"
        "from specter import Cache, Controller, EventBus, Service, Store, route\n"
        "from specter.registry import Registry\n"
        "import specter.boot, specter.sockets, specter.resources\n"
        "class C(Controller):\n"
        "    @route('/x')\n"
        "    def x(self):\n"
        "        return {}\n"
        "c = C(); s = Service(); r = Registry(); b = EventBus()\n"
        "print('gevent' in sys.modules)\n"
        "r.provide('k', 1)\n"
        "print('gevent' in sys.modules, r.resolve('k'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True", "1"]


def test_the_lazy_lock_is_a_reentrant_greenlet_lock():
    import gevent
    import pytest

    from specter.locks import RLock

    lock = RLock()
    with pytest.raises(RuntimeError):
        lock.release()
    order = []

    def holder():
        with lock:
            with lock:  # re-entrant
                order.append("held")
                gevent.sleep(0.05)
            order.append("inner released")
        order.append("released")

    def waiter():
        assert lock.acquire(blocking=False) is False  # another greenlet holds it
        with lock:
            order.append("waiter in")

    first = gevent.spawn(holder)
    gevent.sleep(0.01)
    second = gevent.spawn(waiter)
    gevent.joinall([first, second], timeout=2, raise_error=True)
    assert order == ["held", "inner released", "released", "waiter in"]
    assert lock.acquire(timeout=0.1) is True
    lock.release()
