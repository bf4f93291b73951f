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
