from sprag import Component, Module, ui


class DashboardView(Component):
    def render(self, props=None):
        return ui.div(
            ui.h1(self.state["title"], class_="dash-title"),
            ui.ul(*[ui.li(item, class_="dash-item") for item in self.state["items"]]),
            class_="dashboard",
        )


class DashboardModule(Module):
    def on_start(self):
        self.set_state({"title": "Dashboard (booted)"})
