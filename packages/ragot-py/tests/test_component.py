"""Component and Module on the server: construction, state, props, SSR, browser-only methods."""

import pytest

from ragot import BrowserOnlyError, Component, Module, render_to_string, ui


class CounterCard(Component):
    def render(self, props=None):
        return ui.div(
            ui.div(str(self.state["count"]), class_="counter-display"),
            ui.button("Increment", type="button", data_role="increment"),
            class_="counter-card",
        )


class Greeting(Component):
    def render(self, props=None):
        props = props or {}
        return ui.p("Hello, ", props.get("name", "you"), "!", class_=self.state.get("tone"))


class CounterModule(Module):
    def __init__(self, screen=None, state=None):
        super().__init__(screen=screen, state=state or {"count": 0})

    def on_start(self):
        self.delegate(self.element, "click", "[data-role='increment']", self.on_click)

    def on_click(self, event):
        pass


def test_component_renders_its_state_to_html():
    card = CounterCard(state={"count": 3})
    assert render_to_string(card.render()) == (
        '<div class="counter-card"><div class="counter-display">3</div>'
        '<button type="button" data-role="increment">Increment</button></div>'
    )


def test_component_to_html_renders_with_its_props():
    assert Greeting(props={"name": "Ada"}).to_html() == "<p>Hello, Ada!</p>"


def test_component_escapes_props_in_text():
    assert Greeting(props={"name": "<Ada>"}).to_html() == "<p>Hello, &lt;Ada&gt;!</p>"


def test_component_state_and_props_default_to_empty_dicts():
    card = Greeting()
    assert card.state == {} and card.props == {} and card.refs == {}


def test_component_copies_the_state_it_is_given():
    seed = {"count": 1}
    card = CounterCard(state=seed)
    card.set_state({"count": 2})
    assert seed == {"count": 1}


def test_set_state_merges_on_the_server():
    card = Greeting(state={"tone": "warm", "n": 1})
    card.set_state({"n": 2})
    assert card.state == {"tone": "warm", "n": 2}


def test_set_state_sync_merges_on_the_server():
    card = Greeting(state={"tone": "warm"})
    card.set_state_sync({"tone": "cool"})
    assert card.to_html() == '<p class="cool">Hello, you!</p>'


def test_set_state_rejects_a_non_dict():
    with pytest.raises(TypeError, match="takes a dict of changes"):
        Greeting().set_state(["x"])


def test_state_must_be_a_dict():
    with pytest.raises(TypeError, match=r"Greeting\(state=...\) must be a dict"):
        Greeting(state=[1])


def test_render_without_override_says_what_to_define():
    with pytest.raises(NotImplementedError, match="must define render"):
        Component().render()


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("mount", (None,)),
        ("unmount", ()),
        ("on", (None, "click", print)),
        ("delegate", (None, "click", "a", print)),
        ("listen", ("x", print)),
        ("emit", ("x", 1)),
        ("timeout", (print, 1)),
        ("interval", (print, 1)),
        ("adopt", (None,)),
        ("add_cleanup", (print,)),
        ("off", (None, "click", print)),
    ],
)
def test_browser_only_component_methods_raise_on_the_server(method, args):
    with pytest.raises(BrowserOnlyError, match=rf"CounterCard.{method}\(\) runs in the browser"):
        getattr(CounterCard(state={"count": 0}), method)(*args)


def test_module_accepts_the_seed_counter_constructor():
    module = CounterModule(screen="screen")
    assert module.state == {"count": 0}
    assert module.screen == "screen"


def test_module_keeps_the_state_it_is_given():
    assert CounterModule(state={"count": 5}).state == {"count": 5}


def test_module_delegate_on_the_server_says_where_to_call_it():
    module = CounterModule()
    with pytest.raises(BrowserOnlyError) as info:
        module.on_start()
    assert str(info.value) == (
        "CounterModule.delegate() runs in the browser; call it from on_start, which runs only there"
    )


@pytest.mark.parametrize("method", ["watch_state", "subscribe", "adopt_component", "start"])
def test_browser_only_module_methods_raise_on_the_server(method):
    with pytest.raises(BrowserOnlyError, match="runs in the browser"):
        getattr(CounterModule(), method)(None, None)


def test_module_batch_state_runs_the_function_and_returns_its_value():
    module = CounterModule()

    def change():
        module.set_state({"count": 1})
        module.set_state({"extra": True})
        return "done"

    assert module.batch_state(change) == "done"
    assert module.state == {"count": 1, "extra": True}


def test_to_html_requires_one_root_element():
    class Rows(Component):
        def render(self, props=None):
            return [ui.li("a"), ui.li("b")]

    with pytest.raises(TypeError, match="must return one element"):
        Rows().to_html()
