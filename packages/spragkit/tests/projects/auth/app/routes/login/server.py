from sprag import Controller, Field, HTTPError, Schema, action, redirect


class LoginController(Controller):
    route = "/login"

    def load(self):
        return {"next": self.request.query.get("next", "/dashboard")}

    # the method is not called login: Controller.login(user) signs a user in
    @action(name="login", schema=Schema("login", {
        "username": Field(str, required=True),
        "password": Field(str, required=True),
        "next": Field(str, required=False),
        "remember": Field(bool, required=False),
    }))
    def sign_in(self, username, password, next=None, remember=False):
        user = self.authenticate(username, password)
        if user is None:
            raise HTTPError("Invalid username or password", 401)
        self.login(user, remember=bool(remember))
        return redirect(next or "/dashboard")

    @action
    def note(self):
        """Stores something: the visitor gets a session before signing in."""
        self.request.session["visits"] = self.request.session.get("visits", 0) + 1
        return {"visits": self.request.session["visits"]}
