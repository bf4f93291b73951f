"""Browser classes of the hostile page."""

from sprag import Component, Module, ui


class EchoCard(Component):
    def render(self, props=None):
        return ui.p(self.state["text"], class_="echo", title=self.state["text"])


class EchoModule(Module):
    def on_start(self):
        self.set_state({"started": True})
        self.element.set_attribute("data-started", "yes")
