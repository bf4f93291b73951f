from sprag import Controller, Screen, page, requires_auth, ui


class AdminController(Controller):
    route = "/admin"

    @requires_auth(roles=["admin"])
    def load(self):
        return {"name": self.request.user.name}


class AdminScreen(Screen):
    def render(self, data):
        return ui.h1("Admin area for " + data["name"], class_="admin")


admin = page(path="/admin", controller=AdminController, screen=AdminScreen)
