from sprag import Module


class DashboardModule(Module):
    def on_start(self):
        self.delegate(self.element, "click", "[data-role='logout']", self.on_logout)

    def on_logout(self, event):
        self.call_action("logout", {})
