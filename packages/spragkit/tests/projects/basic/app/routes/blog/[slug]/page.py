from sprag import Controller, Screen, page, ui


class PostController(Controller):
    def load(self):
        return {"slug": self.request.params["slug"], "q": self.request.query.get("q", "")}


class PostScreen(Screen):
    def render(self, data):
        return ui.article(ui.h1(data["slug"], class_="slug"), ui.p(data["q"], class_="query"))


post = page(controller=PostController, screen=PostScreen)
