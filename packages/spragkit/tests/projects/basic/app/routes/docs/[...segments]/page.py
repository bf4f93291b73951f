from sprag import Controller, Screen, page, ui


class DocsController(Controller):
    def load(self):
        return {"segments": self.request.params["segments"]}


class DocsScreen(Screen):
    def render(self, data):
        return ui.ol(*[ui.li(s, class_="segment") for s in data["segments"]], class_="segments")


docs = page(path="/docs/[...segments]", controller=DocsController, screen=DocsScreen, mode="document")
