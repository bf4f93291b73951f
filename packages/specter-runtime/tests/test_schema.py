from __future__ import annotations

import pytest

from specter import Field, HTTPError, Schema, SchemaError


def one(kind, value, **field):
    """Validate a single field named 'v'; returns (ok, value_or_error)."""
    outcome = Schema("t", {"v": Field(kind, **field)}).validate({"v": value})
    return (True, outcome.value["v"]) if outcome.ok else (False, outcome.meta["errors"]["v"])


@pytest.mark.parametrize(
    "value,expected",
    [(42, 42), ("42", 42), (" -7 ", -7), ("+3", 3), (3.0, 3)],
)
def test_int_accepts(value, expected):
    assert one(int, value) == (True, expected)


@pytest.mark.parametrize("value", ["3.5", 3.5, "abc", True, [1], {"a": 1}, "1e3"])
def test_int_rejects(value):
    ok, message = one(int, value)
    assert not ok and "integer" in message


@pytest.mark.parametrize(
    "value,expected",
    [(1.5, 1.5), (2, 2.0), ("2.5", 2.5), (" 1e3 ", 1000.0), ("-0.5", -0.5)],
)
def test_float_accepts(value, expected):
    assert one(float, value) == (True, expected)


@pytest.mark.parametrize("value", ["abc", True, "nan", "inf", [1.0]])
def test_float_rejects(value):
    ok, message = one(float, value)
    assert not ok and "number" in message


@pytest.mark.parametrize("value", [True, "true", "TRUE", "1", "yes", "on", " On ", 1])
def test_bool_true_values(value):
    assert one(bool, value) == (True, True)


@pytest.mark.parametrize("value", [False, "false", "0", "no", "off", "", 0])
def test_bool_false_values(value):
    assert one(bool, value) == (True, False)


@pytest.mark.parametrize("value", ["maybe", "2", 2, "truthy", [True], {}])
def test_bool_rejects_anything_else(value):
    ok, message = one(bool, value)
    assert not ok and "boolean" in message


@pytest.mark.parametrize("value,expected", [("hi", "hi"), (5, "5"), (1.5, "1.5"), ("", "")])
def test_str_accepts(value, expected):
    assert one(str, value) == (True, expected)


@pytest.mark.parametrize("value", [True, [1], {"a": 1}, object()])
def test_str_rejects(value):
    ok, message = one(str, value)
    assert not ok and "string" in message


def test_list_accepts_list_and_tuple():
    assert one(list, [1, 2]) == (True, [1, 2])
    assert one(list, (1, 2)) == (True, [1, 2])


@pytest.mark.parametrize("value", ["a,b", {"a": 1}, 3])
def test_list_rejects(value):
    assert one(list, value) == (False, "must be a list")


def test_dict_accepts_dict_and_rejects_list():
    assert one(dict, {"a": 1}) == (True, {"a": 1})
    assert one(dict, [1]) == (False, "must be an object")


def test_nested_schema_field_validates_inside():
    inner = Schema("address", {"zip": Field(int, required=True)})
    assert one(inner, {"zip": "12345"}) == (True, {"zip": 12345})
    ok, message = one(inner, {"zip": "x"})
    assert not ok and "zip: must be an integer" in message


def test_custom_type_requires_instance():
    class Point:
        pass

    p = Point()
    assert one(Point, p) == (True, p)
    assert one(Point, "p") == (False, "must be a Point")


def test_required_none_is_required():
    assert one(int, None, required=True) == (False, "required")


def test_required_missing_and_empty_string_are_required():
    schema = Schema("t", {"name": Field(str, required=True)})
    assert schema.validate({}).meta["errors"] == {"name": "required"}
    assert schema.validate({"name": ""}).meta["errors"] == {"name": "required"}


def test_optional_missing_takes_default_and_callable_default_is_called():
    schema = Schema("t", {"a": Field(bool, default=True), "b": Field(list, default=list)})
    clean = schema.require({})
    assert clean == {"a": True, "b": []}


def test_mutable_default_is_not_shared():
    schema = Schema("t", {"tags": Field(list, default=[])})
    first = schema.require({})
    first["tags"].append("x")
    assert schema.require({})["tags"] == []


def test_optional_int_empty_string_takes_default():
    assert one(int, "", default=5) == (True, 5)


def test_choices():
    assert one(str, "red", choices=["red", "blue"]) == (True, "red")
    assert one(str, "green", choices=["red", "blue"]) == (False, "must be one of: red, blue")


def test_min_max_on_numbers():
    assert one(int, "5", min=1, max=10) == (True, 5)
    assert one(int, 0, min=1) == (False, "must be at least 1")
    assert one(float, 10.5, max=10) == (False, "must be at most 10")


def test_min_max_on_string_length():
    assert one(str, "ab", min=3) == (False, "must have at least 3 characters")
    assert one(str, "abcd", max=3) == (False, "must have at most 3 characters")


def test_validator_messages():
    assert one(int, 3, validator=lambda v: v % 2 == 0) == (False, "is invalid")
    assert one(int, 3, validator=lambda v: None if v % 2 == 0 else "must be even") == (
        False,
        "must be even",
    )

    def raises(v):
        raise ValueError("nope")

    assert one(int, 3, validator=raises) == (False, "nope")
    assert one(int, 4, validator=lambda v: True) == (True, 4)


def test_errors_are_collected_per_field():
    schema = Schema("signup", {"age": Field(int), "email": Field(str, required=True),
                               "ok": Field(bool)})
    outcome = schema.validate({"age": "3.5", "ok": "maybe"})
    assert not outcome.ok
    assert outcome.meta["errors"] == {
        "age": "must be an integer",
        "email": "required",
        "ok": "must be a boolean (true/false, yes/no, on/off, 1/0)",
    }
    assert outcome.status == 400


def test_unknown_fields_are_dropped_unless_strict():
    loose = Schema("t", {"a": Field(int)})
    assert loose.require({"a": 1, "b": 2}) == {"a": 1}
    strict = Schema("t", {"a": Field(int)}, strict=True)
    assert strict.validate({"a": 1, "b": 2}).meta["errors"] == {"b": "unknown field"}


def test_non_object_payload_is_an_error():
    outcome = Schema("t", {}).validate([1, 2])
    assert not outcome.ok and "expected an object, got list" in outcome.meta["errors"]["_"]


def test_require_raises_http_400_with_error_and_errors():
    schema = Schema("create", {"name": Field(str, required=True)})
    with pytest.raises(HTTPError) as info:
        schema.require({})
    err = info.value
    assert isinstance(err, SchemaError)
    assert err.status == 400
    assert err.to_dict() == {"error": "Invalid create: name: required",
                             "errors": {"name": "required"}}


def test_schema_rejects_non_field_values():
    with pytest.raises(TypeError, match="Field"):
        Schema("t", {"a": int})


def test_field_rejects_non_type():
    with pytest.raises(TypeError, match="type or a Schema"):
        Field("int")


def test_describe_is_json_friendly():
    schema = Schema("t", {"n": Field(int, required=True, min=1, label="Count")})
    assert schema.describe() == {
        "name": "t",
        "strict": False,
        "fields": {"n": {"type": "integer", "required": True, "label": "Count", "min": 1}},
    }
