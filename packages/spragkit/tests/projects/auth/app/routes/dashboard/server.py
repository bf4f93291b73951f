from sprag import Controller, action, redirect, requires_auth


class DashboardController(Controller):
    route = "/dashboard"

    @requires_auth
    def load(self):
        return {"name": self.request.user.name, "roles": sorted(self.request.user.roles)}

    @action(name="logout")
    def sign_out(self):
        self.logout()
        return redirect("/login")

    @action
    @requires_auth(roles=["admin"])
    def admin_only(self):
        return {"ok": True}

    # socket events: the same @requires_auth, answered as error acks (401/403)
    def build_events(self, handler):
        handler.on("me:who", self.who)
        handler.on("me:admin", self.admin_ping)

    @requires_auth
    def who(self, payload):
        return {"id": self.request.user.id, "name": self.request.user.name}

    @requires_auth(roles=["admin"])
    def admin_ping(self, payload):
        return {"ok": True}
