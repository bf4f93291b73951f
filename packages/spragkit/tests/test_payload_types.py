"""Integral floats keep their type across the JSON boundary (page payload and actions)."""

import json

from conftest import ActionClient, page_payload

from sprag.render.payload import to_json


def test_integral_floats_are_tagged_and_other_numbers_are_plain():
    text = to_json({"a": 2.0, "b": 1e16, "c": 2, "d": 2.5, "e": [1.0, True, None]})
    assert json.loads(text) == {"a": {"$f": 2.0}, "b": {"$f": 1e16}, "c": 2, "d": 2.5,
                                "e": [{"$f": 1.0}, True, None]}


def test_a_user_dict_that_looks_like_a_tag_is_escaped():
    assert json.loads(to_json({"x": {"$f": 1}})) == {"x": {"$d": [["$f", 1]]}}
    assert json.loads(to_json({"x": {"$d": []}})) == {"x": {"$d": [["$d", []]]}}


def test_the_page_payload_tags_integral_floats_from_load(client):
    state = page_payload(client.get("/floats").get_data(as_text=True))["modules"][0]["state"]
    assert state["price"] == {"$f": 2.0} and state["nested"] == {"k": [{"$f": 1.0}, None, True]}


def test_an_action_result_float_is_tagged(client):
    response = ActionClient(client, "/floats").post({"route": "/floats", "action": "half",
                                                     "payload": {"value": 4}})
    assert response.get_json() == {"ok": True, "value": {"$f": 2.0}, "redirect": None}
