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
