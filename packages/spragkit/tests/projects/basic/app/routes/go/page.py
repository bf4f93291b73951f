from sprag import Controller, Screen, page, redirect, ui


class GoController(Controller):
    def load(self):
        return redirect("/counter", status=303)


class GoScreen(Screen):
    def render(self, data):
        return ui.p("never rendered")


go = page(controller=GoController, screen=GoScreen)
