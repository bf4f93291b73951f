import os

from sprag import Controller, Field, HTTPError, Schema, Screen, action, page, ui


class LoginController(Controller):
    route = "/login"

    def load(self):
        user = self.request.user
        return {"user": user.name if user is not None else None,
                "visits": self.request.session.get("visits", 0)}

    @action(name="login", schema=Schema("login", {"username": Field(str, required=True),
                                                   "password": Field(str, required=True)}))
    def sign_in(self, username, password):
        user = self.authenticate(username, password)
        if user is None:
            raise HTTPError("Invalid username or password", 401)
        self.login(user)
        return {"name": user.name}

    @action
    def note(self):
        self.request.session["visits"] = self.request.session.get("visits", 0) + 1
        return {"visits": self.request.session["visits"], "pid": os.getpid()}

    @action
    def whoami(self):
        user = self.request.user
        return {"user": user.name if user is not None else None,
                "visits": self.request.session.get("visits", 0)}


class LoginScreen(Screen):
    def render(self, data):
        return ui.p(f"user={data['user']} visits={data['visits']}", id="who")


login = page(path="/login", controller=LoginController, screen=LoginScreen, mode="hybrid")
