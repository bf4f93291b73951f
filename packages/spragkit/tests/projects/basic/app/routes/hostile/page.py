"""A hybrid page whose load() returns markup-looking strings: they must show as text."""

from sprag import Controller, Screen, hydrate, page, ui

from .views import EchoCard, EchoModule

HOSTILE = "</script><script>window.__pwned = 1</script><!-- \u2028\u2029 <img src=x onerror=\"window.__pwned=2\">"


class HostileController(Controller):
    def load(self):
        return {"text": HOSTILE, "count": 0}


class HostileScreen(Screen):
    modules = [EchoModule]

    def render(self, data):
        return ui.div(ui.h2(data["text"], class_="ssr-text"), hydrate(EchoCard, module=self.module(EchoModule)))


hostile = page(controller=HostileController, screen=HostileScreen, mode="hybrid")
