from __future__ import annotations

import pytest

from specter import Field, HTTPError, Operation, OperationError, Outcome, Schema


def test_success_and_failure_shapes():
    ok = Outcome.success({"id": 1})
    assert ok.ok and bool(ok) and ok.status == 200
    assert ok.to_dict() == {"ok": True, "value": {"id": 1}}
    bad = Outcome.failure("nope", 404, errors={"id": "missing"})
    assert not bad and bad.status == 404
    assert bad.to_dict() == {"ok": False, "error": "nope", "errors": {"id": "missing"}}


def test_unwrap_returns_value_or_raises_operation_error():
    assert Outcome.success(3).unwrap() == 3
    with pytest.raises(OperationError) as info:
        Outcome.failure("gone", 410).unwrap()
    assert isinstance(info.value, HTTPError) and info.value.status == 410


class Divide(Operation):
    schema = Schema("divide", {"a": Field(float, required=True), "b": Field(float, required=True)})

    def perform(self, payload):
        if payload["b"] == 0:
            raise OperationError("cannot divide by zero", 422)
        return payload["a"] / payload["b"]


def test_operation_success():
    assert Divide().run({"a": "6", "b": 3}) == Outcome.success(2.0)


def test_operation_error_becomes_failure():
    outcome = Divide().run({"a": 1, "b": 0})
    assert not outcome.ok and outcome.status == 422 and outcome.error == "cannot divide by zero"


def test_operation_validation_failure_carries_errors():
    outcome = Divide().run({"a": "x"})
    assert outcome.status == 400
    assert outcome.meta["errors"] == {"a": "must be a number", "b": "required"}


def test_unexpected_exception_propagates():
    class Buggy(Operation):
        def perform(self, payload):
            raise KeyError("bug")

    with pytest.raises(KeyError):
        Buggy().run()


def test_perform_may_return_an_outcome():
    class Custom(Operation):
        def perform(self, payload):
            return Outcome.success("made", status=201)

    assert Custom()().status == 201


def test_http_error_rejects_non_error_status():
    with pytest.raises(ValueError, match="400..599"):
        HTTPError("x", 200)
