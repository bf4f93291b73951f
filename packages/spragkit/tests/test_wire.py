"""The JSON wire (sprag.wire): ints past 2**53, integral floats and tag-like dicts are tagged
server -> browser and revived browser -> server; everything else is plain JSON."""

import json

import pytest
from conftest import ActionClient, page_payload

from sprag.wire import MAX_SAFE_INT, WireError, for_wire, from_json, to_json, typed, untyped

BIG = 1234567890123456789012


def test_ints_outside_the_safe_range_are_tagged_and_safe_ones_stay_numbers():
    data = {"a": MAX_SAFE_INT, "b": -MAX_SAFE_INT, "c": MAX_SAFE_INT + 1, "d": -(2**64),
            "e": [BIG, 0, True, 2.5], "f": (2**53,)}
    assert json.loads(to_json(data)) == {
        "a": 9007199254740991, "b": -9007199254740991, "c": {"$i": "9007199254740992"},
        "d": {"$i": "-18446744073709551616"}, "e": [{"$i": str(BIG)}, 0, True, 2.5],
        "f": [{"$i": "9007199254740992"}],
    }


def test_data_without_tags_is_the_plain_compact_json():
    data = {"n": 9007199254740991, "x": 0.30000000000000004, "s": "1234567890123456789", "l": [1, None]}
    assert to_json(data) == json.dumps(data, separators=(",", ":"))
    assert for_wire(data) == data
    short = {"n": 42, "x": 2.5, "l": ["a", None, True]}
    assert for_wire(short) is short  # nothing to tag: not even walked


def test_a_user_dict_shaped_like_the_int_tag_is_escaped():
    assert json.loads(to_json({"x": {"$i": "5"}})) == {"x": {"$d": [["$i", "5"]]}}
    assert typed({"$i": BIG}) == {"$d": [["$i", {"$i": str(BIG)}]]}


@pytest.mark.parametrize("value", [
    BIG, -BIG, 2**53, -(2**53), 2**1000, MAX_SAFE_INT, 0, 2.0, 1e16, -0.5, {"$i": "5"}, {"$f": 1},
    {"$d": []}, {"k": [BIG, {"$i": BIG}, 3.0, None, "$i"]}, [[{"$d": {"$f": 2.0}}]],
])
def test_what_the_server_encodes_decodes_to_the_same_python_value(value):
    back = from_json(to_json(value))
    assert back == value and repr(back) == repr(value)
    assert untyped(json.loads(to_json(value))) == value


def test_the_browser_forms_decode_to_python_values():
    # what sprag/js/payload.js stringify() writes for a BigInt, a boxed float, a tag-like dict
    text = '{"id":{"$i":"1234567890123456789012"},"neg":{"$i":"-9007199254740993"},"f":{"$f":2},' \
           '"d":{"$d":[["$i",{"$i":"18446744073709551616"}]]},"small":{"$i":"5"}}'
    assert from_json(text) == {"id": BIG, "neg": -9007199254740993, "f": 2.0, "d": {"$i": 2**64}, "small": 5}
    assert isinstance(from_json(text)["f"], float)
    assert from_json(text.encode()) == from_json(text)
    assert from_json('{"\\u0024i": "7"}') == 7  # an escaped "$" is still the tag


@pytest.mark.parametrize("text, fragment", [
    ('{"$i": "12a"}', "is not an int"),
    ('{"$i": "1_000"}', "is not an int"),
    ('{"$i": " 12"}', "is not an int"),
    ('{"$i": "\\u0661"}', "is not an int"),  # a non-ASCII digit
    ('{"$i": 12}', "is not an int"),
    ('{"$i": "' + "9" * 4301 + '"}', "is not an int"),
    ('{"$f": "2"}', "is not a float"),
    ('{"$f": true}', "is not a float"),
    ('{"$d": {"a": 1}}', "is not an escaped dict"),
    ('{"$d": [[1, 2]]}', "is not an escaped dict"),
])
def test_malformed_tags_are_refused_with_what_a_tag_holds(text, fragment):
    with pytest.raises(WireError, match=fragment):
        from_json(text)
    with pytest.raises(WireError, match=fragment):
        untyped(json.loads(text))


def test_non_json_data_names_what_it_was():
    with pytest.raises(TypeError, match="emit_socket.*must be JSON data"):
        for_wire({"x": object()}, "emit_socket('e') payload")
    with pytest.raises(TypeError, match="the page payload must be JSON data"):
        to_json({1, 2})


# -- through the app ------------------------------------------------------------------------

def test_the_page_payload_tags_the_big_ints_load_returned(client):
    state = page_payload(client.get("/bigints").get_data(as_text=True))["modules"][0]["state"]
    assert state["id"] == {"$i": str(BIG)} and state["small"] == 7
    assert state["ids"] == [{"$i": str(2**53)}, {"$i": str(-(2**64))}]
    assert state["tag"] == {"$d": [["$i", "5"]]}


def test_an_action_receives_the_exact_int_and_its_result_is_tagged(basic, client):
    from app.routes.bigints.page import BigController

    BigController.received.clear()
    response = ActionClient(client, "/bigints").call(
        "echo", {"id": {"$i": str(BIG + 1)}, "ids": [{"$i": str(2**53)}, 5]})
    assert response.status_code == 200, response.get_json()
    assert BigController.received == [BIG + 1] and type(BigController.received[0]) is int
    assert response.get_json()["value"] == {
        "repr": repr(BIG + 1), "type": "int", "next": {"$i": str(BIG + 2)}, "ids": [{"$i": str(2**53)}, 5]}


def test_field_int_coerces_a_tagged_float_and_refuses_a_malformed_tag(client):
    lab = ActionClient(client, "/bigints")
    assert lab.call("echo", {"id": {"$f": 3}}).get_json()["value"]["repr"] == "3"
    response = lab.call("echo", {"id": {"$i": "0x10"}})
    assert response.status_code == 400
    assert "malformed tag" in response.get_json()["error"] and "$i" in response.get_json()["error"]
