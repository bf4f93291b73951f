"""A document page: server HTML only."""

from sprag import Controller, Screen, page, set_metadata, ui


class HomeController(Controller):
    def load(self):
        set_metadata(description="The basic test project", og_title="Home of <basic>")
        return {"greeting": "Hello from the server"}


class HomeScreen(Screen):
    def render(self, data):
        return ui.section(
            ui.h1(data["greeting"], class_="greeting"),
            ui.a("Counter", href="/counter"),
        )


home = page(path="/", controller=HomeController, screen=HomeScreen, metadata={"title": "Home"})
