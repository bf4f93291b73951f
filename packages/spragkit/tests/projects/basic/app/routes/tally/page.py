"""A component with its own listeners and a keyed list: production bundles keep both."""

from sprag import Controller, Screen, hydrate, page

from .views import Tally


class TallyController(Controller):
    def load(self):
        return {"rows": ["a", "b", "c"]}


class TallyScreen(Screen):
    def render(self, data):
        return hydrate(Tally, props={"rows": data["rows"]})


tally = page(path="/tally", controller=TallyController, screen=TallyScreen, mode="hybrid")
