from __future__ import annotations

import pytest

from specter import EventBus
from specter.registry import Registry


@pytest.fixture
def event_bus() -> EventBus:
    """A private bus so tests never see each other's listeners."""
    return EventBus()


@pytest.fixture
def reg() -> Registry:
    return Registry()
