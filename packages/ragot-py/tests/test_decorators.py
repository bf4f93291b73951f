"""Decorators record what they ask for on the server; debounce/throttle still call through."""

import pytest

from ragot import (
    BrowserOnlyError,
    Component,
    Decoration,
    animate,
    debounce,
    decorations,
    infinite_scroll,
    ref,
    throttle,
    ui,
    virtual_scroll,
)


def test_debounce_records_its_seconds():
    @debounce(0.25)
    def search(text):
        return text

    assert decorations(search) == (Decoration("debounce", {"seconds": 0.25}),)


def test_debounced_function_runs_immediately_in_python():
    calls = []

    @debounce(5)
    def save(value):
        calls.append(value)
        return value * 2

    assert save(21) == 42
    assert calls == [21]


def test_throttled_method_runs_every_call_in_python():
    class Box:
        @throttle(1)
        def tick(self, n):
            return n + 1

    assert [Box().tick(i) for i in range(3)] == [1, 2, 3]
    assert decorations(Box.tick) == (Decoration("throttle", {"seconds": 1.0}),)


def test_decorated_function_keeps_its_name():
    @debounce(1)
    def on_input(event):
        pass

    assert on_input.__name__ == "on_input"


def test_stacked_decorators_are_recorded_innermost_first():
    @throttle(2)
    @debounce(1)
    def handler():
        pass

    assert [d.name for d in decorations(handler)] == ["debounce", "throttle"]


@pytest.mark.parametrize("seconds", [-1, "1", None, True])
def test_debounce_rejects_a_bad_delay(seconds):
    with pytest.raises(TypeError, match=r"@debounce\(seconds\) takes a number of seconds"):
        debounce(seconds)


def test_debounce_rejects_a_class():
    with pytest.raises(TypeError, match="decorates a function or method"):
        debounce(1)(Component)


def test_animate_records_its_class_and_options():
    class Toast(Component):
        @animate(class_name="fade-in", keep=True)
        def on_start(self):
            pass

    assert decorations(Toast.on_start) == (
        Decoration("animate", {"class_name": "fade-in", "keep": True}),
    )


def test_animated_method_runs_unchanged_in_python():
    class Toast(Component):
        @animate(class_name="pop")
        def show(self):
            return "shown"

    assert Toast().show() == "shown"


def test_animate_rejects_a_class_with_a_hint():
    with pytest.raises(TypeError, match="decorates a method"):
        animate(class_name="pop")(Component)


def test_virtual_scroll_records_its_options():
    @virtual_scroll(chunk=100, max_chunks=4, axis="grid", root=".list", row_height=24)
    class Rows(Component):
        def total(self):
            return 100_000

        def chunk(self, i, ctx):
            return [ui.div(n) for n in range(i * 100, i * 100 + 100)]

    assert decorations(Rows) == (
        Decoration(
            "virtual_scroll",
            {"chunk": 100, "max_chunks": 4, "axis": "grid", "root": ".list", "row_height": 24},
        ),
    )


def test_virtual_scroll_defaults():
    @virtual_scroll()
    class Rows(Component):
        def total(self):
            return 1

        def chunk(self, i, ctx):
            return []

    assert decorations(Rows)[0].options == {"chunk": 50, "max_chunks": 5, "axis": "y", "root": None}


def test_virtual_scroll_requires_total_and_chunk():
    with pytest.raises(TypeError, match=r"must define total\(\) and chunk\(\)"):
        virtual_scroll(chunk=10)(type("Empty", (Component,), {}))


def test_virtual_scroll_rejects_an_unknown_axis():
    with pytest.raises(ValueError, match=r"axis=\) must be one of y, x, grid"):
        virtual_scroll(axis="z")


@pytest.mark.parametrize(("option", "value"), [("chunk", 0), ("max_chunks", 1), ("chunk", 2.5)])
def test_virtual_scroll_rejects_bad_sizes(option, value):
    with pytest.raises(TypeError, match=rf"{option}=\) must be an int"):
        virtual_scroll(**{option: value})


def test_infinite_scroll_records_its_threshold():
    @infinite_scroll(at=400, container=".items")
    class Feed(Component):
        def load_more(self, page):
            return None

    assert decorations(Feed) == (
        Decoration("infinite_scroll", {"at": 400, "container": ".items", "root": None}),
    )


def test_infinite_scroll_requires_load_more():
    with pytest.raises(TypeError, match=r"must define load_more\(self, page\)"):
        infinite_scroll()(type("Feed", (Component,), {}))


def test_infinite_scroll_rejects_a_negative_threshold():
    with pytest.raises(TypeError, match="distance in pixels"):
        infinite_scroll(at=-5)


def test_ref_reads_raise_on_the_server_naming_the_selector():
    class Form(Component):
        submit = ref("[type=submit]")

    with pytest.raises(BrowserOnlyError, match=r"Form.submit \(ref\('\[type=submit\]'\)\)"):
        Form().submit  # noqa: B018


def test_ref_on_the_class_is_the_declaration():
    class Form(Component):
        submit = ref("button")

    assert Form.submit.selector == "button"
    assert Form.submit.name == "submit"


def test_ref_used_as_a_decorator_says_how_to_declare_it():
    with pytest.raises(TypeError, match="write it as a class attribute"):

        @ref("button")
        def submit(self):
            pass
