"""specter-runtime 0.1.x call forms keep working on 0.2 (CHANGES: compatibility)."""

from __future__ import annotations

import gevent
import pytest

from specter import Field, Operation, OperationError, Outcome, Schema, Watcher, create_store


def wait_until(predicate, timeout=1.0):
    deadline = gevent.get_hub().loop.now() + timeout
    while not predicate():
        if gevent.get_hub().loop.now() > deadline:
            raise AssertionError("condition not met in time")
        gevent.sleep(0.002)


# Store.set(partial_dict) ---------------------------------------------------------------------
def test_store_set_with_one_dict_merges_it():
    store = create_store("s", {"a": 1})
    store.set({"b": 2, "c": 3})
    assert store.get() == {"a": 1, "b": 2, "c": 3}


def test_store_set_with_one_dict_notifies_once():
    store = create_store("s", {"a": 1})
    seen = []
    store.subscribe(seen.append)
    store.set({"a": 5, "b": 2})
    assert seen == [{"a": 5, "b": 2}]


def test_store_set_key_value_form_still_works():
    store = create_store("s")
    store.set("k", {"nested": True})
    assert store.get("k") == {"nested": True}


def test_store_set_with_one_non_dict_argument_says_what_it_takes():
    store = create_store("s")
    with pytest.raises(TypeError, match=r"set\(\) takes \(key, value\) or one dict"):
        store.set("only-a-key")


# Operation.run(*args, **kwargs) --------------------------------------------------------------
class Divide01(Operation):
    """The 0.1.x style: validate and perform take the call's arguments."""

    def validate(self, a, b=1):
        if b == 0:
            raise OperationError("cannot divide by zero", 422)

    def perform(self, a, b=1):
        return a / b


def test_operation_run_passes_positional_arguments():
    assert Divide01().run(6, 3) == Outcome.success(2.0)


def test_operation_run_passes_keyword_arguments():
    assert Divide01().run(a=6, b=2) == Outcome.success(3.0)
    assert Divide01()(6, b=3) == Outcome.success(2.0)


def test_operation_run_with_arguments_reports_validation_failures():
    outcome = Divide01().run(1, 0)
    assert not outcome.ok and outcome.status == 422 and outcome.error == "cannot divide by zero"


def test_operation_single_argument_validate_returning_none_keeps_the_argument():
    class Double(Operation):
        def validate(self, n):
            if n < 0:
                raise OperationError("negative", 400)

        def perform(self, n):
            return n * 2

    assert Double().run(4) == Outcome.success(8)
    assert Double().run(-1).error == "negative"


def test_operation_validate_may_return_a_failed_outcome():
    class Gate(Operation):
        def validate(self, *args):
            return Outcome.failure("closed", 409)

        def perform(self, *args):
            raise AssertionError("perform must not run")

    assert Gate().run(1, 2).status == 409
    assert Gate().run({"x": 1}).status == 409


def test_operation_without_validate_performs_with_the_arguments():
    class Add(Operation):
        def perform(self, a, b):
            return a + b

    assert Add().run(2, 3).value == 5


def test_operation_with_a_schema_rejects_the_many_arguments_form():
    class Typed(Operation):
        schema = Schema("typed", {"a": Field(int, required=True)})

        def perform(self, payload):
            return payload

    with pytest.raises(TypeError, match="takes one payload dict"):
        Typed().run(1, 2)
    assert Typed().run({"a": "4"}).value == {"a": 4}


# Watcher subscribers get (value, watcher) ----------------------------------------------------
def test_watcher_subscriber_gets_value_and_watcher(event_bus):
    counter = iter(range(100))
    got = []
    w = Watcher("w", poll=lambda: next(counter), interval=0.01, bus=event_bus)
    w.subscribe(lambda value, watcher: got.append((value, watcher)))
    w.start()
    wait_until(lambda: len(got) >= 3)
    w.stop()
    assert [v for v, _ in got[:3]] == [0, 1, 2]
    assert all(watcher is w for _, watcher in got)


def test_watcher_subscriber_runs_for_each_value_even_when_equal(event_bus):
    got = []
    w = Watcher("w", poll=lambda: "same", interval=0.005, bus=event_bus)
    w.subscribe(lambda value, watcher: got.append(value))
    w.start()
    wait_until(lambda: len(got) >= 3)
    w.stop()
    assert got[:3] == ["same", "same", "same"]


def test_watcher_subscriber_unsubscribes_and_can_select_state(event_bus):
    def poll():
        raise ConnectionError("down")

    errors, values = [], []
    w = Watcher("w", poll=poll, interval=0.01, bus=event_bus)
    w.subscribe(lambda error, watcher: errors.append((error, watcher.name)), selector="error")
    unsubscribe = w.subscribe(lambda value, watcher: values.append(value))
    unsubscribe()
    w.start()
    wait_until(lambda: errors)
    w.stop()
    assert errors[0] == ("down", "w") and values == []


def test_watcher_subscriber_immediate_gets_the_current_value(event_bus):
    got = []
    w = Watcher("w", poll=lambda: 1, interval=0.01, bus=event_bus)
    w.subscribe(lambda value, watcher: got.append(value), immediate=True)
    assert got == [None]
